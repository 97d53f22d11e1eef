import * as fs from "node:fs";
import * as path from "node:path";
import { formatHelp, parseArgs, UsageError, type OptionSpec } from "./args";
import { decode, describeIoError, readSource, sameFile, writeAtomic } from "./files";
import type { Diagnostic } from "../diagnostics/diagnostic";

/** Exit codes, as documented in the README. */
export const Exit = { ok: 0, errors: 1, usage: 2, internal: 3 } as const;

const OPTIONS: readonly OptionSpec[] = [
  { name: "out", short: "o", value: "FILE", help: "write the TypeScript to FILE instead of standard output" },
  { name: "out-dir", value: "DIR", help: "batch: translate the SRC files and folders into DIR, mirroring each folder's tree (pkg/mod.py -> DIR/pkg/mod.ts)" },
  {
    name: "runtime",
    value: "MODE",
    choices: ["inline", "import", "shared"],
    help: "inline: copy the helpers the output uses into it (default for one file); shared: one runtime module DIR/_py2ts_runtime.ts (default for a batch); import: import them from py2ts-async/runtime",
  },
  { name: "emit-on-error", help: "write the output even when there are errors (unsupported constructs become stubs that throw)" },
  { name: "exclude", value: "GLOB", multiple: true, help: "batch: leave out matching files and folders (repeatable; 'tests' matches a name at any depth, 'legacy/**' a path)" },
  { name: "jobs", short: "j", value: "N", help: "batch: worker threads (default: one per core, at most one per file)" },
  { name: "timeout", value: "SECONDS", help: "batch: give up on a file (or files that import each other) after SECONDS: PY2TS9999 for it, and the batch goes on (default: no limit)" },
  { name: "shard", value: "I/N", help: "batch: translate or check only the I-th of N slices of the sorted file list (shard 1 also writes the runtime module)" },
  { name: "check", help: "batch: write nothing; exit 1 with a diff for every output in DIR that differs from a fresh translation, is missing or has no source" },
  { name: "verify", value: "run", optionalValue: true, help: "batch: type-check all outputs under --strict, errors mapped to Python lines; =run also runs each __main__ module under python3 and Node and compares" },
  { name: "reporter", value: "NAME", choices: ["text", "json", "github"], help: "batch: text (default), json (one document on standard output) or github (workflow annotations)" },
  { name: "source-map", help: "batch: write DIR/x.ts.map beside each output, mapping its lines to the Python source" },
  { name: "watch", help: "batch: translate, then translate again whenever a source changes (Ctrl-C stops)" },
  { name: "init", help: "write a commented py2ts.config.json in the current folder and exit" },
  { name: "color", help: "colour diagnostics (default: when standard error is a terminal and NO_COLOR is unset)" },
  { name: "debug", help: "show the stack trace of an internal error" },
  { name: "version", short: "v", help: "print the version and exit" },
  { name: "help", short: "h", help: "print this help and exit" },
];

const USAGE = `Usage: py2ts-async [options] <input.py | ->
       py2ts-async [options] SRC... --out-dir DIR

Translates a Python asyncio/aiohttp program into TypeScript that type-checks under
\`tsc --strict\` and behaves the same on Node 20+. '-' reads the program from standard input.
With --out-dir (a batch), translates files and whole folders together: imports between them
become relative imports. Batch options may also come from py2ts.config.json or the
"py2tsAsync" key of package.json (see --init); the command line wins.

Exit codes: 0 translated; 1 the input has errors (diagnostics on standard error, nothing
written), or a batch's --check or --verify failed; 2 wrong command line; 3 internal error in
the translator (please report it).`;

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: () => Uint8Array;
  readonly isTty: boolean;
  /** Runs the command again in a new process with these V8 flags (see BatchIo). */
  readonly relaunch?: (v8Flags: readonly string[]) => Promise<number> | undefined;
}

