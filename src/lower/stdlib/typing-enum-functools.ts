import { T, type PyType } from "../../analysis/types";
import type { CallRule, RuleSet } from "../registry";
import { expr, Prec, wrap } from "../ir";
import { arg, argNode, helperCall, methodCall, receiver, restArgs } from "../rule-kit";
import { boundCallable } from "../core/calls";

/** A function decorated with `lru_cache`/`cache`: still callable, with `cache_info()` and `cache_clear()`. */
const cached = (fn: PyType): PyType => T.object("functools._lru_cache_wrapper", fn);

/** `@functools.lru_cache(maxsize=…)` gives a decorator; bare `@functools.lru_cache` is one. */
const lruCache: CallRule = {
  sig: "(maxsize: int | None = ..., typed: bool = ...) -> object",
  returns: (a) => {
    const first = a.positional[0];
    if (first?.kind === "func") return cached(first);
    return T.func({ params: [{ name: "fn", kind: "positional", type: T.typevar("F"), optional: false }], returns: cached(T.typevar("F")), isAsync: false });
  },
  lower: (call, cx) => helperCall(cx, "lruCacheWith", [arg(call, "maxsize", cx) ?? expr("128")]),
};

export const typingEnumFunctoolsRules: RuleSet = {
  modules: ["enum", "functools", "typing", "abc", "typing_extensions"],
  calls: {
    "functools.wraps": { sig: "(wrapped: object, /) -> object", lower: (call, cx) => helperCall(cx, "wraps", [arg(call, "wrapped", cx)]) },
    "functools.lru_cache": lruCache,
    "functools.cache": {
      sig: "(user_function: object, /) -> object",
      returns: (a) => cached(a.positional[0] ?? T.unknown),
      lower: (call, cx) => helperCall(cx, "cache", [arg(call, "user_function", cx)]),
    },
    // The decorated function called under another name (its own name calls it with its signature's rules).
    "functools._lru_cache_wrapper.__call__": {
      sig: "(*args: object) -> unknown",
      returns: (a) => {
        const fn = a.receiver?.kind === "object" ? a.receiver.args[0] : undefined;
        if (fn?.kind !== "func") return T.unknown;
        return fn.sig.isAsync ? T.coroutine(fn.sig.returns) : fn.sig.returns;
      },
      lower: (call, cx) => expr(`${wrap(receiver(call, cx), Prec.Call)}(${restArgs(call, cx).join(", ")})`, Prec.Call),
    },
    "functools._lru_cache_wrapper.cache_info": { sig: "() -> functools._CacheInfo", lower: (call, cx) => methodCall(receiver(call, cx), "cache_info", []) },
    "functools._lru_cache_wrapper.cache_clear": { sig: "() -> None", lower: (call, cx) => methodCall(receiver(call, cx), "cache_clear", []) },
    "functools.partial": {
      sig: "(func: object, /, *args: object, **keywords: object) -> object",
      returns: (a) => {
        const f = a.positional[0];
        if (f?.kind !== "func") return T.unknown;
        return T.func({ ...f.sig, params: f.sig.params.slice(a.positional.length - 1).filter((p) => !a.keywords.has(p.name)) });
      },
      lower(call, cx) {
        const fn = argNode(call, "func")!;
        const bound = boundCallable(call.node, fn, { positional: call.rest, keywords: call.extraKeywords, splats: call.splats }, cx);
        if (bound) return bound;
        if (call.extraKeywords.size > 0) return cx.unsupported(call.node, `functools.partial with keyword arguments for a function whose signature is unknown`);
        return helperCall(cx, "partial", [arg(call, "func", cx), ...call.rest.map((n) => cx.expr(n))]);
      },
    },
    "functools.reduce": {
      sig: "(function: object, iterable: Iterable[T], initial: R = ..., /) -> R",
      returns: (a) => a.positional[2] ?? (a.positional[1] && a.positional[1].kind === "list" ? a.positional[1].item : T.unknown),
      lower: (call, cx) => helperCall(cx, "reduce", [arg(call, "function", cx), arg(call, "iterable", cx), arg(call, "initial", cx)]),
    },
    // Numbered where the enum's members are written (see the class rules).
    "enum.auto": { sig: "() -> int", lower: (call, cx) => cx.unsupported(call.node, "enum.auto() outside an enum member") },
    "typing.TypeVar": {
      sig: "(name: str, *constraints: object, bound: object = ..., covariant: bool = ..., contravariant: bool = ...) -> object",
      lower: (call, cx) => cx.unsupported(call.node, "TypeVar() outside an assignment"),
    },
    "typing.cast": {
      sig: "(typ: object, val: object, /) -> unknown",
      returns: (a) => (a.positional[0]?.kind === "class" ? T.object(a.positional[0].name) : T.unknown),
      lower: (call, cx) => expr(`${cx.text(argNode(call, "val")!, Prec.Relational)} as ${cx.tsType(cx.typeOf(call.node))}`, Prec.Relational),
    },
  },
  values: {
    "functools.lru_cache": (_n, cx) => expr(cx.helper("lruCache")),
    "functools.cache": (_n, cx) => expr(cx.helper("cache")),
  },
  attrs: {
    "functools._CacheInfo.hits": { type: "int" },
    "functools._CacheInfo.misses": { type: "int" },
    "functools._CacheInfo.maxsize": { type: "int | None" },
    "functools._CacheInfo.currsize": { type: "int" },
    "enum.Enum.name": { type: "str" },
    "enum.Enum.value": { type: "object" },
  },
  classes: {
    "functools._lru_cache_wrapper": { typeParams: ["F"], tsType: (args, cx) => `${cx.helper("LruCached")}<${args[0] ?? "unknown"}>` },
    "functools._CacheInfo": { runtime: "CacheInfo", tsType: (_args, cx) => cx.helper("CacheInfo") },
    "enum.Enum": { runtime: "Enum" },
    "enum.IntEnum": { runtime: "IntEnum", bases: ["enum.Enum"] },
    "enum.StrEnum": { runtime: "StrEnum", bases: ["enum.Enum"] },
    "typing.TypedDict": {},
    "typing.Generic": {},
    "typing.Protocol": {},
    "abc.ABC": {},
  },
};
