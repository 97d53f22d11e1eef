import { T, iterItem, union, withoutNone, type PyType } from "../../analysis/types";
import type { ArgTypes } from "../../analysis/library";
import type { BoundCall } from "../bind-args";
import type { LowerContext } from "../context";
import { expr, Prec } from "../ir";
import type { CallRule, RuleSet } from "../registry";
import { arg, argNode, helperCall } from "../rule-kit";
import { iterable } from "../core/control-flow";
import { spreadable } from "../core/literals";
import { namedChildren } from "../../parse/nodes";

/**
 * `itertools` over the runtime's generators (`src/runtime/itertools.ts`). Iterable arguments are
 * passed as JavaScript iterables (a dict as its keys, as Python iterates it).
 */
const itemAt = (a: ArgTypes, i: number): PyType => {
  const t = a.positional[i];
  return t ? iterItem(withoutNone(t)) : T.unknown;
};

/** The item type a function returns (a lambda's or def's result), else unknown. */
const returnOf = (t: PyType | undefined): PyType => (t?.kind === "func" ? t.sig.returns : t?.kind === "class" ? T.object(t.name) : T.unknown);

/**
 * One row of `zip_longest`/`product`: a tuple with an item per iterable, or, when `*rows` spread them
 * in (their number known only at run time), a tuple of any length of the spread items' items.
 */
function rowOf(a: ArgTypes, item: (iterable: PyType) => PyType): PyType {
  if (!a.nodes.positional.some((n) => n.type === "list_splat")) return T.tuple(...a.positional.map(item));
  return T.vartuple(union(...a.positional.map((t) => item(t.kind === "list" || t.kind === "vartuple" ? t.item : t))));
}

/** The iterable arguments (`*iterables`), as iterables. */
const iterables = (call: BoundCall, cx: LowerContext): string[] => call.rest.map((n) => (n.type === "list_splat" ? `...${spreadable(namedChildren(n)[0]!, cx)}` : iterable(n, cx)));

const it = (call: BoundCall, name: string, cx: LowerContext): string => iterable(argNode(call, name)!, cx);

/** `f(predicate, iterable)`: the iterable's items. */
const predicated = (helper: string): CallRule => ({
  sig: "(predicate: object, iterable: Iterable[T], /) -> Iterator[T]",
  returns: (a) => T.generator(itemAt(a, 1)),
  lower: (call, cx) => helperCall(cx, helper, [arg(call, "predicate", cx), it(call, "iterable", cx)]),
});

const combinatoric = (helper: string, sig: string): CallRule => ({
  sig,
  returns: (a) => T.generator(T.vartuple(itemAt(a, 0))),
  lower: (call, cx) => helperCall(cx, helper, [it(call, "iterable", cx), arg(call, "r", cx)]),
});

