import type { LowerContext } from "../context";
import type { BoundCall } from "../bind-args";
import { chain, expr, line, Prec, type Stmt } from "../ir";
import type { CallRule, ClassRule, RuleSet, WithItem } from "../registry";
import { arg, argNode, helperCall, methodCall, receiver, restArgs, runtimeMethod as method } from "../rule-kit";
import { Msg } from "../../diagnostics/messages";
import { T, union, withoutNone } from "../../analysis/types";
import { runningRules } from "./running";
import { boundCallable } from "../core/calls";

/** `asyncio.sleep(s)` → `sleep(ms)`: a literal delay is converted at translation time. */
const sleepRule: CallRule = {
  sig: "(delay: float, result: T = ...) -> Coroutine[T]",
  returns: (a) => T.coroutine(a.positional[1] ?? a.keywords.get("result") ?? T.none),
  lower(call, cx) {
    const delay = argNode(call, "delay")!;
    const text = delay.text.replace(/_/g, "");
    const literal = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : undefined;
    const ms = literal !== undefined ? String(Math.round(literal * 1e6) / 1e3) : `${cx.text(delay, Prec.Multiplicative)} * 1000`;
    return helperCall(cx, "sleep", [expr(ms), arg(call, "result", cx)]);
  },
};

/** `{ name: …, timeout: … }` from keyword arguments present in the call. */
function options(call: BoundCall, cx: LowerContext, names: Record<string, string>): string | undefined {
  const parts = Object.entries(names)
    .filter(([py]) => call.args.has(py))
    .map(([py, ts]) => `${ts}: ${cx.text(call.args.get(py)!, Prec.Assign)}`);
  return parts.length ? `{ ${parts.join(", ")} }` : undefined;
}

/** `asyncio.gather(a(), b())` → `gather(a, b)`; with `return_exceptions=True`, `gatherWith({ returnExceptions: true }, …)`. */
const gather: CallRule = {
  sig: "(*aws: Awaitable[T], return_exceptions: bool = ...) -> asyncio.Future[list[T]]",
  returns: (a) => {
    const results = a.positional.map((p) => awaited(p));
    const item = a.keywords.has("return_exceptions") ? union(...results, T.object("BaseException")) : union(...results);
    return T.object("asyncio.Future", T.list(item));
  },
  lower(call, cx) {
    const aws = restArgs(call, cx);
    const re = call.args.get("return_exceptions");
    if (re) return helperCall(cx, "gatherWith", [`{ returnExceptions: ${cx.expr(re).code} }`, ...aws]);
    return helperCall(cx, "gather", aws);
  },
};

/** The result type of awaiting an argument (a coroutine, task or future). */
function awaited(t: import("../../analysis/types").PyType): import("../../analysis/types").PyType {
  const v = withoutNone(t);
  if (v.kind === "coroutine") return v.result;
  if (v.kind === "object" && (v.name === "asyncio.Task" || v.name === "asyncio.Future" || v.name === "typing.Awaitable")) return v.args[0] ?? T.unknown;
  if (v.kind === "list" || v.kind === "vartuple") return awaited(v.item);
  return T.unknown;
}

const createTask: CallRule = {
  sig: "(coro: Coroutine[T], *, name: str | None = ..., context: object = ...) -> asyncio.Task[T]",
  lower: (call, cx) => helperCall(cx, "createTask", [arg(call, "coro", cx), options(call, cx, { name: "name" })]),
};

const toThread: CallRule = {
  sig: "(func: Callable[..., T], /, *args: object, **kwargs: object) -> Coroutine[T]",
  lower(call, cx) {
    cx.report(call.node, Msg.noThread, { name: "asyncio.to_thread" });
    if (call.extraKeywords.size === 0) return helperCall(cx, "toThread", [arg(call, "func", cx), ...restArgs(call, cx)]);
    // Keyword arguments: the function with every argument bound, called with none.
    const bound = boundCallable(call.node, argNode(call, "func")!, { positional: call.rest, keywords: call.extraKeywords, splats: call.splats }, cx);
    return bound ? helperCall(cx, "toThread", [bound]) : cx.unsupported(call.node, "asyncio.to_thread with keyword arguments for a function whose signature is unknown");
  },
};

