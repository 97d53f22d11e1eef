import { parsePython, type SyntaxNode, type Tree } from "../../parse/parser";
import { namedChildren } from "../../parse/nodes";
import { withoutNone, type Signature } from "../../analysis/types";
import type { BoundCall } from "../bind-args";
import type { LowerContext } from "../context";
import { expr, Prec, type Expr } from "../ir";
import type { CallRule } from "../registry";
import { isStable } from "./stability";

/**
 * A library function or bound method used as a value (`loop.call_soon(fut.set_result, 1)`,
 * `json_serialize=json.dumps`): an arrow over its required positional parameters that makes the
 * call through the method's own rule, so the value does exactly what a call would. The receiver is
 * evaluated now, as Python binds a method when the attribute is read.
 */
export function callableValue(key: string, rule: CallRule, node: SyntaxNode, receiver: SyntaxNode | undefined, cx: LowerContext): Expr | undefined {
  const t = withoutNone(cx.typeOf(node));
  const sig: Signature | undefined = t.kind === "func" ? t.sig : cx.registry.callable(key)?.sig;
  if (!sig || sig.params.some((p) => p.kind === "varargs" || p.kind === "kwargs" || (!p.optional && p.kind === "keyword"))) return undefined;
  const params = sig.params.filter((p) => !p.optional && (p.kind === "positional" || p.kind === "normal"));
  const slots = placeholders(params.length);
  const names = params.map((p) => cx.names.fresh(p.name));
  const replacements = new Map(slots.map((s, i) => [s.id, { expr: expr(names[i]!), type: params[i]!.type }] as const));
  const receiverName = receiver && !isStable(receiver, cx) ? cx.names.fresh("self") : undefined;
  if (receiver && receiverName) replacements.set(receiver.id, { expr: expr(receiverName), type: cx.typeOf(receiver) });
  const args = new Map(params.map((p, i) => [p.name, slots[i]!] as const));
  const bound: BoundCall = { node, key, receiver, args, rest: [], extraKeywords: new Map(), splats: [], positional: slots, keywords: new Map() };
  const call = cx.withOverrides(replacements, () => rule.lower(bound, cx));
  // Calling an async method makes a coroutine object, which the output represents as a thunk.
  const body = rule.async === true || sig.returns.kind === "coroutine" ? `() => ${call.code}` : call.code;
  const arrow = `(${names.map((n, i) => `${n}: ${cx.tsType(params[i]!.type)}`).join(", ")}) => ${body}`;
  if (!receiver || !receiverName) return expr(arrow, Prec.Assign);
  return expr(`((${receiverName}) => ${arrow})(${cx.expr(receiver).code})`, Prec.Call);
}

/** Identifier nodes from a tree of their own, standing for the made-up function's parameters. */
export function placeholders(count: number): SyntaxNode[] {
  if (slotTree.length < count) {
    const tree = parsePython(Array.from({ length: count }, (_, i) => `p${i}`).join(", "));
    trees.push(tree);
    slotTree.splice(0, slotTree.length, ...namedChildren(namedChildren(tree.rootNode)[0]!));
  }
  return slotTree.slice(0, count);
}
const trees: Tree[] = [];
const slotTree: SyntaxNode[] = [];
