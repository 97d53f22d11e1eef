import { T, type PyType } from "../../analysis/types";
import type { ArgTypes } from "../../analysis/library";
import type { CallRule, ClassRule, RuleSet } from "../registry";
import { expr, Prec } from "../ir";
import { arg, helperCall, methodCall, receiver, restArgs } from "../rule-kit";

/** `@asynccontextmanager` turns an async generator function into a function returning a context manager. */
function generatorManager(helper: string, managerClass: string, itemOf: (t: PyType) => PyType): { call: CallRule; value: () => ReturnType<typeof expr> } {
  return {
    call: {
      sig: "(func: object, /) -> object",
      returns(a: ArgTypes) {
        const f = a.positional[0];
        if (f?.kind !== "func") return T.unknown;
        return T.func({ ...f.sig, isAsync: false, returns: T.object(managerClass, itemOf(f.sig.returns)) });
      },
      lower: (call, cx) => helperCall(cx, helper, [arg(call, "func", cx)]),
    },
    value: () => expr(helper),
  };
}

const asyncManager = generatorManager("asynccontextmanager", "contextlib.AsyncGeneratorContextManager", (t) => (t.kind === "asyncgen" ? t.item : T.unknown));
const syncManager = generatorManager("contextmanager", "contextlib.GeneratorContextManager", (t) => (t.kind === "generator" ? t.item : T.unknown));

/** Context managers of `contextlib`: each can swallow the exception (a generator catching it, `suppress`, an exit callback). */
const managerClass = (runtime: string, enter: string, typeParams: string[] = []): ClassRule => ({
  runtime,
  suppresses: runtime !== "aclosing",
  typeParams,
  enter,
  tsType: (args, cx) => (args.length ? `${cx.helper(runtime)}<${args.join(", ")}>` : cx.helper(runtime)),
});

export const contextlibRules: RuleSet = {
  modules: ["contextlib"],
  calls: {
    "contextlib.asynccontextmanager": asyncManager.call,
    "contextlib.contextmanager": syncManager.call,
    "contextlib.aclosing": {
      sig: "(thing: T, /) -> contextlib.aclosing[T]",
      lower: (call, cx) => expr(`new ${cx.helper("aclosing")}(${arg(call, "thing", cx)!.code})`, Prec.Call),
    },
    "contextlib.suppress": {
      sig: "(*exceptions: object) -> contextlib.suppress",
      lower: (call, cx) => expr(`new ${cx.helper("suppress")}(${restArgs(call, cx).join(", ")})`, Prec.Call),
    },
    "contextlib.AsyncExitStack": { sig: "() -> None", lower: (_call, cx) => expr(`new ${cx.helper("AsyncExitStack")}()`, Prec.Call) },
    "contextlib.AsyncExitStack.enter_async_context": {
      sig: "(cm: object, /) -> Coroutine[unknown]",
      returns: (a) => T.coroutine(enteredBy(a.positional[0])),
      lower: (call, cx) => methodCall(receiver(call, cx), "enterAsyncContext", [arg(call, "cm", cx)]),
    },
    "contextlib.AsyncExitStack.push_async_callback": {
      sig: "(callback: object, /, *args: object) -> None",
      lower: (call, cx) => methodCall(receiver(call, cx), "pushAsyncCallback", [arg(call, "callback", cx), ...restArgs(call, cx)]),
    },
    "contextlib.AsyncExitStack.callback": {
      sig: "(callback: object, /, *args: object) -> None",
      lower: (call, cx) => methodCall(receiver(call, cx), "callback", [arg(call, "callback", cx), ...restArgs(call, cx)]),
    },
    "contextlib.AsyncExitStack.enter_context": {
      sig: "(cm: object, /) -> unknown",
      returns: (a) => enteredBy(a.positional[0]),
      lower: (call, cx) => methodCall(receiver(call, cx), "enterContext", [arg(call, "cm", cx)]),
    },
    "contextlib.AsyncExitStack.pop_all": { sig: "() -> contextlib.AsyncExitStack", lower: (call, cx) => methodCall(receiver(call, cx), "popAll", []) },
    "contextlib.AsyncExitStack.aclose": { sig: "() -> Coroutine[None]", lower: (call, cx) => methodCall(receiver(call, cx), "aclose", []) },
    "asyncgen.__anext__": { sig: "() -> Coroutine[unknown]", returns: (a) => T.coroutine(a.receiver?.kind === "asyncgen" ? a.receiver.item : T.unknown), lower: (call, cx) => helperCall(cx, "anext", [receiver(call, cx)]) },
    "asyncgen.aclose": { sig: "() -> Coroutine[None]", lower: (call, cx) => methodCall(receiver(call, cx), "return", ["undefined"]) },
  },
  values: {
    "contextlib.asynccontextmanager": (_node, cx) => expr(cx.helper("asynccontextmanager")),
    "contextlib.contextmanager": (_node, cx) => expr(cx.helper("contextmanager")),
  },
  classes: {
    "contextlib.AsyncGeneratorContextManager": managerClass("AsyncGeneratorContextManager", "T", ["T"]),
    "contextlib.GeneratorContextManager": managerClass("GeneratorContextManager", "T", ["T"]),
    "contextlib.aclosing": managerClass("aclosing", "T", ["T"]),
    "contextlib.suppress": managerClass("suppress", "None"),
    "contextlib.AsyncExitStack": managerClass("AsyncExitStack", "contextlib.AsyncExitStack"),
  },
};

/** The value `async with cm` would bind, for `stack.enter_async_context(cm)`. */
function enteredBy(t: PyType | undefined): PyType {
  if (t?.kind === "object" && t.args.length > 0) return t.args[0]!;
  return T.unknown;
}
