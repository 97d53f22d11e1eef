import type { SyntaxNode } from "../parse/parser";
import type { Lowerers, LowerContext } from "./context";
import { blank, comment, line, type Expr, type Stmt } from "./ir";
import type { Registry } from "./registry";
import { tsType } from "./typing/ts-type";
import { lowerCondition } from "./core/truthiness";
import { lowerStr } from "./core/str-conversion";
import { docstringOf, jsDoc } from "./core/docstrings";
import { markSourceLine } from "../emit/source-lines";

/**
 * Dispatch by node type through the registry: the core rules for syntax, the domain rules for
 * library calls (reached from the `call` rule). A node type without a rule is a construct the
 * translator does not handle yet: a diagnostic and a stub that throws, never a silent pass-through.
 */
export function createLowerers(registry: Registry): Lowerers {
  const lowerers: Lowerers = {
    expression(node: SyntaxNode, cx: LowerContext): Expr {
      const rule = registry.expressions.get(node.type);
      if (!rule) return cx.unsupported(node, describe(node));
      return rule(node, cx);
    },
    statement(node: SyntaxNode, cx: LowerContext): Stmt[] {
      const rule = registry.statements.get(node.type);
      if (!rule) return [line(`${cx.unsupported(node, describe(node)).code};`)];
      return rule(node, cx);
    },
    block(node: SyntaxNode, cx: LowerContext): Stmt[] {
      return lowerStatementList(node, cx);
    },
    condition: lowerCondition,
    str: lowerStr,
    tsType,
  };
  return lowerers;
}

/**
 * The statements of a module or block, with the program's comments (own-line and trailing) and
 * single blank lines where the source had blank lines. A leading docstring becomes a JSDoc comment.
 */
export function lowerStatementList(container: SyntaxNode, cx: LowerContext, skipDocstring = false): Stmt[] {
  const out: Stmt[] = [];
  const children = container.namedChildren;
  let prevEndRow = -1;
  const doc = docstringOf(container);
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (prevEndRow >= 0 && child.startRow > prevEndRow + 1 && out.length > 0) out.push(blank);
    const row = child.startRow + 1;
    if (child.type === "comment") {
      out.push(...marked([comment(commentText(child))], row, cx));
      prevEndRow = child.endRow;
      continue;
    }
    if (doc && child.id === doc.node.id) {
      if (!skipDocstring) out.push(...marked(jsDoc(doc.text), row, cx));
      prevEndRow = child.endRow;
      continue;
    }
    // `...` as a statement (a stub's body) does nothing, like `pass`.
    if (child.type === "expression_statement" && child.namedChildren.length === 1 && child.namedChildren[0]!.type === "ellipsis") {
      prevEndRow = child.endRow;
      continue;
    }
    for (const sym of cx.hoistedBefore(child)) out.push(...marked([line(`${cx.exportPrefix(child)}let ${sym.tsName}!: ${cx.tsType(sym.type)};`)], row, cx));
    // Temporaries the statement's expressions asked for are declared right before it (those of an
    // enclosing statement, still pending, stay for that one).
    const mark = cx.pendingTemps.length;
    const lowered = cx.statements(child);
    lowered.unshift(...cx.pendingTemps.splice(mark));
    // A comment on the statement's own last line trails the (last) output statement.
    const next = children[i + 1];
    if (next?.type === "comment" && next.startRow === child.endRow && lowered.length > 0) {
      const last = lowered[lowered.length - 1]!;
      lowered[lowered.length - 1] = withTrailingComment(last, commentText(next));
      i++;
    }
    out.push(...marked(lowered, row, cx));
    prevEndRow = (next?.type === "comment" && next.startRow === child.endRow ? next : child).endRow;
  }
  return out;
}

function marked(stmts: Stmt[], row: number, cx: LowerContext): Stmt[] {
  if (cx.options.lineMaps) markSourceLine(stmts, row);
  return stmts;
}

function withTrailingComment(stmt: Stmt, text: string): Stmt {
  if (stmt.kind === "line" && !stmt.comment) return { ...stmt, comment: text };
  if (stmt.kind === "block" && !stmt.comment) return { ...stmt, comment: text };
  return stmt;
}

/** `# text` → `text`, keeping the comment's own spacing after the first space. */
function commentText(node: SyntaxNode): string {
  return node.text.replace(/^#\s?/, "").replace(/\*\//g, "* /");
}

function describe(node: SyntaxNode): string {
  const names: Record<string, string> = {
    match_statement: "The 'match' statement",
    print_statement: "The Python 2 'print' statement",
    exec_statement: "The Python 2 'exec' statement",
    type_alias_statement: "The 'type' alias statement",
    yield: "'yield'",
    ellipsis: "'...' as a value",
    lambda: "'lambda'",
  };
  return names[node.type] ?? `'${node.type.replace(/_/g, " ")}'`;
}
