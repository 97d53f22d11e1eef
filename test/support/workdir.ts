import * as fs from "node:fs";
import * as path from "node:path";
import { spawn } from "node:child_process";
import ts from "typescript";
import { ROOT } from "./fixtures";

/**
 * A scratch project under `.work/` laid out like a user's: `"type": "module"`, the translations as
 * `.ts` files, and `py2ts-async` resolvable through node_modules (for `--runtime=import` outputs).
 */
export function createWorkdir(name: string): string {
  const dir = path.join(ROOT, ".work", name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  fs.symlinkSync(ROOT, path.join(dir, "node_modules", "py2ts-async"), "dir");
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  return dir;
}

/** The compiler options the promise is about: the acceptance runner's strict ES module setting. */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2023.d.ts"],
  types: ["node"],
  typeRoots: [path.join(ROOT, "node_modules", "@types")],
  noEmit: true,
  skipLibCheck: true,
  moduleDetection: ts.ModuleDetectionKind.Force,
};

/** Type-checks all files in one program; returns the diagnostics per file (empty arrays for clean files). */
export function typeCheck(files: readonly string[]): Map<string, string[]> {
  const program = ts.createProgram(files, STRICT_OPTIONS);
  const result = new Map<string, string[]>(files.map((f) => [path.resolve(f), []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file ? path.resolve(d.file.fileName) : "";
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const text = `${where ? `${where.line + 1}:${where.character + 1} ` : ""}TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    (result.get(file) ?? result.set(file, []).get(file)!).push(text);
  }
  return result;
}

/** Strips the types (no checking) so Node 20 can run the translation. */
export function toRunnable(tsFile: string): string {
  const out = tsFile.replace(/\.ts$/, ".mjs");
  const js = ts.transpileModule(fs.readFileSync(tsFile, "utf8"), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    fileName: tsFile,
  }).outputText;
  fs.writeFileSync(out, js);
  return out;
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | null;
  readonly timedOut: boolean;
}

/**
 * The environment of a translated program run by a test: without `JEST_WORKER_ID`, which tells the
 * runtime it is loaded inside a Jest worker (and so not to take over uncaught exceptions).
 */
export function programEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, NO_COLOR: "1" };
  delete env.JEST_WORKER_ID;
  return env;
}

export function runNode(file: string, env: Record<string, string>, timeoutMs = 20000): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { cwd: path.dirname(file), env: programEnv(env), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, exitCode: code, timedOut });
    });
  });
}

/** Runs `jobs` at a time, keeping the results in input order. */
export async function inBatches<T, R>(items: readonly T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
