import type { SyntaxNode } from "../../parse/parser";
import { namedChildren, unparen } from "../../parse/nodes";
import { T, isEitherKind, isKnown, iterItem, needsPrintShape, printShape, union, withoutNone, type PyType } from "../../analysis/types";
import type { ArgTypes } from "../../analysis/library";
import type { LowerContext } from "../context";
import type { BoundCall } from "../bind-args";
import { expr, Prec, wrap, type Expr } from "../ir";
import type { CallRule, RuleSet } from "../registry";
import { arg, argNode, helperCall, restArgs, viaHelper } from "../rule-kit";
import { jsString } from "../core/string-literals";
import { strOf } from "../core/str-conversion";
import { consumedEagerly } from "../core/comprehensions";
import { iterable } from "../core/control-flow";
import { needsHashing } from "../core/hash-keys";
import { print } from "./print";
import { isTypedDict, typedDictLen } from "../typing/typed-dict";

const itemOf = (a: ArgTypes, i = 0): PyType => iterItem(withoutNone(a.positional[i] ?? T.unknown));
const shape = (t: PyType): string => (needsPrintShape(t) ? `, ${jsString(printShape(t))}` : "");

/** `len(x)`: `.length` / `.size` where the type says which; the runtime otherwise. */
const len: CallRule = {
  sig: "(obj: object, /) -> int",
  lower(call, cx) {
    const node = argNode(call, "obj")!;
    const t = withoutNone(cx.typeOf(node));
    if (["list", "tuple", "vartuple", "bytes"].includes(t.kind)) return expr(`${cx.text(node, Prec.Call)}.length`, Prec.Call);
    if (t.kind === "str") return expr(`${cx.text(node, Prec.Call)}.length`, Prec.Call);
    if (t.kind === "dict" || t.kind === "set") return expr(`${cx.text(node, Prec.Call)}.size`, Prec.Call);
    // `len(Color)`: how many members (aliases not counted).
    if (t.kind === "class" && cx.analysis.isSubclass(t.name, "enum.Enum")) return expr(`${cx.helper("enumMembers")}(${cx.expr(node).code}).length`, Prec.Call);
    if (isTypedDict(node, cx)) return typedDictLen(node, cx);
    return helperCall(cx, "len", [cx.expr(node)]);
  },
};

const str: CallRule = {
  sig: "(object: object = ..., /) -> str",
  lower(call, cx) {
    const node = argNode(call, "object");
    if (!node) return expr('""');
    return strOf(cx.expr(node), cx.typeOf(node), cx);
  },
};

const repr: CallRule = {
  sig: "(obj: object, /) -> str",
  lower(call, cx) {
    const node = argNode(call, "obj")!;
    return expr(`${cx.helper("repr")}(${cx.expr(node).code}${shape(cx.typeOf(node))})`, Prec.Call);
  },
};

/** `int(x)`: truncation for floats, parsing for strings (ValueError on bad input, as Python). */
const int: CallRule = {
  sig: "(x: object = ..., /, base: int = ...) -> int",
  lower(call, cx) {
    const node = argNode(call, "x");
    if (!node) return expr("0");
    const t = withoutNone(cx.typeOf(node));
    const base = arg(call, "base", cx);
    if (t.kind === "int" && !base) return cx.expr(node);
    if (t.kind === "float" && !base) return expr(`Math.trunc(${cx.expr(node).code})`, Prec.Call);
    if (t.kind === "bool") return expr(`Number(${cx.expr(node).code})`, Prec.Call);
    return helperCall(cx, "toInt", [cx.expr(node), base]);
  },
};

const float: CallRule = {
  sig: "(x: object = ..., /) -> float",
  lower(call, cx) {
    const node = argNode(call, "x");
    if (!node) return expr("0");
    const t = withoutNone(cx.typeOf(node));
    if (t.kind === "int" || t.kind === "float") return cx.expr(node);
    return helperCall(cx, "toFloat", [cx.expr(node)]);
  },
};

