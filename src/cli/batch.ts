import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic";
import { Msg } from "../diagnostics/messages";
import { runtimeModule } from "../emit/assemble";
import { isRuntimeExport } from "../emit/runtime-sources";
import { discover, outputFolderProblem, Skipper, type FoundFile } from "../batch/discover";
import { runPlan, type ModuleOutcome } from "../batch/engine";
import { OutDir } from "../batch/out-dir";
import { planBatch, type Plan } from "../batch/plan";
import type { ModuleSummary } from "../batch/summary";
import { shardOf, staleBelongsTo } from "../batch/shard";
import { sourceMapText, sourceMappingComment } from "../batch/source-map";
import { defaultJobs, type BatchOptions } from "./batch-options";
import { GithubReporter, JsonReporter, Progress, TextReporter, type BatchReporter, type BatchSummary, type FileEntry, type ReporterIo } from "./batch-report";

export const RUNTIME_FILE = "_py2ts_runtime.ts";

export interface BatchIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  /**
   * Runs the command again in a new process with these V8 flags, resolving to its exit code;
   * undefined when that cannot be done (this is such a process). Only the CLI's own process has it.
   */
  readonly relaunch?: (v8Flags: readonly string[]) => Promise<number> | undefined;
}

/** A batch that cannot start: a usage error (exit code 2) with this message. */
export class BatchUsageError extends Error {
  override name = "BatchUsageError";
}

/** The files and plan of a batch, before anything is translated. */
export interface BatchSetup {
  readonly found: readonly FoundFile[];
  readonly plan: Plan;
  readonly sizes: readonly number[];
  /** The modules this run reports and writes (all, or a shard's). */
  readonly wanted: readonly number[];
  /** A hash of each module's source text (for `--watch`). */
  readonly hashes: readonly string[];
}

/** `--watch`: redo only some modules, with the summaries of the others from the previous run. */
export interface Incremental {
  readonly wanted: ReadonlySet<number>;
  readonly known: ReadonlyMap<number, ModuleSummary>;
  readonly onSummary: (id: number, summary: ModuleSummary) => void;
}

export function setUpBatch(options: BatchOptions, cwd = process.cwd()): BatchSetup {
  const skipper = new Skipper(options.exclude, cwd);
  const { files, problems } = discover(options.inputs, skipper);
  if (problems.length > 0) throw new BatchUsageError(problems.join("\n"));
  const outProblem = outputFolderProblem(options.outDir, options.inputs, skipper);
  if (outProblem) throw new BatchUsageError(outProblem);
  if (files.length === 0) throw new BatchUsageError(`no Python files found in ${options.inputs.map((i) => `'${i}'`).join(", ")}`);
  const clash = files.find((f) => f.rel === RUNTIME_FILE.replace(/\.ts$/, ".py"));
  if (clash && options.runtime === "shared") throw new BatchUsageError(`'${clash.file}' would be translated over the runtime module '${RUNTIME_FILE}'; rename it or use --runtime import`);
  const texts = files.map((f) => {
    try {
      return fs.readFileSync(f.file, "utf8");
    } catch {
      return undefined;
    }
  });
  const plan = planBatch(files.map((f, i) => ({ rel: f.rel, text: texts[i] })));
  const textOf = new Map(files.map((f, i) => [f.rel, texts[i]]));
  const sizes = plan.modules.map((m) => textOf.get(m.rel)?.length ?? 0);
  const hashes = plan.modules.map((m) => createHash("sha1").update(textOf.get(m.rel) ?? "\0unreadable").digest("hex"));
  const all = plan.modules.map((m) => m.id);
  const wanted = options.shard ? shardOf(all, options.shard.index, options.shard.count) : all;
  return { found: files, plan, sizes, wanted, hashes };
}

export interface Totals {
  files: number;
  lines: number;
  translated: number;
  withWarnings: number;
  withErrors: number;
  internalErrors: number;
  drifted: number;
  missing: number;
  stale: number;
  typeErrors: number;
  runMismatches: number;
  writeFailures: number;
}

/** The complete runtime module: what every output of a batch may import (the same bytes for every shard). */
export function sharedRuntimeText(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "dist", "runtime-manifest.json"), "utf8")) as { declarations: { exported: boolean; names: string[] }[] };
  const names = manifest.declarations.filter((d) => d.exported).flatMap((d) => d.names).filter(isRuntimeExport);
  return runtimeModule(new Set(names));
}

/**
 * Runs a batch: translates (or, with `--check`, compares), writes, verifies and reports.
 * Returns the exit code: 3 when any file hit an internal error, 1 when any file has errors (or
 * drifted, or fails `--verify`), 0 otherwise.
 */
