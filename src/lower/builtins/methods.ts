import { unparen } from "../../parse/nodes";
import type { SyntaxNode } from "../../parse/parser";
import { T, needsPrintShape, printShape, union, withoutNone, type PyType } from "../../analysis/types";
import type { LowerContext } from "../context";
import type { BoundCall } from "../bind-args";
import { expr, Prec, wrap, type Expr } from "../ir";
import type { CallRule, RuleSet } from "../registry";
import { arg, argNode, helperCall, methodCall, methodViaHelper, receiver, sameMethod } from "../rule-kit";
import { iterable } from "../core/control-flow";
import { decodeStringLiteral, jsString } from "../core/string-literals";
import { hashedKey, needsHashing } from "../core/hash-keys";
import { consumedEagerly } from "../core/comprehensions";

const isLiteral = (call: BoundCall, name: string, test: (s: string) => boolean): boolean => {
  const n = argNode(call, name);
  const d = n && unparen(n).type === "string" ? decodeStringLiteral(unparen(n)) : undefined;
  return d !== undefined && d.kind === "str" && test(d.value);
};

/** Methods of `str`. JavaScript's own where it computes the same thing, the runtime's where it does not. */
const strMethods: Record<string, CallRule> = {
  "str.upper": sameMethod("() -> str", "toUpperCase"),
  "str.lower": sameMethod("() -> str", "toLowerCase"),
  "str.strip": {
    sig: "(chars: str | None = ..., /) -> str",
    lower: (call, cx) => (call.args.has("chars") ? helperCall(cx, "strip", [receiver(call, cx), arg(call, "chars", cx)]) : methodCall(receiver(call, cx), "trim", [])),
  },
  "str.lstrip": {
    sig: "(chars: str | None = ..., /) -> str",
    lower: (call, cx) => (call.args.has("chars") ? helperCall(cx, "lstrip", [receiver(call, cx), arg(call, "chars", cx)]) : methodCall(receiver(call, cx), "trimStart", [])),
  },
  "str.rstrip": {
    sig: "(chars: str | None = ..., /) -> str",
    lower: (call, cx) => (call.args.has("chars") ? helperCall(cx, "rstrip", [receiver(call, cx), arg(call, "chars", cx)]) : methodCall(receiver(call, cx), "trimEnd", [])),
  },
  "str.split": {
    sig: "(sep: str | None = ..., maxsplit: int = ...) -> list[str]",
    // With a non-empty literal separator and no limit, JavaScript's split is Python's.
    lower: (call, cx) =>
      isLiteral(call, "sep", (s) => s.length > 0) && !call.args.has("maxsplit")
        ? methodCall(receiver(call, cx), "split", [arg(call, "sep", cx)])
        : helperCall(cx, "split", [receiver(call, cx), arg(call, "sep", cx), arg(call, "maxsplit", cx)]),
  },
  "str.rsplit": methodViaHelper("(sep: str | None = ..., maxsplit: int = ...) -> list[str]", "rsplit", ["sep", "maxsplit"]),
  "str.splitlines": methodViaHelper("(keepends: bool = ...) -> list[str]", "splitlines", ["keepends"]),
  "str.join": {
    sig: "(iterable: Iterable[str], /) -> str",
    lower(call, cx) {
      const it = argNode(call, "iterable")!;
      const t = withoutNone(cx.typeOf(it));
      const ofStr = (t.kind === "list" || t.kind === "vartuple") && t.item.kind === "str";
      if (ofStr) return methodCall(cx.expr(it), "join", [receiver(call, cx)]);
      return helperCall(cx, "join", [receiver(call, cx), expr(iterable(it, cx))]);
    },
  },
  "str.startswith": {
    sig: "(prefix: str | tuple[str, ...], start: int = ..., end: int = ...) -> bool",
    lower: (call, cx) => prefixTest(call, cx, "startswith", "startsWith"),
  },
  "str.endswith": {
    sig: "(suffix: str | tuple[str, ...], start: int = ..., end: int = ...) -> bool",
    lower: (call, cx) => prefixTest(call, cx, "endswith", "endsWith"),
  },
  "str.replace": {
    sig: "(old: str, new: str, count: int = ..., /) -> str",
    lower: (call, cx) =>
      !call.args.has("count") && isLiteral(call, "old", (s) => s.length > 0)
        ? methodCall(receiver(call, cx), "replaceAll", [arg(call, "old", cx), arg(call, "new", cx)])
        : helperCall(cx, "replace", [receiver(call, cx), arg(call, "old", cx), arg(call, "new", cx), arg(call, "count", cx)]),
  },
  "str.find": methodViaHelper("(sub: str, start: int = ..., end: int = ...) -> int", "find", ["sub", "start", "end"]),
  "str.rfind": methodViaHelper("(sub: str, start: int = ..., end: int = ...) -> int", "rfind", ["sub", "start", "end"]),
  "str.index": methodViaHelper("(sub: str, start: int = ..., end: int = ...) -> int", "index", ["sub", "start", "end"]),
  "str.rindex": methodViaHelper("(sub: str, start: int = ..., end: int = ...) -> int", "rindex", ["sub", "start", "end"]),
  "str.count": methodViaHelper("(sub: str, start: int = ..., end: int = ...) -> int", "count", ["sub", "start", "end"]),
  "str.title": methodViaHelper("() -> str", "title", []),
  "str.capitalize": methodViaHelper("() -> str", "capitalize", []),
  "str.swapcase": methodViaHelper("() -> str", "swapcase", []),
  "str.casefold": methodViaHelper("() -> str", "casefold", []),
  "str.center": methodViaHelper("(width: int, fillchar: str = ..., /) -> str", "center", ["width", "fillchar"]),
  "str.ljust": methodViaHelper("(width: int, fillchar: str = ..., /) -> str", "ljust", ["width", "fillchar"]),
  "str.rjust": methodViaHelper("(width: int, fillchar: str = ..., /) -> str", "rjust", ["width", "fillchar"]),
  "str.zfill": methodViaHelper("(width: int, /) -> str", "zfill", ["width"]),
  "str.partition": methodViaHelper("(sep: str, /) -> tuple[str, str, str]", "partition", ["sep"]),
  "str.rpartition": methodViaHelper("(sep: str, /) -> tuple[str, str, str]", "rpartition", ["sep"]),
  "str.removeprefix": methodViaHelper("(prefix: str, /) -> str", "removeprefix", ["prefix"]),
  "str.removesuffix": methodViaHelper("(suffix: str, /) -> str", "removesuffix", ["suffix"]),
  "str.expandtabs": methodViaHelper("(tabsize: int = ...) -> str", "expandtabs", ["tabsize"]),
  "str.encode": methodViaHelper("(encoding: str = ..., errors: str = ...) -> bytes", "encode", ["encoding", "errors"]),
  "str.format": {
    keywordSplat: true,
    sig: "(*args: object, **kwargs: object) -> str",
    lower(call, cx) {
      const args = call.rest.map((n) => cx.expr(n).code);
      const kw = [...call.extraKeywords].map(([k, v]) => `[${JSON.stringify(k)}, ${cx.expr(v).code}]`);
      // `**mapping` spreads its entries among the named fields.
      const spread = call.splats.filter((s) => s.type === "dictionary_splat").map((s) => `...${cx.helper("dictEntries")}(${cx.expr(s.namedChildren[0]!).code})`);
      const all = [...spread, ...kw];
      return helperCall(cx, "strFormat", [receiver(call, cx), `[${args.join(", ")}]`, all.length ? `new Map<string, unknown>([${all.join(", ")}])` : undefined, formatShapes(call, cx)]);
    },
  },
};
/** The `shapes` argument of `strFormat`: how the positional and keyword arguments print (floats, tuples). */
function formatShapes(call: BoundCall, cx: LowerContext): string | undefined {
  const parts: string[] = [];
  const positional = call.rest.map((n) => cx.typeOf(n));
  if (!call.rest.some((n) => n.type === "list_splat") && positional.some(needsPrintShape)) parts.push(`args: ${jsString(printShape(T.tuple(...positional)))}`);
  const named = [...call.extraKeywords].filter(([, v]) => needsPrintShape(cx.typeOf(v)));
  if (named.length) parts.push(`kwargs: { ${named.map(([k, v]) => `${JSON.stringify(k)}: ${jsString(printShape(cx.typeOf(v)))}`).join(", ")} }`);
  // Entries of `**mapping` print by the mapping's value type.
  const spreadValues = call.splats.filter((s) => s.type === "dictionary_splat").map((s) => cx.typeOf(s.namedChildren[0]!));
  const rest = union(...spreadValues.map((t) => (t.kind === "dict" ? t.value : T.unknown)));
  if (spreadValues.length && needsPrintShape(rest)) parts.push(`rest: ${jsString(printShape(rest))}`);
  return parts.length ? `{ ${parts.join(", ")} }` : undefined;
}

