// Typed access to the reliability harness in scripts/reliability/lib (plain CommonJS, shared with
// the command-line scripts `npm run reliability:fuzz` and `reliability:stdlib`).
import * as path from "node:path";
import * as fs from "node:fs";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
export const BIN = path.join(ROOT, "bin", "py2ts-async");

export type Status = "ok" | "diagnostics" | "internal" | "crash" | "hang" | "unparseable" | "harness-error";

export interface RunResult {
  readonly status: Status;
  readonly ms: number;
  readonly cpuMs?: number;
  readonly message?: string;
  readonly errorMessage?: string;
  readonly stack?: string;
  readonly firstError?: string;
  readonly tsLine?: number;
  readonly tsText?: string;
  readonly code?: string;
}

export interface Runner {
  run(bytes: Uint8Array, how?: { checkTs?: boolean; keepCode?: boolean; timeoutMs?: number; options?: object }): Promise<RunResult>;
  close(): Promise<void>;
}

export interface Input {
  readonly id: string;
  readonly bytes: Buffer;
  readonly seed?: string;
  readonly ops?: readonly string[];
}

interface RunnerLib {
  Runner: new (options: { dist: string; jobs?: number; timeoutMs: number; limitBy?: "cpu" | "wall"; wallFactor?: number; isolation?: "process" | "thread" }) => Runner;
  isFailure(result: RunResult): boolean;
  failureKey(result: RunResult): string;
  topFrame(stack: string | undefined): string;
}

interface GenerateLib {
  seedFiles(): { name: string; text: string }[];
  generateMutants(seeds: { name: string; text: string }[], options: { seed: number; count: number; start?: number }): Input[];
  pathologicalInputs(): Input[];
  libraryCallInputs(dist: string): { inputs: Input[]; warning?: string };
}

export const runnerLib = require(path.join(ROOT, "scripts", "reliability", "lib", "runner.js")) as RunnerLib;
export const generateLib = require(path.join(ROOT, "scripts", "reliability", "lib", "generate.js")) as GenerateLib;

/** The fuzzer's default seed (scripts/reliability/fuzz.js): the tests run a prefix of its inputs. */
export const FUZZ_SEED = 20251126;

export function requireBuild(): void {
  if (!fs.existsSync(path.join(DIST, "transpile.js"))) throw new Error("dist/ is missing: `npm test` builds it (pretest); run `npm run build`");
}

/** One line per failure, for assertion messages: what failed, where, and how to reproduce it. */
export function describeFailure(input: Input, result: RunResult): string {
  const where = runnerLib.topFrame(result.stack);
  const how = input.ops ? ` [${input.seed} ${input.ops.join(" ")}]` : "";
  const ts = result.status === "unparseable" ? ` (output.ts:${result.tsLine}: ${String(result.tsText ?? "").trim().slice(0, 120)})` : "";
  return `${input.id}${how}: ${result.status} ${String(result.errorMessage || result.message || "").split("\n")[0]}${where ? ` at ${where}` : ""}${ts}`;
}
