import type { SyntaxNode } from "../../parse/parser";
import { unparen } from "../../parse/nodes";
import { isKnown, isOptional, withoutNone } from "../../analysis/types";
import type { LowerContext } from "../context";
import { expr, Prec } from "../ir";

/**
 * `m.group()` or `m.string` where `m` may be None (`m = re.match(…)` with no check): Python raises
 * AttributeError on None, and TypeScript rejects the access. The object is lowered through
 * `notNone`, which raises Python's error and has the type without None; `lower` runs with that
 * object in place. Undefined when the object cannot be None (or is only known at run time).
 */
export function withObjectNotNone<R>(object: SyntaxNode, name: string, cx: LowerContext, lower: () => R): R | undefined {
  // Only names (narrowed by the analysis as TypeScript does) and call results: an attribute path
  // (`self.session`) is narrowed by TypeScript alone, which the analysis does not follow.
  if (!["identifier", "call"].includes(unparen(object).type)) return undefined;
  const t = cx.typeOf(object);
  if (t.kind !== "union" || !isOptional(t) || !isKnown(withoutNone(t))) return undefined;
  const checked = expr(`${cx.helper("notNone")}(${cx.expr(object).code}, ${JSON.stringify(name)})`, Prec.Call);
  return cx.withOverrides(new Map([[object.id, { expr: checked, type: withoutNone(t) }]]), lower);
}