const bool: CallRule = {
  sig: "(x: object = ..., /) -> bool",
  lower: (call, cx) => (argNode(call, "x") ? cx.condition(argNode(call, "x")!) : expr("false")),
};

/** `list(x)` / `tuple(x)`: a new array of the iterable's items (a dict's keys). */
const toArray: CallRule = {
  sig: "(iterable: Iterable[T] = ..., /) -> list[T]",
  lower(call, cx) {
    const node = argNode(call, "iterable");
    if (!node) return expr(`[]`);
    return expr(`[...${iterable(node, cx)}]`);
  },
};

const tupleRule: CallRule = {
  sig: "(iterable: Iterable[T] = ..., /) -> tuple[T, ...]",
  lower: toArray.lower,
};

const set: CallRule = {
  sig: "(iterable: Iterable[T] = ..., /) -> set[T]",
  lower(call, cx) {
    const node = argNode(call, "iterable");
    // Without items, TypeScript takes the element type from where the set goes (a typed field or variable).
    if (!node) return expr("new Set()", Prec.Call);
    const t = cx.typeOf(call.node);
    if (t.kind === "set" && needsHashing(t.item, cx)) return expr(`${cx.helper("keyedSet")}(${iterable(node, cx)})`, Prec.Call);
    return expr(`new Set(${iterable(node, cx)})`, Prec.Call);
  },
};

const dict: CallRule = {
  sig: "(mapping: object = ..., /, **kwargs: V) -> dict[str, V]",
  returns(a) {
    const m = withoutNone(a.positional[0] ?? T.never);
    if (m.kind === "dict") return m;
    if (m.kind !== "never") {
      const pair = iterItem(m);
      if (pair.kind === "tuple" && pair.items.length === 2) return T.dict(pair.items[0]!, pair.items[1]!);
      return T.dict(T.unknown, T.unknown);
    }
    return T.dict(T.str, union(...a.keywords.values()));
  },
  lower(call, cx) {
    const m = argNode(call, "mapping");
    const kw = [...call.extraKeywords].map(([k, v]) => `[${jsString(k)}, ${cx.text(v, Prec.Assign)}]`);
    // Values of different types: TypeScript would infer the Map from the first entry alone.
    const result = cx.typeOf(call.node);
    const ctor = result.kind === "dict" && result.value.kind === "union" ? `new ${cx.tsType(result)}` : "new Map";
    if (!m) return expr(`${ctor}(${kw.length ? `[${kw.join(", ")}]` : ""})`, Prec.Call);
    // Pairs known only at run time (JSON data) are asserted to be pairs, as Python would use them.
    const pairs = iterItem(withoutNone(cx.typeOf(m)));
    // So are tuples of statically unknown length (`re.findall` with two groups).
    const entries =
      pairs.kind === "unknown" || pairs.kind === "any"
        ? `${cx.text(m, Prec.Relational)} as Iterable<[unknown, unknown]>`
        : pairs.kind === "vartuple"
          ? `${cx.text(m, Prec.Relational)} as Iterable<[${cx.tsType(pairs.item)}, ${cx.tsType(pairs.item)}]>`
          : cx.expr(m).code;
    const base = result.kind === "dict" && needsHashing(result.key, cx) ? `${cx.helper("keyedMap")}(${entries})` : `new Map(${entries})`;
    return kw.length ? expr(`new Map([...${base}, ${kw.join(", ")}])`, Prec.Call) : expr(base, Prec.Call);
  },
};

const sorted: CallRule = {
  sig: "(iterable: Iterable[T], /, *, key: object = ..., reverse: bool = ...) -> list[T]",
  lower: (call, cx) => helperCall(cx, "sorted", [expr(iterable(argNode(call, "iterable")!, cx)), options(call, cx, ["key", "reverse"])]),
};

