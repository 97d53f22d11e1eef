import type { SyntaxNode } from "../../parse/parser";
import { unparen } from "../../parse/nodes";
import { withoutNone, type PyType } from "../../analysis/types";
import type { LowerContext } from "../context";
import { expr, Prec, type Expr } from "../ir";
import type { RuleSet } from "../registry";
import { arg, helperCall, receiver } from "../rule-kit";

/**
 * A TypedDict value is a plain object in the output (its class is an interface): Python's dict
 * operations on it become property reads and writes, typed by the interface.
 */
export function isTypedDict(node: SyntaxNode, cx: LowerContext): boolean {
  const t: PyType = withoutNone(cx.typeOf(node));
  return t.kind === "object" && cx.analysis.isSubclass(t.name, "typing.TypedDict");
}

/** `movie["year"]` → `movie.year` (a key that is not an identifier stays a computed member). */
export function typedDictMember(object: SyntaxNode, key: SyntaxNode, cx: LowerContext): Expr {
  const k = unparen(key);
  const literal = k.type === "string" ? k.text.slice(1, -1) : undefined;
  const o = cx.text(object, Prec.Call);
  return literal !== undefined && /^[A-Za-z_$][\w$]*$/.test(literal) ? expr(`${o}.${literal}`, Prec.Call) : expr(`${o}[${cx.expr(key).code}]`, Prec.Call);
}

/** `"year" in movie`: a key the value has (not one of its prototype's). */
export const typedDictHas = (object: SyntaxNode, key: SyntaxNode, cx: LowerContext): Expr => expr(`Object.hasOwn(${cx.expr(object).code}, ${cx.expr(key).code})`, Prec.Call);

/** `for key in movie`: its keys, in insertion order. */
export const typedDictKeys = (object: SyntaxNode, cx: LowerContext): string => `Object.keys(${cx.expr(object).code})`;

/** `len(movie)`: how many keys it has. */
export const typedDictLen = (object: SyntaxNode, cx: LowerContext): Expr => expr(`${typedDictKeys(object, cx)}.length`, Prec.Call);

export const typedDictRules: RuleSet = {
  calls: {
    // The result's type is the key's declared type or the default's (see the analysis).
    "typing.TypedDict.get": {
      sig: "(key: str, default: object = ..., /) -> unknown",
      lower: (call, cx) => helperCall(cx, "typedDictGet", [receiver(call, cx), arg(call, "key", cx), arg(call, "default", cx)]),
    },
  },
};
