import { needsPrintShape, printShape, T } from "../../analysis/types";
import type { BoundCall } from "../bind-args";
import type { LowerContext } from "../context";
import { expr, Prec, type Expr } from "../ir";
import type { AttrRule, CallRule, ClassRule, RuleSet } from "../registry";
import { arg, argNode, helperCall, methodCall, receiver, restArgs, runtimeMethod as method } from "../rule-kit";
import { jsString } from "../core/string-literals";
import { Msg } from "../../diagnostics/messages";

/**
 * `logging` over the runtime's port (`src/runtime/logging.ts`). A logging call keeps Python's lazy
 * `%` formatting: the arguments travel as an array with their print shape (so that `%s` of a float
 * prints `1.0`), and are formatted only if a handler takes the record.
 */
const LOG_SIG = "(msg: object, /, *args: object, exc_info: object = ..., stack_info: bool = ..., stacklevel: int = ..., extra: dict[str, object] | None = ...) -> None";

/** `msg, [args], shape, { excInfo, extra }`, trailing absent parts left out. */
function logArguments(call: BoundCall, cx: LowerContext, excByDefault: boolean): (Expr | string | undefined)[] {
  const stack = argNode(call, "stack_info");
  if (stack) cx.report(stack.parent ?? stack, Msg.argumentIgnored, { arg: "stack_info", name: "logging", reason: "there is no Python stack to print in the translation" });
  const args = call.rest;
  const types = args.map((n) => cx.typeOf(n));
  const spread = args.some((n) => n.type === "list_splat");
  const shape = !spread && types.some(needsPrintShape) ? jsString(printShape(T.tuple(...types))) : undefined;
  const options: string[] = [];
  const exc = argNode(call, "exc_info");
  // `exc_info=True` (and `logger.exception`) mean the exception being handled: the translation names it.
  const current = cx.handlers[cx.handlers.length - 1];
  if (exc?.type === "true" || (!exc && excByDefault)) {
    if (current) options.push(`excInfo: ${current}`);
  } else if (exc && exc.type !== "false" && exc.type !== "none") options.push(`excInfo: ${cx.text(exc, Prec.Assign)}`);
  const extra = arg(call, "extra", cx);
  if (extra) options.push(`extra: ${extra.code}`);
  const out: (Expr | string | undefined)[] = [arg(call, "msg", cx), args.length ? `[${restArgs(call, cx).join(", ")}]` : undefined, shape, options.length ? `{ ${options.join(", ")} }` : undefined];
  while (out.length > 1 && out[out.length - 1] === undefined) out.pop();
  return out.map((a, i) => (a !== undefined || i === 0 ? a : i === 1 ? "[]" : "undefined"));
}

const loggerMethod = (name: string, excByDefault = false): CallRule => ({
  sig: LOG_SIG,
  lower: (call, cx) => methodCall(receiver(call, cx), name, logArguments(call, cx, excByDefault)),
});

const LEVELS: Record<string, number> = { CRITICAL: 50, FATAL: 50, ERROR: 40, WARNING: 30, WARN: 30, INFO: 20, DEBUG: 10, NOTSET: 0 };

/** `logging.info(...)` and friends: the root logger, configured on first use as CPython does. */
const rootFunction = (level: number, excByDefault = false): CallRule => ({
  sig: LOG_SIG,
  lower: (call, cx) => helperCall(cx, "rootLog", [String(level), ...logArguments(call, cx, excByDefault)]),
});

const BASIC_CONFIG: Record<string, string> = { level: "level", format: "format", datefmt: "datefmt", style: "style", stream: "stream", handlers: "handlers", force: "force" };

const levelAttr = (name: string): AttrRule => ({ type: "int", lower: (_o, _n, cx) => expr(`${cx.helper("LogLevel")}.${name}`, Prec.Call) });

const runtimeClass = (runtime: string, bases?: string[]): ClassRule => ({ runtime, tsType: (_a, cx) => cx.helper(runtime), ...(bases ? { bases } : {}) });

