import type { SyntaxNode } from "../../parse/parser";
import { field, namedChildren, unparen } from "../../parse/nodes";
import { Msg } from "../../diagnostics/messages";
import { withoutNone } from "../../analysis/types";
import type { LowerContext } from "../context";
import { line, Prec, type Stmt } from "../ir";
import type { RuleSet } from "../registry";

/** Imports bind names the analysis resolves; they produce no code, but a module the translator does not know is an error. */
function importStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const modules =
    node.type === "import_from_statement"
      ? [field(node, "module_name").text]
      : node.childrenForFieldName("name").map((n) => (n.type === "aliased_import" ? field(n, "name").text : n.text));
  for (const m of modules) {
    if (!cx.registry.isModule(m)) cx.report(node, Msg.unsupportedImport, { module: m });
  }
  if (node.type === "import_from_statement" && namedChildren(node).some((c) => c.type === "wildcard_import")) {
    cx.report(node, Msg.unsupportedConstruct, { construct: "'import *'" });
  }
  return [];
}

/** `del d[k]`, `del xs[i]`, `del obj.attr`; `del name` has no TypeScript equivalent. */
function deleteStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const targets = namedChildren(node).flatMap((c) => (c.type === "expression_list" ? namedChildren(c) : [c]));
  return targets.map((t) => {
    const n = unparen(t);
    if (n.type === "subscript") {
      const obj = field(n, "value");
      const key = n.childrenForFieldName("subscript")[0]!;
      const ot = withoutNone(cx.typeOf(obj));
      if (ot.kind === "dict") return line(`${cx.helper("delItem")}(${cx.expr(obj).code}, ${cx.expr(key).code});`);
      return line(`${cx.helper("delItem")}(${cx.expr(obj).code}, ${cx.expr(key).code});`);
    }
    if (n.type === "attribute") return line(`delete ${cx.text(field(n, "object"), Prec.Call)}.${field(n, "attribute").text};`);
    return line(`${cx.unsupported(n, `'del ${n.text}'`).code};`);
  });
}

export const simpleStatementRules: RuleSet = {
  statements: {
    import_statement: importStatement,
    import_from_statement: importStatement,
    future_import_statement: () => [],
    global_statement: () => [],
    nonlocal_statement: () => [],
    delete_statement: deleteStatement,
  },
};