export function main(argv: readonly string[], io: Io = processIo()): number | Promise<number> {
  let args;
  try {
    args = parseArgs(argv, OPTIONS);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`py2ts-async: ${error.message}\nTry 'py2ts-async --help'.\n`);
      return Exit.usage;
    }
    throw error;
  }
  const flag = (name: string): boolean => args.options.get(name)?.[0] === "true";
  if (flag("help")) {
    io.stdout(formatHelp(USAGE, OPTIONS));
    return Exit.ok;
  }
  if (flag("version")) {
    io.stdout(`${packageVersion()}\n`);
    return Exit.ok;
  }
  // Folders, several inputs or --out-dir: a batch (loaded only then).
  const batch = require("./batch-options") as typeof import("./batch-options");
  if (batch.isBatchInvocation(args)) return (require("./batch-main") as typeof import("./batch-main")).batchMain(args, io);
  if (args.options.get("runtime")?.[0] === "shared") {
    io.stderr("py2ts-async: --runtime shared writes one runtime module beside a batch's outputs; give --out-dir DIR (or use inline or import)\nTry 'py2ts-async --help'.\n");
    return Exit.usage;
  }
  if (args.positionals.length !== 1) {
    io.stderr(`py2ts-async: ${args.positionals.length === 0 ? "no input file given" : "give exactly one input file"}\nTry 'py2ts-async --help'.\n`);
    return Exit.usage;
  }
  const input = args.positionals[0]!;
  const out = args.options.get("out")?.[0];
  if (out !== undefined && input !== "-" && sameFile(input, out)) {
    io.stderr(`py2ts-async: the output '${out}' is the input file itself; refusing to overwrite it\n`);
    return Exit.usage;
  }
  if (out !== undefined && /\.py$/i.test(out)) {
    io.stderr(`py2ts-async: the output '${out}' ends in .py; refusing to write TypeScript over a Python file\n`);
    return Exit.usage;
  }
  const display = input === "-" ? "<stdin>" : input;
  const color = args.options.has("color") ? flag("color") : io.isTty && !process.env.NO_COLOR;
  const report = (diagnostics: readonly Diagnostic[], source?: string): void => {
    // Loaded only when there is something to report.
    const { formatDiagnostic } = require("../diagnostics/format") as typeof import("../diagnostics/format");
    for (const d of diagnostics) io.stderr(`${formatDiagnostic(display, d, source, { codeFrame: io.isTty, color })}\n`);
  };
  const { Msg } = require("../diagnostics/messages") as typeof import("../diagnostics/messages");
  const { createDiagnostic } = require("../diagnostics/diagnostic") as typeof import("../diagnostics/diagnostic");

  const read = input === "-" ? decode(io.stdin()) : readSource(input);
  if (!read.ok) {
    const d = read.badByteOffset !== undefined ? createDiagnostic(Msg.notUtf8, { offset: read.badByteOffset }) : createDiagnostic(Msg.cannotReadInput, { path: input, reason: read.reason });
    report([d]);
    return Exit.errors;
  }
  const { transpile } = require("../transpile") as typeof import("../transpile");
  let result;
  try {
    result = transpile(read.text, { runtime: args.options.get("runtime")?.[0] === "import" ? "import" : "inline" });
  } catch (error) {
    return internalError(error, flag("debug"), display, io);
  }
  report(result.diagnostics, read.text);
  const internal = result.diagnostics.find((d) => d.code === "PY2TS9999");
  if (internal) {
    if (flag("debug") && internal.stack) io.stderr(`${internal.stack}\n`);
    return Exit.internal;
  }
  const hasErrors = result.diagnostics.some((d) => d.severity === "error");
  if (hasErrors && !flag("emit-on-error")) return Exit.errors;
  if (out === undefined) io.stdout(result.code);
  else {
    try {
      if (!fs.existsSync(path.dirname(path.resolve(out)))) throw Object.assign(new Error("the folder does not exist"), { code: "NOFOLDER" });
      writeAtomic(out, result.code);
    } catch (error) {
      const reason = (error as { code?: string }).code === "NOFOLDER" ? `the folder '${path.dirname(out)}' does not exist` : describeIoError(error);
      report([createDiagnostic(Msg.cannotWriteOutput, { path: out, reason })]);
      return Exit.errors;
    }
  }
  return hasErrors ? Exit.errors : Exit.ok;
}

function internalError(error: unknown, debug: boolean, file: string, io: Io): number {
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`${file} - error PY2TS9999: Internal error in the translator: ${message}. Please report it with the input file.\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return Exit.internal;
}

function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

function processIo(): Io {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdin: () => fs.readFileSync(0),
    isTty: process.stderr.isTTY === true,
    relaunch: (flags) => (require("./v8-tuning") as typeof import("./v8-tuning")).relaunchWith(flags),
  };
}
