import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError, type ParsedArgs } from "./args";
import { defaultJobs, resolveBatchOptions, type BatchOptions } from "./batch-options";
import { BatchUsageError, runBatch, type BatchIo } from "./batch";
import { ConfigError, initialConfig } from "./config";
import { discover, Skipper } from "../batch/discover";

const USAGE_EXIT = 2;
const INTERNAL_EXIT = 3;

/** The batch side of the command line: `--init`, then a run (or a watch) with the resolved options. */
export async function batchMain(args: ParsedArgs, io: BatchIo): Promise<number> {
  const usage = (message: string): number => {
    io.stderr(`py2ts-async: ${message}\nTry 'py2ts-async --help'.\n`);
    return USAGE_EXIT;
  };
  if (args.options.get("init")?.[0] === "true") {
    const file = path.join(process.cwd(), "py2ts.config.json");
    if (fs.existsSync(file)) return usage(`'${file}' already exists; edit it or remove it first`);
    fs.writeFileSync(file, initialConfig(process.cwd()), { flag: "wx" });
    io.stdout(`Wrote ${file}: edit "src" and "outDir", then run py2ts-async with no arguments.\n`);
    return 0;
  }
  try {
    const options = resolveBatchOptions(args, process.cwd());
    const relaunched = relaunchForLargeBatch(options, io);
    if (relaunched) return await relaunched;
    if (options.watch) {
      const { watchBatch } = require("./watch") as typeof import("./watch");
      return await watchBatch(options, io);
    }
    return await runBatch(options, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof BatchUsageError) return usage(error.message);
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`py2ts-async - error PY2TS9999: Internal error in the translator: ${message}. Please report it.\n`);
    if (args.options.get("debug")?.[0] === "true" && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return INTERNAL_EXIT;
  }
}

/** Source below which a new process (~0.1 s) costs more than its V8 flags save (5–15% of the translation time). */
const RELAUNCH_MIN_BYTES = 1_000_000;

/**
 * A large batch runs faster with V8 flags that can only be set when a process starts
 * (`batchV8Flags`): the CLI starts itself again with them. Not for --watch and --verify, whose main
 * thread does other work too (watching, type-checking).
 */
function relaunchForLargeBatch(options: BatchOptions, io: BatchIo): Promise<number> | undefined {
  if (!io.relaunch || options.watch || options.verify) return undefined;
  const { files } = discover(options.inputs, new Skipper(options.exclude, process.cwd()));
  let bytes = 0;
  for (const f of files) if ((bytes += fs.statSync(f.file, { throwIfNoEntry: false })?.size ?? 0) >= RELAUNCH_MIN_BYTES) break;
  if (bytes < RELAUNCH_MIN_BYTES) return undefined;
  const { batchV8Flags } = require("./v8-tuning") as typeof import("./v8-tuning");
  return io.relaunch(batchV8Flags(options.jobs ?? defaultJobs(files.length)));
}
