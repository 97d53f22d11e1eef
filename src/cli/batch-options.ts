import * as fs from "node:fs";
import * as os from "node:os";
import { UsageError, type ParsedArgs } from "./args";
import { findConfig, type ConfigValue } from "./config";

/** Everything a batch run needs, from the command line and the config file (the command line wins). */
export interface BatchOptions {
  readonly inputs: readonly string[];
  readonly outDir: string;
  readonly exclude: readonly string[];
  /** Undefined: one per core, at most one per file. */
  readonly jobs?: number;
  /** Seconds a unit may take before it is given up (PY2TS9999); undefined: no limit. */
  readonly timeout?: number;
  readonly runtime: "shared" | "import";
  readonly emitOnError: boolean;
  readonly check: boolean;
  readonly verify: false | "types" | "run";
  readonly reporter: "text" | "json" | "github";
  readonly shard?: { readonly index: number; readonly count: number };
  readonly sourceMap: boolean;
  readonly watch: boolean;
  readonly color?: boolean;
  readonly debug: boolean;
  /** The config file used, if any (for messages). */
  readonly configFile?: string;
}

/** Options that only mean something for a batch: given without `--out-dir`, they are a usage error. */
export const BATCH_ONLY = ["exclude", "jobs", "timeout", "shard", "check", "verify", "reporter", "source-map", "watch"] as const;

/**
 * Is this command line a batch (rather than one file to standard output or `-o`)? A batch has
 * `--out-dir`, a folder or several inputs, or no input at all (then the inputs come from a config).
 */
export function isBatchInvocation(args: ParsedArgs): boolean {
  if (args.options.has("out-dir") || args.options.has("init") || BATCH_ONLY.some((o) => args.options.has(o))) return true;
  if (args.positionals.length === 0) return hasConfig();
  if (args.positionals.length > 1) return true;
  const input = args.positionals[0]!;
  return input !== "-" && isFolder(input);
}

function hasConfig(): boolean {
  try {
    return findConfig(process.cwd()) !== undefined;
  } catch {
    return true; // a broken config: the batch path reports it
  }
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function resolveBatchOptions(args: ParsedArgs, cwd: string): BatchOptions {
  const config = findConfig(cwd);
  const fromConfig = (key: string): ConfigValue | undefined => config?.values.get(key);
  const cli = (name: string): string[] | undefined => args.options.get(name);
  const flag = (name: string, key: string): boolean => {
    const v = cli(name)?.[0];
    if (v !== undefined) return v === "true";
    return fromConfig(key) === true;
  };
  const str = (name: string, key: string): string | undefined => cli(name)?.[0] ?? (fromConfig(key) as string | undefined);

  const inputs = args.positionals.length > 0 ? args.positionals : ((fromConfig("src") as string[] | undefined) ?? []);
  if (inputs.length === 0) throw new UsageError("no input given: name Python files or folders, or set \"src\" in py2ts.config.json");
  if (inputs.includes("-")) throw new UsageError("'-' (standard input) cannot be part of a batch");
  const outDir = str("out-dir", "outDir");
  if (outDir === undefined) {
    const why = inputs.length > 1 ? "several inputs need" : isFolder(inputs[0]!) ? `the folder '${inputs[0]}' needs` : "batch options need";
    throw new UsageError(`${why} an output folder: add --out-dir DIR`);
  }
  if (cli("out")) throw new UsageError("-o/--out names one output file; with --out-dir the outputs mirror the inputs");

  const runtime = str("runtime", "runtime") ?? "shared";
  if (runtime === "inline") {
    throw new UsageError("--runtime inline is for one file: modules translated together must share one event loop and one set of exception classes, so a batch uses --runtime shared (one runtime module in the output folder) or --runtime import");
  }
  if (runtime !== "shared" && runtime !== "import") throw new UsageError(`--runtime must be shared or import in a batch (got '${runtime}')`);

  const jobsText = cli("jobs")?.[0];
  const jobs = jobsText !== undefined ? Number(jobsText) : (fromConfig("jobs") as number | undefined);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`--jobs takes a whole number of at least 1 (got '${jobsText}')`);

  const timeoutText = cli("timeout")?.[0];
  const timeout = timeoutText !== undefined ? Number(timeoutText) : (fromConfig("timeout") as number | undefined);
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError(`--timeout takes a number of seconds above 0 (got '${timeoutText}')`);

  const shardText = str("shard", "shard");
  let shard: BatchOptions["shard"];
  if (shardText !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(shardText);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes I/N with 1 <= I <= N (got '${shardText}')`);
    shard = { index, count };
  }

  const verifyCli = cli("verify")?.[0];
  const verifyConfig = fromConfig("verify");
  const verifyValue = verifyCli ?? (verifyConfig === undefined ? undefined : String(verifyConfig));
  if (verifyValue !== undefined && !["true", "false", "run", "types"].includes(verifyValue)) throw new UsageError(`--verify takes no value or =run (got '${verifyValue}')`);
  const verify = verifyValue === "run" ? "run" : verifyValue === "true" || verifyValue === "types" ? "types" : false;

  const reporter = str("reporter", "reporter") ?? "text";
  if (reporter !== "text" && reporter !== "json" && reporter !== "github") throw new UsageError(`--reporter must be one of text, json, github (got '${reporter}')`);

  const exclude = [...(cli("exclude") ?? (fromConfig("exclude") as string[] | undefined) ?? [])];
  const watch = flag("watch", "watch");
  const check = flag("check", "check");
  if (watch && check) throw new UsageError("--watch and --check do not go together (--check compares once and exits)");
  const colorCli = cli("color")?.[0];
  const colorConfig = fromConfig("color");
  return {
    inputs,
    outDir,
    exclude,
    jobs,
    timeout,
    runtime,
    emitOnError: flag("emit-on-error", "emitOnError"),
    check,
    verify,
    reporter,
    shard,
    sourceMap: flag("source-map", "sourceMap"),
    watch,
    color: colorCli !== undefined ? colorCli === "true" : typeof colorConfig === "boolean" ? colorConfig : undefined,
    debug: cli("debug")?.[0] === "true",
    configFile: config?.file,
  };
}

/** `--jobs` default: one worker per core, never more than there are files. */
export const defaultJobs = (files: number): number => Math.max(1, Math.min(os.availableParallelism(), files));
