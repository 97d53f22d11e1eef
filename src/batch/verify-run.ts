import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawn } from "node:child_process";
import type { ts as TsNamespace } from "ts-morph";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic";
import { Msg } from "../diagnostics/messages";

/** A module with an `if __name__ == "__main__":` guard, and the translation to run beside it. */
export interface RunCandidate {
  /** The Python file (absolute) and its source root (the folder its module name is relative to). */
  readonly file: string;
  readonly root: string;
  readonly moduleName: string;
  /** Run with `-m` (a module inside a package of the batch) rather than as a script. */
  readonly asModule: boolean;
  /** Output path relative to the output root (`pkg/mod.ts`). */
  readonly out: string;
  /** 1-based line of the `__main__` guard, where a mismatch is reported. */
  readonly guardLine: number;
}

export interface RunOutcome {
  readonly stdout: string;
  readonly exitCode: number | null;
  readonly timedOut: boolean;
}

/** `if __name__ == "__main__":` (either operand order, either quote), at the start of a line. */
export function mainGuardLine(source: string): number | undefined {
  const m = /^if\s+(?:__name__\s*==\s*(['"])__main__\1|(['"])__main__\2\s*==\s*__name__)\s*:/m.exec(source);
  if (!m) return undefined;
  return source.slice(0, m.index).split("\n").length;
}

/**
 * The interpreter for `--verify=run`: `PY2TS_PYTHON` when set (empty or missing: none), else
 * Debian's Python (with `python3-aiohttp`), else any `python3` on the PATH; undefined when there is none.
 */
export function findPython(): string | undefined {
  const chosen = process.env.PY2TS_PYTHON;
  if (chosen !== undefined) return chosen !== "" && fs.existsSync(chosen) ? chosen : undefined;
  if (fs.existsSync("/usr/bin/python3")) return "/usr/bin/python3";
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const p = path.join(dir, "python3");
    if (dir && fs.existsSync(p)) return p;
  }
  return undefined;
}

/**
 * `--verify=run`: runs each candidate under Python and its translation under Node, with the same
 * environment (Python is told not to write `__pycache__` into the sources), and compares standard
 * output and exit code. The translations are compiled to JavaScript (types stripped, as
 * `ts.transpileModule` does) in a temporary folder laid out like the output folder.
 */
export async function runAndCompare(
  candidates: readonly RunCandidate[],
  outputs: ReadonlyMap<string, string>,
  python: string,
  runtimeImport: boolean,
  jobs: number,
  timeoutMs = 60000,
): Promise<Map<string, Diagnostic>> {
  const { ts } = require("ts-morph") as { ts: typeof TsNamespace };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-verify-"));
  const mismatches = new Map<string, Diagnostic>();
  try {
    fs.writeFileSync(path.join(work, "package.json"), JSON.stringify({ type: "module", private: true }));
    if (runtimeImport) {
      fs.mkdirSync(path.join(work, "node_modules"), { recursive: true });
      fs.symlinkSync(path.join(__dirname, "..", ".."), path.join(work, "node_modules", "py2ts-async"), "dir");
    }
    for (const [rel, code] of outputs) {
      const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext }, fileName: rel }).outputText;
      const file = path.join(work, rel.replace(/\.ts$/, ".js"));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, js);
    }
    const env = { ...process.env };
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < candidates.length) {
        const c = candidates[next++]!;
        const [py, node] = await Promise.all([
          runProcess(python, ["-B", ...(c.asModule ? ["-m", c.moduleName] : [c.file])], c.root, { ...env, PYTHONDONTWRITEBYTECODE: "1" }, timeoutMs),
          runProcess(process.execPath, [path.join(work, c.out.replace(/\.ts$/, ".js"))], path.dirname(path.join(work, c.out)), env, timeoutMs),
        ]);
        const difference = compare(py, node, timeoutMs);
        if (difference) mismatches.set(c.file, createDiagnostic(Msg.runMismatch, { difference }, { line: c.guardLine, column: 1 }));
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, candidates.length)) }, worker));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return mismatches;
}

function compare(py: RunOutcome, node: RunOutcome, timeoutMs: number): string | undefined {
  if (py.timedOut || node.timedOut) {
    const who = py.timedOut && node.timedOut ? "neither run" : py.timedOut ? "the Python run" : "the Node run";
    return `${who === "neither run" ? "neither run finished" : `${who} did not finish`} within ${Math.round(timeoutMs / 1000)} s, so the runs cannot be compared`;
  }
  if (py.stdout !== node.stdout) {
    const a = py.stdout.split("\n");
    const b = node.stdout.split("\n");
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    const show = (s: string | undefined): string => (s === undefined ? "(end of output)" : JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s));
    return `standard output differs at line ${i + 1}: Python printed ${show(a[i])}, Node printed ${show(b[i])}`;
  }
  if (py.exitCode !== node.exitCode) return `exit code ${node.exitCode} under Node, ${py.exitCode} under Python`;
  return undefined;
}

function runProcess(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<RunOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "ignore"] });
    let stdout = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", () => {
      clearTimeout(timer);
      resolve({ stdout, exitCode: null, timedOut });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ stdout, exitCode: code, timedOut });
    });
  });
}
