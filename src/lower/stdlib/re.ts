import { unparen } from "../../parse/nodes";
import { isKnown, T, type PyType } from "../../analysis/types";
import type { CallRule, RuleSet } from "../registry";
import { expr, Prec, wrap } from "../ir";
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

/** What `findall` gives for each match: the string, or a tuple of the groups when there are several. */
const foundType = (groups: number | undefined): PyType => (groups === undefined ? T.unknown : groups <= 1 ? T.str : T.vartuple(T.str));

/**
 * `findall` results are `unknown[]` in the runtime (their shape depends on the pattern); when the
 * pattern is literal the analysis knows it, and the result is asserted to be that.
 */
const typedFindall = (rule: CallRule): CallRule => ({
  ...rule,
  lower: (call, cx) => {
    const e = rule.lower(call, cx);
    const t = cx.typeOf(call.node);
    return t.kind === "list" && isKnown(t.item) ? expr(`${wrap(e, Prec.Relational)} as ${cx.tsType(t)}`, Prec.Relational) : e;
  },
});

const moduleFn = (helper: string, sig: string, params: string[], extra: Partial<CallRule> = {}): CallRule => ({
  sig,
  ...extra,
  lower: (call, cx) => helperCall(cx, helper, params.map((p) => arg(call, p, cx))),
});

const flag = (name: string) => ({ type: "int", lower: (_o: unknown, _n: unknown, cx: import("../context").LowerContext) => expr(cx.helper(name)) });

export const reRules: RuleSet = {
  modules: ["re"],
  calls: {
    "re.compile": moduleFn("reCompile", "(pattern: str, flags: int = ...) -> re.Pattern", ["pattern", "flags"], {
      returns: (a) => T.object("re.Pattern", T.str, foundType(literalGroupCount(a.nodes.positional[0]))),
    }),
    "re.search": moduleFn("reSearch", "(pattern: str, string: str, flags: int = ...) -> re.Match | None", ["pattern", "string", "flags"]),
    "re.match": moduleFn("reMatch", "(pattern: str, string: str, flags: int = ...) -> re.Match | None", ["pattern", "string", "flags"]),
    "re.fullmatch": moduleFn("reFullmatch", "(pattern: str, string: str, flags: int = ...) -> re.Match | None", ["pattern", "string", "flags"]),
    "re.findall": typedFindall(
      moduleFn("reFindall", "(pattern: str, string: str, flags: int = ...) -> list[unknown]", ["pattern", "string", "flags"], {
        returns: (a) => T.list(foundType(literalGroupCount(a.nodes.positional[0]))),
      }),
    ),
    "re.finditer": moduleFn("reFinditer", "(pattern: str, string: str, flags: int = ...) -> Iterator[re.Match]", ["pattern", "string", "flags"]),
    "re.sub": moduleFn("reSub", "(pattern: str, repl: str | Callable[[re.Match], str], string: str, count: int = ..., flags: int = ...) -> str", ["pattern", "repl", "string", "count", "flags"]),
    "re.split": moduleFn("reSplit", "(pattern: str, string: str, maxsplit: int = ..., flags: int = ...) -> list[str]", ["pattern", "string", "maxsplit", "flags"]),
    "re.escape": moduleFn("reEscape", "(pattern: str, /) -> str", ["pattern"]),
    "re.Pattern.search": method("search", "(string: str, pos: int = ...) -> re.Match | None", ["string", "pos"]),
    "re.Pattern.match": method("match", "(string: str, pos: int = ...) -> re.Match | None", ["string", "pos"]),
    "re.Pattern.fullmatch": method("fullmatch", "(string: str, pos: int = ...) -> re.Match | None", ["string", "pos"]),
    "re.Pattern.findall": typedFindall(method("findall", "(string: str) -> list[F]", ["string"])),
    "re.Pattern.finditer": method("finditer", "(string: str) -> Iterator[re.Match]", ["string"]),
    "re.Pattern.sub": method("sub", "(repl: str | Callable[[re.Match], str], string: str, count: int = ...) -> str", ["repl", "string", "count"]),
    "re.Pattern.split": method("split", "(string: str, maxsplit: int = ...) -> list[str]", ["string", "maxsplit"]),
    "re.Match.group": {
      sig: "(*groups: object) -> str",
      returns: (a) => (a.positional.length > 1 ? T.vartuple(T.optional(T.str)) : T.str),
      lower: (call, cx) => methodCall(receiver(call, cx), call.rest.length > 1 ? "groupMany" : "group", call.rest.map((n) => cx.expr(n))),
    },
    "re.Match.__getitem__": method("group", "(key: object) -> str", ["key"]),
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
    // `re.Pattern[A]` as in Python (A the string type); F, known for a literal pattern, is what `findall` gives.
    "re.Pattern": { runtime: "Pattern", typeParams: ["A", "F"], tsType: (_a, cx) => cx.helper("Pattern") },
    "re.Match": { runtime: "Match", tsType: (_a, cx) => cx.helper("Match") },
    "re.error": { runtime: "ReError", bases: ["Exception"], tsType: (_a, cx) => cx.helper("ReError") },
  },
};

