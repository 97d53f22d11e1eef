import { T, withoutNone, type PyType } from "../../analysis/types";
import type { ArgTypes } from "../../analysis/library";
import type { BoundCall } from "../bind-args";
import type { LowerContext } from "../context";
import { expr, Prec } from "../ir";
import type { CallRule, ClassRule, RuleSet } from "../registry";
import { arg, methodCall, receiver, runtimeMethod as method, viaHelper } from "../rule-kit";

/**
 * `datetime` over the runtime's classes (`src/runtime/datetime.ts`): `timedelta`, `date`,
 * `datetime` and fixed-offset `timezone`. Operators reach the classes' `__add__`/`__sub__`… through
 * the operator methods declared here (see `analysis/operator-methods.ts`).
 */
const TIMEDELTA_PARAMS = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
const DATETIME_PARAMS = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"];
const TIME_FIELDS = ["hour", "minute", "second", "microsecond"];
const TIME_PARAMS = [...TIME_FIELDS, "tzinfo"];
const TZ = "datetime.timezone | None";

/** Constructor arguments in order: a gap before a given argument is filled with its default (0, or None for tzinfo). */
function orderedArgs(call: BoundCall, params: readonly string[], cx: LowerContext): string[] {
  const args = params.map((p) => arg(call, p, cx)?.code);
  while (args.length && args[args.length - 1] === undefined) args.pop();
  return args.map((a, i) => a ?? (params[i] === "tzinfo" ? "null" : "0"));
}

const construct = (runtime: string, params: readonly string[], sig: string): CallRule => ({
  sig,
  lower: (call, cx) => expr(`new ${cx.helper(runtime)}(${orderedArgs(call, params, cx).join(", ")})`, Prec.Call),
});

/** A class method (`datetime.now()`), called on the runtime class whatever it was reached through. */
const classMethod = (runtime: string, name: string, sig: string, params: readonly string[] = []): CallRule => ({
  sig,
  lower: (call, cx) => methodCall(expr(cx.helper(runtime)), name, params.map((p) => arg(call, p, cx))),
});

/** `d.replace(day=1)`: the changed fields as an options object. */
const replace = (fields: readonly string[], result: string): CallRule => ({
  sig: `(${["*", ...fields.map((f) => `${f}: ${f === "tzinfo" ? TZ : "int"} = ...`)].join(", ")}) -> ${result}`,
  lower: (call, cx) => {
    const changes = fields.flatMap((f) => {
      const a = arg(call, f, cx);
      return a ? [`${f}: ${a.code}`] : [];
    });
    return methodCall(receiver(call, cx), "replace", [changes.length ? `{ ${changes.join(", ")} }` : undefined]);
  },
});

const isObject = (t: PyType | undefined, name: string): boolean => {
  const u = t && withoutNone(t);
  return u?.kind === "object" && u.name === name;
};
const firstArg = (a: ArgTypes): PyType | undefined => a.positional[0];

/** An operator method whose result depends on the operand (`datetime - datetime` is a timedelta). */
const operatorMethod = (name: string, param: string, returns: (a: ArgTypes) => string): CallRule => ({
  ...method(name, `(other: ${param}, /) -> object`, ["other"]),
  returns: (a) => T.object(returns(a)),
});
const always = (result: string) => (): string => result;
const numberResult = (name: string, whenDelta: PyType): CallRule => ({
  ...method(name, "(other: datetime.timedelta | float, /) -> object", ["other"]),
  returns: (a) => (isObject(firstArg(a), "datetime.timedelta") ? whenDelta : T.object("datetime.timedelta")),
});

/** The classes are values: equal instances are one dict key. */
const runtimeClass = (runtime: string, bases?: string[]): ClassRule => ({ runtime, hashedByValue: true, tsType: (_a, cx) => cx.helper(runtime), ...(bases ? { bases } : {}) });

