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

/** Named children without the extras that may appear anywhere: comments and `\` line continuations. */
export const namedChildren = (node: SyntaxNode): readonly SyntaxNode[] => node.significantChildren;

/** `async def`, `async with` and `async for` carry `async` as an anonymous first child. */
export const hasAsyncKeyword = (node: SyntaxNode): boolean => node.child(0)?.type === "async";

export function startOf(node: SyntaxNode): Position {
  const p = node.startPosition;
  return { line: p.row + 1, column: p.column + 1 };
}

export function endOf(node: SyntaxNode): Position {
  const p = node.endPosition;
  return { line: p.row + 1, column: p.column + 1 };
}

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

export interface ExceptParts {
  /** The exception class expressions (`except (A, B)` gives two); empty for a bare `except:`. */
  readonly types: SyntaxNode[];
  /** The `as` name, when there is one. */
  readonly alias?: SyntaxNode;
  readonly body: SyntaxNode;
  /** `except*` */
  readonly star: boolean;
}

/** The parts of an `except_clause` (tree-sitter nests `X as e` in an `as_pattern`). */
export function exceptParts(clause: SyntaxNode): ExceptParts {
  let alias: SyntaxNode | undefined;
  const types: SyntaxNode[] = [];
  for (const value of clause.childrenForFieldName("value")) {
    let v = value;
    if (v.type === "as_pattern") {
      const target = optionalField(v, "alias");
      alias = target ? namedChildren(target)[0] : undefined;
      v = namedChildren(v)[0]!;
    }
    const inner = unparen(v);
    types.push(...(inner.type === "tuple" ? namedChildren(inner) : [v]));
  }
  const body = namedChildren(clause).find((c) => c.type === "block")!;
  return { types, alias, body, star: clause.children.some((c) => c.type === "*") };
}

/** The `except_clause` an `as` name belongs to. */
export function exceptClauseOf(alias: SyntaxNode): SyntaxNode | undefined {
  for (let p = alias.parent; p; p = p.parent) {
    if (p.type === "except_clause") return p;
    if (p.type !== "as_pattern" && p.type !== "as_pattern_target") return undefined;
  }
  return undefined;
}

/**
 * Visits every node in pre-order without recursion (inputs may nest thousands deep); `visit`
 * returns false to skip a node's children.
 */
export function forEachNode(root: SyntaxNode, visit: (node: SyntaxNode, depth: number) => boolean | void): void {
  // Two stacks rather than one of pairs: a pair per node was a large share of a batch's allocations.
  const nodes: SyntaxNode[] = [root];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (visit(node, depth) === false) continue;
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i]!);
      depths.push(depth + 1);
    }
  }
}

/** The name a parameter binds (`x` in `x`, `x=1`, `x: int`, `*x`, `**x`); undefined for `*` and `/`. */
export function paramNameNode(p: SyntaxNode): SyntaxNode | undefined {
  switch (p.type) {
    case "identifier":
      return p;
    case "default_parameter":
    case "typed_default_parameter": {
      const n = field(p, "name");
      return n.type === "identifier" ? n : undefined;
    }
    case "typed_parameter": {
      const inner = namedChildren(p).find((c) => c.type !== "type");
      if (!inner) return undefined;
      return inner.type === "identifier" ? inner : namedChildren(inner)[0];
    }
    case "list_splat_pattern":
    case "dictionary_splat_pattern":
      return namedChildren(p)[0];
    default:
      return undefined;
  }
}

/** Does `outer` span `inner` (or is it `inner`)? */
export const contains = (outer: SyntaxNode, inner: SyntaxNode): boolean => inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