export const itertoolsRules: RuleSet = {
  modules: ["itertools"],
  calls: {
    "itertools.count": {
      sig: "(start: int = ..., step: int = ...) -> Iterator[int]",
      returns: (a) => T.generator([...a.positional, ...a.keywords.values()].some((t) => t.kind === "float") ? T.float : T.int),
      lower: (call, cx) => helperCall(cx, "countFrom", [arg(call, "start", cx) ?? (argNode(call, "step") ? expr("0") : undefined), arg(call, "step", cx)]),
    },
    "itertools.cycle": { sig: "(iterable: Iterable[T], /) -> Iterator[T]", returns: (a) => T.generator(itemAt(a, 0)), lower: (call, cx) => helperCall(cx, "cycle", [it(call, "iterable", cx)]) },
    "itertools.repeat": {
      sig: "(object: T, times: int = ...) -> Iterator[T]",
      lower: (call, cx) => helperCall(cx, "repeat", [arg(call, "object", cx), arg(call, "times", cx)]),
    },
    "itertools.accumulate": {
      sig: "(iterable: Iterable[T], func: object = ..., *, initial: T | None = ...) -> Iterator[T]",
      returns: (a) => T.generator(a.positional[1] ? union(itemAt(a, 0), returnOf(a.positional[1])) : itemAt(a, 0)),
      lower: (call, cx) => helperCall(cx, "accumulate", [it(call, "iterable", cx), arg(call, "func", cx) ?? (argNode(call, "initial") ? expr("null") : undefined), arg(call, "initial", cx)]),
    },
    "itertools.chain": {
      sig: "(*iterables: Iterable[T]) -> Iterator[T]",
      returns: (a) => T.generator(union(...a.positional.map((t) => iterItem(withoutNone(t))))),
      lower: (call, cx) => helperCall(cx, "chain", iterables(call, cx)),
    },
    "itertools.chain.from_iterable": {
      sig: "(iterable: Iterable[Iterable[T]], /) -> Iterator[T]",
      returns: (a) => T.generator(iterItem(withoutNone(itemAt(a, 0)))),
      lower: (call, cx) => {
        const t = cx.typeOf(call.node);
        return expr(`${cx.helper("chainFromIterable")}<${cx.tsType(t.kind === "generator" ? t.item : T.unknown)}>(${it(call, "iterable", cx)})`, Prec.Call);
      },
    },
    "itertools.compress": {
      sig: "(data: Iterable[T], selectors: Iterable[object]) -> Iterator[T]",
      returns: (a) => T.generator(itemAt(a, 0)),
      lower: (call, cx) => helperCall(cx, "compress", [it(call, "data", cx), it(call, "selectors", cx)]),
    },
    "itertools.dropwhile": predicated("dropwhile"),
    "itertools.takewhile": predicated("takewhile"),
    "itertools.filterfalse": predicated("filterfalse"),
    "itertools.groupby": {
      sig: "(iterable: Iterable[T], key: object = ...) -> Iterator[tuple[K, Iterator[T]]]",
      returns: (a) => {
        const key = a.positional[1] ?? a.keywords.get("key");
        return T.generator(T.tuple(key && key.kind !== "none" ? returnOf(key) : itemAt(a, 0), T.generator(itemAt(a, 0))));
      },
      lower: (call, cx) => helperCall(cx, "groupby", [it(call, "iterable", cx), arg(call, "key", cx)]),
    },
    "itertools.islice": {
      sig: "(iterable: Iterable[T], start: int | None, stop: int | None = ..., step: int | None = ..., /) -> Iterator[T]",
      returns: (a) => T.generator(itemAt(a, 0)),
      lower: (call, cx) => helperCall(cx, "islice", [it(call, "iterable", cx), arg(call, "start", cx), arg(call, "stop", cx), arg(call, "step", cx)]),
    },
    "itertools.pairwise": {
      sig: "(iterable: Iterable[T], /) -> Iterator[tuple[T, T]]",
      returns: (a) => T.generator(T.tuple(itemAt(a, 0), itemAt(a, 0))),
      lower: (call, cx) => helperCall(cx, "pairwise", [it(call, "iterable", cx)]),
    },
    "itertools.starmap": {
      sig: "(function: object, iterable: Iterable[object], /) -> Iterator[R]",
      returns: (a) => T.generator(returnOf(a.positional[0])),
      lower: (call, cx) => helperCall(cx, "starmap", [arg(call, "function", cx), it(call, "iterable", cx)]),
    },
    "itertools.zip_longest": {
      sig: "(*iterables: object, fillvalue: object = ...) -> Iterator[tuple[object, ...]]",
      returns: (a) => {
        const fill = a.keywords.get("fillvalue") ?? T.none;
        return T.generator(rowOf(a, (t) => union(iterItem(withoutNone(t)), fill)));
      },
      lower: (call, cx) => helperCall(cx, "zipLongest", [arg(call, "fillvalue", cx) ?? expr("null"), ...iterables(call, cx)]),
    },
    "itertools.product": {
      sig: "(*iterables: object, repeat: int = ...) -> Iterator[tuple[object, ...]]",
      returns: (a) => (a.keywords.has("repeat") ? T.generator(T.vartuple(union(...a.positional.map((t) => iterItem(withoutNone(t)))))) : T.generator(rowOf(a, (t) => iterItem(withoutNone(t))))),
      lower: (call, cx) => {
        const repeat = arg(call, "repeat", cx);
        return repeat ? helperCall(cx, "productRepeat", [repeat, ...iterables(call, cx)]) : helperCall(cx, "product", iterables(call, cx));
      },
    },
    "itertools.permutations": combinatoric("permutations", "(iterable: Iterable[T], r: int | None = ...) -> Iterator[tuple[T, ...]]"),
    "itertools.combinations": combinatoric("combinations", "(iterable: Iterable[T], r: int) -> Iterator[tuple[T, ...]]"),
    "itertools.combinations_with_replacement": combinatoric("combinationsWithReplacement", "(iterable: Iterable[T], r: int) -> Iterator[tuple[T, ...]]"),
    "itertools.tee": {
      sig: "(iterable: Iterable[T], n: int = ..., /) -> tuple[Iterator[T], ...]",
      returns: (a) => T.vartuple(T.generator(itemAt(a, 0))),
      lower: (call, cx) => helperCall(cx, "tee", [it(call, "iterable", cx), arg(call, "n", cx)]),
    },
  },
  // `chain` is a class in Python: that is how `chain.from_iterable` is found.
  classes: { "itertools.chain": {} },
};
