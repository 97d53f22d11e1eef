import type { SyntaxNode } from "../../parse/parser";
import { restoreSpecFill } from "../../parse/format-spec-fill";
import { field, namedChildren, optionalField } from "../../parse/nodes";
import { Msg } from "../../diagnostics/messages";
import { losesTuples, needsPrintShape, printShape, T, type PyType } from "../../analysis/types";
import type { LowerContext } from "../context";
import { expr, Prec, wrap, type Expr } from "../ir";
import type { RuleSet } from "../registry";
import { decodeContent, decodeStringLiteral, jsString, prefixOf, templateText } from "./string-literals";
import { hashedKey, needsHashing } from "./hash-keys";

/** `1_000`, `0x1F`, `0o17`, `0b101` are valid TypeScript as written. */
function integer(node: SyntaxNode, cx: LowerContext): Expr {
  const text = node.text;
  if (/[lL]$/.test(text)) return cx.unsupported(node, "A Python 2 long literal");
  const value = Number(text.replace(/_/g, ""));
  if (!Number.isSafeInteger(value)) cx.report(node, Msg.unsupportedConstruct, { construct: `The integer ${text}, beyond 2**53,` });
  return expr(text.replace(/^0+(?=\d)/, ""));
}

function float(node: SyntaxNode, cx: LowerContext): Expr {
  const text = node.text;
  if (/[jJ]$/.test(text)) return cx.unsupported(node, "A complex number literal");
  // `5.` and `.5` are fine in TypeScript; `1e5` too.
  return expr(text);
}

function string(node: SyntaxNode, cx: LowerContext): Expr {
  const prefix = prefixOf(node);
  if (prefix.format) return fString(node, cx);
  const decoded = decodeStringLiteral(node)!;
  if (decoded.kind === "bytes") return bytesLiteral(decoded.value, cx);
  return expr(jsString(decoded.value));
}

function bytesLiteral(latin1: string, cx: LowerContext): Expr {
  // Through runtime helpers typed `Uint8Array` like every bytes value of the runtime (a bare
  // `new Uint8Array()` is the narrower `Uint8Array<ArrayBuffer>`, which `b"" + chunk` could not be assigned).
  const codes = [...latin1].map((c) => c.charCodeAt(0));
  if (codes.length > 0 && codes.every((c) => c >= 0x20 && c < 0x7f)) return expr(`${cx.helper("encode")}(${jsString(latin1)})`, Prec.Call);
  return expr(`${cx.helper("bytesOf")}(${codes.length ? `[${codes.join(", ")}]` : ""})`, Prec.Call);
}

/** Adjacent literals `"a" "b"` are one string in Python. */
function concatenated(node: SyntaxNode, cx: LowerContext): Expr {
  const parts = namedChildren(node);
  if (parts.every((p) => !prefixOf(p).format)) {
    const decoded = parts.map((p) => decodeStringLiteral(p)!);
    const value = decoded.map((d) => d.value).join("");
    if (decoded[0]!.kind === "bytes") return bytesLiteral(value, cx);
    return expr(jsString(value));
  }
  return expr(`\`${parts.map((p) => templateBody(p, cx)).join("")}\``);
}

/** f-strings become template literals; fields go through `str`, `repr` or `format` only where JS would differ. */
function fString(node: SyntaxNode, cx: LowerContext): Expr {
  return expr(`\`${templateBody(node, cx)}\``);
}

function templateBody(node: SyntaxNode, cx: LowerContext): string {
  const prefix = prefixOf(node);
  let out = "";
  for (const child of node.children) {
    if (child.type === "string_content") out += templateText(decodeContent(child.text, prefix));
    else if (child.type === "interpolation") out += interpolation(child, cx);
  }
  return out;
}