for (const m of ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isascii", "isprintable"]) {
  strMethods[`str.${m}`] = methodViaHelper("() -> bool", m, []);
}

function prefixTest(call: BoundCall, cx: LowerContext, python: string, js: string): Expr {
  const p = argNode(call, python === "startswith" ? "prefix" : "suffix")!;
  const simple = withoutNone(cx.typeOf(p)).kind === "str" && !call.args.has("start") && !call.args.has("end");
  if (simple) return methodCall(receiver(call, cx), js, [cx.expr(p)]);
  return helperCall(cx, python, [receiver(call, cx), cx.expr(p), arg(call, "start", cx), arg(call, "end", cx)]);
}

const listMethods: Record<string, CallRule> = {
  "list.append": { sig: "(object: T, /) -> None", lower: (call, cx) => methodCall(receiver(call, cx), "push", [listItem(call, "object", cx)]) },
  "list.extend": {
    sig: "(iterable: Iterable[T], /) -> None",
    lower: (call, cx) => methodCall(receiver(call, cx), "push", [`...${iterable(argNode(call, "iterable")!, cx)}`]),
  },
  "list.insert": { sig: "(index: int, object: T, /) -> None", lower: (call, cx) => helperCall(cx, "listInsert", [receiver(call, cx), arg(call, "index", cx), listItem(call, "object", cx)]) },
  "list.pop": methodViaHelper("(index: int = ..., /) -> T", "listPop", ["index"]),
  "list.remove": methodViaHelper("(value: T, /) -> None", "listRemove", ["value"]),
  "list.index": methodViaHelper("(value: T, start: int = ..., stop: int = ..., /) -> int", "listIndex", ["value", "start", "stop"]),
  "list.count": methodViaHelper("(value: T, /) -> int", "listCount", ["value"]),
  "list.copy": { sig: "() -> list[T]", lower: (call, cx) => expr(`[...${wrap(receiver(call, cx), Prec.Unary)}]`) },
  "list.clear": { sig: "() -> None", lower: (call, cx) => methodCall(receiver(call, cx), "splice", ["0"]) },
  "list.reverse": sameMethod("() -> None", "reverse"),
  "list.sort": {
    sig: "(*, key: object = ..., reverse: bool = ...) -> None",
    lower(call, cx) {
      const opts = ["key", "reverse"].filter((n) => call.args.has(n)).map((n) => `${n}: ${cx.expr(call.args.get(n)!).code}`);
      return helperCall(cx, "listSort", [receiver(call, cx), opts.length ? `{ ${opts.join(", ")} }` : undefined]);
    },
  },
};

