import type { SyntaxNode } from "../../parse/parser";
import { namedChildren, unparen } from "../../parse/nodes";
import { Msg } from "../../diagnostics/messages";
import type { LowerContext } from "../context";
import { expr, Prec, wrap, type Expr } from "../ir";
import type { RuleSet } from "../registry";
import { lowerCallNow } from "./calls";

/**
 * `await x`. A direct call to a coroutine function is awaited as is (`await f()`); a coroutine
 * object kept in a variable is a thunk and is started here (`await c()`); tasks and futures are
 * awaitable objects of the runtime (`await task`).
 */
function awaitExpr(node: SyntaxNode, cx: LowerContext): Expr {
  const operand = unparen(namedChildren(node)[0]!);
  if (!cx.frame?.isAsync) cx.report(node, Msg.awaitOutsideAsync);
  if (operand.type === "call") {
    const lowered = lowerCallNow(operand, cx);
    if (lowered.startsPromise) return expr(`await ${wrap(lowered.expr, Prec.Unary)}`, Prec.Unary);
    if (cx.typeOf(operand).kind === "coroutine") return expr(`await ${wrap(lowered.expr, Prec.Call)}()`, Prec.Unary);
    return expr(`await ${wrap(lowered.expr, Prec.Unary)}`, Prec.Unary);
  }
  const value = cx.expr(operand);
  if (cx.typeOf(operand).kind === "coroutine") return expr(`await ${wrap(value, Prec.Call)}()`, Prec.Unary);
  return expr(`await ${wrap(value, Prec.Unary)}`, Prec.Unary);
}

export const awaitRules: RuleSet = {
  expressions: { await: awaitExpr },
};


