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
export function lowerCondition(node: SyntaxNode, cx: LowerContext): Expr {
  const n = unparen(node);
  switch (n.type) {
    case "not_operator":
      return expr(`!${wrap(lowerCondition(field(n, "argument"), cx), Prec.Unary)}`, Prec.Unary);
    case "boolean_operator": {
      const op = field(n, "operator").text === "and" ? "&&" : "||";
      return binary(lowerCondition(field(n, "left"), cx), op, lowerCondition(field(n, "right"), cx), op === "&&" ? Prec.And : Prec.Or);
    }
    case "comparison_operator":
    case "true":
    case "false":
      return cx.expr(n);
  }
  return truthTest(cx.expr(n), cx.typeOf(n), cx);
}

/** The truth test of an already lowered value of Python type `t`. */
export function truthTest(value: Expr, t: PyType, cx: LowerContext): Expr {
  switch (t.kind) {
    case "bool":
      return value;
    case "int":
    case "float":
      return binary(value, "!==", expr("0"), Prec.Equality);
    case "str":
      return binary(value, "!==", expr('""'), Prec.Equality);
    case "list":
    case "tuple":
    case "vartuple":
    case "bytes":
      return binary(expr(`${wrap(value, Prec.Call)}.length`, Prec.Call), ">", expr("0"), Prec.Relational);
    case "dict":
    case "set":
      return binary(expr(`${wrap(value, Prec.Call)}.size`, Prec.Call), ">", expr("0"), Prec.Relational);
    case "none":
      return expr("false");
    case "union": {
      const inner = withoutNone(t);
      if (inner.kind === "union" || inner.kind === "never") break;
      // `x: str | None` → JavaScript's own truthiness agrees (null, "" and 0 are falsy).
      if (inner.kind === "str" || inner.kind === "int" || inner.kind === "bool") return value;
      if (alwaysTrue(inner, cx)) return binary(value, "!==", expr("null"), Prec.Equality);
      return expr(`${wrap(value, Prec.Equality)} !== null && ${wrap(truthTest(value, inner, cx), Prec.And)}`, Prec.And);
    }
    case "object":
    case "class":
    case "func":
    case "coroutine":
    case "module":
      if (alwaysTrue(t, cx)) return expr("true");
      break;
  }
  return expr(`${cx.helper("truthy")}(${value.code})`, Prec.Call);
}

/** Objects without `__bool__`/`__len__` are always true in Python. */
function alwaysTrue(t: PyType, cx: LowerContext): boolean {
  if (t.kind === "func" || t.kind === "class" || t.kind === "coroutine" || t.kind === "module") return true;
  if (t.kind !== "object") return false;
  const user = cx.analysis.userClass(t.name);
  if (user) return !cx.analysis.findMethod(t.name, "__bool__") && !cx.analysis.findMethod(t.name, "__len__");
  return !["collections.Counter", "collections.deque", "collections.defaultdict", "collections.OrderedDict", "range"].includes(t.name);
}