export const loggingRules: RuleSet = {
  modules: ["logging"],
  calls: {
    "logging.getLogger": { sig: "(name: str | None = ...) -> logging.Logger", lower: (call, cx) => helperCall(cx, "getLogger", [arg(call, "name", cx)]) },
    "logging.basicConfig": {
      sig: "(*, level: int | str = ..., format: str = ..., datefmt: str | None = ..., style: str = ..., stream: object = ..., handlers: object = ..., force: bool = ..., filename: str = ..., filemode: str = ..., encoding: str = ..., errors: str = ...) -> None",
      lower(call, cx) {
        for (const name of ["filename", "filemode", "encoding", "errors"]) {
          const node = argNode(call, name);
          if (node) cx.report(node.parent ?? node, Msg.unsupportedArgument, { arg: name, name: "logging.basicConfig" });
        }
        const parts = Object.entries(BASIC_CONFIG).flatMap(([py, ts]) => {
          const a = arg(call, py, cx);
          return a ? [`${ts}: ${a.code}`] : [];
        });
        return helperCall(cx, "basicConfig", [parts.length ? `{ ${parts.join(", ")} }` : undefined]);
      },
    },
    "logging.getLevelName": { sig: "(level: int | str, /) -> str", lower: (call, cx) => helperCall(cx, "getLevelName", [arg(call, "level", cx)]) },
    "logging.disable": { sig: "(level: int = ...) -> None", lower: (call, cx) => helperCall(cx, "disableLogging", [arg(call, "level", cx)]) },
    // Handlers write synchronously: there is nothing left to flush at exit.
    "logging.shutdown": { sig: "() -> None", lower: () => expr("null") },
    "logging.debug": rootFunction(10),
    "logging.info": rootFunction(20),
    "logging.warning": rootFunction(30),
    "logging.error": rootFunction(40),
    "logging.exception": rootFunction(40, true),
    "logging.critical": rootFunction(50),
    "logging.log": {
      sig: LOG_SIG.replace("(msg", "(level: int, /, msg"),
      lower: (call, cx) => helperCall(cx, "rootLog", [arg(call, "level", cx), ...logArguments(call, cx, false)]),
    },

    "logging.Logger.debug": loggerMethod("debug"),
    "logging.Logger.info": loggerMethod("info"),
    "logging.Logger.warning": loggerMethod("warning"),
    "logging.Logger.warn": loggerMethod("warning"),
    "logging.Logger.error": loggerMethod("error"),
    "logging.Logger.exception": loggerMethod("exception", true),
    "logging.Logger.critical": loggerMethod("critical"),
    "logging.Logger.fatal": loggerMethod("critical"),
    "logging.Logger.log": {
      sig: LOG_SIG.replace("(msg", "(level: int, /, msg"),
      lower: (call, cx) => methodCall(receiver(call, cx), "log", [arg(call, "level", cx), ...logArguments(call, cx, false)]),
    },
    "logging.Logger.setLevel": method("setLevel", "(level: int | str, /) -> None", ["level"]),
    "logging.Logger.getEffectiveLevel": method("getEffectiveLevel", "() -> int"),
    "logging.Logger.isEnabledFor": method("isEnabledFor", "(level: int, /) -> bool", ["level"]),
    "logging.Logger.addHandler": method("addHandler", "(hdlr: logging.Handler, /) -> None", ["hdlr"]),
    "logging.Logger.removeHandler": method("removeHandler", "(hdlr: logging.Handler, /) -> None", ["hdlr"]),
    "logging.Logger.hasHandlers": method("hasHandlers", "() -> bool"),
    "logging.Logger.getChild": method("getChild", "(suffix: str, /) -> logging.Logger", ["suffix"]),

    "logging.StreamHandler": { sig: "(stream: object = ...) -> None", lower: (call, cx) => expr(`new ${cx.helper("StreamHandler")}(${arg(call, "stream", cx)?.code ?? ""})`, Prec.Call) },
    "logging.NullHandler": { sig: "() -> None", lower: (_call, cx) => expr(`new ${cx.helper("NullHandler")}()`, Prec.Call) },
    "logging.Formatter": {
      sig: "(fmt: str | None = ..., datefmt: str | None = ..., style: str = ...) -> None",
      lower: (call, cx) => {
        const args = ["fmt", "datefmt", "style"].map((p) => arg(call, p, cx)?.code);
        while (args.length && args[args.length - 1] === undefined) args.pop();
        return expr(`new ${cx.helper("Formatter")}(${args.map((a) => a ?? "undefined").join(", ")})`, Prec.Call);
      },
    },
    "logging.Handler.setLevel": method("setLevel", "(level: int | str, /) -> None", ["level"]),
    "logging.Handler.setFormatter": method("setFormatter", "(fmt: logging.Formatter | None, /) -> None", ["fmt"]),
    "logging.Handler.format": method("format", "(record: logging.LogRecord, /) -> str", ["record"]),
    "logging.Handler.flush": method("flush", "() -> None"),
    "logging.Handler.close": method("close", "() -> None"),
    "logging.Formatter.format": method("format", "(record: logging.LogRecord, /) -> str", ["record"]),
    "logging.LogRecord.getMessage": method("getMessage", "() -> str"),
  },
  attrs: {
    ...Object.fromEntries(Object.keys(LEVELS).map((name) => [`logging.${name}`, levelAttr(name)])),
    "logging.Logger.name": { type: "str" },
    "logging.Logger.level": { type: "int" },
    "logging.Logger.propagate": { type: "bool" },
    "logging.Logger.disabled": { type: "bool" },
    "logging.Logger.handlers": { type: "list[logging.Handler]" },
    "logging.Logger.parent": { type: "logging.Logger | None" },
    "logging.Handler.level": { type: "int" },
    "logging.Handler.formatter": { type: "logging.Formatter | None" },
    "logging.StreamHandler.stream": { type: "object" },
    "logging.LogRecord.name": { type: "str" },
    "logging.LogRecord.levelno": { type: "int" },
    "logging.LogRecord.levelname": { type: "str" },
    "logging.LogRecord.msg": { type: "object" },
    "logging.LogRecord.message": { type: "str" },
    "logging.LogRecord.created": { type: "float" },
  },
  classes: {
    "logging.Logger": runtimeClass("Logger"),
    "logging.Handler": runtimeClass("Handler"),
    "logging.StreamHandler": runtimeClass("StreamHandler", ["logging.Handler"]),
    "logging.NullHandler": runtimeClass("NullHandler", ["logging.Handler"]),
    "logging.Formatter": runtimeClass("Formatter"),
    "logging.LogRecord": runtimeClass("LogRecord"),
  },
};
