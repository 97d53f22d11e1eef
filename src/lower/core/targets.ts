import type { SyntaxNode } from "../../parse/parser";
import { namedChildren } from "../../parse/nodes";
import type { LowerContext } from "../context";

/** A binding target as a TypeScript binding pattern: `x`, `[a, b]`, `[first, ...rest]`. */
export function targetPattern(node: SyntaxNode, cx: LowerContext): string {
  switch (node.type) {
    case "identifier":
      return cx.symbolOf(node)?.tsName ?? node.text;
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
    case "tuple":
    case "list":
    case "expression_list":
      return `[${namedChildren(node).map((c) => targetPattern(c, cx)).join(", ")}]`;
    case "list_splat_pattern":
    case "list_splat":
      return `...${targetPattern(namedChildren(node)[0]!, cx)}`;
    case "parenthesized_expression":
      return targetPattern(namedChildren(node)[0]!, cx);
    default:
      return cx.unsupported(node, `Assigning to '${node.text}' here`).code;
  }
}

/** The identifiers a target binds, in order. */
export function targetNames(node: SyntaxNode): SyntaxNode[] {
  if (node.type === "identifier") return [node];
  if (["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list", "list_splat_pattern", "list_splat", "parenthesized_expression"].includes(node.type)) {
    return namedChildren(node).flatMap(targetNames);
  }
  return [];
}