export async function runBatch(options: BatchOptions, io: BatchIo, setup = setUpBatch(options), incremental?: Incremental): Promise<number> {
  const started = Date.now();
  const cwd = process.cwd();
  const { found, plan, sizes } = setup;
  const wanted = incremental ? setup.wanted.filter((id) => incremental.wanted.has(id)) : setup.wanted;
  const out = new OutDir(options.outDir);
  const display = (p: string): string => path.relative(cwd, p) || ".";
  const color = options.color ?? (io.isTty && !process.env.NO_COLOR);
  const reporterIo: ReporterIo = { stdout: io.stdout, stderr: io.stderr, isTty: io.isTty, color };
  const progress = Progress.enabled(io.isTty, options.reporter) ? new Progress(io.stderr, wanted.length, started) : undefined;
  const reporter = withProgress(makeReporter(options, reporterIo), progress);
  const fileOf = new Map(found.map((f) => [f.rel, f.file]));
  const totals: Totals = { files: 0, lines: 0, translated: 0, withWarnings: 0, withErrors: 0, internalErrors: 0, drifted: 0, missing: 0, stale: 0, typeErrors: 0, runMismatches: 0, writeFailures: 0 };
  if (!options.check) out.ensure();

  const keep = options.verify !== false;
  const kept = new Map<number, { code: string; lineMap?: readonly number[]; entry: FileEntry }>();
  const { createTwoFilesPatch } = options.check ? (require("diff") as typeof import("diff")) : { createTwoFilesPatch: undefined };

  const handle = (o: ModuleOutcome): FileEntry => {
    const m = plan.modules[o.id]!;
    const source = fileOf.get(m.rel)!;
    const outFile = path.join(out.root, ...m.out.split("/"));
    const diagnostics: Diagnostic[] = [...o.result.diagnostics];
    const hasErrors = diagnostics.some((d) => d.severity === "error");
    const internal = diagnostics.some((d) => d.code === "PY2TS9999");
    let code = o.result.code;
    const emit = !internal && (!hasErrors || options.emitOnError);
    const files: [string, string][] = [];
    if (emit && options.sourceMap && o.result.lineMap) {
      const mapRel = `${m.out}.map`;
      code += sourceMappingComment(path.posix.basename(mapRel));
      const sourceFromMap = path.relative(path.dirname(outFile), source).split(path.sep).join("/");
      files.push([mapRel, sourceMapText(path.posix.basename(m.out), sourceFromMap, o.result.lineMap)]);
    }
    files.unshift([m.out, code]);
    let action: FileEntry["action"] = "skipped";
    let diff: string | undefined;
    if (emit && options.check) {
      action = "matches";
      for (const [rel, text] of files) {
        const existing = out.read(rel);
        if (existing === undefined) {
          action = "missing";
          diagnostics.push(createDiagnostic(Msg.outputMissing, { path: display(path.join(out.root, rel)) }));
        } else if (existing !== text) {
          if (action === "matches") action = "drifted";
          diagnostics.push(createDiagnostic(Msg.outputDrifted, { path: display(path.join(out.root, rel)) }));
          diff = (diff ?? "") + createTwoFilesPatch!(`a/${rel}`, `b/${rel}`, existing, text, "", "", { context: 3 });
        }
      }
    } else if (emit) {
      action = "unchanged";
      for (const [rel, text] of files) {
        try {
          if (out.write(rel, text)) action = "written";
        } catch (error) {
          diagnostics.push(createDiagnostic(Msg.cannotWriteOutput, { path: display(path.join(out.root, rel)), reason: error instanceof Error ? error.message : String(error) }));
          action = "skipped";
        }
      }
    }
    const errors = diagnostics.some((d) => d.severity === "error");
    const entry: FileEntry = {
      source: display(source),
      output: display(outFile),
      lines: o.lines,
      status: internal ? "internal-error" : errors ? "errors" : diagnostics.length > 0 ? "warnings" : "ok",
      action,
      diagnostics,
      diff,
    };
    if (keep && emit) kept.set(o.id, { code, lineMap: o.result.lineMap, entry });
    return entry;
  };

  const count = (entry: FileEntry): void => {
    totals.files++;
    totals.lines += entry.lines;
    if (entry.status === "internal-error") totals.internalErrors++;
    if (entry.status === "errors" || entry.status === "internal-error") totals.withErrors++;
    else totals.translated++;
    if (entry.status === "warnings") totals.withWarnings++;
    if (entry.action === "drifted") totals.drifted++;
    if (entry.action === "missing") totals.missing++;
    if (entry.diagnostics.some((d) => d.code === "PY2TS4002")) totals.writeFailures++;
  };

  // Results arrive in any order and are written at once; they are reported in source order
  // (deterministic logs), so only their reports (diagnostics, no code) wait for the files before them.
  const order = [...wanted].sort((a, b) => a - b);
  const arrived = new Map<number, FileEntry>();
  const entries: [number, FileEntry][] = [];
  let nextToReport = 0;
  let done = 0;
  const withText = (entry: FileEntry, id: number): FileEntry =>
    entry.diagnostics.length > 0 && io.isTty ? { ...entry, text: readText(fileOf.get(plan.modules[id]!.rel)!) } : entry;
  const release = (): void => {
    while (nextToReport < order.length && arrived.has(order[nextToReport]!)) {
      const id = order[nextToReport++]!;
      const entry = arrived.get(id)!;
      arrived.delete(id);
      if (keep) entries.push([id, entry]);
      else {
        count(entry);
        reporter.file(withText(entry, id));
      }
    }
  };
  await runPlan(
    plan,
    (id) => fileOf.get(plan.modules[id]!.rel)!,
    {
      jobs: options.jobs ?? defaultJobs(wanted.length),
      runtime: options.runtime,
      runtimeFile: RUNTIME_FILE,
      lineMaps: options.sourceMap || keep,
      sizes,
      unitTimeoutMs: options.timeout !== undefined ? options.timeout * 1000 : undefined,
    },
    (o) => {
      incremental?.onSummary(o.id, o.summary);
      arrived.set(o.id, handle(o));
      done++;
      progress?.update(done, plan.modules[o.id]!.rel);
      release();
    },
    options.shard || incremental ? new Set(wanted) : undefined,
    incremental?.known,
  );
  progress?.clear();

  // The runtime module: complete, so that it never depends on which files use what; shard 1 owns it.
  const ownsRuntime = options.runtime === "shared" && (!options.shard || options.shard.index === 1);
  const runtimeText = options.runtime === "shared" ? sharedRuntimeText() : undefined;
  let runtimeProblem: Diagnostic | undefined;
  if (ownsRuntime && runtimeText !== undefined) {
    const shown = display(path.join(out.root, RUNTIME_FILE));
    if (options.check) {
      const existing = out.read(RUNTIME_FILE);
      if (existing === undefined) runtimeProblem = createDiagnostic(Msg.outputMissing, { path: shown });
      else if (existing !== runtimeText) runtimeProblem = createDiagnostic(Msg.outputDrifted, { path: shown });
    } else {
      try {
        out.write(RUNTIME_FILE, runtimeText);
      } catch (error) {
        runtimeProblem = createDiagnostic(Msg.cannotWriteOutput, { path: shown, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  // Files in the output folder that no source produces (`--check`).
  const staleFiles: string[] = [];
  if (options.check) {
    const expected = new Set<string>(plan.modules.flatMap((m) => (options.sourceMap ? [m.out, `${m.out}.map`] : [m.out])));
    if (options.runtime === "shared") expected.add(RUNTIME_FILE);
    for (const rel of out.list((name) => name.endsWith(".ts") || name.endsWith(".ts.map"))) {
      if (expected.has(rel) || (options.shard && !staleBelongsTo(rel, options.shard.index, options.shard.count))) continue;
      staleFiles.push(rel);
    }
  }

  if (keep) {
    const { verifyOutputs } = require("./batch-verify") as typeof import("./batch-verify");
    await verifyOutputs({ options, out, plan, found, kept, runtimeText, totals, reporter, display });
    for (const [id, first] of entries) {
      const entry = kept.get(id)?.entry ?? first;
      count(entry);
      reporter.file(withText(entry, id));
    }
  }

  if (runtimeProblem) {
    if (runtimeProblem.code === "PY2TS4004") totals.drifted++;
    else if (runtimeProblem.code === "PY2TS4005") totals.missing++;
    else totals.writeFailures++;
    reporter.note(`${display(path.join(out.root, RUNTIME_FILE))} - ${runtimeProblem.severity} ${runtimeProblem.code}: ${runtimeProblem.message}`);
  }
  for (const rel of staleFiles) {
    totals.stale++;
    const shown = display(path.join(out.root, rel));
    const text = out.read(rel) ?? "";
    reporter.stale(shown, createTwoFilesPatch ? createTwoFilesPatch(`a/${rel}`, "/dev/null", text, "", "", "", { context: 3 }) : "");
  }

  const failed = totals.withErrors > 0 || totals.drifted > 0 || totals.missing > 0 || totals.stale > 0 || totals.typeErrors > 0 || totals.runMismatches > 0 || totals.writeFailures > 0;
  const exitCode = totals.internalErrors > 0 ? 3 : failed ? 1 : 0;
  const summary: BatchSummary = {
    files: totals.files,
    lines: totals.lines,
    translated: totals.translated,
    withWarnings: totals.withWarnings,
    withErrors: totals.withErrors,
    internalErrors: totals.internalErrors,
    drifted: totals.drifted,
    missing: totals.missing,
    stale: totals.stale,
    typeErrors: totals.typeErrors,
    runMismatches: totals.runMismatches,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    exitCode,
  };
  reporter.finish(summary);
  return exitCode;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function makeReporter(options: BatchOptions, io: ReporterIo): BatchReporter {
  if (options.reporter === "json") {
    const version = (JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
    return new JsonReporter(io, { version, mode: options.check ? "check" : "write", outDir: path.relative(process.cwd(), path.resolve(options.outDir)) || ".", shard: options.shard });
  }
  return options.reporter === "github" ? new GithubReporter(io) : new TextReporter(io);
}

/** Clears the progress bar before anything else is printed. */
function withProgress(reporter: BatchReporter, progress: Progress | undefined): BatchReporter {
  if (!progress) return reporter;
  return {
    file: (e) => {
      if (e.diagnostics.length > 0 || e.diff) progress.clear();
      reporter.file(e);
    },
    stale: (o, d) => (progress.clear(), reporter.stale(o, d)),
    note: (t) => (progress.clear(), reporter.note(t)),
    finish: (s) => (progress.clear(), reporter.finish(s)),
  };
}
