import type { CallRule, RuleSet } from "../registry";
import { expr, Prec } from "../ir";
import { arg, argNode, helperCall } from "../rule-kit";
import { T, needsPrintShape, printShape } from "../../analysis/types";

const mathFn = (ts: string, returns = "float"): CallRule => ({
  sig: `(x: float, /) -> ${returns}`,
  lower: (call, cx) => expr(`Math.${ts}(${arg(call, "x", cx)!.code})`, Prec.Call),
});

/** `json.dumps` with Python's exact output (separators, key order, float form); `json.loads` keeps key order. */
const dumps: CallRule = {
  sig: "(obj: object, *, indent: object = ..., sort_keys: bool = ..., ensure_ascii: bool = ..., separators: object = ..., default: object = ...) -> str",
  lower(call, cx) {
    const names: Record<string, string> = { indent: "indent", sort_keys: "sortKeys", ensure_ascii: "ensureAscii", separators: "separators", default: "default" };
    const opts = Object.entries(names)
      .filter(([py]) => call.args.has(py))
      .map(([py, ts]) => `${ts}: ${cx.text(call.args.get(py)!, Prec.Assign)}`);
    const obj = call.args.get("obj")!;
    const t = cx.typeOf(obj);
    const shape = needsPrintShape(t) ? JSON.stringify(printShape(t)) : undefined;
    return helperCall(cx, "jsonDumps", [cx.expr(obj), opts.length ? `{ ${opts.join(", ")} }` : shape ? "undefined" : undefined, shape]);
  },
};

