import type { SyntaxNode } from "../../parse/parser";
import { field, namedChildren, unparen } from "../../parse/nodes";
import { absoluteModule } from "../../analysis/binder";
import { Msg } from "../../diagnostics/messages";
import type { LowerContext } from "../context";
import { line, Prec, type Stmt } from "../ir";
import type { RuleSet } from "../registry";
import { sliceArgs } from "./subscripts";

/**
 * Imports bind names the analysis resolves. Library modules produce no code; modules of the project
 * being translated become ES imports (collected at the top of the file); anything else is an error.
 */
function importStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  if (node.type === "import_from_statement") {
    const module = absoluteModule(field(node, "module_name").text.replace(/\s+/g, ""), { name: cx.options.moduleName, isPackage: cx.options.links?.isPackage ?? false });
    if (!cx.analysis.isModule(module)) cx.report(node, Msg.unsupportedImport, { module });
    else if (!cx.registry.isModule(module)) {
      for (const n of node.childrenForFieldName("name")) {
        const imported = n.type === "aliased_import" ? field(n, "name").text : n.text;
        const localNode = n.type === "aliased_import" ? field(n, "alias") : namedChildren(n).at(-1)!;
        const local = cx.symbolOf(localNode)?.tsName ?? localNode.text;
        // `from pkg import mod` imports a module: a namespace import. A name a package re-exports is
        // imported from the module that defines it.
        if (cx.analysis.isModule(`${module}.${imported}`)) cx.importFrom(`${module}.${imported}`, "*", local);
        else {
          const defined = cx.analysis.canonicalName(`${module}.${imported}`);
          const at = defined.lastIndexOf(".");
          cx.importFrom(defined.slice(0, at), defined.slice(at + 1), local);
          if (!cx.frame) cx.reexport(local);
        }
      }
    }
  } else {
    for (const n of node.childrenForFieldName("name")) {
      const module = n.type === "aliased_import" ? field(n, "name").text : n.text;
      if (!cx.analysis.isModule(module)) cx.report(node, Msg.unsupportedImport, { module });
      else if (!cx.registry.isModule(module) && n.type === "aliased_import") cx.importFrom(module, "*", cx.symbolOf(field(n, "alias"))?.tsName);
    }
  }
  if (node.type === "import_from_statement" && node.children.some((c) => c.type === "wildcard_import")) {
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
      const bounds = sliceArgs(key, cx);
      if (bounds !== undefined) return line(`${cx.helper("delSlice")}(${cx.expr(obj).code}, ${bounds});`);
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
