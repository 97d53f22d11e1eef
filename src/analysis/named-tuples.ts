import type { SyntaxNode } from "../parse/parser";
import { field, namedChildren, unparen } from "../parse/nodes";

/** What `Point = namedtuple("Point", "x y", defaults=[0])` declares: a class of the program, written as a call. */
export interface NamedTupleSpec {
  /** The name the class prints with (`namedtuple("Point", …)`), which may differ from the variable's. */
  readonly typename: string;
  /** The variable the class is assigned to. */
  readonly target: SyntaxNode;
  readonly fields: readonly string[];
  /** Default values, for the last fields (`defaults=[…]`). */
  readonly defaults: readonly SyntaxNode[];
}

const stringValue = (node: SyntaxNode | undefined): string | undefined => {
  const n = node ? unparen(node) : undefined;
  return n?.type === "string" && !namedChildren(n).some((c) => c.type === "interpolation") ? n.text.replace(/^[a-zA-Z]*(['"]{1,3})([\s\S]*)\1$/, "$2") : undefined;
};

const IDENTIFIER = /^[A-Za-z_]\w*$/;

/**
 * The class a `collections.namedtuple(...)` call assigned to a name declares, when everything about it
 * is written out (names as literals, no `rename=True`); undefined otherwise (the call is then refused).
 */
export function namedTupleSpec(target: SyntaxNode, call: SyntaxNode): NamedTupleSpec | undefined {
  if (target.type !== "identifier") return undefined;
  const args = namedChildren(field(call, "arguments"));
  const positional = args.filter((a) => a.type !== "keyword_argument");
  const keyword = (name: string): SyntaxNode | undefined => {
    const a = args.find((k) => k.type === "keyword_argument" && field(k, "name").text === name);
    return a ? field(a, "value") : undefined;
  };
  const typename = stringValue(positional[0] ?? keyword("typename"));
  const names = positional[1] ?? keyword("field_names");
  if (typename === undefined || !IDENTIFIER.test(typename) || !names || positional.length > 2 || args.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
  if (args.some((a) => a.type === "keyword_argument" && !["typename", "field_names", "defaults", "module"].includes(field(a, "name").text))) return undefined;
  const n = unparen(names);
  const listed = n.type === "list" || n.type === "tuple" ? namedChildren(n).map(stringValue) : [stringValue(n)];
  if (listed.some((s) => s === undefined)) return undefined;
  // A string of names separated by commas and/or spaces, as Python splits it.
  const fields = listed.flatMap((s) => s!.replace(/,/g, " ").split(/\s+/).filter((x) => x !== ""));
  if (!fields.every((f) => IDENTIFIER.test(f) && !f.startsWith("_")) || new Set(fields).size !== fields.length) return undefined;
  const dflt = keyword("defaults");
  const d = dflt ? unparen(dflt) : undefined;
  if (d && (!(d.type === "list" || d.type === "tuple") || namedChildren(d).some((c) => c.type === "list_splat"))) return undefined;
  const defaults = d ? namedChildren(d) : [];
  if (defaults.length > fields.length) return undefined;
  return { typename, target, fields, defaults };
}
