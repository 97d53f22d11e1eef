import type { SyntaxNode } from "./parser";
import { InternalError } from "../internal-error";
import type { Position } from "../diagnostics/diagnostic";

/** A required field: its absence is a translator bug, never a user error (syntax errors stop earlier). */
export function field(node: SyntaxNode, name: string): SyntaxNode {
  const child = node.childForFieldName(name);
  if (!child) throw new InternalError(`'${node.type}' has no field '${name}'`);
  return child;
}

export const optionalField = (node: SyntaxNode, name: string): SyntaxNode | null => node.childForFieldName(name);

/** Named children without comments: comments are extras that may appear anywhere. */
export function namedChildren(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((c) => c.type !== "comment");
}

/** `async def`, `async with` and `async for` carry `async` as an anonymous first child. */
export const hasAsyncKeyword = (node: SyntaxNode): boolean => node.child(0)?.type === "async";

export const startOf = (node: SyntaxNode): Position => ({ line: node.startPosition.row + 1, column: node.startPosition.column + 1 });
export const endOf = (node: SyntaxNode): Position => ({ line: node.endPosition.row + 1, column: node.endPosition.column + 1 });

/** Removes redundant parentheses around an expression. */
export function unparen(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.type === "parenthesized_expression") {
    const inner = namedChildren(n)[0];
    if (!inner) break;
    n = inner;
  }
  return n;
}
