import type { SyntaxNode } from "../../parse/parser";
import { unparen } from "../../parse/nodes";
import type { BoundCall } from "../bind-args";
import type { LowerContext } from "../context";
import { expr, Prec } from "../ir";
import type { CallRule, ClassRule, RuleSet } from "../registry";
import { arg, argNode, methodCall, receiver, runtimeMethod as method } from "../rule-kit";
import { jsString } from "../core/string-literals";
import { Msg } from "../../diagnostics/messages";
import { needsPrintShape, printShape, type PyType } from "../../analysis/types";
import { NARGS_CONSTANTS } from "../../analysis/argparse-namespace";

/**
 * `argparse` over the runtime's port (`src/runtime/argparse.ts`). The parser's type carries its
 * namespace (`ArgumentParser<Namespace & { port: number }>`), worked out by the analysis from the
 * `add_argument` calls, so `args.port` is typed (see src/analysis/argparse-namespace.ts).
 */

/** `tsName: value` for each keyword argument given (Python name → runtime option name). */
function optionParts(call: BoundCall, cx: LowerContext, names: Readonly<Record<string, string>>, lowerValue: (py: string, node: SyntaxNode) => string = (_p, n) => cx.text(n, Prec.Assign)): string[] {
  return Object.entries(names).flatMap(([py, ts]) => {
    const node = argNode(call, py);
    return node ? [`${ts}: ${lowerValue(py, node)}`] : [];
  });
}

/** The options object, left out when there are none. */
const optionsObject = (parts: readonly string[]): string | undefined => (parts.length ? `{ ${parts.join(", ")} }` : undefined);

/** Arguments the port does not have: each is a diagnostic naming it. */
function refuse(call: BoundCall, cx: LowerContext, name: string, unsupported: readonly string[]): void {
  for (const a of unsupported) {
    const node = argNode(call, a);
    if (node) cx.report(node.parent ?? node, Msg.unsupportedArgument, { arg: a, name });
  }
}

/** The formatter classes the runtime implements (`formatter_class=argparse.RawTextHelpFormatter`). */
const FORMATTERS = new Set(["argparse.HelpFormatter", "argparse.RawDescriptionHelpFormatter", "argparse.RawTextHelpFormatter", "argparse.ArgumentDefaultsHelpFormatter"]);

const PARSER_PARAMS = "prog: str | None = ..., usage: str | None = ..., description: str | None = ..., epilog: str | None = ..., parents: object = ..., formatter_class: object = ..., prefix_chars: str = ..., fromfile_prefix_chars: str | None = ..., argument_default: object = ..., conflict_handler: str = ..., add_help: bool = ..., allow_abbrev: bool = ..., exit_on_error: bool = ...";

const SUBPARSERS_OPTIONS = { title: "title", description: "description", prog: "prog", dest: "dest", required: "required", help: "help", metavar: "metavar" };

/** The options of a parser (`ArgumentParser(...)`, `add_parser(name, ...)`), with how its namespace prints. */
function parserOptionParts(call: BoundCall, cx: LowerContext, name: string): string[] {
  refuse(call, cx, name, ["parents", "prefix_chars", "fromfile_prefix_chars", "conflict_handler"]);
  const formatter = argNode(call, "formatter_class");
  const formatterName = formatter ? cx.analysis.qualifiedName(formatter) : undefined;
  if (formatter && !FORMATTERS.has(formatterName ?? "")) cx.report(formatter.parent ?? formatter, Msg.unsupportedArgument, { arg: "formatter_class", name: `${name} (other than the standard formatter classes)` });
  const given = optionParts(call, cx, PARSER_OPTIONS, (py, node) => (py === "formatter_class" ? jsString(FORMATTERS.has(formatterName ?? "") ? formatterName!.slice("argparse.".length) : "HelpFormatter") : cx.text(node, Prec.Assign)));
  const shapes = namespaceShapes(cx.typeOf(call.node), cx);
  return shapes ? [...given, `shapes: ${shapes}`] : given;
}

const PARSER_OPTIONS = { prog: "prog", formatter_class: "formatterClass", usage: "usage", description: "description", epilog: "epilog", argument_default: "argumentDefault", add_help: "addHelp", allow_abbrev: "allowAbbrev", exit_on_error: "exitOnError" };

const ARGUMENT_OPTIONS = { action: "action", nargs: "nargs", const: "const", default: "default", type: "type", choices: "choices", required: "required", help: "help", metavar: "metavar", dest: "dest", version: "version" };

const ACTIONS = new Set(["store", "store_const", "store_true", "store_false", "append", "append_const", "extend", "count", "help", "version"]);

const BUILTIN_TYPES = new Set(["int", "float", "str"]);

