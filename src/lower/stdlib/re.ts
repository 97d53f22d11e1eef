import { unparen } from "../../parse/nodes";
import { T, type PyType } from "../../analysis/types";
import type { CallRule, RuleSet } from "../registry";
import { expr, Prec } from "../ir";
import { arg, helperCall, methodCall, receiver, runtimeMethod as method } from "../rule-kit";
import { decodeStringLiteral } from "../core/string-literals";
import type { SyntaxNode } from "../../parse/parser";

/** Capturing groups in a literal pattern (to type `findall`), or undefined when the pattern is not literal. */
function literalGroupCount(node: SyntaxNode | undefined): number | undefined {
  const n = node ? unparen(node) : undefined;
  if (n?.type !== "string") return undefined;
  const p = decodeStringLiteral(n)?.value;
  if (p === undefined) return undefined;
  return [...p.replace(/\\\\./g, "").replace(/\[[^\]]*\]/g, "").matchAll(/\((?!\?)|\(\?P</g)].length;
}

const findallType = (groups: number | undefined): PyType => (groups === undefined ? T.list(T.unknown) : groups <= 1 ? T.list(T.str) : T.list(T.vartuple(T.str)));

const moduleFn = (helper: string, sig: string, params: string[], extra: Partial<CallRule> = {}): CallRule => ({
  sig,
  ...extra,
  lower: (call, cx) => helperCall(cx, helper, params.map((p) => arg(call, p, cx))),
});

const flag = (name: string) => ({ type: "int", lower: (_o: unknown, _n: unknown, cx: import("../context").LowerContext) => expr(cx.helper(name)) });

export const reRules: RuleSet = {
  modules: ["re"],
  calls: {
    "re.compile": moduleFn("reCompile", "(pattern: str, flags: int = ...) -> re.Pattern", ["pattern", "flags"]),
    "re.search": moduleFn("reSearch", "(pattern: str, string: str, flags: int = ...) -> re.Match | None", ["pattern", "string", "flags"]),
    "re.match": moduleFn("reMatch", "(pattern: str, string: str, flags: int = ...) -> re.Match | None", ["pattern", "string", "flags"]),
    "re.fullmatch": moduleFn("reFullmatch", "(pattern: str, string: str, flags: int = ...) -> re.Match | None", ["pattern", "string", "flags"]),
    "re.findall": moduleFn("reFindall", "(pattern: str, string: str, flags: int = ...) -> list[unknown]", ["pattern", "string", "flags"], {
      returns: (a) => findallType(literalGroupCount(a.nodes.positional[0])),
    }),
    "re.finditer": moduleFn("reFinditer", "(pattern: str, string: str, flags: int = ...) -> Iterator[re.Match]", ["pattern", "string", "flags"]),
    "re.sub": moduleFn("reSub", "(pattern: str, repl: object, string: str, count: int = ..., flags: int = ...) -> str", ["pattern", "repl", "string", "count", "flags"]),
    "re.split": moduleFn("reSplit", "(pattern: str, string: str, maxsplit: int = ..., flags: int = ...) -> list[str]", ["pattern", "string", "maxsplit", "flags"]),
    "re.escape": moduleFn("reEscape", "(pattern: str, /) -> str", ["pattern"]),
    "re.Pattern.search": method("search", "(string: str, pos: int = ...) -> re.Match | None", ["string", "pos"]),
    "re.Pattern.match": method("match", "(string: str, pos: int = ...) -> re.Match | None", ["string", "pos"]),
    "re.Pattern.fullmatch": method("fullmatch", "(string: str, pos: int = ...) -> re.Match | None", ["string", "pos"]),
    "re.Pattern.findall": method("findall", "(string: str) -> list[unknown]", ["string"]),
    "re.Pattern.finditer": method("finditer", "(string: str) -> Iterator[re.Match]", ["string"]),
    "re.Pattern.sub": method("sub", "(repl: object, string: str, count: int = ...) -> str", ["repl", "string", "count"]),
    "re.Pattern.split": method("split", "(string: str, maxsplit: int = ...) -> list[str]", ["string", "maxsplit"]),
    "re.Match.group": {
      sig: "(*groups: object) -> str",
      returns: (a) => (a.positional.length > 1 ? T.vartuple(T.optional(T.str)) : T.str),
      lower: (call, cx) => methodCall(receiver(call, cx), call.rest.length > 1 ? "groupMany" : "group", call.rest.map((n) => cx.expr(n))),
    },
    "re.Match.groups": method("groups", "(default: object = ...) -> tuple[str | None, ...]", ["default"]),
    "re.Match.groupdict": method("groupdict", "(default: object = ...) -> dict[str, str | None]", ["default"]),
    "re.Match.start": method("start", "(group: object = ...) -> int", ["group"]),
    "re.Match.end": method("end", "(group: object = ...) -> int", ["group"]),
    "re.Match.span": method("span", "(group: object = ...) -> tuple[int, int]", ["group"]),
  },
  attrs: {
    "re.I": flag("IGNORECASE"),
    "re.IGNORECASE": flag("IGNORECASE"),
    "re.M": flag("MULTILINE"),
    "re.MULTILINE": flag("MULTILINE"),
    "re.S": flag("DOTALL"),
    "re.DOTALL": flag("DOTALL"),
    "re.X": flag("VERBOSE"),
    "re.VERBOSE": flag("VERBOSE"),
    "re.A": flag("ASCII"),
    "re.ASCII": flag("ASCII"),
    "re.Match.string": { type: "str" },
    "re.Pattern.pattern": { type: "str" },
  },
  classes: {
    "re.Pattern": { runtime: "Pattern", tsType: (_a, cx) => cx.helper("Pattern") },
    "re.Match": { runtime: "Match", tsType: (_a, cx) => cx.helper("Match") },
    "re.error": { runtime: "ReError", bases: ["Exception"], tsType: (_a, cx) => cx.helper("ReError") },
  },
};

