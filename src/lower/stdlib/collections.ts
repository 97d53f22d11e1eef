import { T, iterItem, withoutNone, type PyType } from "../../analysis/types";
import type { SyntaxNode } from "../../parse/parser";
import type { LowerContext } from "../context";
import type { CallRule, ClassRule, RuleSet } from "../registry";
import { expr, Prec } from "../ir";
import { arg, argNode, methodCall, receiver, runtimeMethod as method } from "../rule-kit";
import { jsString } from "../core/string-literals";

/** What a `defaultdict` factory makes: `list` → an empty list, `int` → 0, a lambda → what it returns. */
function factoryValue(t: PyType | undefined): PyType {
  if (!t) return T.unknown;
  if (t.kind === "class") {
    const made: Record<string, PyType> = { list: T.list(T.never), dict: T.dict(T.never, T.never), set: T.set(T.never), int: T.int, float: T.float, str: T.str };
    return made[t.name] ?? T.object(t.name);
  }
  return t.kind === "func" ? t.sig.returns : T.unknown;
}

/** The factory as a TypeScript function, and how Python prints it (`<class 'list'>`). */
function factory(node: SyntaxNode | undefined, cx: LowerContext): { fn: string; shown?: string } {
  if (!node) return { fn: "null" };
  const q = cx.analysis.qualifiedName(node);
  const builtins: Record<string, string> = { list: "() => []", dict: "() => new Map()", set: "() => new Set()", int: "() => 0", float: "() => 0", str: '() => ""' };
  if (q && builtins[q]) return { fn: builtins[q]!, shown: `<class '${q}'>` };
  return { fn: cx.expr(node).code };
}

const defaultdict: CallRule = {
  sig: "(default_factory: object = ..., /) -> None",
  returns: (a) => T.object("collections.defaultdict", T.never, factoryValue(a.positional[0])),
  lower(call, cx) {
    const f = factory(argNode(call, "default_factory"), cx);
    const t = withoutNone(cx.typeOf(call.node));
    // Explicit type arguments: TypeScript would infer `never[]` from a factory like `() => []`.
    const args = t.kind === "object" && t.args.length === 2 ? `<${t.args.map((x) => cx.tsType(x)).join(", ")}>` : "";
    return expr(`new ${cx.helper("DefaultDict")}${args}(${f.fn}${f.shown ? `, null, ${jsString(f.shown)}` : ""})`, Prec.Call);
  },
};

const counter: CallRule = {
  sig: "(iterable: object = ..., /, **kwargs: int) -> None",
  returns: (a) => T.object("collections.Counter", a.positional[0] ? iterItem(withoutNone(a.positional[0])) : a.keywords.size > 0 ? T.str : T.never),
  lower(call, cx) {
    // `Counter(apples=3)`: the keywords are counts.
    const keywords = [...call.extraKeywords].map(([k, v]) => `[${JSON.stringify(k)}, ${cx.text(v, Prec.Assign)}]`);
    if (keywords.length && call.args.has("iterable")) return cx.unsupported(call.node, "Counter() with both an iterable and keyword counts");
    const source = arg(call, "iterable", cx)?.code ?? (keywords.length ? `new Map<string, number>([${keywords.join(", ")}])` : "");
    return expr(`new ${cx.helper("Counter")}(${source})`, Prec.Call);
  },
};

const deque: CallRule = {
  sig: "(iterable: Iterable[T] = ..., maxlen: int | None = ...) -> None",
  returns: (a) => T.object("collections.deque", a.positional[0] ? iterItem(withoutNone(a.positional[0])) : T.never),
  lower: (call, cx) => expr(`new ${cx.helper("Deque")}(${[arg(call, "iterable", cx)?.code ?? (call.args.has("maxlen") ? "null" : undefined), arg(call, "maxlen", cx)?.code].filter((x) => x !== undefined).join(", ")})`, Prec.Call),
};

const mapClass = (runtime: string, typeParams: string[]): ClassRule => ({
  runtime,
  typeParams,
  bases: ["dict"],
  tsType: (args, cx) => `${cx.helper(runtime)}<${args.join(", ")}>`,
});

export const collectionsRules: RuleSet = {
  modules: ["collections"],
  calls: {
    "collections.defaultdict": defaultdict,
    "collections.Counter": counter,
    "collections.deque": deque,
    "collections.OrderedDict": { sig: "(mapping: object = ..., /) -> dict[unknown, unknown]", lower: (call, cx) => expr(`new Map(${arg(call, "mapping", cx)?.code ?? ""})`, Prec.Call) },
    "collections.defaultdict.__getitem__": { sig: "(key: K, /) -> V", lower: (call, cx) => methodCall(receiver(call, cx), "getItem", [cx.expr(call.args.get("key")!)]) },
    "collections.Counter.__getitem__": { sig: "(key: K, /) -> int", lower: (call, cx) => methodCall(receiver(call, cx), "get", [cx.expr(call.args.get("key")!)]) },
    "collections.Counter.most_common": method("mostCommon", "(n: int | None = ...) -> list[tuple[K, int]]", ["n"]),
    "collections.Counter.total": method("total", "() -> int"),
    "collections.Counter.update": method("update", "(iterable: object = ..., /) -> None", ["iterable"]),
    "collections.Counter.subtract": method("subtract", "(iterable: object = ..., /) -> None", ["iterable"]),
    "collections.Counter.elements": method("elements", "() -> Iterator[K]"),
    // `a + b`, `a - b`, `a | b`, `a & b` between counters: the operators reach these through their dunders.
    ...Object.fromEntries(["__add__", "__sub__", "__or__", "__and__"].map((name) => [`collections.Counter.${name}`, { ...method(name, "(other: collections.Counter[K], /) -> collections.Counter[K]", ["other"]), returns: (a) => a.receiver ?? T.unknown } satisfies CallRule])),
    "collections.deque.append": method("append", "(x: T, /) -> None", ["x"]),
    "collections.deque.appendleft": method("appendleft", "(x: T, /) -> None", ["x"]),
    "collections.deque.pop": method("pop", "() -> T"),
    "collections.deque.popleft": method("popleft", "() -> T"),
    "collections.deque.extend": method("extend", "(iterable: Iterable[T], /) -> None", ["iterable"]),
    "collections.deque.extendleft": method("extendleft", "(iterable: Iterable[T], /) -> None", ["iterable"]),
    "collections.deque.rotate": method("rotate", "(n: int = ..., /) -> None", ["n"]),
    "collections.deque.clear": method("clear", "() -> None"),
    "collections.deque.__getitem__": { sig: "(index: int, /) -> T", lower: (call, cx) => methodCall(receiver(call, cx), "__getitem__", [cx.expr(call.args.get("key")!)]) },
    "collections.deque.__iter__": { sig: "() -> Iterator[T]", lower: (call, cx) => receiver(call, cx) },
  },
  attrs: {
    "collections.deque.maxlen": { type: "int | None" },
  },
  classes: {
    "collections.defaultdict": mapClass("DefaultDict", ["K", "V"]),
    "collections.Counter": { ...mapClass("Counter", ["K"]), tsType: (args, cx) => `${cx.helper("Counter")}<${args[0] ?? "unknown"}>` },
    "collections.deque": { runtime: "Deque", typeParams: ["T"], tsType: (args, cx) => `${cx.helper("Deque")}<${args[0] ?? "unknown"}>` },
  },
};
