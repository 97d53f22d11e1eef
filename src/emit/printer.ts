import type { Stmt } from "../lower/ir";

const INDENT = "  ";

/** Prints lowered statements as indented TypeScript text (two spaces, one statement per line). */
export function printStatements(stmts: readonly Stmt[], depth = 0): string {
  const out: string[] = [];
  write(stmts, depth, out);
  return out.join("\n");
}

/** Blank lines: never right after an opening brace, before a closing one, or two in a row. */
function write(stmts: readonly Stmt[], depth: number, out: string[]): void {
  const pad = INDENT.repeat(depth);
  let lastBlank = true;
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i]!;
    switch (s.kind) {
      case "blank":
        if (!lastBlank && i < stmts.length - 1) out.push("");
        lastBlank = true;
        continue;
      case "line":
        out.push(pad + s.text + (s.comment ? ` // ${s.comment}` : ""));
        break;
      case "comment":
        out.push(s.text ? `${pad}// ${s.text}` : `${pad}//`);
        break;
      case "raw":
        for (const l of s.text.split("\n")) out.push(l ? pad + l : "");
        break;
      case "block":
        out.push(`${pad}${s.head} {${s.comment ? ` // ${s.comment}` : ""}`);
        write(s.body, depth + 1, out);
        out.push(`${pad}}${s.tail ?? ""}`);
        break;
      case "chain":
        s.parts.forEach((part, j) => {
          out.push(j === 0 ? `${pad}${part.head} {` : `${pad}} ${part.head} {`);
          write(part.body, depth + 1, out);
        });
        out.push(`${pad}}`);
        break;
    }
    lastBlank = false;
  }
}
