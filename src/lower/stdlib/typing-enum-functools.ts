import { T } from "../../analysis/types";
import type { CallRule, RuleSet } from "../registry";
import { expr, Prec } from "../ir";
import { arg, argNode, helperCall, methodCall, receiver } from "../rule-kit";
import { jsString } from "../core/string-literals";
import { boundCallable } from "../core/calls";

/** `@functools.lru_cache(maxsize=…)` gives a decorator; bare `@functools.lru_cache` is one. */
const lruCache: CallRule = {
  sig: "(maxsize: int | None = ..., typed: bool = ...) -> object",
  lower: (call, cx) => helperCall(cx, "lruCacheWith", [arg(call, "maxsize", cx) ?? expr("128")]),
};

export const typingEnumFunctoolsRules: RuleSet = {
  modules: ["enum", "functools", "typing", "abc", "typing_extensions"],
  calls: {
    "functools.wraps": { sig: "(wrapped: object, /) -> object", lower: (call, cx) => helperCall(cx, "wraps", [arg(call, "wrapped", cx)]) },
    "functools.lru_cache": lruCache,
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
    "typing.NamedTuple._replace": {
      sig: "(**changes: object) -> unknown",
      returns: (a) => a.receiver ?? T.unknown,
      lower: (call, cx) => methodCall(receiver(call, cx), "_replace", [`new Map<string, unknown>([${[...call.extraKeywords].map(([k, v]) => `[${jsString(k)}, ${cx.expr(v).code}]`).join(", ")}])`]),
    },
    "typing.NamedTuple._asdict": { sig: "() -> dict[str, unknown]", lower: (call, cx) => helperCall(cx, "asdict", [receiver(call, cx)]) },
  },
  values: {
    "functools.lru_cache": (_n, cx) => expr(cx.helper("lruCache")),
    "functools.cache": (_n, cx) => expr(cx.helper("cache")),
  },
  attrs: {
    "enum.Enum.name": { type: "str" },
    "enum.Enum.value": { type: "object" },
  },
  classes: {
    "enum.Enum": { runtime: "Enum" },
    "enum.IntEnum": { runtime: "IntEnum", bases: ["enum.Enum"] },
    "enum.StrEnum": { runtime: "StrEnum", bases: ["enum.Enum"] },
    "typing.NamedTuple": {},
    "typing.TypedDict": {},
    "typing.Generic": {},
    "typing.Protocol": {},
    "abc.ABC": {},
  },
};