/** `type=int` names the builtin (the runtime converts with Python's rules and names it in errors); a function is passed as is. */
function converter(node: SyntaxNode, cx: LowerContext): string {
  const name = cx.analysis.qualifiedName(node);
  if (name && BUILTIN_TYPES.has(name)) return jsString(name);
  if (name?.startsWith("argparse.")) {
    cx.report(node, Msg.noMapping, { name });
    return "null";
  }
  return cx.text(node, Prec.Assign);
}

const addArgument: CallRule = {
  sig: "(*name_or_flags: str, action: str = ..., nargs: int | str | None = ..., const: object = ..., default: object = ..., type: Callable[[str], object] | None = ..., choices: object = ..., required: bool = ..., help: str | None = ..., metavar: object = ..., dest: str | None = ..., version: str = ...) -> None",
  lower(call, cx) {
    const action = argNode(call, "action");
    const booleanOptional = action !== undefined && cx.analysis.qualifiedName(action) === "argparse.BooleanOptionalAction";
    if (action && !booleanOptional && !(unparen(action).type === "string" && ACTIONS.has(unparen(action).text.slice(1, -1)))) cx.report(action.parent ?? action, Msg.unsupportedArgument, { arg: "action", name: "argparse.ArgumentParser.add_argument (custom Action classes)" });
    const lowerValue = (py: string, node: SyntaxNode): string => (py === "type" ? converter(node, cx) : py === "action" && booleanOptional ? jsString("boolean_optional") : cx.text(node, Prec.Assign));
    const opts = optionsObject(optionParts(call, cx, ARGUMENT_OPTIONS, lowerValue));
    return methodCall(receiver(call, cx), "addArgument", [`[${call.rest.map((n) => cx.text(n, Prec.Assign)).join(", ")}]`, opts]);
  },
};

const addGroup: CallRule = {
  sig: "(title: str | None = ..., description: str | None = ...) -> argparse._ArgumentGroup[N]",
  lower: (call, cx) => methodCall(receiver(call, cx), "addArgumentGroup", [arg(call, "title", cx), arg(call, "description", cx)]),
};

const addExclusiveGroup: CallRule = {
  sig: "(required: bool = ...) -> argparse._ArgumentGroup[N]",
  lower: (call, cx) => methodCall(receiver(call, cx), "addMutuallyExclusiveGroup", [optionsObject(optionParts(call, cx, { required: "required" }))]),
};

/** `parse_args(args, namespace)`: a namespace of the program's own would not have the parser's type. */
const parseCall = (tsMethod: string, returns: string): CallRule => ({
  sig: `(args: list[str] | None = ..., namespace: None = ...) -> ${returns}`,
  lower(call, cx) {
    refuse(call, cx, `argparse.ArgumentParser.${tsMethod === "parseArgs" ? "parse_args" : "parse_known_args"}`, ["namespace"]);
    return methodCall(receiver(call, cx), tsMethod, [arg(call, "args", cx)]);
  },
});

/** `{ ratio: "f" }`: how the attributes of the parser's namespace print, for those a JS value cannot tell (floats, tuples). */
function namespaceShapes(parser: PyType, cx: LowerContext): string | undefined {
  const ns = parser.kind === "object" && parser.args[0]?.kind === "object" ? cx.analysis.userClass(parser.args[0].name) : undefined;
  const shaped = [...(ns?.fields ?? [])].filter(([, t]) => needsPrintShape(t));
  return shaped.length ? `{ ${shaped.map(([name, t]) => `${jsString(name)}: ${jsString(printShape(t))}`).join(", ")} }` : undefined;
}

/** A runtime class generic in the namespace type (`ArgumentParser<N>`). */
const genericRuntimeClass = (runtime: string): ClassRule => ({ typeParams: ["N"], runtime, tsType: (args, cx) => `${cx.helper(runtime)}<${args[0] === undefined || args[0] === "unknown" ? cx.helper("Namespace") : args[0]}>` });

const runtimeClass = (runtime: string, rest: Partial<ClassRule> = {}): ClassRule => ({ runtime, tsType: (_a, cx) => cx.helper(runtime), ...rest });