/** `{ key: …, reverse: … }` for the keyword arguments present. */
function options(call: BoundCall, cx: LowerContext, names: string[]): string | undefined {
  const parts = names.filter((n) => call.args.has(n)).map((n) => `${n}: ${cx.text(call.args.get(n)!, Prec.Assign)}`);
  return parts.length ? `{ ${parts.join(", ")} }` : undefined;
}

/** `min`/`max`: over one iterable or several arguments, with `key` and `default`. */
function minMax(name: "min" | "max"): CallRule {
  return {
    sig: "(*args: T, key: object = ..., default: object = ...) -> T",
    returns(a) {
      // `max(*xs)` compares the items of `xs` (one splat is not one iterable argument).
      if (a.positional.length === 1 && a.nodes.positional[0]?.type === "list_splat") return itemOf(a);
      if (a.positional.length === 1) return union2(itemOf(a), a.keywords.get("default"));
      return a.positional.reduce<PyType>((acc, t) => (acc.kind === "never" ? t : acc.kind === t.kind ? acc : t.kind === "float" ? t : acc), T.never);
    },
    lower(call, cx) {
      const items = call.rest.length === 1 && call.rest[0]!.type !== "list_splat" ? iterable(call.rest[0]!, cx) : `[${restArgs(call, cx).join(", ")}]`;
      return helperCall(cx, name, [expr(items), options(call, cx, ["key", "default"])]);
    },
  };
}

const union2 = (a: PyType, b: PyType | undefined): PyType => (b ? (b.kind === a.kind ? a : ({ kind: "union", types: [a, b] } as PyType)) : a);

const sum: CallRule = {
  sig: "(iterable: Iterable[T], /, start: T = ...) -> T",
  returns: (a) => {
    const item = itemOf(a);
    return item.kind === "bool" ? T.int : item.kind === "never" || item.kind === "unknown" ? (a.positional[1] ?? T.unknown) : item;
  },
  lower: (call, cx) => helperCall(cx, "sum", [expr(iterable(argNode(call, "iterable")!, cx)), arg(call, "start", cx)]),
};

const abs: CallRule = {
  sig: "(x: T, /) -> T",
  lower(call, cx) {
    const node = argNode(call, "x")!;
    const t = withoutNone(cx.typeOf(node));
    if (t.kind === "int" || t.kind === "float") return expr(`Math.abs(${cx.expr(node).code})`, Prec.Call);
    return helperCall(cx, "abs", [cx.expr(node)]);
  },
};

const round: CallRule = {
  sig: "(number: float, ndigits: int | None = ...) -> int",
  // With `ndigits`, the number's own kind: `round(x, 2)` of an int is an int.
  returns: (a) => (a.positional.length > 1 || a.keywords.has("ndigits") ? (a.positional[0]?.kind === "int" || isEitherKind(a.positional[0] ?? T.float) ? a.positional[0]! : T.float) : T.int),
  lower: (call, cx) => helperCall(cx, "round", [arg(call, "number", cx), arg(call, "ndigits", cx)]),
};

/** `enumerate(xs)` over an array is `xs.entries()`; other cases use the runtime. */
const enumerate: CallRule = {
  sig: "(iterable: Iterable[T], start: int = ...) -> Iterator[tuple[int, T]]",
  lower(call, cx) {
    const node = argNode(call, "iterable")!;
    const t = withoutNone(cx.typeOf(node));
    const start = argNode(call, "start");
    if (!start && (t.kind === "list" || t.kind === "tuple" || t.kind === "vartuple")) return expr(`${cx.text(node, Prec.Call)}.entries()`, Prec.Call);
    return helperCall(cx, "enumerate", [expr(iterable(node, cx)), start ? cx.expr(start) : undefined]);
  },
};

