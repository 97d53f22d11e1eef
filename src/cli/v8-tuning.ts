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
