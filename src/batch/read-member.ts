import { readSource } from "../cli/files";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic";
import { Msg } from "../diagnostics/messages";

/** A source file as strict UTF-8, or the diagnostic that says why it cannot be translated. */
export function readMember(file: string): string | readonly Diagnostic[] {
  const read = readSource(file);
  if (read.ok) return read.text;
  return [read.badByteOffset !== undefined ? createDiagnostic(Msg.notUtf8, { offset: read.badByteOffset }) : createDiagnostic(Msg.cannotReadInput, { path: file, reason: read.reason })];
}

/** Python counts lines as `str.splitlines` does for source; a final line without `\n` counts. */
export function countLines(source: string | readonly Diagnostic[]): number {
  if (typeof source !== "string" || source.length === 0) return 0;
  let n = 0;
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) n++;
  return source.endsWith("\n") ? n : n + 1;
}