/** `d.get(k, default)`: `d.get(k) ?? default` is exact when the values cannot be None themselves. */
function dictGet(call: BoundCall, cx: LowerContext): Expr {
  const t = withoutNone(call.receiver ? cx.typeOf(call.receiver) : T.unknown);
  const valueMayBeNone = t.kind !== "dict" || t.value.kind === "none" || t.value.kind === "unknown" || (t.value.kind === "union" && t.value.types.some((m) => m.kind === "none"));
  const dflt = arg(call, "default", cx) ?? expr("null");
  const key = argNode(call, "key");
  // A key known only at run time (JSON data) is used as the dict's key type, as Python would look it up.
  const keyCode = key && t.kind === "dict" && !needsHashing(t.key, cx) ? cx.coerce(key, t.key).code : key && hashedKey(key, cx);
  if (!valueMayBeNone && key) return expr(`${methodCall(receiver(call, cx), "get", [keyCode]).code} ?? ${wrap(dflt, Prec.Or + 1)}`, Prec.Or);
  return helperCall(cx, "dictGet", [receiver(call, cx), arg(call, "key", cx), arg(call, "default", cx)]);
}

/** Calls that iterate their argument as they go and keep nothing else of it. */
const ITERATING_CALLS = new Set(["zip", "enumerate", "map", "filter", "any", "all"]);

