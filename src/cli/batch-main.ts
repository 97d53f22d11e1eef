import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError, type ParsedArgs } from "./args";
import { resolveBatchOptions } from "./batch-options";
import { BatchUsageError, runBatch, type BatchIo } from "./batch";
import { ConfigError, initialConfig } from "./config";

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
