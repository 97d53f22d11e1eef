import type { RuleSet } from "../registry";
import { expr, Prec } from "../ir";
import { argNode, helperCall } from "../rule-kit";
import { runningRules } from "./running";

/** `asyncio.sleep(s)` → `sleep(ms)`: a literal delay is converted at translation time. */
const sleepRule = {
  sig: "(delay: float, result: T = ...) -> Coroutine[T]",
  lower: (call: import("../bind-args").BoundCall, cx: import("../context").LowerContext) => {
    const delay = argNode(call, "delay")!;
    const literal = /^\d+(\.\d*)?([eE][-+]?\d+)?$|^\.\d+$/.test(delay.text.replace(/_/g, "")) ? Number(delay.text.replace(/_/g, "")) : undefined;
    const ms = literal !== undefined ? String(Math.round(literal * 1e6) / 1e3) : `${cx.text(delay, Prec.Multiplicative)} * 1000`;
    const result = argNode(call, "result");
    return helperCall(cx, "sleep", [expr(ms), result ? cx.expr(result) : undefined]);
  },
};

export const asyncioRules: RuleSet = {
  modules: ["asyncio"],
  calls: {
    ...runningRules,
    "asyncio.sleep": sleepRule,
  },
  classes: {
    "asyncio.AbstractEventLoop": { runtime: "EventLoop", tsType: (_a, cx) => cx.helper("EventLoop") },
    "asyncio.CancelledError": { bases: ["BaseException"], runtime: "CancelledError", tsType: (_a, cx) => cx.helper("CancelledError") },
    "asyncio.TimeoutError": { bases: ["OSError"], runtime: "TimeoutError", tsType: (_a, cx) => cx.helper("TimeoutError") },
  },
};