const zip: CallRule = {
  sig: "(*iterables: object, strict: bool = ...) -> list[tuple[object, ...]]",
  returns: (a) =>
    // `zip(*rows)`: rows of as many items as there are rows, known only at run time.
    a.nodes.positional.some((n) => n.type === "list_splat")
      ? T.generator(T.vartuple(union(...a.positional.map((p) => iterItem(withoutNone(p.kind === "vartuple" ? p.item : p))))))
      : T.generator(T.tuple(...a.positional.map((p) => iterItem(withoutNone(p))))),
  lower(call, cx) {
    const its = call.rest.map((n) => (n.type === "list_splat" ? cx.expr(n) : expr(iterable(n, cx))));
    const strict = arg(call, "strict", cx);
    return strict ? helperCall(cx, "zipStrict", its) : helperCall(cx, "zip", its);
  },
};

const reversed: CallRule = {
  sig: "(seq: Iterable[T], /) -> Iterator[T]",
  lower(call, cx) {
    const node = argNode(call, "seq")!;
    const t = withoutNone(cx.typeOf(node));
    if (t.kind === "list" || t.kind === "tuple" || t.kind === "vartuple") return expr(`[...${cx.text(node, Prec.Unary)}].reverse()`, Prec.Call);
    return helperCall(cx, "reversed", [cx.expr(node)]);
  },
};

const anyAll = (name: "any" | "all"): CallRule => ({
  sig: "(iterable: Iterable[T], /) -> bool",
  lower: (call, cx) => helperCall(cx, name, [expr(iterable(argNode(call, "iterable")!, cx))]),
});

/** `map(f, xs)` → `[...xs].map((x) => f(x))` (one argument only: JavaScript passes the index too). */
const map: CallRule = {
  sig: "(func: Callable[..., R], iterable: Iterable[T], /) -> Iterator[R]",
  returns: (a) => {
    const f = a.positional[0];
    return T.generator(f?.kind === "func" ? f.sig.returns : f?.kind === "class" ? T.object(f.name) : T.unknown);
  },
  lower(call, cx) {
    const f = argNode(call, "func")!;
    const it = argNode(call, "iterable")!;
    const v = cx.names.fresh("item");
    if (consumedEagerly(call.node, cx)) return expr(`[...${iterable(it, cx)}].map((${v}) => ${callWith(f, v, cx)})`, Prec.Call);
    return lazily(call.node, `for (const ${v} of ${iterable(it, cx)}) { yield ${callWith(f, v, cx)}; }`, cx);
  },
};

/** Python's `map`/`filter` objects are one-shot iterators: a generator, where they are not read at once. */
function lazily(node: SyntaxNode, body: string, cx: LowerContext): Expr {
  return expr(`(function* (): ${cx.tsType(cx.typeOf(node))} { ${body} })()`, Prec.Call);
}

const filter: CallRule = {
  sig: "(function: object, iterable: Iterable[T], /) -> Iterator[T]",
  returns: (a) => T.generator(itemOf(a, 1)),
  lower(call, cx) {
    const f = argNode(call, "function")!;
    const it = argNode(call, "iterable")!;
    const v = cx.names.fresh("item");
    const test = unparen(f).type === "none" ? `${cx.helper("truthy")}(${v})` : `${cx.helper("truthy")}(${callWith(f, v, cx)})`;
    if (consumedEagerly(call.node, cx)) return expr(`[...${iterable(it, cx)}].filter((${v}) => ${test})`, Prec.Call);
    return lazily(call.node, `for (const ${v} of ${iterable(it, cx)}) { if (${test}) yield ${v}; }`, cx);
  },
};

/** Calls a function value on one argument; builtins passed as values (`str`, `int`, `len`) become their runtime helpers. */
function callWith(f: SyntaxNode, v: string, cx: LowerContext): string {
  const q = cx.analysis.qualifiedName(f);
  const direct: Record<string, string> = { str: "str", int: "toInt", float: "toFloat", len: "len", repr: "repr", abs: "abs", bool: "truthy" };
  if (q && direct[q]) return `${cx.helper(direct[q]!)}(${v})`;
  return `${wrap(cx.expr(f), Prec.Call)}(${v})`;
}