export const miscStdlibRules: RuleSet = {
  modules: ["dataclasses", "json", "time", "math", "__future__"],
  calls: {
    "json.dumps": dumps,
    "json.loads": { sig: "(s: str | bytes, /) -> unknown", lower: (call, cx) => helperCall(cx, "jsonLoads", [arg(call, "s", cx)]) },
    "time.time": { sig: "() -> float", lower: () => expr("Date.now() / 1000", Prec.Multiplicative) },
    "time.monotonic": { sig: "() -> float", lower: () => expr("performance.now() / 1000", Prec.Multiplicative) },
    "time.perf_counter": { sig: "() -> float", lower: () => expr("performance.now() / 1000", Prec.Multiplicative) },
    "time.sleep": { sig: "(secs: float, /) -> None", lower: (call, cx) => helperCall(cx, "sleepBlocking", [argNode(call, "secs") ? cx.expr(argNode(call, "secs")!) : undefined]) },
    "math.floor": mathFn("floor", "int"),
    "math.ceil": mathFn("ceil", "int"),
    "math.trunc": mathFn("trunc", "int"),
    "math.sqrt": { sig: "(x: float, /) -> float", lower: (call, cx) => helperCall(cx, "sqrt", [arg(call, "x", cx)]) },
    "math.fabs": mathFn("abs"),
    "math.exp": mathFn("exp"),
    "math.log10": mathFn("log10"),
    "math.log2": mathFn("log2"),
    "math.sin": mathFn("sin"),
    "math.cos": mathFn("cos"),
    "math.tan": mathFn("tan"),
    "math.atan2": { sig: "(y: float, x: float, /) -> float", lower: (call, cx) => expr(`Math.atan2(${arg(call, "y", cx)!.code}, ${arg(call, "x", cx)!.code})`, Prec.Call) },
    "math.hypot": { sig: "(*coordinates: float) -> float", lower: (call, cx) => expr(`Math.hypot(${call.rest.map((n) => cx.expr(n).code).join(", ")})`, Prec.Call) },
    "math.log": { sig: "(x: float, base: float = ..., /) -> float", lower: (call, cx) => helperCall(cx, "log", [arg(call, "x", cx), arg(call, "base", cx)]) },
    "math.isclose": { sig: "(a: float, b: float, *, rel_tol: float = ..., abs_tol: float = ...) -> bool", lower: (call, cx) => helperCall(cx, "isclose", [arg(call, "a", cx), arg(call, "b", cx), arg(call, "rel_tol", cx), arg(call, "abs_tol", cx)]) },
    "math.gcd": { sig: "(*integers: int) -> int", lower: (call, cx) => helperCall(cx, "gcd", call.rest.map((n) => cx.expr(n))) },
    "math.lcm": { sig: "(*integers: int) -> int", lower: (call, cx) => helperCall(cx, "lcm", call.rest.map((n) => cx.expr(n))) },
    "math.factorial": { sig: "(n: int, /) -> int", lower: (call, cx) => helperCall(cx, "factorial", [arg(call, "n", cx)]) },
    "math.fsum": { sig: "(seq: Iterable[float], /) -> float", lower: (call, cx) => helperCall(cx, "fsum", [arg(call, "seq", cx)]) },
    "math.prod": {
      sig: "(iterable: Iterable[T], /, *, start: T = ...) -> T",
      returns: (a) => {
        const items = a.positional[0];
        const item = items && (items.kind === "list" || items.kind === "set" || items.kind === "vartuple") ? items.item : undefined;
        return item?.kind === "float" || a.keywords.get("start")?.kind === "float" ? T.float : (item ?? T.int);
      },
      lower: (call, cx) => helperCall(cx, "prod", [arg(call, "iterable", cx), arg(call, "start", cx)]),
    },
    "math.isfinite": { sig: "(x: float, /) -> bool", lower: (call, cx) => expr(`Number.isFinite(${arg(call, "x", cx)!.code})`, Prec.Call) },
    "math.asin": mathFn("asin"),
    "math.acos": mathFn("acos"),
    "math.atan": mathFn("atan"),
    "math.degrees": { sig: "(x: float, /) -> float", lower: (call, cx) => expr(`${cx.text(argNode(call, "x")!, Prec.Multiplicative)} * (180 / Math.PI)`, Prec.Multiplicative) },
    "math.radians": { sig: "(x: float, /) -> float", lower: (call, cx) => expr(`${cx.text(argNode(call, "x")!, Prec.Multiplicative)} * (Math.PI / 180)`, Prec.Multiplicative) },
    "math.isnan": { sig: "(x: float, /) -> bool", lower: (call, cx) => expr(`Number.isNaN(${arg(call, "x", cx)!.code})`, Prec.Call) },
    "math.isinf": { sig: "(x: float, /) -> bool", lower: (call, cx) => helperCall(cx, "isinf", [arg(call, "x", cx)]) },
    "math.pow": { sig: "(x: float, y: float, /) -> float", lower: (call, cx) => expr(`${cx.text(argNode(call, "x")!, Prec.Exponent + 1)} ** ${cx.text(argNode(call, "y")!, Prec.Exponent)}`, Prec.Exponent) },
    "dataclasses.field": {
      sig: "(*, default: T = ..., default_factory: Callable[..., T] = ..., repr: bool = ..., compare: bool = ...) -> T",
      lower: (call, cx) => cx.unsupported(call.node, "dataclasses.field() outside a dataclass field"),
    },
    "dataclasses.asdict": { sig: "(obj: object, /) -> dict[str, unknown]", lower: (call, cx) => helperCall(cx, "asdict", [arg(call, "obj", cx)]) },
  },
  attrs: {
    "math.pi": { type: "float", lower: () => expr("Math.PI", Prec.Call) },
    "math.e": { type: "float", lower: () => expr("Math.E", Prec.Call) },
    "math.inf": { type: "float", lower: () => expr("Infinity") },
    "math.nan": { type: "float", lower: () => expr("NaN") },
    "math.tau": { type: "float", lower: () => expr("2 * Math.PI", Prec.Multiplicative) },
    "json.JSONDecodeError.msg": { type: "str" },
    "json.JSONDecodeError.doc": { type: "str" },
    "json.JSONDecodeError.pos": { type: "int" },
    "json.JSONDecodeError.lineno": { type: "int" },
    "json.JSONDecodeError.colno": { type: "int" },
  },
  classes: {
    "json.JSONDecodeError": { bases: ["ValueError"], runtime: "JSONDecodeError", tsType: (_a, cx) => cx.helper("JSONDecodeError") },
    "dataclasses.FrozenInstanceError": { bases: ["AttributeError"], runtime: "FrozenInstanceError", tsType: (_a, cx) => cx.helper("FrozenInstanceError") },
  },
};
