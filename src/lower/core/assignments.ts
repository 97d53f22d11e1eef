import type { SyntaxNode } from "../../parse/parser";
import { field, namedChildren, optionalField, unparen } from "../../parse/nodes";
import { typeKey, withoutNone, type PyType } from "../../analysis/types";
import type { PySymbol } from "../../analysis/scope";
import { forStatementOf } from "../../analysis/declarations";
import type { LowerContext } from "../context";
import { expr, line, Prec, wrap, type Expr, type Stmt } from "../ir";
import type { RuleSet } from "../registry";
import { lowerBinary } from "./operators";
import { hashedKey } from "./hash-keys";
import { targetNames, targetPattern } from "./targets";
import { sliceArgs } from "./subscripts";
import { isTypedDict, typedDictMember } from "../typing/typed-dict";
import { namedTupleClass } from "./classes";

function expressionStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const inner = namedChildren(node)[0];
  if (!inner) return [];
  if (inner.type === "assignment") return assignment(inner, cx);
  if (inner.type === "augmented_assignment") return augmented(inner, cx);
  const e = cx.expr(inner);
  // A call that does nothing in the translation (`uvloop.install()`) leaves no statement behind.
  if (e.code === "null" && inner.type === "call") return [];
  // An object literal or function expression at the start of a statement would parse as a block or declaration.
  const text = /^[{]|^function\b|^class\b/.test(e.code) ? `(${e.code})` : e.code;
  return [line(`${text};`)];
}

/** `x = v`, `a, b = v`, `a = b = v`, `x: T = v`, `obj.f = v`, `d[k] = v`. */
function assignment(node: SyntaxNode, cx: LowerContext): Stmt[] {
  // `Number = Union[int, float]`: a type alias.
  const left = field(node, "left");
  const aliasSym = left.type === "identifier" ? cx.symbolOf(left) : undefined;
  const alias = aliasSym ? cx.analysis.typeAliasValue(aliasSym) : undefined;
  if (aliasSym && alias) return [line(`${cx.exportPrefix(left)}type ${aliasSym.tsName} = ${cx.tsType(cx.analysis.hintType(alias))};`)];
  const targets: SyntaxNode[] = [];
  let n: SyntaxNode = node;
  // `a = b = v` nests assignments on the right.
  for (;;) {
    targets.push(field(n, "left"));
    const right = optionalField(n, "right");
    if (right?.type === "assignment") n = right;
    else break;
  }
  const value = optionalField(n, "right");
  const hint = optionalField(node, "type");
  if (!value) {
    // `x: int` declares without binding; a later assignment declares the variable.
    return [];
  }
  // `T = TypeVar("T")` exists for the type checker only; TypeScript declares type parameters where they are used.
  if (unparen(value).type === "call" && cx.analysis.libraryCallKey(unparen(value)) === "typing.TypeVar") return [];
  // `Point = namedtuple("Point", "x y")` declares a class.
  const declared = unparen(value).type === "call" ? cx.analysis.classOfNode(unparen(value)) : undefined;
  if (declared?.namedTuple && targets.length === 1) {
    const sym = cx.symbolOf(declared.namedTuple.target);
    // A class declaration names it once, where it is: not a variable declared earlier or bound again.
    if (sym && declaresHere(sym, declared.namedTuple.target) && sym.bindings.length === 1) return namedTupleClass(declared, node, cx);
    return [line(`${cx.unsupported(node, "A namedtuple() class assigned to a name bound elsewhere too, or declared outside its block")};`)];
  }
  if (targets.length === 1) return assignTo(targets[0]!, cx.coerce(value, slotType(targets[0]!, cx)), value, cx, hint !== null);
  const temp = cx.names.fresh("value");
  // Typed as the value (a tuple literal would otherwise be inferred as an array).
  const t = cx.typeOf(value);
  const annotation = t.kind === "unknown" ? "" : `: ${cx.tsType(t)}`;
  return [line(`const ${temp}${annotation} = ${cx.expr(value).code};`), ...targets.flatMap((target) => assignTo(target, expr(temp), value, cx, false))];
}

function isFrozen(t: PyType, cx: LowerContext): boolean {
  const cls = t.kind === "object" ? cx.analysis.userClass(t.name) : undefined;
  return cls !== undefined && (cls.decorators.some((d) => /frozen\s*=\s*True/.test(d)) || (cls.libraryBases ?? []).includes("typing.NamedTuple"));
}

/** The type a target holds, when the analysis knows it (a variable's type, a class field's). */
function slotType(target: SyntaxNode, cx: LowerContext): PyType | undefined {
  const t = unparen(target);
  if (t.type === "identifier") return cx.symbolOf(t)?.type;
  if (t.type === "attribute") {
    const owner = withoutNone(cx.typeOf(field(t, "object")));
    if (owner.kind === "object" && cx.analysis.userClass(owner.name)) return cx.analysis.memberType(owner, field(t, "attribute").text);
  }
  if (t.type === "subscript") {
    const owner = withoutNone(cx.typeOf(field(t, "value")));
    if (owner.kind === "dict") return owner.value;
    if (owner.kind === "list") return owner.item;
  }
  return undefined;
}