export const argparseRules: RuleSet = {
  modules: ["argparse"],
  calls: {
    "argparse.ArgumentParser": {
      sig: `(${PARSER_PARAMS}) -> None`,
      lower: (call, cx) => expr(`new ${cx.tsType(cx.typeOf(call.node))}(${optionsObject(parserOptionParts(call, cx, "argparse.ArgumentParser")) ?? ""})`, Prec.Call),
    },
    "argparse.ArgumentParser.add_subparsers": {
      sig: "(title: str = ..., description: str | None = ..., prog: str | None = ..., dest: str | None = ..., required: bool = ..., help: str | None = ..., metavar: str | None = ..., parser_class: object = ..., action: object = ...) -> argparse._SubParsersAction[N]",
      lower(call, cx) {
        refuse(call, cx, "argparse.ArgumentParser.add_subparsers", ["parser_class", "action"]);
        return methodCall(receiver(call, cx), "addSubparsers", [optionsObject(optionParts(call, cx, SUBPARSERS_OPTIONS))]);
      },
    },
    "argparse._SubParsersAction.add_parser": {
      sig: `(name: str, *, help: str | None = ..., aliases: list[str] = ..., ${PARSER_PARAMS}) -> argparse.ArgumentParser[N]`,
      lower(call, cx) {
        const parts = [...optionParts(call, cx, { help: "help", aliases: "aliases" }), ...parserOptionParts(call, cx, "argparse._SubParsersAction.add_parser")];
        return methodCall(receiver(call, cx), "addParser", [arg(call, "name", cx), optionsObject(parts)]);
      },
    },
    "argparse.ArgumentParser.add_argument": addArgument,
    "argparse._ArgumentGroup.add_argument": addArgument,
    "argparse.ArgumentParser.add_argument_group": addGroup,
    "argparse._ArgumentGroup.add_argument_group": addGroup,
    "argparse.ArgumentParser.add_mutually_exclusive_group": addExclusiveGroup,
    "argparse._ArgumentGroup.add_mutually_exclusive_group": addExclusiveGroup,
    "argparse.ArgumentParser.parse_args": parseCall("parseArgs", "N"),
    "argparse.ArgumentParser.parse_known_args": parseCall("parseKnownArgs", "tuple[N, list[str]]"),
    "argparse.ArgumentParser.set_defaults": {
      sig: "(**kwargs: object) -> None",
      lower: (call, cx) => methodCall(receiver(call, cx), "setDefaults", [`{ ${[...call.extraKeywords].map(([k, v]) => `${jsString(k)}: ${cx.text(v, Prec.Assign)}`).join(", ")} }`]),
    },
    "argparse.ArgumentParser.get_default": method("getDefault", "(dest: str, /) -> object", ["dest"]),
    "argparse.ArgumentParser.error": method("error", "(message: str, /) -> None", ["message"]),
    "argparse.ArgumentParser.exit": method("exit", "(status: int = ..., message: str | None = ...) -> None", ["status", "message"]),
    "argparse.ArgumentParser.format_help": method("formatHelp", "() -> str"),
    "argparse.ArgumentParser.format_usage": method("formatUsage", "() -> str"),
    "argparse.ArgumentParser.print_help": method("printHelp", "(file: object = ...) -> None", ["file"]),
    "argparse.ArgumentParser.print_usage": method("printUsage", "(file: object = ...) -> None", ["file"]),
    "argparse.Namespace": {
      sig: "(**kwargs: object) -> None",
      lower: (call, cx) => expr(`new ${cx.helper("Namespace")}({ ${[...call.extraKeywords].map(([k, v]) => `${jsString(k)}: ${cx.text(v, Prec.Assign)}`).join(", ")} })`, Prec.Call),
    },
    "argparse.ArgumentTypeError": { sig: "(*args: object) -> None", lower: (call, cx) => expr(`new ${cx.helper("ArgumentTypeError")}(${call.rest.map((n) => cx.text(n, Prec.Assign)).join(", ")})`, Prec.Call) },
  },
  attrs: {
    "argparse.SUPPRESS": { type: "str", lower: (_o, _n, cx) => expr(cx.helper("SUPPRESS"), Prec.Primary) },
    ...Object.fromEntries(Object.entries(NARGS_CONSTANTS).map(([name, value]) => [`argparse.${name}`, { type: "str", lower: () => expr(jsString(value)) }])),
    "argparse.ArgumentParser.prog": { type: "str" },
    "argparse.ArgumentParser.description": { type: "str | None" },
    "argparse.ArgumentParser.epilog": { type: "str | None" },
    "argparse.ArgumentParser.usage": { type: "str | None" },
  },
  classes: {
    "argparse.ArgumentParser": genericRuntimeClass("ArgumentParser"),
    "argparse._ArgumentGroup": runtimeClass("ArgumentGroup", { typeParams: ["N"] }),
    "argparse._SubParsersAction": genericRuntimeClass("SubParsers"),
    "argparse.BooleanOptionalAction": {},
    "argparse.Namespace": runtimeClass("Namespace", { dynamicAttributes: true }),
    ...Object.fromEntries([...FORMATTERS].map((name) => [name, {}])),
    "argparse.ArgumentError": runtimeClass("ArgumentError", { bases: ["Exception"] }),
    "argparse.ArgumentTypeError": runtimeClass("ArgumentTypeError", { bases: ["Exception"] }),
  },
};
