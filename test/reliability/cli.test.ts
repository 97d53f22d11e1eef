// Properties of the command line that users rely on without thinking about them: an output file is
// replaced atomically or not at all, the input is never overwritten, bad input gives one clear line
// and the documented exit code (README "Exit codes"). Runs the built bin/py2ts-async.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { BIN, ROOT, requireBuild } from "./harness";

interface CliResult {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

let dir: string;

beforeAll(() => {
  requireBuild();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-reliability-cli-"));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function cli(args: readonly string[], input?: string | Buffer): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, env: { ...process.env, NO_COLOR: "1" }, encoding: "utf8", timeout: 30000, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const write = (name: string, content: string | Buffer): string => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
};

const stderrLines = (r: CliResult): string[] => r.stderr.split("\n").filter((l) => l !== "");

/** Files the atomic writer may have left beside `out` (`.<name>.<pid>.<time>.tmp`). */
const tempFilesIn = (folder: string): string[] => fs.readdirSync(folder).filter((f) => f.endsWith(".tmp"));

const GOOD = 'import asyncio\n\nasync def main() -> None:\n    await asyncio.sleep(0)\n    print("done")\n\nasyncio.run(main())\n';
const BROKEN = 'def broken(:\n    return 1\n';

describe("writes are atomic", () => {
  test("an existing good output is kept when the new translation has errors, and no temporary file is left", () => {
    const good = write("atomic/good.py", GOOD);
    write("atomic/broken.py", BROKEN);
    const out = path.join(dir, "atomic", "out.ts");
    expect(cli([good, "-o", out]).status).toBe(0);
    const before = fs.readFileSync(out);
    expect(before.length).toBeGreaterThan(0);

    const r = cli([path.join(dir, "atomic", "broken.py"), "-o", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/PY2TS1\d{3}/);
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    expect(tempFilesIn(path.dirname(out))).toEqual([]);
  });

  test("--emit-on-error does replace it (exit 1), atomically", () => {
    const broken = write("emit/broken.py", 'print("a")\nasyncio.run_coroutine_threadsafe(1, 2)\n');
    const out = write("emit/out.ts", "// previous\n");
    const r = cli([broken, "--emit-on-error", "-o", out]);
    expect(r.status).toBe(1);
    expect(fs.readFileSync(out, "utf8")).not.toBe("// previous\n");
    expect(tempFilesIn(path.dirname(out))).toEqual([]);
  });

  test("no temporary file is left after a successful write, or after a failed one (the output is a folder)", () => {
    const good = write("temps/good.py", GOOD);
    const out = path.join(dir, "temps", "out.ts");
    expect(cli([good, "-o", out]).status).toBe(0);
    fs.mkdirSync(path.join(dir, "temps", "folder.ts"));
    const r = cli([good, "-o", path.join(dir, "temps", "folder.ts")]);
    expect(r.status).toBe(1);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/PY2TS4002/);
    expect(tempFilesIn(path.join(dir, "temps"))).toEqual([]);
  });

  test("kill -9 at random moments never leaves a truncated output", async () => {
    // Two large programs (long string literals: a quick translation, a big output) translated in
    // turn over the same output, each run killed at a random moment. The output must always be
    // absent, or exactly one of the two complete translations.
    const big = (tag: string): string => Array.from({ length: 40 }, (_, i) => `s${i} = "${tag}${String(i).padStart(3, "0")}${"x".repeat(100000)}"\nprint(len(s${i}))\n`).join("");
    const a = write("kill/a.py", big("a"));
    const b = write("kill/b.py", big("b"));
    const expectedA = cli([a]).stdout;
    const expectedB = cli([b]).stdout;
    expect(expectedA.length).toBeGreaterThan(4_000_000);
    expect(expectedA).not.toBe(expectedB);
    const out = path.join(dir, "kill", "out.ts");

    // How long one run takes, so that the kills spread over the whole run (including the write).
    const t0 = Date.now();
    expect(cli([a, "-o", out]).status).toBe(0);
    const runMs = Date.now() - t0;
    fs.rmSync(out);

    let seed = 12345;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const seen = { absent: 0, a: 0, b: 0, killed: 0, killedWhileWriting: 0 };
    const bad: string[] = [];
    const isTemp = (name: string): boolean => /^\.out\.ts\..+\.tmp$/.test(name);
    for (let i = 0; i < 16; i++) {
      const input = i % 2 === 0 ? a : b;
      const before = new Set(tempFilesIn(path.dirname(out)));
      const child = spawn(process.execPath, [BIN, input, "-o", out], { cwd: dir, stdio: "ignore" });
      const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
      let killed = false;
      const kill = (): void => {
        if (!killed && child.exitCode === null && child.kill("SIGKILL")) {
          killed = true;
          seen.killed++;
        }
      };
      // Even runs: killed at a random moment. Odd runs: killed as soon as the writer's temporary
      // file appears, that is while the output is being written.
      const delay = Math.floor(random() * runMs * 1.2);
      const timer = i % 2 === 0 ? setTimeout(kill, delay) : undefined;
      const watcher = i % 2 === 1 ? fs.watch(path.dirname(out), (_event, name) => {
        if (name && isTemp(String(name)) && !before.has(String(name))) kill();
      }) : undefined;
      await exited;
      clearTimeout(timer);
      watcher?.close();
      if (tempFilesIn(path.dirname(out)).some((f) => !before.has(f))) seen.killedWhileWriting++;
      if (!fs.existsSync(out)) {
        seen.absent++;
        continue;
      }
      const content = fs.readFileSync(out, "utf8");
      if (content === expectedA) seen.a++;
      else if (content === expectedB) seen.b++;
      else bad.push(`run ${i}${timer ? ` (kill after ${delay} ms)` : " (kill when the temporary file appeared)"}: ${content.length} bytes, neither translation`);
    }
    if (process.env.PY2TS_RELIABILITY_VERBOSE) {
      process.stderr.write(`kill -9 loop: run ${runMs} ms, ${JSON.stringify(seen)}, temporary files left: ${tempFilesIn(path.dirname(out)).length}\n`);
    }
    expect(bad).toEqual([]);
    expect(seen.killed).toBeGreaterThan(0);
    // The loop did interrupt writes in progress (a temporary file stayed behind), so it tested something.
    expect(seen.killedWhileWriting).toBeGreaterThan(0);
    // A SIGKILL cannot be cleaned up after: any leftover must be the writer's hidden temporary file.
    for (const f of fs.readdirSync(path.dirname(out))) expect(f).toMatch(/^(a\.py|b\.py|out\.ts|\.out\.ts\.\d+\.[0-9a-z]+\.tmp)$/);
  }, 120000);
});

describe("the input is never overwritten", () => {
  const source = "print('keep me')\n";

  // The input is given relative to the working folder (`never/prog.py`); each case names the output.
  test.each([
    ["-o naming the input itself", (input: string) => input],
    ["-o naming the input by another spelling", (input: string) => `./${input.replace("/", "/./")}`],
    ["-o naming the input by its absolute path", (input: string) => path.join(dir, input)],
    ["-o naming a symlink to the input", (input: string) => {
      const link = path.join(dir, "never", "link.ts");
      fs.rmSync(link, { force: true });
      fs.symlinkSync(path.join(dir, input), link);
      return link;
    }],
    ["-o naming another .py file", () => "never/other.py"],
    ["-o naming a .PY file", () => "never/OTHER.PY"],
  ])("%s: exit 2, one line, the input unchanged", (_name, outFor) => {
    const input = write("never/prog.py", source);
    const other = write("never/other.py", "print('other')\n");
    const r = cli(["never/prog.py", "-o", outFor("never/prog.py")]);
    expect(r.status).toBe(2);
    expect(stderrLines(r)).toHaveLength(1);
    expect(fs.readFileSync(input, "utf8")).toBe(source);
    expect(fs.readFileSync(other, "utf8")).toBe("print('other')\n");
  });

  test("an input without the .py suffix, with -o naming it: exit 2", () => {
    const input = write("never/program", source);
    const r = cli([input, "-o", input]);
    expect(r.status).toBe(2);
    expect(fs.readFileSync(input, "utf8")).toBe(source);
  });

  test("standard input with -o naming a .py file: exit 2", () => {
    const target = write("never/target.py", source);
    const r = cli(["-", "-o", target], "print(1)\n");
    expect(r.status).toBe(2);
    expect(fs.readFileSync(target, "utf8")).toBe(source);
  });

  test("a hard link to the input as the output: the input keeps its content", () => {
    const input = write("never/hard.py", source);
    const link = path.join(dir, "never", "hard.ts");
    fs.rmSync(link, { force: true });
    fs.linkSync(input, link);
    const r = cli([input, "-o", link]);
    expect([0, 2]).toContain(r.status);
    expect(fs.readFileSync(input, "utf8")).toBe(source);
  });
});

describe("bad input: one clear line on standard error and the documented exit code", () => {
  const oneDiagnostic = (r: CliResult, code: string): void => {
    const lines = stderrLines(r);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^\\S.* - (error|warning) ${code}: \\S.*$`));
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  };

  test("a missing file: exit 1, PY2TS4001", () => {
    const r = cli([path.join(dir, "does-not-exist.py")]);
    expect(r.status).toBe(1);
    oneDiagnostic(r, "PY2TS4001");
    expect(r.stdout).toBe("");
  });

  test("a directory without --out-dir: exit 2 (a folder is a batch, which needs an output folder), nothing written", () => {
    fs.mkdirSync(path.join(dir, "a-folder.py"), { recursive: true });
    const r = cli([path.join(dir, "a-folder.py")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/needs an output folder: add --out-dir DIR/);
    expect(r.stdout).toBe("");
  });

  test("an empty file: exit 0, one PY2TS4003 warning, an empty module", () => {
    const r = cli([write("empty.py", "")]);
    expect(r.status).toBe(0);
    oneDiagnostic(r, "PY2TS4003");
    expect(r.stdout.trim()).toBe("export {};");
  });

  test("a file that is not UTF-8: exit 1, PY2TS1004 with the offset of the first bad byte (as Python gives it), nothing written", () => {
    // print("é") saved as Latin-1: byte 7 (0xE9) is where UTF-8 decoding fails; Python says
    // "can't decode byte 0xe9 in position 7".
    const input = write("latin1.py", Buffer.from([0x70, 0x72, 0x69, 0x6e, 0x74, 0x28, 0x22, 0xe9, 0x22, 0x29, 0x0a]));
    const out = path.join(dir, "latin1.ts");
    const r = cli([input, "-o", out]);
    expect(r.status).toBe(1);
    oneDiagnostic(r, "PY2TS1004");
    expect(r.stderr).toMatch(/offset 7\b/);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("a file with a byte-order mark: exit 0, nothing on standard error, the same translation as without it", () => {
    const plain = cli([write("plain.py", GOOD)]);
    const r = cli([write("bom.py", `\uFEFF${GOOD}`)]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stdout.charCodeAt(0)).not.toBe(0xfeff);
  });

  test("CRLF line endings: exit 0, nothing on standard error, the same translation as with LF", () => {
    const plain = cli([write("lf.py", GOOD)]);
    const r = cli([write("crlf.py", GOOD.replace(/\n/g, "\r\n"))]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stdout).not.toContain("\r");
  });

  test("an output path in a missing folder: exit 1, PY2TS4002, nothing created", () => {
    const r = cli([write("ok.py", GOOD), "-o", path.join(dir, "no", "such", "folder", "out.ts")]);
    expect(r.status).toBe(1);
    oneDiagnostic(r, "PY2TS4002");
    expect(fs.existsSync(path.join(dir, "no"))).toBe(false);
  });

  test("standard output closed early (`| head`): no stack trace", () => {
    // A large translation (3 MB) into a pipe whose reader goes away after the first bytes.
    const input = write("pipe.py", Array.from({ length: 30 }, (_, i) => `s${i} = "${"x".repeat(100000)}"\nprint(len(s${i}))\n`).join(""));
    const r = spawnSync("/bin/sh", ["-c", `"${process.execPath}" "${BIN}" "${input}" | head -c 10 >/dev/null`], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.stderr).toBe("");
  });
});
