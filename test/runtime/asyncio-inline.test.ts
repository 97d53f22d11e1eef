/**
 * The asyncio runtime as the translator uses it in inline mode: its files follow the runtime
 * conventions (docs/runtime-conventions.md), concatenate in dependency order into one module that
 * type-checks with the outputs' settings (NodeNext, ES2023, strict), and the result runs under Node
 * as a standalone program — which is also how the deadlock behaviour is tested (it needs a process
 * that can run out of work).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ts from "typescript";
import { runtimeDir, runtimeFiles, importsOf, dependencyOrder, usesAny, topLevelNames, inlineBundle } from "../support/runtime-bundle";

const asyncioDir = path.join(runtimeDir, "asyncio");
const asyncioFiles = runtimeFiles("asyncio");

describe("inline mode", () => {
  test("the files follow the import/export conventions and form no cycle", () => {
    for (const file of [...asyncioFiles, path.join(asyncioDir, "index.ts")]) {
      const text = fs.readFileSync(file, "utf8");
      if (!file.endsWith("index.ts")) {
        expect(text).not.toMatch(/^export \{/m);
        expect(text).not.toMatch(/^export \*/m);
        expect(text).not.toMatch(/^export default/m);
        importsOf(file);
      }
      expect(usesAny(file)).toBe(false);
      expect(text).not.toMatch(/@ts-ignore|import\.meta/);
    }
    expect(() => dependencyOrder(asyncioFiles)).not.toThrow();
  });

  test("top-level names are unique across the runtime", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    const all: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith(".ts") && entry.name !== "index.ts") all.push(full);
      }
    };
    walk(runtimeDir);
    for (const file of all) {
      for (const name of topLevelNames(file)) {
        const other = seen.get(name);
        const mine = file.startsWith(asyncioDir) || (other !== undefined && other.startsWith(asyncioDir));
        if (other !== undefined && mine) clashes.push(`${name}: ${path.relative(runtimeDir, other)} and ${path.relative(runtimeDir, file)}`);
        seen.set(name, file);
      }
    }
    expect(clashes).toEqual([]);
  });

  describe("as a standalone ES module", () => {
    let dir = "";

    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-asyncio-"));
      fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    });

    afterAll(() => {
      fs.rmSync(dir, { recursive: true, force: true });
    });

    /** Writes `runtime + program` as program.ts, type-checks it, transpiles it to program.mjs. */
    function build(name: string, program: string): { file: string; diagnostics: string[] } {
      const source = `${inlineBundle(dependencyOrder(asyncioFiles))}\n// ---- program\n${program}\n`;
      const tsFile = path.join(dir, `${name}.ts`);
      fs.writeFileSync(tsFile, source);
      const options: ts.CompilerOptions = {
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
        lib: ["lib.es2023.d.ts"],
        types: ["node"],
        typeRoots: [path.join(__dirname, "..", "..", "node_modules", "@types")],
        strict: true,
        noImplicitOverride: true,
        noEmit: true,
        skipLibCheck: true,
      };
      const programObj = ts.createProgram([tsFile], options);
      const diagnostics = ts.getPreEmitDiagnostics(programObj).map((d) => `${d.file ? path.basename(d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
      const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
      const file = path.join(dir, `${name}.mjs`);
      fs.writeFileSync(file, js);
      return { file, diagnostics };
    }

    test("type-checks with the outputs' settings and runs", () => {
      const { file, diagnostics } = build(
        "ok",
        `
async function worker(name: string, n: number): Promise<string> {
  for (let i = 0; i < n; i++) {
    console.log(name, i);
    await sleep(0);
  }
  return name;
}
async function main(): Promise<string[]> {
  const q = new Queue<number>();
  const t = createTask(() => worker("a", 2));
  const rest = await gather(t, () => worker("b", 1));
  q.putNowait(1);
  console.log("queue", await q.get(), currentTask()!.getName());
  return rest;
}
console.log(await run(() => main()));
`,
      );
      expect(diagnostics).toEqual([]);
      const result = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 20_000 });
      expect(result.stderr).toBe("");
      expect(result.stdout.split("\n")).toEqual(["a 0", "b 0", "a 1", "queue 1 Task-1", "[ 'a', 'b' ]", ""]);
      expect(result.status).toBe(0);
    }, 30_000);

    test("a deadlock (CPython would hang) raises RuntimeError after cancelling the tasks", () => {
      const { file, diagnostics } = build(
        "deadlock",
        `
async function main(): Promise<void> {
  const ev = new Event();
  const helper = createTask(async () => {
    try {
      await new Lock().acquire();
      await ev.wait();
    } finally {
      console.log("helper finally");
    }
  });
  try {
    console.log("waiting");
    await helper;
  } finally {
    console.log("main finally");
  }
}
try {
  await run(() => main());
  console.log("no error");
} catch (e) {
  console.log(e instanceof RuntimeError ? "RuntimeError" : "other", (e as Error).message);
}
`,
      );
      expect(diagnostics).toEqual([]);
      const result = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 20_000 });
      expect(result.stdout.split("\n")).toEqual([
        "waiting",
        "helper finally",
        "main finally",
        "RuntimeError Event loop deadlock: every task is waiting and nothing can wake them up (CPython would wait forever)",
        "",
      ]);
      expect(result.status).toBe(0);
    }, 30_000);
  });
});
