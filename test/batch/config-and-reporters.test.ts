import * as fs from "node:fs";
import * as path from "node:path";
import { parseJsonc } from "../../src/cli/config";
import { cli, readTree, requireBuild, scratch, writeTree } from "./helpers";

/** Config files (precedence, unknown keys, --init) and the machine-readable reporters. */
beforeAll(requireBuild);

const OK = 'def hello() -> str:\n    return "hi"\n';
const BAD = "print(nowhere)\n";

describe("config", () => {
  test("py2ts.config.json supplies the options; the command line wins; paths are relative to the file", () => {
    const work = scratch("config-precedence");
    writeTree(work, { "src/a.py": OK, "src/skip_me.py": OK, "sub/.keep": "" });
    fs.writeFileSync(path.join(work, "py2ts.config.json"), '// comments are allowed\n{ "src": ["src"], "outDir": "from-config", "exclude": ["skip_*"], "runtime": "import", }\n');
    expect(cli(work, []).status).toBe(0);
    expect([...readTree(path.join(work, "from-config")).keys()]).toEqual(["a.ts"]);
    // From a subfolder the config is found upwards, and its paths stay relative to it.
    expect(cli(path.join(work, "sub"), ["--out-dir", "../from-cli", "--runtime", "shared"]).status).toBe(0);
    expect([...readTree(path.join(work, "from-cli")).keys()]).toEqual(["_py2ts_runtime.ts", "a.ts"]);
  }, 60000);

  test("unknown keys and wrong types are usage errors (exit 2)", () => {
    const work = scratch("config-unknown");
    writeTree(work, { "src/a.py": OK });
    fs.writeFileSync(path.join(work, "py2ts.config.json"), JSON.stringify({ src: "src", outDir: "out", outdir: "typo" }));
    const r = cli(work, []);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown key 'outdir' (did you mean 'outDir'?)");
    fs.writeFileSync(path.join(work, "py2ts.config.json"), JSON.stringify({ src: "src", outDir: "out", jobs: "two" }));
    const t = cli(work, []);
    expect(t.status).toBe(2);
    expect(t.stderr).toContain("'jobs' must be a whole number of at least 1");
  });

  test('package.json "py2tsAsync" works like py2ts.config.json', () => {
    const work = scratch("config-package-json");
    writeTree(work, { "src/a.py": OK });
    fs.writeFileSync(path.join(work, "package.json"), JSON.stringify({ type: "module", py2tsAsync: { src: ["src"], outDir: "out" } }));
    expect(cli(work, []).status).toBe(0);
    expect(fs.existsSync(path.join(work, "out", "a.ts"))).toBe(true);
  });

  test("--init writes a commented config that works as it is, and refuses to overwrite it", () => {
    const work = scratch("config-init");
    writeTree(work, { "src/a.py": OK });
    const r = cli(work, ["--init"]);
    expect(r.status).toBe(0);
    const text = fs.readFileSync(path.join(work, "py2ts.config.json"), "utf8");
    expect(text).toMatch(/^\/\/ py2ts-async configuration/);
    expect(parseJsonc(text, "init")).toMatchObject({ src: ["src"], outDir: "ts" });
    expect(cli(work, []).status).toBe(0);
    expect(fs.existsSync(path.join(work, "ts", "a.ts"))).toBe(true);
    expect(cli(work, ["--init"]).status).toBe(2);
  });
});

describe("reporters", () => {
  test("--reporter json: one document with files, diagnostics and the summary", () => {
    const work = scratch("reporter-json");
    writeTree(work, { "src/a.py": OK, "src/b.py": BAD });
    const r = cli(work, ["src", "--out-dir", "out", "--reporter", "json"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({
      schemaVersion: 1,
      tool: { name: "py2ts-async" },
      mode: "write",
      outDir: "out",
      shard: null,
      files: [
        { source: "src/a.py", output: "out/a.ts", lines: 2, status: "ok", action: "written", diagnostics: [] },
        {
          source: "src/b.py",
          output: "out/b.ts",
          lines: 1,
          status: "errors",
          action: "skipped",
          diagnostics: [{ code: "PY2TS2003", severity: "error", message: "'nowhere' is not defined in this module.", line: 1, column: 7, endLine: 1, endColumn: 14 }],
        },
      ],
      stale: [],
      summary: { files: 2, lines: 3, translated: 1, withWarnings: 0, withErrors: 1, internalErrors: 0, exitCode: 1 },
    });
    expect(typeof (doc.summary as { seconds: unknown }).seconds).toBe("number");
  });

  test("--reporter github: workflow annotations on standard output", () => {
    const work = scratch("reporter-github");
    writeTree(work, { "src/a.py": OK, "src/b,c.py": BAD });
    const r = cli(work, ["src", "--out-dir", "out", "--reporter", "github"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("::error file=src/b%2Cc.py,line=1,col=7,endLine=1,endColumn=14,title=PY2TS2003::'nowhere' is not defined in this module.\n");
    expect(r.stderr).toMatch(/^py2ts-async: 2 files \(3 lines\), 1 translated, 0 with warnings, 1 with errors in \d+\.\d s\n$/);
  });

  test("no progress bar when piped; text diagnostics as in single-file mode", () => {
    const work = scratch("reporter-text");
    writeTree(work, { "src/b.py": BAD });
    const r = cli(work, ["src", "--out-dir", "out"]);
    expect(r.stderr).toBe(`src/b.py:1:7 - error PY2TS2003: 'nowhere' is not defined in this module.\n${r.stderr.split("\n")[1]}\n`);
    expect(r.stderr).not.toContain("\r");
  });
});
