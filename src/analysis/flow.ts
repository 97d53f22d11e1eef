import type { SyntaxNode } from "../parse/parser";
import { field, namedChildren, unparen } from "../parse/nodes";

const LEAVING = new Set(["return_statement", "raise_statement", "break_statement", "continue_statement"]);

/** The last statement of a block (asked of every function in every inference pass: no array is made). */
function lastStatement(body: SyntaxNode): SyntaxNode | undefined {
  const children = namedChildren(body);
  for (let i = children.length - 1; i >= 0; i--) if (children[i]!.type !== "comment") return children[i];
  return undefined;
}

/**
 * Can control reach the end of this block (and so a function return None implicitly)?
 * `suppresses` tells whether a `with` statement's manager may swallow an exception (then the
 * statement can complete even when its body always returns).
 */
export function canFallThrough(body: SyntaxNode, suppresses?: (withStatement: SyntaxNode) => boolean): boolean {
  const last = lastStatement(body);
  if (!last) return true;
  if (LEAVING.has(last.type)) return false;
  if (last.type === "while_statement" && unparen(field(last, "condition")).type === "true") return false;
  if (last.type === "if_statement") {
    const alts = last.childrenForFieldName("alternative");
    const hasElse = alts.some((a) => a.type === "else_clause");
    if (!hasElse) return true;
    return canFallThrough(field(last, "consequence"), suppresses) || alts.some((a) => canFallThrough(a.type === "else_clause" ? field(a, "body") : field(a, "consequence"), suppresses));
  }
  if (last.type === "try_statement") {
    const clauses = namedChildren(last);
    const fin = clauses.find((c) => c.type === "finally_clause");
    if (fin && !canFallThrough(namedChildren(fin).find((c) => c.type === "block")!, suppresses)) return false;
    const handlers = clauses.filter((c) => c.type === "except_clause");
    const elseClause = clauses.find((c) => c.type === "else_clause");
    const bodyFalls = canFallThrough(field(last, "body"), suppresses) && (!elseClause || canFallThrough(field(elseClause, "body"), suppresses));
    return bodyFalls || handlers.some((h) => canFallThrough(namedChildren(h).find((c) => c.type === "block")!, suppresses));
  }
  if (last.type === "match_statement") {
    const cases = namedChildren(field(last, "body")).filter((c) => c.type === "case_clause");
    const irrefutable = cases.some((c) => {
      const pattern = namedChildren(c).find((x) => x.type === "case_pattern");
      const inner = pattern ? namedChildren(pattern) : [];
      return !c.childForFieldName("guard") && (inner.length === 0 || (inner.length === 1 && inner[0]!.type === "dotted_name" && namedChildren(inner[0]!).length === 1));
    });
    return !irrefutable || cases.some((c) => canFallThrough(field(c, "consequence"), suppresses));
  }
  if (last.type === "with_statement") return canFallThrough(namedChildren(last).find((c) => c.type === "block")!, suppresses) || suppresses?.(last) === true;
  return true;
}
