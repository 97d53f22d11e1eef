import type { SyntaxNode } from "../../parse/parser";
import { field, unparen } from "../../parse/nodes";
import { isSliceObject, withoutNone, type PyType } from "../../analysis/types";
import type { LowerContext } from "../context";
import { expr, Prec, type Expr } from "../ir";
import type { RuleSet } from "../registry";
import { isTypedDict, typedDictMember } from "../typing/typed-dict";

interface SliceParts {
  readonly start?: SyntaxNode;
  readonly stop?: SyntaxNode;
  readonly step?: SyntaxNode;
}

/** `a:b:c` → its three optional parts (tree-sitter gives the expressions and colons in order). */
function sliceParts(slice: SyntaxNode): SliceParts {
  const parts: (SyntaxNode | undefined)[] = [undefined, undefined, undefined];
  let i = 0;
  for (const c of slice.children) {
    if (c.type === ":") i++;
    else if (c.isNamed && c.type !== "comment") parts[i] = c;
  }
  return { start: parts[0], stop: parts[1], step: parts[2] };
}

/**
 * The arguments `start, stop, step` of the runtime's slice helpers when a subscript slices: `a:b:c`
 * written out (`null` for a missing part), or a `slice` object (`...s.bounds`); undefined otherwise.
 */
export function sliceArgs(sub: SyntaxNode, cx: LowerContext): string | undefined {
  if (isSliceObject(withoutNone(cx.typeOf(sub)))) return `...${cx.text(sub, Prec.Call)}.bounds`;
  if (sub.type !== "slice") return undefined;
  const { start, stop, step } = sliceParts(sub);
  return [start, stop, step].map((n) => (n ? cx.text(n, Prec.Assign) : "null")).join(", ");
}

const isSequence = (t: PyType): boolean => ["list", "tuple", "vartuple", "str", "bytes"].includes(t.kind);

/**
 * `x[i]` and `x[a:b:c]`. Negative indexes and out-of-range errors follow Python through `at()`;
 * a tuple indexed by a constant that is in range needs no helper; step-less slices are `.slice()`,
 * which treats negative bounds exactly as Python does.
 */
function subscript(node: SyntaxNode, cx: LowerContext): Expr {
  const value = field(node, "value");
  const subs = node.childrenForFieldName("subscript");
  const t = withoutNone(cx.typeOf(value));
  if (subs.length !== 1) return cx.unsupported(node, "A subscript with several indexes");
  const sub = subs[0]!;
  const v = cx.text(value, Prec.Call);
  const bounds = sliceArgs(sub, cx);
  const namedTuple = t.kind === "object" ? cx.analysis.namedTupleFields(cx.analysis.userClass(t.name)) : undefined;
  // A slice of a named tuple is a plain tuple of its items.
  if (bounds !== undefined && namedTuple) return expr(`${cx.helper("slice")}([...${v}], ${bounds})`, Prec.Call);
  if (bounds !== undefined) {
    const { start, stop, step } = sub.type === "slice" ? sliceParts(sub) : {};
    if (sub.type === "slice" && !step && isSequence(t)) {
      const a = start ? cx.text(start, Prec.Assign) : stop ? "0" : "";
      const b = stop ? `, ${cx.text(stop, Prec.Assign)}` : "";
      return expr(`${v}.slice(${a}${b})`, Prec.Call);
    }
    return expr(`${cx.helper("slice")}(${cx.expr(value).code}, ${bounds})`, Prec.Call);
  }
  // `p[0]` with a constant index is the field it names.
  const named = namedTuple ? constIndex(sub) : undefined;
  const fieldName = namedTuple && named !== undefined ? namedTuple[named < 0 ? namedTuple.length + named : named] : undefined;
  if (fieldName) return expr(`${v}.${cx.memberName(fieldName)}`, Prec.Call);
  if (t.kind === "tuple") {
    const i = constIndex(sub);
    if (i !== undefined && i >= 0 && i < t.items.length) return expr(`${v}[${i}]`, Prec.Call);
    if (i !== undefined && i < 0 && -i <= t.items.length) return expr(`${v}[${t.items.length + i}]`, Prec.Call);
  }
  if (t.kind === "vartuple" || t.kind === "tuple") return expr(`${cx.helper("at")}(${cx.expr(value).code}, ${cx.expr(sub).code}, "tuple")`, Prec.Call);
  if (t.kind === "list" || t.kind === "str" || t.kind === "bytes") {
    return expr(`${cx.helper("at")}(${cx.expr(value).code}, ${cx.expr(sub).code})`, Prec.Call);
  }
  if (t.kind === "class" && cx.analysis.userClass(t.name) && cx.analysis.isSubclass(t.name, "enum.Enum")) {
    return expr(`${cx.helper("enumByName")}(${cx.expr(value).code}, ${cx.expr(sub).code})`, Prec.Call);
  }
  if (t.kind === "dict") return expr(`${cx.helper("getItem")}(${cx.expr(value).code}, ${cx.expr(sub).code})`, Prec.Call);
  if (isTypedDict(value, cx)) return typedDictMember(value, sub, cx);
  if (t.kind === "object") {
    for (const key of cx.analysis.memberKeys(t, "__getitem__")) {
      const rule = cx.registry.calls.get(key);
      if (rule) return rule.lower({ node, key, receiver: value, args: new Map([["key", sub]]), rest: [], extraKeywords: new Map(), splats: [], positional: [sub], keywords: new Map() }, cx);
    }
    if (cx.analysis.userClass(t.name) && cx.analysis.findMethod(t.name, "__getitem__")) return expr(`${v}.__getitem__(${cx.expr(sub).code})`, Prec.Call);
  }
  return expr(`${cx.helper("getItem")}(${cx.expr(value).code}, ${cx.expr(sub).code})`, Prec.Call);
}

export function constIndex(node: SyntaxNode): number | undefined {
  const n = unparen(node);
  if (n.type === "integer") return Number(n.text.replace(/_/g, ""));
  if (n.type === "unary_operator" && field(n, "operator").text === "-") {
    const inner = constIndex(field(n, "argument"));
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}

export const subscriptRules: RuleSet = {
  expressions: { subscript, slice: (node, cx) => cx.unsupported(node, "A slice outside a subscript") },
};