/** A class of the runtime, constructed with the same positional arguments. */
function runtimeClass(name: string, sig: string, typeParams: string[] = [], extra: Partial<ClassRule> = {}): { call: CallRule; cls: ClassRule } {
  return {
    call: {
      sig,
      lower: (call, cx) => {
        const args = [...call.args.values()].map((n) => cx.expr(n).code);
        // Type arguments come from the variable's annotation (TypeScript infers them from it) unless fully known here.
        const t = withoutNone(cx.typeOf(call.node));
        const known = t.kind === "object" && t.args.length === typeParams.length && t.args.every((a) => a.kind !== "never" && a.kind !== "unknown");
        const typeArgs = typeParams.length && known && t.kind === "object" ? `<${t.args.map((a) => cx.tsType(a)).join(", ")}>` : "";
        return expr(`new ${cx.helper(name)}${typeArgs}(${args.join(", ")})`, Prec.Call);
      },
    },
    cls: { runtime: name, typeParams, tsType: (args, cx) => (args.length ? `${cx.helper(name)}<${args.join(", ")}>` : cx.helper(name)), ...extra },
  };
}

/** `async with lock:` → `await lock.acquire(); try { … } finally { lock.release(); }` (what Python's `__aenter__`/`__aexit__` do). */
function acquireRelease(item: WithItem, body: Stmt[], cx: LowerContext): Stmt[] {
  const simple = /^[\w.]+$/.test(item.manager.code);
  const name = simple ? item.manager.code : cx.names.fresh("lock");
  const out: Stmt[] = simple ? [] : [line(`const ${name} = ${item.manager.code};`)];
  out.push(line(`await ${name}.acquire();`));
  if (item.target) out.push(line(`${item.target.declare ? `${item.target.declare} ` : ""}${item.target.name} = true;`));
  out.push(chain({ head: "try", body }, { head: "finally", body: [line(`${name}.release();`)] }));
  return out;
}

const queue = runtimeClass("Queue", "(maxsize: int = ...) -> None", ["T"]);
const lifoQueue = runtimeClass("LifoQueue", "(maxsize: int = ...) -> None", ["T"], { bases: ["asyncio.Queue"] });
const priorityQueue = runtimeClass("PriorityQueue", "(maxsize: int = ...) -> None", ["T"], { bases: ["asyncio.Queue"] });
const lock = runtimeClass("Lock", "() -> None", [], { with: acquireRelease });
const event = runtimeClass("Event", "() -> None");
const condition = runtimeClass("Condition", "(lock: asyncio.Lock | None = ...) -> None", [], { with: acquireRelease });
const semaphore = runtimeClass("Semaphore", "(value: int = ...) -> None", [], { with: acquireRelease });
const boundedSemaphore = runtimeClass("BoundedSemaphore", "(value: int = ...) -> None", [], { bases: ["asyncio.Semaphore"], with: acquireRelease });
const barrier = runtimeClass("Barrier", "(parties: int) -> None");
const taskGroup = runtimeClass("TaskGroup", "() -> None");

const futureMethods = (cls: string): Record<string, CallRule> => ({
  [`${cls}.cancel`]: method("cancel", "(msg: object = ...) -> bool", ["msg"]),
  [`${cls}.cancelled`]: method("cancelled", "() -> bool"),
  [`${cls}.done`]: method("done", "() -> bool"),
  [`${cls}.result`]: method("result", "() -> T"),
  [`${cls}.exception`]: method("exception", "() -> BaseException | None"),
  [`${cls}.add_done_callback`]: method("addDoneCallback", "(fn: object, /, *, context: object = ...) -> None", ["fn"]),
  [`${cls}.remove_done_callback`]: method("removeDoneCallback", "(fn: object, /) -> int", ["fn"]),
  [`${cls}.set_result`]: method("setResult", "(result: T, /) -> None", ["result"]),
  [`${cls}.set_exception`]: method("setException", "(exception: object, /) -> None", ["exception"]),
  [`${cls}.get_loop`]: method("getLoop", "() -> asyncio.AbstractEventLoop"),
});

