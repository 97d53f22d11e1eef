import type { SyntaxNode } from "../parse/parser";
import { contains, field, namedChildren, unparen } from "../parse/nodes";
import { canFallThrough } from "./flow";
import type { PySymbol } from "./scope";
import { isOptional, T, union, withoutNone, type PyType } from "./types";

/** What a condition says about one variable when it is true. */
type Fact = { kind: "notNone" } | { kind: "isNone" } | { kind: "isinstance"; classes: PyType[] };

export interface NarrowingHost {
  symbolOf(identifier: SyntaxNode): PySymbol | undefined;
  typeOf(node: SyntaxNode): PyType;
}

/**
 * The type of a variable at one reference, after the guards around it: `if x is not None:`, an
 * early `if x is None: return`, `[u for u in us if u is not None]`, `x and x.f`, `isinstance(x, C)`.
 * TypeScript narrows the translated code at the same places, so the two agree.
 */
export function narrowAt(ref: SyntaxNode, sym: PySymbol, declared: PyType, host: NarrowingHost): PyType {
  let t = declared;
  if (!canNarrow(t)) return t;
  let child = ref;
  for (let p = ref.parent; p; child = p, p = p.parent) {
    if (p.type === "module") t = apply(t, earlyExits(p, child, sym, host));
    if (p.type === "function_definition" || p.type === "lambda" || p.type === "class_definition" || p.type === "module") break;
    switch (p.type) {
      case "if_statement": {
        const consequence = field(p, "consequence");
        if (child.id === consequence.id) t = apply(t, factsOf(field(p, "condition"), sym, host, true));
        else if (p.childrenForFieldName("alternative").some((a) => a.id === child.id) && p.childrenForFieldName("alternative").length === 1) {
          t = apply(t, factsOf(field(p, "condition"), sym, host, false));
        }
        break;
      }
      case "while_statement":
        if (child.id === field(p, "body").id) t = apply(t, factsOf(field(p, "condition"), sym, host, true));
        break;
      case "boolean_operator":
        if (child.id === field(p, "right").id) t = apply(t, factsOf(field(p, "left"), sym, host, field(p, "operator").text === "and"));
        break;
      case "conditional_expression": {
        const [whenTrue, cond, whenFalse] = namedChildren(p);
        if (child.id === whenTrue?.id) t = apply(t, factsOf(cond!, sym, host, true));
        else if (child.id === whenFalse?.id) t = apply(t, factsOf(cond!, sym, host, false));
        break;
      }
      case "list_comprehension":
      case "set_comprehension":
      case "generator_expression":
      case "dictionary_comprehension":
        for (const clause of namedChildren(p)) {
          if (clause.type === "if_clause" && !contains(clause, ref)) t = apply(t, factsOf(namedChildren(clause)[0]!, sym, host, true));
        }
        break;
      case "block":
        t = apply(t, earlyExits(p, child, sym, host));
        break;
    }
  }
  return t;
}

const canNarrow = (t: PyType): boolean => t.kind === "union" || t.kind === "none" || t.kind === "unknown" || t.kind === "object";

/**
 * What the statements of `block` before `stmt` establish, as TypeScript's control flow sees it too:
 * `if x is None: return` (and no assignment to x in between), `assert x is not None`, and
 * `if x is None: x = []`: x is not None after them.
 */
function earlyExits(block: SyntaxNode, stmt: SyntaxNode, sym: PySymbol, host: NarrowingHost): Fact[] {
  const facts: Fact[] = [];
  for (const s of namedChildren(block)) {
    if (s.startIndex >= stmt.startIndex) break;
    if (bindsIn(s, sym)) {
      facts.length = 0;
      if (fillsIn(s, sym, host)) facts.push({ kind: "notNone" });
      continue;
    }
    if (s.type === "assert_statement") facts.push(...factsOf(namedChildren(s)[0]!, sym, host, true));
    if (s.type !== "if_statement" || s.childForFieldName("alternative")) continue;
    if (canFallThrough(field(s, "consequence"))) continue;
    facts.push(...factsOf(field(s, "condition"), sym, host, false));
  }
  return facts;
}