/** Assigns an already lowered value to one Python target, declaring it where the analysis said. */
export function assignTo(target: SyntaxNode, value: Expr, valueNode: SyntaxNode | undefined, cx: LowerContext, annotated: boolean): Stmt[] {
  const t = unparen(target);
  switch (t.type) {
    case "identifier": {
      const sym = cx.symbolOf(t);
      const name = sym?.tsName ?? t.text;
      if (sym && declaresHere(sym, t)) {
        const keyword = sym.isConst ? "const" : "let";
        const annotation = needsAnnotation(sym, valueNode, cx, annotated) ? `: ${cx.tsType(sym.type)}` : "";
        return [line(`${cx.exportPrefix(t)}${keyword} ${name}${annotation} = ${value.code};`)];
      }
      return [line(`${name} = ${value.code};`)];
    }
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
    case "tuple":
    case "list":
    case "expression_list": {
      const parts = namedChildren(t);
      const star = parts.findIndex((c) => c.type === "list_splat_pattern" || c.type === "list_splat");
      if (star >= 0 && star < parts.length - 1) return starredInTheMiddle(parts, star, value, cx);
      const names = targetNames(t);
      const syms = names.map((nm) => cx.symbolOf(nm));
      const declared = syms.length > 0 && syms.every((s, i) => s !== undefined && declaresHere(s, names[i]!));
      const onlyNames = names.length === countTargets(t);
      const source = destructurable(value, valueNode, parts.length, star >= 0, cx);
      if (declared && onlyNames) {
        const keyword = syms.every((s) => s!.isConst) ? "const" : "let";
        return [line(`${cx.exportPrefix(t)}${keyword} ${targetPattern(t, cx)} = ${source};`)];
      }
      if (onlyNames) return [line(`${targetPattern(t, cx)} = ${source};`)];
      // Attributes or subscripts inside the pattern: unpack into a temporary first.
      const temp = cx.names.fresh("items");
      return [line(`const ${temp} = ${source};`), ...parts.flatMap((p, i) => assignTo(p, expr(`${temp}[${i}]`, Prec.Call), undefined, cx, false))];
    }
    case "attribute": {
      const object = field(t, "object");
      const objType = withoutNone(cx.typeOf(object));
      const name = field(t, "attribute").text;
      // Unknown objects, and frozen ones (whose fields are readonly: Python raises FrozenInstanceError at run time).
      if (objType.kind === "unknown" || isFrozen(objType, cx)) return [line(`${cx.helper("setAttr")}(${cx.expr(object).code}, ${JSON.stringify(name)}, ${value.code});`)];
      return [line(`${cx.text(object, Prec.Call)}.${cx.memberName(name)} = ${value.code};`)];
    }
    case "subscript": {
      const object = field(t, "value");
      const key = t.childrenForFieldName("subscript")[0]!;
      const objType = withoutNone(cx.typeOf(object));
      if (objType.kind === "dict") return [line(`${cx.text(object, Prec.Call)}.set(${hashedKey(key, cx)}, ${value.code});`)];
      if (isTypedDict(object, cx)) return [line(`${typedDictMember(object, key, cx).code} = ${value.code};`)];
      const bounds = sliceArgs(key, cx);
      if (bounds !== undefined) return [line(`${cx.helper("setSlice")}(${cx.expr(object).code}, ${bounds}, ${value.code});`)];
      return [line(`${cx.helper("setItem")}(${cx.expr(object).code}, ${cx.expr(key).code}, ${value.code});`)];
    }
    default:
      return [line(`${cx.unsupported(t, `Assigning to '${t.text}'`).code};`)];
  }
}

/** Names in a pattern, or Infinity when it also holds attributes or subscripts (which a TS pattern cannot declare). */
/** `first, *middle, last = xs`: JavaScript patterns only take a rest element last. */
function starredInTheMiddle(parts: readonly SyntaxNode[], star: number, value: Expr, cx: LowerContext): Stmt[] {
  const items = cx.names.fresh("items");
  const after = parts.length - star - 1;
  const out: Stmt[] = [line(`const ${items} = ${cx.helper("unpackStarred")}(${value.code}, ${star}, ${after});`)];
  parts.forEach((p, i) => {
    const piece =
      i < star
        ? expr(`${items}[${i}]!`, Prec.Postfix)
        : i === star
          ? expr(`${items}.slice(${star}, ${items}.length - ${after})`, Prec.Call)
          : expr(`${items}[${items}.length - ${parts.length - i}]!`, Prec.Postfix);
    out.push(...assignTo(i === star ? namedChildren(p)[0]! : p, piece, undefined, cx, false));
  });
  return out;
}

function countTargets(node: SyntaxNode): number {
  return namedChildren(node).reduce((n, c) => {
    if (["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list"].includes(c.type)) return n + countTargets(c);
    if (c.type === "identifier") return n + 1;
    if (c.type === "list_splat_pattern" && namedChildren(c)[0]?.type === "identifier") return n + 1;
    return Infinity;
  }, 0);
}

