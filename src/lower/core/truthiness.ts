import type { SyntaxNode } from "../../parse/parser";
import { field, unparen } from "../../parse/nodes";
import { withoutNone, type PyType } from "../../analysis/types";
import type { LowerContext } from "../context";
import { binary, expr, Prec, wrap, type Expr } from "../ir";

/**
 * Python's truth test as a TypeScript boolean. Where JavaScript agrees (bool, str, int, None), the
 * value is tested as is or compared; where it does not (an empty list or dict is false in Python,
 * true in JavaScript), the length is tested; unknown values go through `truthy()`.
 */
export function lowerCondition(node: SyntaxNode, cx: LowerContext, negated = false): Expr {
  const n = unparen(node);
  switch (n.type) {
    case "not_operator":
      return lowerCondition(field(n, "argument"), cx, !negated);
    case "boolean_operator": {
      // De Morgan keeps `not (a and b)` readable: `!a || !b`.
      const and = field(n, "operator").text === "and" !== negated;
      return binary(lowerCondition(field(n, "left"), cx, negated), and ? "&&" : "||", lowerCondition(field(n, "right"), cx, negated), and ? Prec.And : Prec.Or);
    }
    case "comparison_operator":
    case "true":
    case "false":
      return negated ? not(cx.expr(n)) : cx.expr(n);
    case "string":
    case "integer":
    case "float":
    case "none": {
      // A literal's truth is known now (and TypeScript rejects comparing two literals).
      const falsy = n.type === "none" || /^(['"]{1,3}|[uU]['"]{1,3})\1?$/.test(n.text) || (n.type !== "string" && Number(n.text.replace(/_/g, "")) === 0);
      return expr(String(falsy === negated));
    }
  }
  return truthTest(cx.expr(n), cx.typeOf(n), cx, negated);
}

const not = (e: Expr): Expr => expr(`!${wrap(e, Prec.Unary)}`, Prec.Unary);

/** The truth test (or, `negated`, the falsiness test) of an already lowered value of Python type `t`. */
export function truthTest(value: Expr, t: PyType, cx: LowerContext, negated = false): Expr {
  const cmp = (op: string, negOp: string, rhs: string, on: Expr = value, prec = Prec.Equality): Expr => binary(on, negated ? negOp : op, expr(rhs), prec);
  switch (t.kind) {
    case "bool":
      return negated ? not(value) : value;
    case "int":
    case "float":
      return cmp("!==", "===", "0");
    case "str":
      return cmp("!==", "===", '""');
    case "list":
    case "tuple":
    case "vartuple":
    case "bytes":
      return negated ? cmp("", "===", "0", expr(`${wrap(value, Prec.Call)}.length`, Prec.Call)) : cmp(">", "", "0", expr(`${wrap(value, Prec.Call)}.length`, Prec.Call), Prec.Relational);
    case "dict":
    case "set":
      return negated ? cmp("", "===", "0", expr(`${wrap(value, Prec.Call)}.size`, Prec.Call)) : cmp(">", "", "0", expr(`${wrap(value, Prec.Call)}.size`, Prec.Call), Prec.Relational);
    case "none":
      return expr(negated ? "true" : "false");
    case "union": {
      const inner = withoutNone(t);
      if (inner.kind === "union" || inner.kind === "never") break;
      // `x: str | None` → JavaScript's own truthiness agrees (null, "" and 0 are falsy).
      if (inner.kind === "str" || inner.kind === "int" || inner.kind === "bool") return negated ? not(value) : value;
      if (alwaysTrue(inner, cx)) return cmp("!==", "===", "null");
      if (negated) return expr(`${wrap(value, Prec.Equality)} === null || ${wrap(truthTest(value, inner, cx, true), Prec.Or)}`, Prec.Or);
      return expr(`${wrap(value, Prec.Equality)} !== null && ${wrap(truthTest(value, inner, cx), Prec.And)}`, Prec.And);
    }
    case "object":
    case "class":
    case "func":
    case "coroutine":
    case "module":
      if (alwaysTrue(t, cx)) return expr(negated ? "false" : "true");
      break;
  }
  const test = expr(`${cx.helper("truthy")}(${value.code})`, Prec.Call);
  return negated ? not(test) : test;
}

/** Objects without `__bool__`/`__len__` are always true in Python. */
function alwaysTrue(t: PyType, cx: LowerContext): boolean {
  if (t.kind === "func" || t.kind === "class" || t.kind === "coroutine" || t.kind === "module") return true;
  if (t.kind !== "object") return false;
  const user = cx.analysis.userClass(t.name);
  if (user) return !cx.analysis.findMethod(t.name, "__bool__") && !cx.analysis.findMethod(t.name, "__len__");
  if (["__bool__", "__len__"].some((m) => cx.analysis.memberKeys(t, m).some((k) => cx.registry.calls.has(k)))) return false;
  return !["collections.Counter", "collections.deque", "collections.defaultdict", "collections.OrderedDict", "range"].includes(t.name);
}
