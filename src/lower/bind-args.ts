import type { SyntaxNode } from "../parse/parser";
import { field, namedChildren, unparen } from "../parse/nodes";
import type { Signature } from "../analysis/types";
import { Msg } from "../diagnostics/messages";
import type { LowerContext } from "./context";

/** A call's arguments matched to the callee's parameters, the way Python matches them. */
export interface BoundCall {
  readonly node: SyntaxNode;
  /** The library key (`asyncio.sleep`, `str.split`) or the program's function name. */
  readonly key: string;
  /** The object a method is called on. */
  readonly receiver?: SyntaxNode;
  /** Parameter name → argument node. */
  readonly args: ReadonlyMap<string, SyntaxNode>;
  /** Positional arguments beyond the named parameters (into `*args`). */
  readonly rest: readonly SyntaxNode[];
  /** Keyword arguments without a parameter of their own (into `**kwargs`). */
  readonly extraKeywords: ReadonlyMap<string, SyntaxNode>;
  /** `*xs` or `**kw` at the call site: the mapping is only known at run time. */
  readonly splats: readonly SyntaxNode[];
  readonly positional: readonly SyntaxNode[];
  readonly keywords: ReadonlyMap<string, SyntaxNode>;
}

export interface ArgumentList {
  readonly positional: readonly SyntaxNode[];
  readonly keywords: ReadonlyMap<string, SyntaxNode>;
  readonly splats: readonly SyntaxNode[];
}

/**
 * Calls lowered with another callee and arguments than their own: `partial(f, x, k=1)` makes the
 * function of the remaining parameters that calls `f(x, …, k=1)`, lowered as that call.
 */
const virtualCalls = new Map<number, { readonly callee: SyntaxNode; readonly args: ArgumentList }>();

export function withVirtualCall<T>(call: SyntaxNode, callee: SyntaxNode, args: ArgumentList, lower: () => T): T {
  const previous = virtualCalls.get(call.id);
  virtualCalls.set(call.id, { callee, args });
  try {
    return lower();
  } finally {
    if (previous) virtualCalls.set(call.id, previous);
    else virtualCalls.delete(call.id);
  }
}

/** The expression called (`f` in `f(x)`), or the callee a virtual call stands for. */
export function calleeOf(call: SyntaxNode): SyntaxNode {
  return virtualCalls.get(call.id)?.callee ?? unparen(field(call, "function"));
}

export function rawArguments(call: SyntaxNode): { positional: SyntaxNode[]; keywords: Map<string, SyntaxNode>; splats: SyntaxNode[] } {
  const virtual = virtualCalls.get(call.id);
  if (virtual) return { positional: [...virtual.args.positional], keywords: new Map(virtual.args.keywords), splats: [...virtual.args.splats] };
  const argsNode = field(call, "arguments");
  const positional: SyntaxNode[] = [];
  const keywords = new Map<string, SyntaxNode>();
  const splats: SyntaxNode[] = [];
  if (argsNode.type === "generator_expression") return { positional: [argsNode], keywords, splats };
  for (const a of namedChildren(argsNode)) {
    if (a.type === "keyword_argument") keywords.set(field(a, "name").text, field(a, "value"));
    else if (a.type === "dictionary_splat") splats.push(a);
    else {
      if (a.type === "list_splat") splats.push(a);
      positional.push(a);
    }
  }
  return { positional, keywords, splats };
}

/**
 * Matches arguments to parameters; reports what Python would reject (unknown keyword, too many
 * positionals, a missing required argument) as diagnostics at the call.
 */
export function bindArguments(call: SyntaxNode, key: string, sig: Signature | undefined, receiver: SyntaxNode | undefined, cx: LowerContext, skipFirst = false): BoundCall {
  const { positional, keywords, splats } = rawArguments(call);
  const args = new Map<string, SyntaxNode>();
  const rest: SyntaxNode[] = [];
  const extraKeywords = new Map<string, SyntaxNode>();
  const bound: BoundCall = { node: call, key, receiver, args, rest, extraKeywords, splats, positional, keywords };
  if (!sig) {
    positional.forEach((p, i) => args.set(String(i), p));
    keywords.forEach((v, k) => extraKeywords.set(k, v));
    return bound;
  }
  const params = skipFirst ? sig.params.slice(1) : sig.params;
  const display = key.replace(/^__main__\./, "");
  let i = 0;
  const hasSplat = splats.length > 0;
  for (const p of params) {
    if (p.kind === "varargs") {
      for (; i < positional.length; i++) rest.push(positional[i]!);
      continue;
    }
    if (p.kind === "kwargs" || p.kind === "keyword") continue;
    if (i < positional.length && positional[i]!.type !== "list_splat") args.set(p.name, positional[i++]!);
    else if (i < positional.length) break;
  }
  if (i < positional.length && !params.some((p) => p.kind === "varargs") && !hasSplat) {
    const max = params.filter((p) => p.kind === "positional" || p.kind === "normal").length;
    cx.report(call, Msg.wrongArgCount, { callee: display, expected: max, given: positional.length });
  }
  for (const [name, node] of keywords) {
    const p = params.find((q) => q.name === name && q.kind !== "positional" && q.kind !== "varargs" && q.kind !== "kwargs");
    if (p) args.set(name, node);
    else if (params.some((q) => q.kind === "kwargs")) extraKeywords.set(name, node);
    else cx.report(node.parent ?? node, Msg.unknownKeyword, { callee: display, name });
  }
  if (!hasSplat) {
    for (const p of params) {
      if (!p.optional && p.kind !== "varargs" && p.kind !== "kwargs" && !args.has(p.name)) {
        cx.report(call, Msg.missingArgument, { callee: display, name: p.name });
      }
    }
  }
  return bound;
}
