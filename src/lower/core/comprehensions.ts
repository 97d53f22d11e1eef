import type { SyntaxNode } from "../../parse/parser";
import { contains, field, namedChildren, unparen } from "../../parse/nodes";
import { T, withoutNone, type PyType } from "../../analysis/types";
import type { LowerContext } from "../context";
import { expr, Prec, wrap, type Expr } from "../ir";
import type { RuleSet } from "../registry";
import { targetNames, targetPattern } from "./targets";
import type { PySymbol } from "../../analysis/scope";
import { destructuredIterable } from "./control-flow";
import { typedLiteral } from "./literals";
import { hashedKey, needsHashing } from "./hash-keys";

interface Clause {
  readonly kind: "for" | "if";
  readonly node: SyntaxNode;
  readonly isAsync: boolean;
}

function clausesOf(node: SyntaxNode): Clause[] {
  return namedChildren(node)
    .filter((c) => c.type === "for_in_clause" || c.type === "if_clause")
    .map((c) => ({ kind: c.type === "for_in_clause" ? "for" : "if", node: c, isAsync: c.child(0)?.type === "async" }));
}

const iterableOf = (clause: SyntaxNode): SyntaxNode => clause.childrenForFieldName("right").find((r) => r.isNamed)!;

const containsAwait = (node: SyntaxNode): boolean => node.type === "await" || node.namedChildren.some((c) => !["lambda", "function_definition"].includes(c.type) && containsAwait(c));

/**
 * List, set and dict comprehensions. The common one-`for` form over an array becomes
 * `.filter(…).map(…)`; anything else (several `for`s, `await`, `async for`, other iterables) an
 * immediately called function with loops, which evaluates in Python's order.
 */
/** Consumers that read a whole iterable before doing anything else: a generator passed to them can be a list. */
const EAGER_CONSUMERS = new Set(["list", "tuple", "set", "frozenset", "sorted", "sum", "min", "max", "str.join", "dict"]);

/** Is the iterator `node` makes read to the end at once (by `list()`, `sorted()`, a `for` loop…), so an array can stand for it? */
export function consumedEagerly(node: SyntaxNode, cx: LowerContext): boolean {
  if (node.parent?.type === "list_splat") return true;
  if (node.parent?.type === "for_statement" && node.parent.childForFieldName("right")?.id === node.id) return true;
  const call = node.parent?.type === "call" ? node.parent : node.parent?.type === "argument_list" && node.parent.parent?.type === "call" ? node.parent.parent : undefined;
  if (!call) return false;
  const key = cx.analysis.libraryCallKey(call);
  return key !== undefined && EAGER_CONSUMERS.has(key);
}

function comprehension(declared: "list" | "set" | "dict" | "generator") {
  return (node: SyntaxNode, cx: LowerContext): Expr => {
    const kind = declared === "generator" && consumedEagerly(node, cx) ? "list" : declared;
    const clauses = clausesOf(node);
    const body = field(node, "body");
    const fors = clauses.filter((c) => c.kind === "for");
    const hasAwait = containsAwait(node) || clauses.some((c) => c.isAsync);
    const first = fors[0]!;
    const iterType = withoutNone(cx.typeOf(iterableOf(first.node)));
    // A walrus in a condition binds a value the element may read: `.filter().map()` would read the last one.
    const walrus = clauses.some((c) => c.kind === "if" && c.node.descendantsOfType("named_expression").length > 0);
    // A lazy source (a generator, `groupby`, `map`…) is read one item at a time, each element computed
    // before the next item is read, as Python does: `Array.from(source, f)`, or loops when there are conditions.
    const lazySource = iterType.kind === "generator" && !viewOfContainers(iterableOf(first.node), cx);
    const simple = kind !== "generator" && fors.length === 1 && !hasAwait && !walrus && lateBound(node, clauses, cx).size === 0 && clauses[0] === first && !(lazySource && clauses.length > 1);
    if (simple) {
      const param = targetPattern(field(first.node, "left"), cx);
      const isArray = iterType.kind === "list" || iterType.kind === "tuple" || iterType.kind === "vartuple";
      const source = isArray ? (typedLiteral(iterableOf(first.node), cx) ?? cx.text(iterableOf(first.node), Prec.Call)) : destructuredIterable(field(first.node, "left"), iterableOf(first.node), false, cx);
      let chain = isArray || lazySource ? source : `[...${source}]`;
      for (const c of clauses.slice(1)) chain += `.filter((${param}) => ${cx.condition(namedChildren(c.node)[0]!).code})`;
      const each = (element: string): string => (lazySource ? `Array.from(${source}, (${param}) => ${element})` : `${chain}.map((${param}) => ${element})`);
      if (kind === "dict") {
        const k = hashedKey(field(body, "key"), cx);
        const v = cx.text(field(body, "value"), Prec.Assign);
        return expr(`new Map(${each(`[${k}, ${v}] as const`)})`, Prec.Call);
      }
      const mapped = isIdentity(param, body) ? (lazySource ? `[...${source}]` : chain) : each(mapBody(body, cx));
      const t = cx.typeOf(node);
      if (kind === "set") return expr(`${t.kind === "set" && needsHashing(t.item, cx) ? cx.helper("keyedSet") : "new Set"}(${mapped})`, Prec.Call);
      return expr(mapped, Prec.Call);
    }
    return loops(kind, node, clauses, body, hasAwait, cx);
  };
}

/** Iterators over containers (`d.items()`, `enumerate(xs)`, `zip(a, b)`, `range(n)`): reading them ahead changes nothing. */
const CONTAINER_VIEWS = new Set(["dict.items", "dict.keys", "dict.values", "enumerate", "zip", "range", "reversed"]);

