import type { CallRule, RuleSet } from "../registry";
import { expr, Prec } from "../ir";
import { arg, helperCall, methodCall, receiver } from "../rule-kit";
import { Msg } from "../../diagnostics/messages";

/**
 * Running the event loop. `asyncio.run(main())` blocks in Python; in TypeScript it is awaited on the
 * spot (top-level await, or inside a function the analysis made async for it).
 */
export const runningRules: Record<string, CallRule> = {
  "asyncio.run": {
    blocking: true,
    sig: "(main: Coroutine[T], /, *, debug: bool = ...) -> T",
    lower: (call, cx) => expr(`await ${helperCall(cx, "run", [arg(call, "main", cx)]).code}`, Prec.Unary),
  },
  "asyncio.get_event_loop": { sig: "() -> asyncio.AbstractEventLoop", lower: (_call, cx) => helperCall(cx, "getEventLoop", []) },
  "asyncio.new_event_loop": { sig: "() -> asyncio.AbstractEventLoop", lower: (_call, cx) => helperCall(cx, "newEventLoop", []) },
  "asyncio.get_running_loop": { sig: "() -> asyncio.AbstractEventLoop", lower: (_call, cx) => helperCall(cx, "getRunningLoop", []) },
  "asyncio.set_event_loop": { sig: "(loop: asyncio.AbstractEventLoop | None, /) -> None", lower: (call, cx) => helperCall(cx, "setEventLoop", [arg(call, "loop", cx)]) },
  "asyncio.AbstractEventLoop.run_until_complete": {
    blocking: true,
    sig: "(future: Awaitable[T], /) -> T",
    lower: (call, cx) => expr(`await ${methodCall(receiver(call, cx), "runUntilComplete", [arg(call, "future", cx)]).code}`, Prec.Unary),
  },
  "asyncio.AbstractEventLoop.run_forever": {
    blocking: true,
    sig: "() -> None",
    lower: (call, cx) => expr(`await ${methodCall(receiver(call, cx), "runForever", []).code}`, Prec.Unary),
  },
  "asyncio.AbstractEventLoop.stop": { sig: "() -> None", lower: (call, cx) => methodCall(receiver(call, cx), "stop", []) },
  "asyncio.AbstractEventLoop.close": { sig: "() -> None", lower: (call, cx) => methodCall(receiver(call, cx), "close", []) },
  "asyncio.AbstractEventLoop.is_running": { sig: "() -> bool", lower: (call, cx) => methodCall(receiver(call, cx), "isRunning", []) },
  "asyncio.AbstractEventLoop.is_closed": { sig: "() -> bool", lower: (call, cx) => methodCall(receiver(call, cx), "isClosed", []) },
  "asyncio.AbstractEventLoop.time": { sig: "() -> float", lower: (call, cx) => methodCall(receiver(call, cx), "time", []) },
  "asyncio.set_event_loop_policy": noEffect("(policy: object, /) -> None", "asyncio.set_event_loop_policy"),
};

/** A call that only tunes CPython's own event loop: dropped, with a warning, as `null` (Python's None). */
function noEffect(sig: string, name: string): CallRule {
  return {
    sig,
    lower(call, cx) {
      cx.report(call.node, Msg.noEffect, { name, reason: "the translation runs on the runtime's own event loop" });
      return expr("null");
    },
  };
}

/** `uvloop`, a faster event loop for CPython: the translation has one loop, so it is the same as asyncio's. */
export const uvloopRules: RuleSet = {
  modules: ["uvloop"],
  calls: {
    "uvloop.install": noEffect("() -> None", "uvloop.install"),
    "uvloop.EventLoopPolicy": noEffect("() -> object", "uvloop.EventLoopPolicy"),
    "uvloop.run": { ...runningRules["asyncio.run"]! },
    "uvloop.new_event_loop": { ...runningRules["asyncio.new_event_loop"]! },
  },
};