/** One `{…}` field as a template-literal piece (`${…}`, preceded by its label for `{x=}`). */
function interpolation(node: SyntaxNode, cx: LowerContext): string {
  const value = field(node, "expression");
  const conversion = optionalField(node, "type_conversion")?.text;
  const spec = optionalField(node, "format_specifier");
  const selfDoc = node.children.some((c) => c.type === "=");
  const t = cx.typeOf(value);
  const shape = needsPrintShape(t) ? printShape(t) : undefined;
  let shown: Expr;
  if (conversion === "!r" || conversion === "!a" || (selfDoc && !conversion && !spec)) {
    const converted = conversion === "!a" ? `${cx.helper("asciiRepr")}(${cx.text(value)})` : `${cx.helper("repr")}(${cx.text(value)}${shape ? `, ${jsString(shape)}` : ""})`;
    // `{x!r:>10}` formats the repr as a string.
    shown = expr(spec ? `${cx.helper("format")}(${converted}, ${formatSpec(spec, cx)})` : converted, Prec.Call);
  } else if (spec) {
    const specText = formatSpec(spec, cx);
    const v = conversion === "!s" ? cx.str(value).code : cx.text(value);
    shown = expr(`${cx.helper("format")}(${v}, ${specText}${shape && conversion !== "!s" ? `, ${jsString(shape)}` : ""})`, Prec.Call);
  } else {
    shown = templateField(value, cx);
  }
  if (!selfDoc) return "${" + shown.code + "}";
  // `{x = }` shows its own source text up to the `=` and the spaces after it.
  const eq = node.children.find((c) => c.type === "=")!;
  const after = eq.nextSibling;
  const label = node.text.slice(1, (after ? after.startIndex : eq.endIndex) - node.startIndex);
  return templateText(label) + "${" + shown.code + "}";
}

/** A field shown with `str()`: plain strings and ints need no helper inside a template literal. */
function templateField(value: SyntaxNode, cx: LowerContext): Expr {
  const t = cx.typeOf(value);
  if (t.kind === "str" || t.kind === "int") return cx.expr(value);
  return cx.str(value);
}

/** The format spec as a TS string expression; nested fields (`{x:>{w}}`) are spliced in. */
function formatSpec(spec: SyntaxNode, cx: LowerContext): string {
  const base = spec.startIndex;
  const text = restoreSpecFill(spec.text);
  const nested = namedChildren(spec).filter((c) => c.type === "format_expression");
  if (nested.length === 0) return jsString(text.replace(/^:/, ""));
  let out = "";
  let pos = text.startsWith(":") ? 1 : 0;
  for (const n of nested) {
    out += templateText(text.slice(pos, n.startIndex - base));
    const inner = field(n, "expression");
    out += "${" + (cx.typeOf(inner).kind === "str" || cx.typeOf(inner).kind === "int" ? cx.text(inner) : cx.str(inner).code) + "}";
    pos = n.endIndex - base;
  }
  out += templateText(text.slice(pos));
  return `\`${out}\``;
}

function list(node: SyntaxNode, cx: LowerContext): Expr {
  const of = itemType(node, cx);
  return expr(`[${namedChildren(node).map((c) => item(c, of, cx)).join(", ")}]`);
}

/** The type of the items of a list or set literal, or of the values of a dict literal. */
function itemType(node: SyntaxNode, cx: LowerContext): PyType {
  const t = cx.typeOf(node);
  return t.kind === "list" || t.kind === "set" ? t.item : t.kind === "dict" ? t.value : T.unknown;
}

/** An item of a container literal; a tuple among arrays that printing cannot tell apart is marked as one. */
function item(node: SyntaxNode, containerItem: PyType, cx: LowerContext): string {
  const code = element(node, cx);
  const t = cx.typeOf(node);
  return losesTuples(containerItem) && (t.kind === "tuple" || t.kind === "vartuple") ? `${cx.helper("markTuple")}(${code})` : code;
}

function element(node: SyntaxNode, cx: LowerContext): string {
  if (node.type === "list_splat") {
    const inner = namedChildren(node)[0]!;
    return `...${spreadable(inner, cx)}`;
  }
  return cx.text(node, Prec.Assign);
}