/** Is the view `d.keys()` iterated where it is made (a `for`, a comprehension, `list(…)`, `zip(…)`)? */
function iteratedWhereMade(node: SyntaxNode, cx: LowerContext): boolean {
  if (consumedEagerly(node, cx)) return true;
  const parent = node.parent;
  if (parent?.type === "for_in_clause") return parent.childrenForFieldName("right").some((r) => r.id === node.id);
  const call = parent?.type === "argument_list" ? parent.parent : undefined;
  const key = call?.type === "call" ? cx.analysis.libraryCallKey(call) : undefined;
  return key !== undefined && ITERATING_CALLS.has(key);
}

/**
 * `d.keys()`, `d.values()`, `d.items()`: the Map's own iterator where the view is iterated at once;
 * elsewhere (kept in a variable, printed, measured) Python's live view from the runtime.
 */
const dictView = (sig: string, tsMethod: string, helper: string): CallRule => ({
  sig,
  lower: (call, cx) => (iteratedWhereMade(call.node, cx) ? methodCall(receiver(call, cx), tsMethod, []) : helperCall(cx, helper, [receiver(call, cx)])),
});

const dictMethods: Record<string, CallRule> = {
  "dict.get": {
    sig: "(key: K, default: D = ..., /) -> V | D",
    returns: (a) => {
      const r = a.receiver?.kind === "dict" ? a.receiver.value : T.unknown;
      const d = a.positional[1];
      return d ? unionOf(r, d) : unionOf(r, T.none);
    },
    lower: dictGet,
  },
  "dict.items": dictView("() -> Iterator[tuple[K, V]]", "entries", "dictItems"),
  "dict.keys": dictView("() -> Iterator[K]", "keys", "dictKeys"),
  "dict.values": dictView("() -> Iterator[V]", "values", "dictValues"),
  "dict.pop": methodViaHelper("(key: K, default: V = ..., /) -> V", "dictPop", ["key", "default"]),
  "dict.setdefault": methodViaHelper("(key: K, default: V = ..., /) -> V", "setdefault", ["key", "default"]),
  "dict.update": {
    sig: "(other: object = ..., /, **kwargs: V) -> None",
    // `d.update(other, k=v)`: the mapping first, then the keywords.
    lower(call, cx) {
      const other = arg(call, "other", cx)?.code;
      const keywords = [...call.extraKeywords].map(([k, v]) => `[${JSON.stringify(k)}, ${cx.text(v, Prec.Assign)}]`);
      const base = helperCall(cx, "dictUpdate", [receiver(call, cx), other ?? (keywords.length ? "[]" : undefined)]);
      if (keywords.length === 0) return base;
      return expr(`${base.code}, ${cx.helper("dictUpdate")}(${receiver(call, cx).code}, [${keywords.join(", ")}])`, Prec.Comma);
    },
  },
  "dict.copy": { sig: "() -> dict[K, V]", lower: (call, cx) => expr(`new Map(${receiver(call, cx).code})`, Prec.Call) },
  "dict.clear": sameMethod("() -> None", "clear"),
  "dict.popitem": methodViaHelper("() -> tuple[K, V]", "popitem", []),
};

const unionOf = (a: PyType, b: PyType): PyType => (a.kind === b.kind ? a : { kind: "union", types: [a, b] });

/** `s.add(x)` / `s.discard(x)`: a tuple member goes through `dictKey` (see hash-keys.ts). */
/** An item going into a list: a value the analysis only knows at run time (JSON, `Any`) takes the list's item type, as Python would use it. */
function listItem(call: BoundCall, name: string, cx: LowerContext): Expr | undefined {
  const node = argNode(call, name);
  if (!node) return undefined;
  const list = call.receiver ? withoutNone(cx.typeOf(call.receiver)) : undefined;
  return cx.coerce(node, list?.kind === "list" ? list.item : undefined);
}

