import type { SyntaxNode } from "../../parse/parser";
import { needsPrintShape, printShape, type PyType } from "../../analysis/types";
import type { LowerContext } from "../context";
import { expr, Prec, type Expr } from "../ir";
import { jsString } from "./string-literals";

/** `str(x)` as a TypeScript string: strings as they are, ints through `String`, the rest through the runtime. */
export function lowerStr(node: SyntaxNode, cx: LowerContext): Expr {
  return strOf(cx.expr(node), cx.typeOf(node), cx);
}

export function strOf(value: Expr, t: PyType, cx: LowerContext): Expr {
  if (t.kind === "str") return value;
  if (t.kind === "int") return expr(`String(${value.code})`, Prec.Call);
  return expr(`${cx.helper("str")}(${value.code}${shapeArg(t)})`, Prec.Call);
}

/** The shape argument (`, "f"`) for values whose printing depends on static type information. */
export function shapeArg(t: PyType): string {
  return needsPrintShape(t) ? `, ${jsString(printShape(t))}` : "";
}
