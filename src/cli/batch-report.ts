import type { Diagnostic } from "../diagnostics/diagnostic";
import { formatDiagnostic } from "../diagnostics/format";

/** What happened to one source file of a batch. */
export interface FileEntry {
  /** The source path as shown to the user (relative to the current folder). */
  readonly source: string;
  /** The output path as shown to the user. */
  readonly output: string;
  readonly lines: number;
  readonly status: "ok" | "warnings" | "errors" | "internal-error";
  /** written / unchanged (same text already there) / skipped (errors) / matches, drifted, missing (--check). */
  readonly action: "written" | "unchanged" | "skipped" | "matches" | "drifted" | "missing";
  readonly diagnostics: readonly Diagnostic[];
  /** Unified diff of a drifted output (--check). */
  readonly diff?: string;
  /** The source text, for code frames. */
  readonly text?: string;
}

export interface BatchSummary {
  readonly files: number;
  readonly lines: number;
  readonly translated: number;
  readonly withWarnings: number;
  readonly withErrors: number;
  readonly internalErrors: number;
  readonly drifted: number;
  readonly missing: number;
  readonly stale: number;
  readonly typeErrors: number;
  readonly runMismatches: number;
  readonly seconds: number;
  readonly exitCode: number;
}

export interface ReportHeader {
  readonly version: string;
  readonly mode: "write" | "check";
  readonly outDir: string;
  readonly shard?: { readonly index: number; readonly count: number };
}

/** Receives a batch's results in source order, then the summary. */
export interface BatchReporter {
  file(entry: FileEntry): void;
  /** Output files with no source (`--check`), with their diff against nothing. */
  stale(output: string, diff: string): void;
  /** Any other line for the user (a skipped step, the runtime module's state). */
  note(text: string): void;
  finish(summary: BatchSummary): void;
}

export interface ReporterIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  readonly color: boolean;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** The summary line: files, lines, translated, with warnings, with errors, seconds. */
export function summaryLine(s: BatchSummary): string {
  const parts = [`${plural(s.files, "file")} (${plural(s.lines, "line")})`, `${s.translated.toLocaleString("en-US")} translated`, `${s.withWarnings.toLocaleString("en-US")} with warnings`, `${s.withErrors.toLocaleString("en-US")} with errors`];
  if (s.internalErrors) parts.push(`${plural(s.internalErrors, "internal error")}`);
  if (s.drifted || s.missing || s.stale) parts.push(`${s.drifted} drifted, ${s.missing} missing, ${s.stale} stale`);
  if (s.typeErrors) parts.push(plural(s.typeErrors, "type error"));
  if (s.runMismatches) parts.push(plural(s.runMismatches, "run mismatch", "run mismatches"));
  return `py2ts-async: ${parts.join(", ")} in ${s.seconds.toFixed(1)} s`;
}

/** Diagnostics on standard error as `file.py:line:col - error PY2TS####: message`, as in single-file mode. */
export class TextReporter implements BatchReporter {
  constructor(private readonly io: ReporterIo) {}

  file(entry: FileEntry): void {
    for (const d of entry.diagnostics) this.io.stderr(`${formatDiagnostic(entry.source, d, entry.text, { codeFrame: this.io.isTty, color: this.io.color })}\n`);
    if (entry.diff) this.io.stderr(entry.diff.endsWith("\n") ? entry.diff : `${entry.diff}\n`);
  }

  stale(output: string, diff: string): void {
    this.io.stderr(`${output} - error: stale translation: no source file produces it; delete it\n${diff}`);
  }

  note(text: string): void {
    this.io.stderr(`${text}\n`);
  }

  finish(summary: BatchSummary): void {
    this.io.stderr(`${summaryLine(summary)}\n`);
  }
}

/** GitHub Actions workflow commands on standard output: one annotation per diagnostic. */
export class GithubReporter implements BatchReporter {
  constructor(private readonly io: ReporterIo) {}

  file(entry: FileEntry): void {
    for (const d of entry.diagnostics) {
      const where = [`file=${escapeProperty(entry.source)}`, ...(d.start ? [`line=${d.start.line}`, `col=${d.start.column}`] : []), ...(d.end ? [`endLine=${d.end.line}`, `endColumn=${d.end.column}`] : []), `title=${escapeProperty(d.code)}`];
      this.io.stdout(`::${d.severity === "error" ? "error" : "warning"} ${where.join(",")}::${escapeData(d.message)}\n`);
    }
  }

  stale(output: string): void {
    this.io.stdout(`::error file=${escapeProperty(output)},title=stale::${escapeData("Stale translation: no source file produces it; delete it.")}\n`);
  }

  note(text: string): void {
    this.io.stderr(`${text}\n`);
  }

  finish(summary: BatchSummary): void {
    this.io.stderr(`${summaryLine(summary)}\n`);
  }
}

// GitHub's escaping for workflow commands (data: %, CR, LF; properties also : and ,).
const escapeData = (s: string): string => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** One JSON document on standard output at the end (schema in docs/batch.md). */
export class JsonReporter implements BatchReporter {
  private readonly files: object[] = [];
  private readonly staleFiles: string[] = [];
  private readonly notes: string[] = [];

  constructor(
    private readonly io: ReporterIo,
    private readonly header: ReportHeader,
  ) {}

  file(entry: FileEntry): void {
    this.files.push({
      source: entry.source,
      output: entry.output,
      lines: entry.lines,
      status: entry.status,
      action: entry.action,
      diagnostics: entry.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        line: d.start?.line ?? null,
        column: d.start?.column ?? null,
        endLine: d.end?.line ?? null,
        endColumn: d.end?.column ?? null,
      })),
      ...(entry.diff ? { diff: entry.diff } : {}),
    });
  }

  stale(output: string): void {
    this.staleFiles.push(output);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  finish(summary: BatchSummary): void {
    const doc = {
      schemaVersion: 1,
      tool: { name: "py2ts-async", version: this.header.version },
      mode: this.header.mode,
      outDir: this.header.outDir,
      shard: this.header.shard ?? null,
      files: this.files,
      stale: this.staleFiles,
      notes: this.notes,
      summary,
    };
    this.io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
  }
}

/**
 * A one-line progress bar on standard error, redrawn at most ten times a second; only on a
 * terminal and never when `CI` is set. `clear` removes it before other output is printed.
 */
export class Progress {
  private last = 0;
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly total: number,
    private readonly start: number,
    private readonly width = 30,
  ) {}

  static enabled(isTty: boolean, reporter: string): boolean {
    return isTty && reporter === "text" && !process.env.CI;
  }

  update(done: number, current?: string): void {
    const now = Date.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    const filled = this.total ? Math.round((done / this.total) * this.width) : this.width;
    const seconds = ((now - this.start) / 1000).toFixed(1);
    const tail = current ? `  ${current.length > 40 ? `…${current.slice(-39)}` : current}` : "";
    this.write(`\r\x1b[2K[${"#".repeat(filled)}${".".repeat(this.width - filled)}] ${done}/${this.total} files ${seconds} s${tail}`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.write("\r\x1b[2K");
    this.shown = false;
  }
}