/** Does the statement bind the symbol (an assignment to it, a loop over it…)? */
function bindsIn(s: SyntaxNode, sym: PySymbol): boolean {
  for (const b of sym.bindings) if (contains(s, b.node)) return true;
  return false;
}

/** `if x is None: x = value` (no else) with a value that cannot be None. */
function fillsIn(s: SyntaxNode, sym: PySymbol, host: NarrowingHost): boolean {
  if (s.type !== "if_statement" || s.childForFieldName("alternative")) return false;
  if (!factsOf(field(s, "condition"), sym, host, true).some((f) => f.kind === "isNone")) return false;
  const last = namedChildren(field(s, "consequence")).filter((c) => c.type !== "comment").at(-1);
  const assignment = last?.type === "expression_statement" ? namedChildren(last)[0] : undefined;
  if (assignment?.type !== "assignment") return false;
  const left = unparen(field(assignment, "left"));
  const right = assignment.childForFieldName("right");
  return left.type === "identifier" && host.symbolOf(left) === sym && right !== null && !isOptional(host.typeOf(right));
}

/** The facts about `sym` when `cond` evaluates to `outcome`. */
function factsOf(cond: SyntaxNode, sym: PySymbol, host: NarrowingHost, outcome: boolean): Fact[] {
  const c = unparen(cond);
  // `(m := re.match(…))` is tested by its value, which `m` then holds.
  const isSym = (n: SyntaxNode): boolean => {
    const u = unparen(n);
    if (u.type === "named_expression") return isSym(field(u, "name"));
    return u.type === "identifier" && host.symbolOf(u) === sym;
  };
  switch (c.type) {
    case "not_operator":
      return factsOf(field(c, "argument"), sym, host, !outcome);
    case "boolean_operator": {
      const op = field(c, "operator").text;
      // `a and b` true: both true; `a or b` false: both false.
      if ((op === "and" && outcome) || (op === "or" && !outcome)) return [...factsOf(field(c, "left"), sym, host, outcome), ...factsOf(field(c, "right"), sym, host, outcome)];
      return [];
    }
    case "identifier":
    case "named_expression":
      return isSym(c) && outcome ? [{ kind: "notNone" }] : [];
    case "comparison_operator": {
      const ops = c.childrenForFieldName("operators").map((o) => o.text.replace(/\s+/g, " "));
      const [a, b] = namedChildren(c);
      if (ops.length !== 1 || !a || !b) return [];
      const op = ops[0]!;
      const other = isSym(a) ? b : isSym(b) ? a : undefined;
      if (!other || unparen(other).type !== "none") return [];
      const notNone = (op === "is not" || op === "!=") === outcome;
      if (op !== "is" && op !== "is not" && op !== "==" && op !== "!=") return [];
      return [notNone ? { kind: "notNone" } : { kind: "isNone" }];
    }
    case "call": {
      const callee = unparen(field(c, "function"));
      const args = namedChildren(field(c, "arguments"));
      if (!outcome || callee.type !== "identifier" || callee.text !== "isinstance" || args.length !== 2 || !isSym(args[0]!)) return [];
      const clsNode = unparen(args[1]!);
      const classes = (clsNode.type === "tuple" ? namedChildren(clsNode) : [clsNode]).map((n) => host.typeOf(n));
      return [{ kind: "isinstance", classes }];
    }
    default:
      return [];
  }
}

function apply(t: PyType, facts: Fact[]): PyType {
  let out = t;
  for (const f of facts) {
    if (f.kind === "notNone") out = withoutNone(out);
    else if (f.kind === "isNone") out = T.none;
    else {
      const instances = f.classes.map(instanceOf);
      if (instances.every((i) => i !== undefined)) out = union(...(instances as PyType[]));
    }
  }
  return out.kind === "never" ? t : out;
}

function instanceOf(cls: PyType): PyType | undefined {
  if (cls.kind !== "class") return undefined;
  switch (cls.name) {
    case "int":
      return T.int;
    case "float":
      return T.float;
    case "str":
      return T.str;
    case "bool":
      return T.bool;
    case "bytes":
      return T.bytes;
    case "list":
      return T.list(T.unknown);
    case "dict":
      return T.dict(T.unknown, T.unknown);
    default:
      return T.object(cls.name);
  }
}