/** Destructuring needs an iterable in JavaScript; Python unpacks any iterable, including a dict's keys. */
function destructurable(value: Expr, valueNode: SyntaxNode | undefined, count: number, starred: boolean, cx: LowerContext): string {
  if (!valueNode) return value.code;
  const t = withoutNone(cx.typeOf(valueNode));
  if (t.kind === "dict") return `${wrap(value, Prec.Call)}.keys()`;
  // `a, *rest = xs`: at least the names before the star.
  if (starred) return t.kind === "unknown" ? `${cx.helper("unpackStarred")}(${value.code}, ${count - 1}, 0)` : value.code;
  // Python raises ValueError when the counts differ; JavaScript would leave `undefined` or drop items.
  const fits = t.kind === "tuple" ? t.items.length === count : t.kind !== "unknown" && (!isSequence(t) || staticLength(valueNode, cx) === count);
  if (!fits) return `${cx.helper("unpack")}(${value.code}, ${count})`;
  return value.code;
}

/** The length of a list the program spells out: `[a, b]`, `await gather(f(), g())`. */
function staticLength(node: SyntaxNode, cx: LowerContext): number | undefined {
  let n = unparen(node);
  if (n.type === "list") return namedChildren(n).some((c) => c.type === "list_splat") ? undefined : namedChildren(n).length;
  if (n.type === "await") n = unparen(namedChildren(n)[0]!);
  if (n.type !== "call" || cx.analysis.libraryCallKey(n) !== "asyncio.gather") return undefined;
  const args = namedChildren(field(n, "arguments"));
  return args.every((a) => a.type !== "list_splat" && a.type !== "keyword_argument" && a.type !== "dictionary_splat") ? args.length : undefined;
}

/** Values whose length is only known at run time. */
const isSequence = (t: PyType): boolean => t.kind === "list" || t.kind === "vartuple" || t.kind === "str" || t.kind === "bytes" || t.kind === "set" || t.kind === "generator";

/** Is this binding the one where the variable is declared (`const`/`let`)? */
export function declaresHere(sym: PySymbol, binding: SyntaxNode): boolean {
  if (sym.loopLocal) return forStatementOf(binding) !== undefined;
  return sym.declaration === "inline" && sym.declaringNode?.id === binding.id;
}

/**
 * An explicit type where TypeScript's own inference would differ from Python's type: empty
 * containers, `None`, variables that later take other types, tuples, and annotated assignments.
 */
function needsAnnotation(sym: PySymbol, valueNode: SyntaxNode | undefined, cx: LowerContext, annotated: boolean): boolean {
  if (annotated) return true;
  if (!valueNode) return true;
  const vt = cx.typeOf(valueNode);
  // A variable that later holds values known only at run time is `unknown` from the start.
  if (typeKey(vt) !== typeKey(sym.type)) return sym.type.kind !== "unknown" || vt.kind !== "unknown";
  const v = unparen(valueNode);
  return ["list", "tuple", "dictionary", "set", "none", "list_comprehension", "dictionary_comprehension", "set_comprehension"].includes(v.type) || containsTuple(sym.type);
}

const containsTuple = (t: PyType): boolean => t.kind === "tuple" || ((t.kind === "list" || t.kind === "set") && containsTuple(t.item)) || (t.kind === "dict" && (containsTuple(t.key) || containsTuple(t.value)));

/** `x op= v`. Lists extend in place; floor division and modulo keep Python's semantics. */
function augmented(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const left = field(node, "left");
  const right = field(node, "right");
  const op = field(node, "operator").text.slice(0, -1);
  const lt = withoutNone(cx.typeOf(left));
  const target = cx.expr(left);
  if (lt.kind === "list" && op === "+") return [line(`${wrap(target, Prec.Call)}.push(...${cx.text(right, Prec.Unary)});`)];
  if (lt.kind === "set" && (op === "|" || op === "-" || op === "&")) {
    const helper = { "|": "setUpdate", "-": "setDifferenceUpdate", "&": "setIntersectionUpdate" }[op];
    return [line(`${cx.helper(helper)}(${target.code}, ${cx.expr(right).code});`)];
  }
  if (lt.kind === "dict" && op === "|") return [line(`${cx.helper("dictUpdate")}(${target.code}, ${cx.expr(right).code});`)];
  const rt = withoutNone(cx.typeOf(right));
  const simple = (lt.kind === "int" || lt.kind === "float") && (rt.kind === "int" || rt.kind === "float") && ["+", "-", "*", "<<", ">>", "&", "|", "^"].includes(op);
  const strConcat = lt.kind === "str" && rt.kind === "str" && op === "+";
  if ((simple || strConcat) && (unparen(left).type === "identifier" || unparen(left).type === "attribute")) {
    return [line(`${target.code} ${op}= ${cx.text(right, Prec.Assign)};`)];
  }
  const combined = lowerBinary(op, left, right, cx, node);
  return assignTo(left, combined, undefined, cx, false);
}

export const assignmentRules: RuleSet = {
  statements: { expression_statement: expressionStatement },
};
