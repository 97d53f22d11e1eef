import type { SyntaxNode } from "../parse/parser";
import { namedChildren } from "../parse/nodes";
import { parseTypeText, type TypeExpr } from "./type-expr";

/**
 * Converts an annotation in the program (`list[int]`, `str | None`, `Optional["Point"]`,
 * `aiohttp.ClientSession`) into a type expression; names stay as written and are resolved by the caller.
 */
export function hintToTypeExpr(node: SyntaxNode): TypeExpr {
  switch (node.type) {
    case "type":
    case "parenthesized_expression":
      return hintToTypeExpr(namedChildren(node)[0]!);
    case "identifier":
    case "attribute":
    case "dotted_name":
      return { name: node.text.replace(/\s+/g, ""), args: [] };
    case "none":
      return { name: "None", args: [] };
    case "ellipsis":
      return { name: "...", args: [] };
    case "integer":
      return { name: node.text, args: [] };
    case "true":
    case "false":
      return { name: "bool", args: [] };
    case "string": {
      // A forward reference ("Point") or a Literal member ('GET').
      const inner = node.text.replace(/^[a-zA-Z]*(['"]{1,3})([\s\S]*)\1$/, "$2");
      if (node.parent?.type === "type" && node.parent.parent?.type !== "generic_type" && /^[\w.[\], |]+$/.test(inner) && !isLiteralArg(node)) {
        return forwardReference(inner);
      }
      return { name: `'${inner}'`, args: [] };
    }
    case "generic_type": {
      const [head, params] = namedChildren(node);
      return { name: head!.text, args: params ? namedChildren(params).map(hintToTypeExpr) : [] };
    }
    case "subscript": {
      const value = node.childForFieldName("value")!;
      const subs = node.childrenForFieldName("subscript");
      const args = subs.length === 1 && subs[0]!.type === "tuple" ? namedChildren(subs[0]!) : subs;
      return { name: value.text.replace(/\s+/g, ""), args: args.map(hintToTypeExpr) };
    }
    case "binary_operator":
    case "union_type": {
      const parts = namedChildren(node).filter((c) => c.type !== "comment");
      return { name: "|", args: parts.map(hintToTypeExpr) };
    }
    case "list":
    case "type_parameter":
      return { name: "[]", args: namedChildren(node).map(hintToTypeExpr) };
    case "member_type":
      return { name: node.text.replace(/\s+/g, ""), args: [] };
    default:
      return { name: "object", args: [] };
  }
}

/** A quoted annotation is the type expression it spells (`"Stack[T]"`, `"Node | None"`). */
function forwardReference(text: string): TypeExpr {
  try {
    return parseTypeText(text);
  } catch {
    return { name: text, args: [] };
  }
}

function isLiteralArg(node: SyntaxNode): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "generic_type" || p.type === "subscript") return /^(typing\.)?Literal\b/.test(p.text);
  }
  return false;
}