function memberMethod(tsMethod: string): CallRule {
  return {
    sig: "(element: T, /) -> None",
    lower(call, cx) {
      const element = argNode(call, "element");
      return methodCall(receiver(call, cx), tsMethod, [element ? hashedKey(element, cx) : undefined]);
    },
  };
}

const setMethods: Record<string, CallRule> = {
  "set.add": memberMethod("add"),
  "set.discard": memberMethod("delete"),
  "set.remove": methodViaHelper("(element: T, /) -> None", "setRemove", ["element"]),
  "set.pop": methodViaHelper("() -> T", "setPop", []),
  "set.clear": sameMethod("() -> None", "clear"),
  "set.copy": { sig: "() -> set[T]", lower: (call, cx) => expr(`new Set(${receiver(call, cx).code})`, Prec.Call) },
  "set.union": methodViaHelper("(*others: Iterable[T]) -> set[T]", "setUnion", []),
  "set.intersection": methodViaHelper("(*others: Iterable[T]) -> set[T]", "setIntersection", []),
  "set.difference": methodViaHelper("(*others: Iterable[T]) -> set[T]", "setDifference", []),
  "set.symmetric_difference": methodViaHelper("(other: Iterable[T], /) -> set[T]", "setSymmetricDifference", ["other"]),
  "set.issubset": methodViaHelper("(other: Iterable[T], /) -> bool", "isSubset", ["other"]),
  "set.issuperset": methodViaHelper("(other: Iterable[T], /) -> bool", "isSuperset", ["other"]),
  "set.isdisjoint": methodViaHelper("(other: Iterable[T], /) -> bool", "isDisjoint", ["other"]),
  "set.update": methodViaHelper("(*others: Iterable[T]) -> None", "setUpdate", []),
};
for (const k of ["set.union", "set.intersection", "set.difference", "set.update"]) {
  const helper = { "set.union": "setUnion", "set.intersection": "setIntersection", "set.difference": "setDifference", "set.update": "setUpdate" }[k]!;
  setMethods[k] = { sig: setMethods[k]!.sig, lower: (call, cx) => helperCall(cx, helper, [receiver(call, cx), ...call.rest.map((n) => cx.expr(n))]) };
}

const bytesMethods: Record<string, CallRule> = {
  "bytes.hex": methodViaHelper("(sep: str = ..., bytes_per_sep: int = ...) -> str", "bytesHex", ["sep", "bytes_per_sep"]),
  "bytes.decode": methodViaHelper("(encoding: str = ..., errors: str = ...) -> str", "decode", ["encoding", "errors"]),
  "bytes.startswith": methodViaHelper("(prefix: bytes, /) -> bool", "bytesStartsWith", ["prefix"]),
  "bytes.endswith": methodViaHelper("(suffix: bytes, /) -> bool", "bytesEndsWith", ["suffix"]),
  "bytes.count": methodViaHelper("(sub: object, /) -> int", "bytesCount", ["sub"]),
  "bytes.find": methodViaHelper("(sub: object, /) -> int", "bytesFind", ["sub"]),
};

const numberMethods: Record<string, CallRule> = {
  "float.is_integer": { sig: "() -> bool", lower: (call, cx) => expr(`Number.isInteger(${receiver(call, cx).code})`, Prec.Call) },
  "int.bit_length": methodViaHelper("() -> int", "bitLength", []),
};

export const builtinMethodRules: RuleSet = {
  calls: { ...strMethods, ...listMethods, ...dictMethods, ...setMethods, ...bytesMethods, ...numberMethods },
  classes: {
    str: {},
    list: { typeParams: ["T"] },
    dict: { typeParams: ["K", "V"] },
    set: { typeParams: ["T"] },
    frozenset: { typeParams: ["T"] },
    tuple: {},
    bytes: {},
    bytearray: {},
    int: {},
    float: {},
    bool: { bases: ["int"] },
    object: {},
  },
};

