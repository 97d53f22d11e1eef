import type { SyntaxNode } from "../../parse/parser";
import { field, namedChildren, optionalField, unparen } from "../../parse/nodes";
import { T } from "../../analysis/types";
import type { LowerContext } from "../context";
import { chain, expr, line, Prec, type Expr, type Stmt } from "../ir";
import type { RuleSet } from "../registry";
import { decodeStringLiteral, jsString } from "./string-literals";
import { dataclassFields, isDataclass } from "./class-signature";

/**
 * `match`: an `if`/`else if` chain. Each pattern becomes a test of the subject whose captures are
 * assigned inside the test (`(x = v[0], true)`), so a guard can read them, as in Python.
 */
function matchStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const subjects = node.childrenForFieldName("subject");
  const subjectNode = subjects.length === 1 ? subjects[0]! : undefined;
  if (!subjectNode) return [line(`${cx.unsupported(node, "A match on several subjects").code};`)];
  const out: Stmt[] = [];
  let subject = cx.expr(subjectNode).code;
  if (unparen(subjectNode).type !== "identifier") {
    const name = cx.names.fresh("subject");
    out.push(line(`const ${name} = ${subject};`));
    subject = name;
  }
  const parts: { head: string; body: Stmt[] }[] = [];
  for (const clause of namedChildren(field(node, "body")).filter((c) => c.type === "case_clause")) {
    const pattern = namedChildren(clause).find((c) => c.type === "case_pattern")!;
    const guard = optionalField(clause, "guard");
    let test = patternTest(pattern, subject, cx);
    if (guard) test = test.code === "true" ? cx.condition(namedChildren(guard)[0]!) : expr(`${wrapAnd(test)} && ${wrapAnd(cx.condition(namedChildren(guard)[0]!))}`, Prec.And);
    const body = cx.block(field(clause, "consequence"));
    if (test.code === "true" && !guard) {
      parts.push({ head: parts.length ? "else" : "", body });
      break;
    }
    parts.push({ head: `${parts.length ? "else " : ""}if (${test.code})`, body });
  }
  if (parts.length === 1 && parts[0]!.head === "") return [...out, ...parts[0]!.body];
  return [...out, chain(...parts)];
}

const wrapAnd = (e: Expr): string => (e.prec < Prec.And ? `(${e.code})` : e.code);

const all = (tests: Expr[]): Expr => {
  const real = tests.filter((t) => t.code !== "true");
  if (real.length === 0) return expr("true");
  return expr(real.map(wrapAnd).join(" && "), real.length > 1 ? Prec.And : real[0]!.prec);
};

/** A binding made while testing: `(name = value, true)`. */
function capture(name: SyntaxNode, value: string, cx: LowerContext): Expr {
  return expr(`((${cx.symbolOf(name)?.tsName ?? name.text} = ${value}), true)`);
}

function patternTest(node: SyntaxNode, v: string, cx: LowerContext): Expr {
  const p = node.type === "case_pattern" ? (namedChildren(node)[0] ?? node) : node;
  if (p.type === "case_pattern" && namedChildren(p).length === 0) return expr("true"); // `_`
  switch (p.type) {
    case "integer":
    case "float":
    case "complex_pattern":
    case "string":
    case "concatenated_string":
      return literalTest(p, v, cx);
    case "true":
    case "false":
    case "none":
      return expr(`${v} === ${p.type === "none" ? "null" : p.type}`, Prec.Equality);
    case "dotted_name": {
      const parts = namedChildren(p);
      if (parts.length === 1) return parts[0]!.text === "_" ? expr("true") : capture(parts[0]!, v, cx);
      return expr(`${cx.helper("eq")}(${v}, ${dottedValue(p, cx)})`, Prec.Call);
    }
    case "union_pattern":
      return expr(namedChildren(p).map((c) => wrapOr(patternTest(c, v, cx))).join(" || "), Prec.Or);
    case "as_pattern": {
      const inner = namedChildren(p);
      const alias = inner[inner.length - 1]!;
      return all([patternTest(inner[0]!, v, cx), capture(alias, v, cx)]);
    }
    case "tuple_pattern":
      // `(p)` without a comma only groups, as in `("north" | "south") as d`.
      if (namedChildren(p).length === 1 && !p.children.some((c) => c.type === ",")) return patternTest(namedChildren(p)[0]!, v, cx);
      return structural(v, cx, (w) => sequenceTest(namedChildren(p), w, cx));
    case "list_pattern":
      return structural(v, cx, (w) => sequenceTest(namedChildren(p), w, cx));
    case "dict_pattern":
      return structural(v, cx, (w) => mappingTest(p, w, cx));
    case "class_pattern":
      return structural(v, cx, (w) => classTest(p, w, cx));
    default:
      return cx.unsupported(p, `The pattern '${p.text}'`);
  }
}

/**
 * A pattern that looks inside its value: a value read out of the subject (`c.get("to")`, `c[1]`) is
 * held in a temporary first, so TypeScript narrows it through the checks (`Array.isArray(t) && t.length`).
 */
function structural(v: string, cx: LowerContext, test: (w: string) => Expr): Expr {
  if (/^[\w$.]+$/.test(v)) return test(v);
  const t = cx.temp("item", T.unknown);
  return all([expr(`((${t} = ${v}), true)`), test(t)]);
}

const wrapOr = (e: Expr): string => (e.prec < Prec.Or ? `(${e.code})` : e.code);