const calls: Record<string, CallRule> = {
  ...runningRules,
  "asyncio.sleep": sleepRule,
  "asyncio.gather": gather,
  "asyncio.create_task": createTask,
  "asyncio.ensure_future": {
    sig: "(coro_or_future: Awaitable[T]) -> asyncio.Task[T]",
    // A Future (or Task) comes back as it is.
    returns: (a) => {
      const given = a.positional[0] && withoutNone(a.positional[0]);
      return given?.kind === "object" && (given.name === "asyncio.Future" || given.name === "asyncio.Task") ? given : T.object("asyncio.Task", awaited(given ?? T.unknown));
    },
    lower: (call, cx) => helperCall(cx, "ensureFuture", [arg(call, "coro_or_future", cx)]) },
  "asyncio.wait_for": { sig: "(fut: Awaitable[T], timeout: float | None) -> Coroutine[T]", lower: (call, cx) => helperCall(cx, "waitFor", [arg(call, "fut", cx), arg(call, "timeout", cx)]) },
  "asyncio.wait": {
    sig: "(fs: Iterable[T], *, timeout: float | None = ..., return_when: str = ...) -> Coroutine[tuple[set[T], set[T]]]",
    lower: (call, cx) => helperCall(cx, "wait", [arg(call, "fs", cx), options(call, cx, { timeout: "timeout", return_when: "returnWhen" })]),
  },
  "asyncio.as_completed": {
    sig: "(fs: Iterable[Awaitable[T]], *, timeout: float | None = ...) -> list[asyncio.Future[T]]",
    lower: (call, cx) => helperCall(cx, "asCompleted", [arg(call, "fs", cx), options(call, cx, { timeout: "timeout" })]),
  },
  "asyncio.shield": { sig: "(arg: Awaitable[T], /) -> asyncio.Future[T]", lower: (call, cx) => helperCall(cx, "shield", [arg(call, "arg", cx)]) },
  "asyncio.timeout": { sig: "(delay: float | None) -> asyncio.Timeout", lower: (call, cx) => helperCall(cx, "timeout", [arg(call, "delay", cx)]) },
  "asyncio.timeout_at": { sig: "(when: float | None) -> asyncio.Timeout", lower: (call, cx) => helperCall(cx, "timeoutAt", [arg(call, "when", cx)]) },
  "asyncio.current_task": { sig: "(loop: object = ...) -> asyncio.Task[unknown] | None", lower: (_call, cx) => helperCall(cx, "currentTask", []) },
  "asyncio.all_tasks": { sig: "(loop: object = ...) -> set[asyncio.Task[unknown]]", lower: (_call, cx) => helperCall(cx, "allTasks", []) },
  "asyncio.to_thread": toThread,
  "asyncio.Queue": queue.call,
  "asyncio.LifoQueue": lifoQueue.call,
  "asyncio.PriorityQueue": priorityQueue.call,
  "asyncio.Lock": lock.call,
  "asyncio.Event": event.call,
  "asyncio.Condition": condition.call,
  "asyncio.Semaphore": semaphore.call,
  "asyncio.BoundedSemaphore": boundedSemaphore.call,
  "asyncio.Barrier": barrier.call,
  "asyncio.TaskGroup": taskGroup.call,
  "asyncio.Future": { sig: "() -> asyncio.Future[unknown]", lower: (_call, cx) => expr(`new ${cx.helper("Future")}()`, Prec.Call) },

  ...futureMethods("asyncio.Future"),
  "asyncio.Task.get_name": method("getName", "() -> str"),
  "asyncio.Task.set_name": method("setName", "(value: object, /) -> None", ["value"]),
  "asyncio.Task.cancelling": method("cancelling", "() -> int"),
  "asyncio.Task.uncancel": method("uncancel", "() -> int"),

  "asyncio.Queue.put": method("put", "(item: T) -> Coroutine[None]", ["item"]),
  "asyncio.Queue.get": method("get", "() -> Coroutine[T]"),
  "asyncio.Queue.put_nowait": method("putNowait", "(item: T) -> None", ["item"]),
  "asyncio.Queue.get_nowait": method("getNowait", "() -> T"),
  "asyncio.Queue.task_done": method("taskDone", "() -> None"),
  "asyncio.Queue.join": method("join", "() -> Coroutine[None]"),
  "asyncio.Queue.qsize": method("qsize", "() -> int"),
  "asyncio.Queue.empty": method("empty", "() -> bool"),
  "asyncio.Queue.full": method("full", "() -> bool"),

  "asyncio.Lock.acquire": method("acquire", "() -> Coroutine[bool]"),
  "asyncio.Lock.release": method("release", "() -> None"),
  "asyncio.Lock.locked": method("locked", "() -> bool"),
  "asyncio.Semaphore.acquire": method("acquire", "() -> Coroutine[bool]"),
  "asyncio.Semaphore.release": method("release", "() -> None"),
  "asyncio.Semaphore.locked": method("locked", "() -> bool"),
  "asyncio.Event.set": method("set", "() -> None"),
  "asyncio.Event.clear": method("clear", "() -> None"),
  "asyncio.Event.is_set": method("isSet", "() -> bool"),
  "asyncio.Event.wait": method("wait", "() -> Coroutine[bool]"),
  "asyncio.Condition.acquire": method("acquire", "() -> Coroutine[bool]"),
  "asyncio.Condition.release": method("release", "() -> None"),
  "asyncio.Condition.locked": method("locked", "() -> bool"),
  "asyncio.Condition.wait": method("wait", "() -> Coroutine[bool]"),
  "asyncio.Condition.wait_for": method("waitFor", "(predicate: Callable[..., T]) -> Coroutine[T]", ["predicate"]),
  "asyncio.Condition.notify": method("notify", "(n: int = ...) -> None", ["n"]),
  "asyncio.Condition.notify_all": method("notifyAll", "() -> None"),
  "asyncio.Barrier.wait": method("wait", "() -> Coroutine[int]"),
  "asyncio.Barrier.reset": method("reset", "() -> Coroutine[None]"),
  "asyncio.Barrier.abort": method("abort", "() -> Coroutine[None]"),
  "asyncio.TaskGroup.create_task": {
    sig: "(coro: Coroutine[T], *, name: str | None = ..., context: object = ...) -> asyncio.Task[T]",
    lower: (call, cx) => methodCall(receiver(call, cx), "createTask", [arg(call, "coro", cx), options(call, cx, { name: "name" })]),
  },
  "asyncio.Timeout.when": method("when", "() -> float | None"),
  "asyncio.Timeout.reschedule": method("reschedule", "(when: float | None) -> None", ["when"]),
  "asyncio.Timeout.expired": method("expired", "() -> bool"),

  "asyncio.AbstractEventLoop.create_task": {
    sig: "(coro: Coroutine[T], *, name: str | None = ...) -> asyncio.Task[T]",
    lower: (call, cx) => methodCall(receiver(call, cx), "createTask", [arg(call, "coro", cx), options(call, cx, { name: "name" })]),
  },
  "asyncio.AbstractEventLoop.create_future": method("createFuture", "() -> asyncio.Future[unknown]"),
  "asyncio.AbstractEventLoop.call_soon": method("callSoon", "(callback: object, *args: object) -> asyncio.Handle", ["callback"]),
  "asyncio.AbstractEventLoop.call_later": method("callLater", "(delay: float, callback: object, *args: object) -> asyncio.Handle", ["delay", "callback"]),
  "asyncio.AbstractEventLoop.add_signal_handler": method("addSignalHandler", "(sig: int | signal.Signals, callback: object, *args: object) -> None", ["sig", "callback"]),
  "asyncio.AbstractEventLoop.remove_signal_handler": method("removeSignalHandler", "(sig: int | signal.Signals) -> bool", ["sig"]),
  "asyncio.AbstractEventLoop.call_at": method("callAt", "(when: float, callback: object, *args: object) -> asyncio.Handle", ["when", "callback"]),
  "asyncio.AbstractEventLoop.run_in_executor": {
    sig: "(executor: object, func: Callable[..., T], *args: object) -> asyncio.Future[T]",
    lower(call, cx) {
      cx.report(call.node, Msg.noThread, { name: "loop.run_in_executor" });
      return methodCall(receiver(call, cx), "runInExecutor", [arg(call, "executor", cx), arg(call, "func", cx), ...restArgs(call, cx)]);
    },
  },
  "asyncio.Handle.cancel": method("cancel", "() -> None"),
  "asyncio.Handle.cancelled": method("cancelled", "() -> bool"),
};

