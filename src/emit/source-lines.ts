import type { Stmt } from "../lower/ir";

/**
 * The Python line (1-based) each lowered statement came from, recorded beside the statements
 * rather than in them: the printer reads it to map output lines back to the source (`--source-map`,
 * `--verify`). A statement without an entry takes the line of the statement that contains it.
 */
const lines = new WeakMap<Stmt, number>();

/** Records `line` for the statements that have none yet (inner statements keep their own). */
export function markSourceLine(stmts: readonly Stmt[], line: number): void {
  for (const s of stmts) if (s.kind !== "blank" && !lines.has(s)) lines.set(s, line);
}

export const sourceLineOf = (stmt: Stmt): number | undefined => lines.get(stmt);