function viewOfContainers(source: SyntaxNode, cx: LowerContext): boolean {
  const n = unparen(source);
  if (n.type !== "call") return false;
  const key = cx.analysis.libraryCallKey(n);
  if (key === undefined || !CONTAINER_VIEWS.has(key)) return false;
  // Their own arguments must be containers too (`enumerate(gen())` is as lazy as `gen()`).
  return namedChildren(field(n, "arguments")).every((a) => a.type === "keyword_argument" || withoutNone(cx.typeOf(a)).kind !== "generator");
}

/** An arrow body: object-literal-looking text needs parentheses. */
function mapBody(body: SyntaxNode, cx: LowerContext): string {
  const text = cx.text(body, Prec.Assign);
  return text.startsWith("{") ? `(${text})` : text;
}

const isIdentity = (param: string, body: SyntaxNode): boolean => body.type === "identifier" && body.text === param;

function loops(kind: "list" | "set" | "dict" | "generator", node: SyntaxNode, clauses: Clause[], body: SyntaxNode, isAsync: boolean, cx: LowerContext): Expr {
  const t = cx.typeOf(node);
  const result = kind === "list" && t.kind === "generator" ? T.list(t.item) : t;
  const out = cx.names.fresh("result");
  let inner: string;
  // Elements known only at run time are asserted to the element type the analysis gave the result.
  const element = (n: SyntaxNode, t: PyType | undefined): string => wrap(cx.coerce(n, t), Prec.Assign);
  const hashed = (keyType: PyType, code: string): string => (needsHashing(keyType, cx) ? `${cx.helper("dictKey")}(${code})` : code);
  const itemOf = (t: PyType): PyType | undefined => (t.kind === "list" || t.kind === "set" || t.kind === "generator" ? t.item : undefined);
  if (kind === "generator") inner = `yield ${element(body, itemOf(result))};`;
  else if (kind === "dict") inner = `${out}.set(${hashed(result.kind === "dict" ? result.key : T.unknown, element(field(body, "key"), result.kind === "dict" ? result.key : undefined))}, ${element(field(body, "value"), result.kind === "dict" ? result.value : undefined)});`;
  else inner = `${out}.${kind === "set" ? "add" : "push"}(${kind === "set" ? hashed(itemOf(result) ?? T.unknown, element(body, itemOf(result))) : element(body, itemOf(result))});`;
  const late = lateBound(node, clauses, cx);
  for (const c of [...clauses].reverse()) {
    if (c.kind === "if") inner = `if (${cx.condition(namedChildren(c.node)[0]!).code}) { ${inner} }`;
    else {
      const source = destructuredIterable(field(c.node, "left"), iterableOf(c.node), c.isAsync, cx);
      const shared = targetNames(field(c.node, "left")).some((n) => late.has(cx.symbolOf(n)!));
      inner = `for ${c.isAsync ? "await " : ""}(${shared ? "" : "const "}${targetPattern(field(c.node, "left"), cx)} of ${source}) { ${inner} }`;
    }
  }
  // One variable for the whole comprehension, as in Python: closures made in it see its last value.
  if (late.size > 0) inner = `${[...late].map((s) => `let ${s.tsName}!: ${cx.tsType(s.type)};`).join(" ")} ${inner}`;
  if (kind === "generator") {
    const item = result.kind === "generator" ? cx.tsType(result.item) : "unknown";
    return expr(`(function* (): Generator<${item}> { ${inner} })()`, Prec.Call);
  }
  const init = kind === "dict" ? `new Map<${dictArgs(result, cx)}>()` : kind === "set" ? `new Set<${itemType(result, cx)}>()` : `[]`;
  const decl = kind === "list" ? `const ${out}: ${cx.tsType(result)} = [];` : `const ${out} = ${init};`;
  const fn = `(${isAsync ? "async " : ""}() => { ${decl} ${inner} return ${out}; })()`;
  return isAsync ? expr(`await ${fn}`, Prec.Unary) : expr(fn, Prec.Call);
}

/** The comprehension's variables that a lambda or function inside it reads (they bind late). */
function lateBound(node: SyntaxNode, clauses: Clause[], cx: LowerContext): Set<PySymbol> {
  const late = new Set<PySymbol>();
  for (const c of clauses) {
    if (c.kind !== "for") continue;
    for (const name of targetNames(field(c.node, "left"))) {
      const sym = cx.symbolOf(name);
      if (sym?.references.some((r) => contains(node, r) && insideFunctionWithin(r, node))) late.add(sym);
    }
  }
  return late;
}

/** Is `ref` read when a function made inside `outer` runs (its body), not when it is made (a default)? */
function insideFunctionWithin(ref: SyntaxNode, outer: SyntaxNode): boolean {
  for (let p = ref.parent; p && p.id !== outer.id; p = p.parent) {
    if ((p.type === "lambda" || p.type === "function_definition") && contains(field(p, "body"), ref)) return true;
  }
  return false;
}

const itemType = (t: PyType, cx: LowerContext): string => cx.tsType(t.kind === "set" ? t.item : T.unknown);
const dictArgs = (t: PyType, cx: LowerContext): string => (t.kind === "dict" ? `${cx.tsType(t.key)}, ${cx.tsType(t.value)}` : "unknown, unknown");

export const comprehensionRules: RuleSet = {
  expressions: {
    list_comprehension: comprehension("list"),
    set_comprehension: comprehension("set"),
    dictionary_comprehension: comprehension("dict"),
    generator_expression: comprehension("generator"),
  },
};
