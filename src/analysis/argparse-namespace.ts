import type { SyntaxNode } from "../parse/parser";
import { field, namedChildren, unparen } from "../parse/nodes";
import { joinFlows, T, type PyType } from "./types";

/**
 * The attributes `parser.parse_args()` gives, worked out from the parser's `add_argument` calls as
 * CPython's argparse fills them: `type=int` makes an int, `store_true` a bool, `nargs="*"` and
 * `append` a list; an option that may be absent keeps its default (None unless one is given).
 */
export interface NamespaceField {
  readonly dest: string;
  readonly type: PyType;
}

export interface NamespaceAnalysis {
  qualifiedName(node: SyntaxNode): string | undefined;
  typeOf(node: SyntaxNode): PyType;
}

/** `nargs=argparse.ONE_OR_MORE` and the like are these strings. */
export const NARGS_CONSTANTS: Readonly<Record<string, string>> = { OPTIONAL: "?", ZERO_OR_MORE: "*", ONE_OR_MORE: "+", REMAINDER: "..." };

const stringLiteral = (node: SyntaxNode | undefined): string | undefined => {
  const n = node ? unparen(node) : undefined;
  return n?.type === "string" && !namedChildren(n).some((c) => c.type === "interpolation") ? n.text.replace(/^[a-zA-Z]*(['"]{1,3})([\s\S]*)\1$/, "$2") : undefined;
};

/** What one command-line string converts to under `type=`: a builtin, or what the program's function returns. */
function convertedType(typeArg: SyntaxNode | undefined, a: NamespaceAnalysis): PyType {
  if (!typeArg) return T.str;
  const name = a.qualifiedName(typeArg);
  if (name === "int") return T.int;
  if (name === "float") return T.float;
  if (name === "str") return T.str;
  const fn = a.typeOf(typeArg);
  return fn.kind === "func" ? fn.sig.returns : T.unknown;
}

/** `add_subparsers(dest="command")`: the subcommand's name (None when none was given, unless required). */
export function subparsersField(call: SyntaxNode): NamespaceField | undefined {
  const args = namedChildren(field(call, "arguments"));
  const kw = new Map(args.filter((x) => x.type === "keyword_argument").map((x) => [field(x, "name").text, field(x, "value")]));
  const dest = stringLiteral(kw.get("dest"));
  const required = kw.get("required");
  return dest === undefined ? undefined : { dest, type: required && unparen(required).type === "true" ? T.str : T.optional(T.str) };
}

/**
 * The attribute an `add_argument(...)` call adds, or undefined when it adds none (`help`, `version`);
 * `"unknown"` when its names or action are not written out (the namespace is then open-ended).
 */
export function addArgumentField(call: SyntaxNode, a: NamespaceAnalysis): NamespaceField | undefined | "unknown" {
  const args = namedChildren(field(call, "arguments"));
  if (args.some((x) => x.type === "list_splat" || x.type === "dictionary_splat")) return "unknown";
  const names = args.filter((x) => x.type !== "keyword_argument").map(stringLiteral);
  const kw = new Map(args.filter((x) => x.type === "keyword_argument").map((x) => [field(x, "name").text, field(x, "value")]));
  if (names.length === 0 || names.some((n) => n === undefined)) return "unknown";
  const actionNode = kw.get("action");
  const action = !actionNode ? "store" : a.qualifiedName(actionNode) === "argparse.BooleanOptionalAction" ? "boolean_optional" : stringLiteral(actionNode);
  if (action === undefined) return "unknown";
  if (action === "help" || action === "version") return undefined;
  const positional = !names[0]!.startsWith("-");
  const long = names.find((n) => n!.startsWith("--")) ?? names[0]!;
  const dest = kw.has("dest") ? stringLiteral(kw.get("dest")) : positional ? names[0]! : long.replace(/^-+/, "").replace(/-/g, "_");
  if (dest === undefined) return "unknown";
  const defaultNode = kw.get("default");
  const nargsNode = kw.get("nargs");
  const constant = nargsNode ? a.qualifiedName(nargsNode) : undefined;
  const nargs = nargsNode ? (stringLiteral(nargsNode) ?? (constant?.startsWith("argparse.") ? NARGS_CONSTANTS[constant.slice("argparse.".length)] : undefined) ?? (unparen(nargsNode).type === "integer" ? "N" : undefined)) : "1";
  if (nargs === undefined) return "unknown";
  const requiredNode = kw.get("required");
  const required = positional ? nargs !== "?" && !(nargs === "*" && defaultNode) : requiredNode !== undefined && unparen(requiredNode).type === "true";
  const value = convertedType(kw.get("type"), a);
  // A string default goes through `type=` as a command-line string would.
  const dflt = defaultNode ? (stringLiteral(defaultNode) !== undefined && kw.has("type") ? value : a.typeOf(defaultNode)) : T.none;
  const constType = kw.has("const") ? a.typeOf(kw.get("const")!) : T.none;
  const orDefault = (t: PyType): PyType => (required ? t : joinFlows(t, dflt));
  switch (action) {
    case "store_true":
    case "store_false":
      return { dest, type: defaultNode ? joinFlows(T.bool, a.typeOf(defaultNode)) : T.bool };
    case "boolean_optional":
      return { dest, type: orDefault(T.bool) };
    case "store_const":
      return { dest, type: orDefault(constType) };
    case "count":
      return { dest, type: orDefault(T.int) };
    case "append_const":
      return { dest, type: orDefault(T.list(constType)) };
    case "append":
      return { dest, type: orDefault(T.list(nargs === "1" || nargs === "?" ? value : T.list(value))) };
    case "extend":
      return { dest, type: orDefault(T.list(value)) };
    case "store": {
      if (nargs === "*" && positional && !defaultNode) return { dest, type: T.list(value) };
      const taken = nargs === "1" ? value : nargs === "?" ? joinFlows(value, positional ? dflt : constType) : T.list(value);
      return { dest, type: orDefault(taken) };
    }
    default:
      return "unknown";
  }
}
