import type { Stmt } from "../lower/ir";
import { sourceLineOf } from "./source-lines";

const INDENT = "  ";

/**
 * Prints lowered statements as indented TypeScript text (two spaces, one statement per line).
 * `rows`, when given, receives for each printed line the Python line it came from (0: none).
 */
export function printStatements(stmts: readonly Stmt[], depth = 0, rows?: number[]): string {
  const out: string[] = [];
  write(stmts, depth, out, rows, 0);
  return out.join("\n");
}

/** Blank lines: never right after an opening brace, before a closing one, or two in a row. */
function write(stmts: readonly Stmt[], depth: number, out: string[], rows: number[] | undefined, inherited: number): void {
  const pad = INDENT.repeat(depth);
  let lastBlank = true;
  const push = (text: string, row: number): void => {
    out.push(text);
    rows?.push(row);
  };
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i]!;
    // Lines are only looked up when asked for (a lookup gives every statement an identity hash).
    const row = rows ? (sourceLineOf(s) ?? inherited) : 0;
    switch (s.kind) {
      case "blank":
        if (!lastBlank && i < stmts.length - 1) push("", 0);
        lastBlank = true;
        continue;
      case "line":
        push(pad + s.text + (s.comment ? ` // ${s.comment}` : ""), row);
        break;
      case "comment":
        push(s.text ? `${pad}// ${s.text}` : `${pad}//`, row);
        break;
      case "raw":
        for (const l of s.text.split("\n")) push(l ? pad + l : "", row);
        break;
      case "block":
        push(`${pad}${s.head} {${s.comment ? ` // ${s.comment}` : ""}`, row);
        write(s.body, depth + 1, out, rows, row);
        push(`${pad}}${s.tail ?? ""}`, row);
        break;
      case "chain":
        s.parts.forEach((part, j) => {
          push(j === 0 ? `${pad}${part.head} {` : `${pad}} ${part.head} {`, row);
          write(part.body, depth + 1, out, rows, row);
        });
        push(`${pad}}`, row);
        break;
    }
    lastBlank = false;
  }
}