export const datetimeRules: RuleSet = {
  modules: ["datetime"],
  calls: {
    "datetime.timedelta": construct("Timedelta", TIMEDELTA_PARAMS, `(${TIMEDELTA_PARAMS.map((p) => `${p}: float = ...`).join(", ")}) -> datetime.timedelta`),
    "datetime.timedelta.total_seconds": method("total_seconds", "() -> float"),
    "datetime.timedelta.__add__": operatorMethod("__add__", "object", (a) => (isObject(firstArg(a), "datetime.datetime") ? "datetime.datetime" : isObject(firstArg(a), "datetime.date") ? "datetime.date" : "datetime.timedelta")),
    "datetime.timedelta.__sub__": operatorMethod("__sub__", "datetime.timedelta", always("datetime.timedelta")),
    "datetime.timedelta.__mul__": operatorMethod("__mul__", "float", always("datetime.timedelta")),
    "datetime.timedelta.__rmul__": operatorMethod("__rmul__", "float", always("datetime.timedelta")),
    "datetime.timedelta.__truediv__": numberResult("__truediv__", T.float),
    "datetime.timedelta.__floordiv__": numberResult("__floordiv__", T.int),
    "datetime.timedelta.__mod__": operatorMethod("__mod__", "datetime.timedelta", always("datetime.timedelta")),
    "datetime.timedelta.__neg__": method("__neg__", "() -> datetime.timedelta"),
    "datetime.timedelta.__pos__": method("__pos__", "() -> datetime.timedelta"),
    "datetime.timedelta.__bool__": method("__bool__", "() -> bool"),

    "datetime.timezone": construct("Timezone", ["offset", "name"], "(offset: datetime.timedelta, name: str = ...) -> datetime.timezone"),
    "datetime.timezone.utcoffset": method("utcoffset", "(dt: datetime.datetime | None, /) -> datetime.timedelta", ["dt"]),
    "datetime.timezone.tzname": method("tzname", "(dt: datetime.datetime | None, /) -> str", ["dt"]),

    "datetime.date": construct("PyDate", DATETIME_PARAMS.slice(0, 3), "(year: int, month: int, day: int) -> datetime.date"),
    "datetime.date.today": classMethod("PyDate", "today", "() -> datetime.date"),
    "datetime.date.fromisoformat": classMethod("PyDate", "fromisoformat", "(date_string: str, /) -> datetime.date", ["date_string"]),
    "datetime.date.fromtimestamp": classMethod("PyDate", "fromtimestamp", "(timestamp: float, /) -> datetime.date", ["timestamp"]),
    "datetime.date.ctime": method("ctime", "() -> str"),
    "datetime.date.fromordinal": classMethod("PyDate", "fromordinal", "(n: int, /) -> datetime.date", ["n"]),
    "datetime.date.toordinal": method("toordinal", "() -> int"),
    "datetime.date.weekday": method("weekday", "() -> int"),
    "datetime.date.isoweekday": method("isoweekday", "() -> int"),
    "datetime.date.isoformat": method("isoformat", "() -> str"),
    "datetime.date.strftime": method("strftime", "(format: str, /) -> str", ["format"]),
    "datetime.date.replace": replace(DATETIME_PARAMS.slice(0, 3), "datetime.date"),
    "datetime.date.__add__": operatorMethod("__add__", "datetime.timedelta", always("datetime.date")),
    "datetime.date.__radd__": operatorMethod("__radd__", "datetime.timedelta", always("datetime.date")),
    "datetime.date.__sub__": operatorMethod("__sub__", "object", (a) => (isObject(firstArg(a), "datetime.timedelta") ? "datetime.date" : "datetime.timedelta")),

    "datetime.time": construct("PyTime", TIME_PARAMS, `(${TIME_FIELDS.map((f) => `${f}: int = ...`).join(", ")}, tzinfo: ${TZ} = ...) -> datetime.time`),
    "datetime.time.fromisoformat": classMethod("PyTime", "fromisoformat", "(time_string: str, /) -> datetime.time", ["time_string"]),
    "datetime.time.isoformat": method("isoformat", "(timespec: str = ...) -> str", ["timespec"]),
    "datetime.time.strftime": method("strftime", "(format: str, /) -> str", ["format"]),
    "datetime.time.utcoffset": method("utcoffset", "() -> datetime.timedelta | None"),
    "datetime.time.replace": replace(TIME_PARAMS, "datetime.time"),

    "datetime.datetime": construct("PyDatetime", DATETIME_PARAMS, `(year: int, month: int, day: int, ${TIME_FIELDS.map((f) => `${f}: int = ...`).join(", ")}, tzinfo: ${TZ} = ...) -> datetime.datetime`),
    "datetime.datetime.now": classMethod("PyDatetime", "now", `(tz: ${TZ} = ...) -> datetime.datetime`, ["tz"]),
    "datetime.datetime.today": classMethod("PyDatetime", "today", "() -> datetime.datetime"),
    "datetime.datetime.utcnow": classMethod("PyDatetime", "utcnow", "() -> datetime.datetime"),
    "datetime.datetime.fromtimestamp": classMethod("PyDatetime", "fromtimestamp", `(timestamp: float, tz: ${TZ} = ...) -> datetime.datetime`, ["timestamp", "tz"]),
    "datetime.datetime.utcfromtimestamp": classMethod("PyDatetime", "utcfromtimestamp", "(timestamp: float, /) -> datetime.datetime", ["timestamp"]),
    "datetime.datetime.fromisoformat": classMethod("PyDatetime", "fromisoformat", "(date_string: str, /) -> datetime.datetime", ["date_string"]),
    "datetime.datetime.strptime": viaHelper("(date_string: str, format: str, /) -> datetime.datetime", "strptime", ["date_string", "format"]),
    "datetime.datetime.isoformat": method("isoformat", "(sep: str = ..., timespec: str = ...) -> str", ["sep", "timespec"]),
    "datetime.datetime.timestamp": method("timestamp", "() -> float"),
    "datetime.datetime.date": method("date", "() -> datetime.date"),
    "datetime.datetime.time": method("time", "() -> datetime.time"),
    "datetime.datetime.timetz": method("timetz", "() -> datetime.time"),
    "datetime.datetime.combine": classMethod("PyDatetime", "combine", `(date: datetime.date, time: datetime.time, tzinfo: ${TZ} = ...) -> datetime.datetime`, ["date", "time", "tzinfo"]),
    "datetime.datetime.astimezone": method("astimezone", "(tz: datetime.timezone, /) -> datetime.datetime", ["tz"]),
    "datetime.datetime.utcoffset": method("utcoffset", "() -> datetime.timedelta | None"),
    "datetime.datetime.tzname": method("tzname", "() -> str | None"),
    "datetime.datetime.replace": replace(DATETIME_PARAMS, "datetime.datetime"),
    "datetime.datetime.__add__": operatorMethod("__add__", "datetime.timedelta", always("datetime.datetime")),
    "datetime.datetime.__radd__": operatorMethod("__radd__", "datetime.timedelta", always("datetime.datetime")),
    "datetime.datetime.__sub__": operatorMethod("__sub__", "object", (a) => (isObject(firstArg(a), "datetime.timedelta") ? "datetime.datetime" : "datetime.timedelta")),
  },
  attrs: {
    ...Object.fromEntries(["days", "seconds", "microseconds"].map((f) => [`datetime.timedelta.${f}`, { type: "int" }])),
    ...Object.fromEntries(["year", "month", "day"].map((f) => [`datetime.date.${f}`, { type: "int" }])),
    ...Object.fromEntries(TIME_FIELDS.map((f) => [`datetime.datetime.${f}`, { type: "int" }])),
    ...Object.fromEntries(TIME_FIELDS.map((f) => [`datetime.time.${f}`, { type: "int" }])),
    "datetime.time.tzinfo": { type: TZ },
    "datetime.datetime.tzinfo": { type: TZ },
    "datetime.timedelta.min": { type: "datetime.timedelta", lower: (_o, _n, cx) => expr(`${cx.helper("Timedelta")}.min`, Prec.Call) },
    "datetime.timedelta.max": { type: "datetime.timedelta", lower: (_o, _n, cx) => expr(`${cx.helper("Timedelta")}.max`, Prec.Call) },
    "datetime.timedelta.resolution": { type: "datetime.timedelta", lower: (_o, _n, cx) => expr(`${cx.helper("Timedelta")}.resolution`, Prec.Call) },
    "datetime.timezone.utc": { type: "datetime.timezone", lower: (_o, _n, cx) => expr(`${cx.helper("Timezone")}.utc`, Prec.Call) },
    "datetime.UTC": { type: "datetime.timezone", lower: (_o, _n, cx) => expr(`${cx.helper("Timezone")}.utc`, Prec.Call) },
  },
  classes: {
    "datetime.timedelta": runtimeClass("Timedelta"),
    "datetime.timezone": runtimeClass("Timezone"),
    "datetime.date": runtimeClass("PyDate"),
    "datetime.time": runtimeClass("PyTime"),
    "datetime.datetime": runtimeClass("PyDatetime", ["datetime.date"]),
  },
};