function literalTest(p: SyntaxNode, v: string, cx: LowerContext): Expr {
  if (p.type === "string") {
    const d = decodeStringLiteral(p);
    if (d?.kind === "str") return expr(`${v} === ${jsString(d.value)}`, Prec.Equality);
  }
  const text = p.text.replace(/_/g, "");
  if (/^-?\d+(\.\d*)?([eE][-+]?\d+)?$/.test(text)) return expr(`${v} === ${text}`, Prec.Equality);
  return expr(`${cx.helper("eq")}(${v}, ${cx.expr(p).code})`, Prec.Call);
}

function dottedValue(p: SyntaxNode, cx: LowerContext): string {
  const [head, ...rest] = namedChildren(p);
  return [cx.expr(head!).code, ...rest.map((r) => r.text)].join(".");
}

/** `[x, y]`, `(a, *rest)`: a list or tuple (not a str) of the right length, items matched in turn. */
function sequenceTest(items: readonly SyntaxNode[], v: string, cx: LowerContext): Expr {
  const star = items.findIndex((i) => namedChildren(i)[0]?.type === "splat_pattern");
  const tests: Expr[] = [expr(`Array.isArray(${v})`, Prec.Call)];
  const n = items.length;
  tests.push(expr(star < 0 ? `${v}.length === ${n}` : `${v}.length >= ${n - 1}`, star < 0 ? Prec.Equality : Prec.Relational));
  items.forEach((item, i) => {
    if (i === star) {
      const name = namedChildren(namedChildren(item)[0]!)[0];
      const end = n - 1 - i === 0 ? "" : `, ${v}.length - ${n - 1 - i}`;
      if (name && name.text !== "_") tests.push(capture(name, `${v}.slice(${i}${end})`, cx));
      return;
    }
    const at = star >= 0 && i > star ? `${v}[${v}.length - ${n - i}]` : `${v}[${i}]`;
    tests.push(patternTest(item, at, cx));
  });
  return all(tests);
}

/** `{"type": "user", "name": name, **rest}`: a dict with those keys, values matched. */
function mappingTest(p: SyntaxNode, v: string, cx: LowerContext): Expr {
  const keys = p.childrenForFieldName("key");
  const values = p.childrenForFieldName("value");
  const tests: Expr[] = [expr(`${v} instanceof Map`, Prec.Relational)];
  keys.forEach((k, i) => {
    const key = cx.expr(k).code;
    tests.push(expr(`${v}.has(${key})`, Prec.Call));
    tests.push(patternTest(values[i]!, `${v}.get(${key})`, cx));
  });
  const rest = namedChildren(p).find((c) => c.type === "splat_pattern");
  if (rest) {
    const name = namedChildren(rest)[0]!;
    const known = `[${keys.map((k) => cx.expr(k).code).join(", ")}]`;
    tests.push(capture(name, `new Map([...${v}].filter(([k]) => !${known}.includes(k)))`, cx));
  }
  return all(tests);
}

const BUILTIN_TESTS: Record<string, (v: string) => string> = {
  int: (v) => `Number.isInteger(${v})`,
  float: (v) => `typeof ${v} === "number"`,
  str: (v) => `typeof ${v} === "string"`,
  bool: (v) => `typeof ${v} === "boolean"`,
  list: (v) => `Array.isArray(${v})`,
  tuple: (v) => `Array.isArray(${v})`,
  dict: (v) => `${v} instanceof Map`,
  set: (v) => `${v} instanceof Set`,
  bytes: (v) => `${v} instanceof Uint8Array`,
};

/** `Point(x=0, y=y)`, `int(n)`: an instance check, then attributes (positional ones through the fields' order). */
function classTest(p: SyntaxNode, v: string, cx: LowerContext): Expr {
  const [clsNode, ...args] = namedChildren(p);
  const q = cx.analysis.qualifiedName(clsNode!);
  const builtin = q ? BUILTIN_TESTS[q] : undefined;
  const tests: Expr[] = [builtin ? expr(builtin(v), Prec.Relational) : expr(`${v} instanceof ${dottedValue(clsNode!, cx)}`, Prec.Relational)];
  const positional = args.filter((a) => namedChildren(a)[0]?.type !== "keyword_pattern");
  const keywords = args.filter((a) => namedChildren(a)[0]?.type === "keyword_pattern");
  if (builtin) {
    // `int(n)` matches the value itself.
    if (positional[0]) tests.push(patternTest(positional[0], v, cx));
  } else if (positional.length > 0) {
    const t = cx.typeOf(clsNode!);
    const cls = t.kind === "class" ? cx.analysis.userClass(t.name) : undefined;
    const names = cls && isDataclass(cls) ? dataclassFields(cls, cx.analysis).map((f) => f.name) : [];
    positional.forEach((a, i) => {
      const name = names[i];
      tests.push(name ? patternTest(a, `${v}.${cx.memberName(name)}`, cx) : cx.unsupported(a, "A positional class pattern for a class without __match_args__"));
    });
  }
  for (const k of keywords) {
    const [name, value] = namedChildren(namedChildren(k)[0]!);
    tests.push(patternTest(value!, `${cx.helper("getAttr")}(${v}, ${jsString(name!.text)})`, cx));
  }
  return all(tests);
}

export const matchRules: RuleSet = {
  statements: { match_statement: matchStatement },
};
