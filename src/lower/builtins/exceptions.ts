import type { CallRule, ClassRule, RuleSet } from "../registry";
import { expr, Prec } from "../ir";
import { restArgs } from "../rule-kit";
import type { BoundCall } from "../bind-args";
import type { LowerContext } from "../context";
import { needsPrintShape, printShape } from "../../analysis/types";

/** Python's builtin exception classes, child → parent, as the runtime defines them. */
const HIERARCHY: Record<string, string | null> = {
  BaseException: null,
  Exception: "BaseException",
  SystemExit: "BaseException",
  KeyboardInterrupt: "BaseException",
  GeneratorExit: "BaseException",
  ArithmeticError: "Exception",
  ZeroDivisionError: "ArithmeticError",
  OverflowError: "ArithmeticError",
  AssertionError: "Exception",
  AttributeError: "Exception",
  LookupError: "Exception",
  IndexError: "LookupError",
  KeyError: "LookupError",
  NameError: "Exception",
  UnboundLocalError: "NameError",
  NotImplementedError: "Exception",
  RecursionError: "Exception",
  RuntimeError: "Exception",
  StopIteration: "Exception",
  StopAsyncIteration: "Exception",
  TypeError: "Exception",
  ValueError: "Exception",
  UnicodeError: "ValueError",
  UnicodeDecodeError: "UnicodeError",
  UnicodeEncodeError: "UnicodeError",
  OSError: "Exception",
  ConnectionError: "OSError",
  ConnectionRefusedError: "ConnectionError",
  ConnectionResetError: "ConnectionError",
  BrokenPipeError: "ConnectionError",
  ConnectionAbortedError: "ConnectionError",
  FileNotFoundError: "OSError",
  FileExistsError: "OSError",
  PermissionError: "OSError",
  IsADirectoryError: "OSError",
  NotADirectoryError: "OSError",
  InterruptedError: "OSError",
  BlockingIOError: "OSError",
  ChildProcessError: "OSError",
  ProcessLookupError: "OSError",
  TimeoutError: "OSError",
  EOFError: "Exception",
  ImportError: "Exception",
  ModuleNotFoundError: "ImportError",
};

/** `ValueError("bad")` → `new ValueError("bad")`: every exception class takes any positional arguments. */
export function exceptionConstructor(runtimeName: string): CallRule {
  return {
    sig: "(*args: object) -> None",
    lower(call, cx) {
      const made = `new ${cx.helper(runtimeName)}(${restArgs(call, cx).join(", ")})`;
      const shapes = argShapes(call, cx);
      return expr(shapes ? `${made}.withArgShapes(${shapes})` : made, Prec.Call);
    },
  };
}

/** `Exception(1.0)`: the print shapes of arguments whose JS values lose what they were (floats, tuples). */
function argShapes(call: BoundCall, cx: LowerContext): string | undefined {
  if (call.rest.some((n) => n.type === "list_splat")) return undefined;
  const types = call.rest.map((n) => cx.typeOf(n));
  if (!types.some(needsPrintShape)) return undefined;
  return `[${types.map((t) => (needsPrintShape(t) ? JSON.stringify(printShape(t)) : "undefined")).join(", ")}]`;
}

const classes: Record<string, ClassRule> = {};
const calls: Record<string, CallRule> = {};
for (const [name, parent] of Object.entries(HIERARCHY)) {
  classes[name] = { bases: parent ? [parent] : [], runtime: name, tsType: (_args, cx) => cx.helper(name) };
  calls[name] = exceptionConstructor(name);
}
classes.BaseExceptionGroup = { bases: ["BaseException"], runtime: "BaseExceptionGroup", typeParams: ["T"], tsType: (_a, cx) => cx.helper("BaseExceptionGroup") };
classes.ExceptionGroup = { bases: ["BaseExceptionGroup", "Exception"], runtime: "ExceptionGroup", typeParams: ["T"], tsType: (_a, cx) => cx.helper("ExceptionGroup") };
calls.ExceptionGroup = {
  sig: "(message: str, exceptions: list[T], /) -> None",
  lower: (call, cx) => expr(`new ${cx.helper("ExceptionGroup")}(${[...call.args.values()].map((n) => cx.expr(n).code).join(", ")})`, Prec.Call),
};
classes.EnvironmentError = classes.OSError!;
classes.IOError = classes.OSError!;

export const builtinExceptionRules: RuleSet = {
  classes,
  calls,
  attrs: {
    "BaseException.args": { type: "tuple[object, ...]" },
    "BaseException.__cause__": { type: "BaseException | None" },
    "StopIteration.value": { type: "object" },
    "SystemExit.code": { type: "object" },
    "BaseExceptionGroup.exceptions": { type: "tuple[BaseException, ...]" },
    "BaseExceptionGroup.message": { type: "str", lower: (o) => expr(`${o!.code}.groupMessage`, Prec.Call) },
  },
};