/** `isinstance(x, T)`: `typeof` for primitives, `Array.isArray`, `instanceof` for classes. */
const isinstance: CallRule = {
  sig: "(obj: object, class_or_tuple: object, /) -> bool",
  lower(call, cx) {
    const obj = cx.text(argNode(call, "obj")!, Prec.Relational + 1);
    const clsNode = unparen(argNode(call, "class_or_tuple")!);
    const classes = clsNode.type === "tuple" ? namedChildren(clsNode) : [clsNode];
    const tests = classes.map((c) => typeTest(obj, c, cx, cx.typeOf(argNode(call, "obj")!)));
    return expr(tests.join(" || "), tests.length > 1 ? Prec.Or : Prec.Relational);
  },
};

function typeTest(obj: string, cls: SyntaxNode, cx: LowerContext, objType: PyType): string {
  const q = cx.analysis.qualifiedName(cls);
  switch (q) {
    case "int":
      // A value whose only numbers are ints: `typeof`, which TypeScript narrows on (`int | str`).
      return onlyIntNumbers(objType) ? `typeof ${obj} === "number"` : `Number.isInteger(${obj})`;
    case "float":
      return `typeof ${obj} === "number"`;
    case "str":
      return `typeof ${obj} === "string"`;
    case "bool":
      return `typeof ${obj} === "boolean"`;
    case "list":
    case "tuple":
      return `Array.isArray(${obj})`;
    case "dict":
      return `${obj} instanceof Map`;
    case "set":
    case "frozenset":
      return `${obj} instanceof Set`;
    case "bytes":
    case "bytearray":
      return `${obj} instanceof Uint8Array`;
    default:
      return `${obj} instanceof ${cx.text(cls, Prec.Relational + 1)}`;
  }
}

/** Is every number a value of this type can be an int (`int | str | None`, not `float`, not unknown)? */
function onlyIntNumbers(t: PyType): boolean {
  const members = t.kind === "union" ? t.types : [t];
  return members.every((m) => m.kind !== "float" && isKnown(m) && m.kind !== "typevar" && m.kind !== "object");
}

/** `type(x)`: its name is what translated programs use (`type(e).__name__`). */
const type: CallRule = {
  sig: "(obj: object, /) -> builtins.type",
  lower(call, cx) {
    const node = argNode(call, "obj")!;
    return expr(`${cx.helper("pyType")}(${cx.expr(node).code}${shape(cx.typeOf(node))})`, Prec.Call);
  },
};

const ord: CallRule = { sig: "(c: str, /) -> int", lower: (call, cx) => helperCall(cx, "ord", [arg(call, "c", cx)]) };
const chr: CallRule = { sig: "(i: int, /) -> str", lower: (call, cx) => expr(`String.fromCodePoint(${arg(call, "i", cx)!.code})`, Prec.Call) };

/** Builtins passed as values (`key=len`, `map(str, …)`): the runtime function computing the same thing. */
const asValue = (helper: string) => (_node: SyntaxNode, cx: LowerContext): Expr => expr(cx.helper(helper));
const methodAsValue = (param: string, body: string) => (): Expr => expr(`(${param}) => ${body}`, Prec.Assign);

