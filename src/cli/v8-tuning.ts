import { spawn } from "node:child_process";
import { constants } from "node:os";
import * as path from "node:path";
import { setFlagsFromString } from "node:v8";

/**
 * V8 settings for the CLI's own process; the library never sets them, as they are process-wide.
 * A batch spent a third of its CPU time in the optimizing compiler, much of it recompiling large
 * functions with smaller ones inlined into them after a deoptimization; a smaller inlining budget
 * keeps those compilations small (bench/README.md has the figures). Must run before the
 * translator's code gets hot, and applies to worker threads started afterwards.
 */
export function tuneV8ForCli(): void {
  setFlagsFromString("--max-inlined-bytecode-size-cumulative=100");
}

/**
 * V8 flags for a process translating a large batch on `jobs` threads, which can only be set when
 * a process starts (bench/README.md has the figures):
 * - a larger young generation: the analyses make many short-lived objects, and a larger nursery
 *   collects them less often (5–8% faster, ~30 MB more);
 * - with worker threads on every core, no V8 helper threads (concurrent compilation and garbage
 *   collection): they only compete with the workers for the cores. With one thread translating,
 *   they run beside it on an idle core, and help;
 * - with worker threads on every core, functions must run six times longer before V8 optimizes
 *   them: each worker compiles the translator for itself, on a core that would otherwise translate,
 *   and lukewarm functions are not worth it (10% faster on two workers than the default; no
 *   change on one).
 */
export function batchV8Flags(jobs: number): string[] {
  return [...(jobs >= 2 ? ["--single-threaded", "--interrupt-budget=400000"] : []), "--max-semi-space-size=64"];
}

/** Set in a process started by `relaunchWith`, which must not start another. */
const RELAUNCHED = "PY2TS_ASYNC_RELAUNCHED";

/**
 * Runs this command line again in a new Node process with these V8 flags, standard streams shared,
 * and resolves to its exit code; undefined when this process is already such a relaunch, or was
 * started with those flags.
 */
export function relaunchWith(flags: readonly string[]): Promise<number> | undefined {
  // Only the CLI's own script is started again (never a program that loaded the CLI's module).
  const script = require.main?.filename;
  if (!script || path.basename(script) !== "py2ts-async" || process.env[RELAUNCHED] || flags.every((f) => process.execArgv.includes(f))) return undefined;
  const child = spawn(process.execPath, [...process.execArgv, ...flags, script, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, [RELAUNCHED]: "1" },
  });
  // The child gets a terminal's Ctrl-C itself; signals sent to this process alone are passed on.
  const forward = (signal: NodeJS.Signals): void => void child.kill(signal);
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const s of signals) process.on(s, forward);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 1));
    });
  });
}
