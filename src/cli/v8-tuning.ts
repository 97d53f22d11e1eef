import { spawn } from "node:child_process";
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
 * For a process whose worker threads keep every core busy: V8's own helper threads (concurrent
 * compilation and garbage collection) then only compete with them for the same cores. With one
 * worker they run beside it on an idle core, and help. They can only be turned off at start-up.
 */
export const PARALLEL_V8_FLAGS: readonly string[] = ["--single-threaded"];

/** Set in a process started by `relaunchWith`, which must not start another. */
const RELAUNCHED = "PY2TS_ASYNC_RELAUNCHED";

/**
 * Runs this command line again in a new Node process with these V8 flags, standard streams shared,
 * and resolves to its exit code; undefined when this process is already such a relaunch.
 */
export function relaunchWith(flags: readonly string[]): Promise<number> | undefined {
  if (process.env[RELAUNCHED]) return undefined;
  const child = spawn(process.execPath, [...process.execArgv, ...flags, ...process.argv.slice(1)], {
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
      resolve(code ?? 128 + (signal ? (require("node:os") as typeof import("node:os")).constants.signals[signal] : 1));
    });
  });
}
