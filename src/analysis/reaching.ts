import type { SyntaxNode } from "../parse/parser";
import { field, namedChildren, optionalField } from "../parse/nodes";
import type { PySymbol } from "./scope";
import type { PyType } from "./types";

export interface ReachingHost {
  typeOf(node: SyntaxNode): PyType;
  /** Python's result type of `a op b`. */
  arithmetic(op: string, a: PyType, b: PyType): PyType;
}

const SCOPES = new Set(["function_definition", "lambda", "class_definition"]);
const isNumber = (t: PyType): boolean => t.kind === "int" || t.kind === "float" || t.kind === "bool";
/** `x += …` statements followed back at most: a longer chain is left to the variable's own type. */
const MAX_UPDATES = 32;

/**
 * A number variable's type at one reference, when the statement that last binds it before the
 * reference, in straight-line code, is a plain `x = …` (then `x op= …` updates): after
 * `x = 17; x //= 5`, `print(x)` prints an int even when a loop elsewhere binds `x` to floats. (All
 * numbers are `number` in TypeScript, so this changes only how the value prints.) Undefined when
 * control flow, another scope or a declaration could say otherwise.
 */
export function reachingNumberType(ref: SyntaxNode, sym: PySymbol, host: ReachingHost): PyType | undefined {
  if (sym.assignedFromInner || enclosingScope(ref)?.id !== (sym.scope.kind === "module" ? undefined : sym.scope.node.id)) return undefined;
  const updates: SyntaxNode[] = [];
  let stmt = statementOf(ref);
  while (stmt) {
    const found = previousBinding(stmt, sym);
    if (found) {
      const [inner] = namedChildren(found);
      if (found.type !== "expression_statement" || !inner || !bindsOnly(inner, sym)) return undefined;
      if (inner.type === "augmented_assignment") {
        if (updates.push(inner) > MAX_UPDATES) return undefined;
        stmt = found;
        continue;
      }
      let t = host.typeOf(field(inner, "right"));
      for (const u of updates.reverse()) t = host.arithmetic(field(u, "operator").text.slice(0, -1), t, host.typeOf(field(u, "right")));
      return isNumber(t) ? t : undefined;
    }
    // Nothing before it in this block: the statement around it (an `if`, a loop) when that binds
    // `sym` nowhere (a loop could bring a later binding around again).
    const outer = statementOf(stmt.parent);
    if (!outer || SCOPES.has(outer.type) || bindsWithin(outer, sym)) return undefined;
    stmt = outer;
  }
  return undefined;
}

/** The statement of `stmt`'s block, before it, that last binds `sym`. */
function previousBinding(stmt: SyntaxNode, sym: PySymbol): SyntaxNode | undefined {
  const block = stmt.parent;
  if (!block) return undefined;
  const nodes = bindingNodes(sym);
  const i = firstAtOrAfter(nodes, stmt.startIndex) - 1;
  let n: SyntaxNode | undefined = i >= 0 && nodes[i]!.startIndex >= block.startIndex ? nodes[i] : undefined;
  while (n && n.parent?.id !== block.id) n = n.parent ?? undefined;
  return n;
}

/** Does `sym` have a binding inside `node`? */
function bindsWithin(node: SyntaxNode, sym: PySymbol): boolean {
  const nodes = bindingNodes(sym);
  const i = firstAtOrAfter(nodes, node.startIndex);
  return i < nodes.length && nodes[i]!.startIndex < node.endIndex;
}

/** A symbol's binding nodes in source order (they do not change once bound): searched, not scanned. */
const sortedBindings = new WeakMap<PySymbol, SyntaxNode[]>();

function bindingNodes(sym: PySymbol): SyntaxNode[] {
  let nodes = sortedBindings.get(sym);
  if (!nodes) sortedBindings.set(sym, (nodes = sym.bindings.map((b) => b.node).sort((a, b) => a.startIndex - b.startIndex)));
  return nodes;
}

/** The index of the first node starting at or after `offset`. */
function firstAtOrAfter(nodes: readonly SyntaxNode[], offset: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid]!.startIndex < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Is `inner` a plain `x = value` or `x op= value` of `sym` alone? */
function bindsOnly(inner: SyntaxNode, sym: PySymbol): boolean {
  if (inner.type !== "assignment" && inner.type !== "augmented_assignment") return false;
  const left = field(inner, "left");
  const right = optionalField(inner, "right");
  if (!right || right.type === "assignment" || optionalField(inner, "type") || left.type !== "identifier") return false;
  return sym.bindings.some((b) => b.node.id === left.id);
}

/** The statement (a child of a block or of the module) that holds `node`. */
function statementOf(node: SyntaxNode | null): SyntaxNode | undefined {
  for (let n = node; n; n = n.parent) {
    if (n.parent?.type === "block" || n.parent?.type === "module") return n;
  }
  return undefined;
}

function enclosingScope(node: SyntaxNode): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) if (SCOPES.has(p.type)) return p;
  return undefined;
}