/** What `*x` spreads: JS spreads any iterable, but a Map spreads entries where Python iterates keys. */
export function spreadable(node: SyntaxNode, cx: LowerContext): string {
  const t = cx.typeOf(node);
  if (t.kind === "dict") return `${cx.text(node, Prec.Call)}.keys()`;
  if (t.kind === "unknown") return `${cx.helper("iter")}(${cx.text(node)})`;
  return cx.text(node, Prec.Unary);
}

function tuple(node: SyntaxNode, cx: LowerContext): Expr {
  const items = namedChildren(node);
  return expr(`[${items.map((c) => element(c, cx)).join(", ")}]`);
}

function set(node: SyntaxNode, cx: LowerContext): Expr {
  const t = cx.typeOf(node);
  // Tuples (and objects hashed by value) are members by value: the runtime's keyedSet makes them so.
  if (t.kind === "set" && needsHashing(t.item, cx)) return expr(`${cx.helper("keyedSet")}([${namedChildren(node).map((c) => element(c, cx)).join(", ")}])`, Prec.Call);
  const of = itemType(node, cx);
  return expr(`new Set([${namedChildren(node).map((c) => item(c, of, cx)).join(", ")}])`, Prec.Call);
}

function dictionary(node: SyntaxNode, cx: LowerContext): Expr {
  const parts: string[] = [];
  const of = itemType(node, cx);
  for (const c of namedChildren(node)) {
    if (c.type === "pair") parts.push(`[${hashedKey(field(c, "key"), cx)}, ${item(field(c, "value"), of, cx)}]`);
    else if (c.type === "dictionary_splat") parts.push(`...${wrap(cx.expr(namedChildren(c)[0]!), Prec.Unary)}`);
  }
  if (parts.length === 0) return expr(`new Map()`, Prec.Call);
  // Entries of different types would make TypeScript infer a union of tuples that fits no Map: say the types.
  const t = cx.typeOf(node);
  const mixed = t.kind === "dict" && (t.key.kind === "union" || t.value.kind === "union");
  const typeArgs = mixed && t.kind === "dict" ? `<${cx.tsType(t.key)}, ${cx.tsType(t.value)}>` : "";
  return expr(`new Map${typeArgs}([${parts.join(", ")}])`, Prec.Call);
}

function parenthesized(node: SyntaxNode, cx: LowerContext): Expr {
  const inner = namedChildren(node)[0]!;
  return cx.expr(inner);
}

export const literalRules: RuleSet = {
  expressions: {
    integer,
    float,
    string,
    concatenated_string: concatenated,
    true: () => expr("true"),
    false: () => expr("false"),
    none: () => expr("null"),
    // `*xs` where a rule passes an argument through: a spread, valid in the argument list or array it lands in.
    list_splat: (node, cx) => expr(`...${spreadable(namedChildren(node)[0]!, cx)}`, Prec.Assign),
    list,
    tuple,
    expression_list: tuple,
    set,
    dictionary,
    parenthesized_expression: parenthesized,
  },
};

/**
 * A list or tuple literal iterated directly (`for a, b in [("x", 1)]`) has no type context in
 * TypeScript, which would widen its tuples to arrays: give it its type.
 */
export function typedLiteral(node: SyntaxNode, cx: LowerContext): string | undefined {
  const n = node.type === "parenthesized_expression" ? namedChildren(node)[0]! : node;
  if (n.type !== "list" && n.type !== "tuple") return undefined;
  const t = cx.typeOf(n);
  if (!containsTuple(t)) return undefined;
  return `(${cx.expr(n).code} as ${cx.tsType(t)})`;
}

const containsTuple = (t: PyType): boolean =>
  t.kind === "tuple" || ((t.kind === "list" || t.kind === "vartuple" || t.kind === "set") && containsTuple(t.item));
