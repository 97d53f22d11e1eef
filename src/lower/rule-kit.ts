import type { SyntaxNode } from "../parse/parser";
import { namedChildren } from "../parse/nodes";
import type { LowerContext } from "./context";
import type { BoundCall } from "./bind-args";
import { expr, member, Prec, wrap, type Expr } from "./ir";
import type { CallRule } from "./registry";
import { spreadable } from "./core/literals";

/** Small helpers shared by the domain rules, so each rule reads as one line of intent. */

/** The lowered argument for parameter `name`, or undefined when absent. */
export function arg(call: BoundCall, name: string, cx: LowerContext): Expr | undefined {
  const node = call.args.get(name);
  return node ? cx.expr(node) : undefined;
}

export function argNode(call: BoundCall, name: string): SyntaxNode | undefined {
  return call.args.get(name);
}

/** The receiver of a method call (`xs` in `xs.append(1)`). */
export function receiver(call: BoundCall, cx: LowerContext): Expr {
  return call.receiver ? cx.expr(call.receiver) : expr("undefined");
}

/** `name(a, b)` for a runtime helper. */
export function helperCall(cx: LowerContext, name: string, args: readonly (Expr | string | undefined)[]): Expr {
  const list = trimUndefined(args).map((a) => (a === undefined ? "undefined" : typeof a === "string" ? a : a.code));
  return expr(`${cx.helper(name)}(${list.join(", ")})`, Prec.Call);
}

/** `recv.method(a, b)`. */
export function methodCall(object: Expr, method: string, args: readonly (Expr | string | undefined)[]): Expr {
  const list = trimUndefined(args).map((a) => (a === undefined ? "undefined" : typeof a === "string" ? a : a.code));
  return expr(`${member(object, method).code}(${list.join(", ")})`, Prec.Call);
}

function trimUndefined<T>(args: readonly (T | undefined)[]): (T | undefined)[] {
  const out = [...args];
  while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return out;
}

/** A rule that calls a runtime helper with the arguments in signature order (omitted optional ones trimmed). */
export function viaHelper(sig: string, helper: string, params: readonly string[], extra: Partial<CallRule> = {}): CallRule {
  return {
    sig,
    ...extra,
    lower: (call, cx) => helperCall(cx, helper, params.map((p) => arg(call, p, cx))),
  };
}

/** A method rule that calls a runtime helper with the receiver first: `split(s, sep)`. */
export function methodViaHelper(sig: string, helper: string, params: readonly string[], extra: Partial<CallRule> = {}): CallRule {
  return {
    sig,
    ...extra,
    lower: (call, cx) => helperCall(cx, helper, [receiver(call, cx), ...params.map((p) => arg(call, p, cx))]),
  };
}

/** A method rule that maps to a same-shaped TypeScript method: `s.upper()` → `s.toUpperCase()`. */
export function sameMethod(sig: string, tsMethod: string, params: readonly string[] = [], extra: Partial<CallRule> = {}): CallRule {
  return {
    sig,
    ...extra,
    lower: (call, cx) => methodCall(receiver(call, cx), tsMethod, [...params.map((p) => arg(call, p, cx)), ...restArgs(call, cx)]),
  };
}

/** A runtime class's method with the same arguments in the same order, under its camelCase name. */
export const runtimeMethod = (tsMethod: string, sig: string, params: readonly string[] = [], extra: Partial<CallRule> = {}): CallRule => sameMethod(sig, tsMethod, params, extra);

/** Positional arguments beyond the named parameters, spread where the call site spread them. */
export function restArgs(call: BoundCall, cx: LowerContext): string[] {
  return call.rest.map((n) => (n.type === "list_splat" ? `...${spreadable(namedChildren(n)[0]!, cx)}` : cx.text(n, Prec.Assign)));
}

export const paren = (e: Expr, min: Prec): string => wrap(e, min);
