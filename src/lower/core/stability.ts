import type { SyntaxNode } from "../../parse/parser";
import { namedChildren } from "../../parse/nodes";
import type { LowerContext } from "../context";

/** Expressions whose parts may each be read late without changing the value. */
export const COMPOSITE = new Set(["binary_operator", "unary_operator", "boolean_operator", "not_operator", "comparison_operator", "parenthesized_expression", "conditional_expression", "tuple", "list", "string", "interpolation", "concatenated_string", "pair", "dictionary", "set"]);

/** Would reading `n` later (when a deferred call runs) give the value it has now? */
export function isStable(n: SyntaxNode, cx: LowerContext): boolean {
  switch (n.type) {
    case "integer":
    case "float":
    case "true":
    case "false":
    case "none":
    case "string_start":
    case "string_content":
    case "string_end":
    case "escape_sequence":
    case "format_specifier":
    case "type_conversion":
    case "lambda":
    case "comment":
      return true;
    case "identifier": {
      const sym = cx.symbolOf(n);
      if (!sym) return true;
      if (sym.kind === "function" || sym.kind === "class" || sym.kind === "import") return true;
      if (sym.assignedFromInner) return false;
      // A comprehension's variable is a parameter of the callback for each item.
      if (sym.scope.kind === "comprehension") return sym.bindings.length === 1;
      return sym.kind === "parameter" ? sym.bindings.length === 1 : sym.isConst === true;
    }
    default:
      return COMPOSITE.has(n.type) && namedChildren(n).every((c) => isStable(c, cx));
  }
}