const exceptionClass = (runtime: string, bases: string[]): ClassRule => ({ runtime, bases, tsType: (_a, cx) => cx.helper(runtime) });

export const asyncioRules: RuleSet = {
  modules: ["asyncio"],
  calls,
  attrs: {
    "asyncio.FIRST_COMPLETED": { type: "str", lower: (_o, _n, cx) => expr(cx.helper("FIRST_COMPLETED")) },
    "asyncio.FIRST_EXCEPTION": { type: "str", lower: (_o, _n, cx) => expr(cx.helper("FIRST_EXCEPTION")) },
    "asyncio.ALL_COMPLETED": { type: "str", lower: (_o, _n, cx) => expr(cx.helper("ALL_COMPLETED")) },
    "asyncio.Queue.maxsize": { type: "int" },
    "asyncio.Barrier.parties": { type: "int" },
    "asyncio.Barrier.n_waiting": { type: "int", lower: (o) => expr(`${o!.code}.nWaiting`, Prec.Call) },
    "asyncio.Barrier.broken": { type: "bool" },
  },
  classes: {
    "asyncio.AbstractEventLoop": { runtime: "EventLoop", tsType: (_a, cx) => cx.helper("EventLoop") },
    "asyncio.Future": { runtime: "Future", typeParams: ["T"], awaits: "T", tsType: (a, cx) => `${cx.helper("Future")}<${a[0] ?? "unknown"}>` },
    "asyncio.Task": { runtime: "Task", typeParams: ["T"], bases: ["asyncio.Future"], awaits: "T", tsType: (a, cx) => `${cx.helper("Task")}<${a[0] ?? "unknown"}>` },
    "asyncio.Handle": { tsType: (_a, cx) => cx.helper("Handle") },
    "asyncio.Timeout": { runtime: "Timeout", tsType: (_a, cx) => cx.helper("Timeout") },
    "asyncio.Queue": queue.cls,
    "asyncio.LifoQueue": lifoQueue.cls,
    "asyncio.PriorityQueue": priorityQueue.cls,
    "asyncio.Lock": lock.cls,
    "asyncio.Event": event.cls,
    "asyncio.Condition": condition.cls,
    "asyncio.Semaphore": semaphore.cls,
    "asyncio.BoundedSemaphore": boundedSemaphore.cls,
    "asyncio.Barrier": barrier.cls,
    "asyncio.TaskGroup": { ...taskGroup.cls, enter: "asyncio.TaskGroup" },
    "asyncio.CancelledError": exceptionClass("CancelledError", ["BaseException"]),
    "asyncio.TimeoutError": exceptionClass("TimeoutError", ["OSError"]),
    "asyncio.InvalidStateError": exceptionClass("InvalidStateError", ["Exception"]),
    "asyncio.QueueEmpty": exceptionClass("QueueEmpty", ["Exception"]),
    "asyncio.QueueFull": exceptionClass("QueueFull", ["Exception"]),
    "asyncio.BrokenBarrierError": exceptionClass("BrokenBarrierError", ["RuntimeError"]),
  },
};
