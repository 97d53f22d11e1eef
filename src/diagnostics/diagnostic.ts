import type { MessageDef, Severity } from "./messages";

/** A position in the Python source: 1-based line, 1-based column (in characters). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Where the problem starts; absent for problems with the file as a whole. */
  readonly start?: Position;
  readonly end?: Position;
  /** For an internal error (PY2TS9999): the translator's stack trace, shown with `--debug`. */
  readonly stack?: string;
}

export function createDiagnostic(
  def: MessageDef,
  args: Record<string, string | number> = {},
  start?: Position,
  end?: Position,
): Diagnostic {
  const message = def.text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in args ? String(args[key]) : whole));
  return { code: `PY2TS${def.code}`, severity: def.severity, message, start, end };
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === "error");

/** Stable order for reporting: by position, then by code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.start?.line ?? 0) - (b.start?.line ?? 0) ||
      (a.start?.column ?? 0) - (b.start?.column ?? 0) ||
      a.code.localeCompare(b.code),
  );
}