export const builtinFunctionRules: RuleSet = {
  modules: ["builtins"],
  values: {
    print: (_node, cx) => expr(`(...values: unknown[]) => ${cx.helper("print")}(values)`, Prec.Assign),
    len: asValue("len"),
    str: asValue("str"),
    repr: asValue("repr"),
    int: asValue("toInt"),
    float: asValue("toFloat"),
    abs: asValue("abs"),
    bool: asValue("truthy"),
    sorted: asValue("sorted"),
    sum: asValue("sum"),
    hash: asValue("pyHash"),
    // The arrow `callableValue` would make types their `T` parameters `unknown`, which the helpers refuse.
    pow: asValue("pow"),
    divmod: asValue("divmod"),
    "str.lower": methodAsValue("s: string", "s.toLowerCase()"),
    "str.upper": methodAsValue("s: string", "s.toUpperCase()"),
    "str.strip": methodAsValue("s: string", "s.trim()"),
    "str.title": (_node, cx) => expr(cx.helper("title")),
  },
  calls: {
    print,
    len,
    str,
    repr,
    int,
    float,
    bool,
    list: toArray,
    tuple: tupleRule,
    set,
    frozenset: set,
    dict,
    sorted,
    min: minMax("min"),
    max: minMax("max"),
    sum,
    abs,
    round,
    enumerate,
    zip,
    reversed,
    any: anyAll("any"),
    all: anyAll("all"),
    map,
    filter,
    isinstance,
    type,
    ord,
    chr,
    range: viaHelper("(start: int, stop: int = ..., step: int = ..., /) -> range", "range", ["start", "stop", "step"]),
    divmod: viaHelper("(a: T, b: T, /) -> tuple[T, T]", "divmod", ["a", "b"]),
    iter: viaHelper("(obj: Iterable[T], /) -> Iterator[T]", "iter", ["obj"]),
    next: {
      sig: "(iterator: Iterable[T], default: D = ..., /) -> T",
      returns: (a) => (a.positional[1] ? union2(itemOf(a), a.positional[1]) : itemOf(a)),
      lower: (call, cx) => helperCall(cx, "next", [arg(call, "iterator", cx), arg(call, "default", cx)]),
    },
    bytes: viaHelper("(source: object = ..., encoding: str = ..., errors: str = ...) -> bytes", "bytesOf", ["source", "encoding", "errors"]),
    bytearray: viaHelper("(source: object = ..., encoding: str = ..., errors: str = ...) -> bytes", "bytesOf", ["source", "encoding", "errors"]),
    hex: viaHelper("(number: int, /) -> str", "hex", ["number"]),
    bin: viaHelper("(number: int, /) -> str", "bin", ["number"]),
    oct: viaHelper("(number: int, /) -> str", "oct", ["number"]),
    ascii: viaHelper("(obj: object, /) -> str", "asciiRepr", ["obj"]),
    format: viaHelper("(value: object, format_spec: str = ..., /) -> str", "format", ["value", "format_spec"]),
    callable: viaHelper("(obj: object, /) -> bool", "isCallable", ["obj"]),
    hash: viaHelper("(obj: object, /) -> int", "pyHash", ["obj"]),
    getattr: viaHelper("(obj: object, name: str, default: object = ..., /) -> unknown", "getAttr", ["obj", "name", "default"]),
    setattr: viaHelper("(obj: object, name: str, value: object, /) -> None", "setAttr", ["obj", "name", "value"]),
    hasattr: viaHelper("(obj: object, name: str, /) -> bool", "hasAttr", ["obj", "name"]),
    pow: viaHelper("(base: T, exp: T, /) -> T", "pow", ["base", "exp"]),
    anext: {
      sig: "(iterator: object, default: D = ..., /) -> Coroutine[unknown]",
      returns: (a) => T.coroutine(a.positional[0]?.kind === "asyncgen" ? (a.positional[1] ? union2(a.positional[0].item, a.positional[1]) : a.positional[0].item) : T.unknown),
      lower: (call, cx) => helperCall(cx, "anext", [arg(call, "iterator", cx), arg(call, "default", cx)]),
    },
    aiter: { sig: "(iterable: T, /) -> T", lower: (call, cx) => helperCall(cx, "aiter", [arg(call, "iterable", cx)]) },
    issubclass: {
      sig: "(cls: object, class_or_tuple: object, /) -> bool",
      lower(call, cx) {
        const bases = unparen(argNode(call, "class_or_tuple")!);
        const list = bases.type === "tuple" ? namedChildren(bases) : [bases];
        return helperCall(cx, "isSubclass", [arg(call, "cls", cx), ...list.map((b) => cx.expr(b))]);
      },
    },
  },
  classes: {
    range: { bases: [] },
    "builtins.type": { tsType: (_a, cx) => cx.helper("PyTypeObject") },
  },
  attrs: {
    "builtins.type.__name__": { type: "str" },
    "builtins.type.__qualname__": { type: "str" },
  },
};

