import type { Diagnostic } from "./diagnostic";

export interface FormatOptions {
  /** Show the offending source line with a `~~~` underline below the message. */
  readonly codeFrame: boolean;
  readonly color: boolean;
}

const paint = (on: boolean, code: string, text: string): string => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

/** `file.py:3:5 - error PY2TS2001: message`, then (optionally) a code frame. */
export function formatDiagnostic(file: string, d: Diagnostic, source: string | undefined, options: FormatOptions): string {
  const where = d.start ? `${file}:${d.start.line}:${d.start.column}` : file;
  const severity = paint(options.color, d.severity === "error" ? "31" : "33", d.severity);
  const head = `${paint(options.color, "36", where)} - ${severity} ${paint(options.color, "90", d.code)}: ${d.message}`;
  if (!options.codeFrame || !d.start || source === undefined) return head;
  return `${head}\n${codeFrame(source, d, options.color)}`;
}

function codeFrame(source: string, d: Diagnostic, color: boolean): string {
  const lines = source.split(/\r\n|\r|\n/);
  const start = d.start!;
  const text = lines[start.line - 1];
  if (text === undefined) return "";
  const end = d.end && d.end.line === start.line ? d.end.column : text.length + 1;
  const width = Math.max(1, Math.min(end, text.length + 1) - start.column);
  const gutter = String(start.line);
  const pad = " ".repeat(gutter.length);
  const shown = text.length > 200 ? text.slice(0, 200) + "…" : text;
  const underline = " ".repeat(start.column - 1) + "~".repeat(Math.min(width, 200));
  return `\n${paint(color, "7", gutter)} ${shown}\n${paint(color, "7", pad)} ${paint(color, "31", underline)}\n`;
}
