import type { SyntaxNode } from "../../parse/parser";
import { field, namedChildren, unparen } from "../../parse/nodes";
import { isIntLike, needsPrintShape, printShape, withoutNone, type PyType } from "../../analysis/types";
import { BINARY_OPERATOR_METHODS, UNARY_OPERATOR_METHODS } from "../../analysis/operator-methods";
import type { LowerContext } from "../context";
import { binary, expr, Prec, wrap, type Expr } from "../ir";
import type { RuleSet } from "../registry";
import { truthTest } from "./truthiness";
import { isTypedDict, typedDictHas } from "../typing/typed-dict";

const isNum = (t: PyType): boolean => t.kind === "int" || t.kind === "float";
const isPrimitive = (t: PyType): boolean => ["int", "float", "str", "bool", "none"].includes(t.kind);

/** A numeric operand: `True + 1` is 2 in Python, a type error in TypeScript. */
function numeric(node: SyntaxNode, cx: LowerContext): Expr {
  const t = cx.typeOf(node);
  if (t.kind === "bool") return expr(`Number(${cx.expr(node).code})`, Prec.Call);
  return cx.expr(node);
}

/** Is this a literal number that is not zero (so JavaScript's division cannot differ from Python's)? */
function nonZeroLiteral(node: SyntaxNode): boolean {
  const n = unparen(node);
  if (n.type === "integer" || n.type === "float") return Number(n.text.replace(/_/g, "")) !== 0;
  if (n.type === "unary_operator") return nonZeroLiteral(field(n, "argument"));
  return false;
}

export function lowerBinary(op: string, leftNode: SyntaxNode, rightNode: SyntaxNode, cx: LowerContext, node: SyntaxNode): Expr {
  const lt = withoutNone(cx.typeOf(leftNode));
  const rt = withoutNone(cx.typeOf(rightNode));
  const bothNum = (isNum(lt) || lt.kind === "bool") && (isNum(rt) || rt.kind === "bool");
  if (bothNum) {
    const a = numeric(leftNode, cx);
    const b = numeric(rightNode, cx);
    const intResult = isIntLike(lt) && isIntLike(rt);
    switch (op) {
      case "+":
        return binary(a, "+", b, Prec.Additive);
      case "-":
        return binary(a, "-", b, Prec.Additive);
      case "*":
        return binary(a, "*", b, Prec.Multiplicative);
      case "/":
        if (nonZeroLiteral(rightNode)) return binary(a, "/", b, Prec.Multiplicative);
        return helperCall(cx, intResult ? "div" : "divFloat", a, b);
      case "//":
        if (nonZeroLiteral(rightNode) && intResult) return expr(`Math.floor(${binary(a, "/", b, Prec.Multiplicative).code})`, Prec.Call);
        return helperCall(cx, intResult ? "floorDiv" : "floorDivFloat", a, b);
      case "%":
        return helperCall(cx, intResult ? "mod" : "modFloat", a, b);
      case "**":
        if (!nonNegativeLiteral(rightNode)) return helperCall(cx, intResult ? "pow" : "powFloat", a, b);
        return expr(`${wrap(a, Prec.Postfix)} ** ${wrap(b, Prec.Exponent)}`, Prec.Exponent);
      case "<<":
        return binary(a, "<<", b, Prec.Shift);
      case ">>":
        return binary(a, ">>", b, Prec.Shift);
      case "&":
        return lt.kind === "bool" && rt.kind === "bool" ? expr(`${wrap(a, Prec.BitAnd)} && ${wrap(b, Prec.BitAnd)}`, Prec.And) : binary(a, "&", b, Prec.BitAnd);
      case "|":
        return binary(a, "|", b, Prec.BitOr);
      case "^":
        return binary(a, "^", b, Prec.BitXor);
    }
  }
  if (lt.kind === "str" && rt.kind === "str" && op === "+") return binary(cx.expr(leftNode), "+", cx.expr(rightNode), Prec.Additive);
  if (op === "*" && (lt.kind === "str" || rt.kind === "str")) {
    const [s, n] = lt.kind === "str" ? [leftNode, rightNode] : [rightNode, leftNode];
    if (nonNegativeLiteral(n)) return expr(`${cx.text(s, Prec.Call)}.repeat(${cx.text(n)})`, Prec.Call);
    return helperCall(cx, "strRepeat", cx.expr(s), cx.expr(n));
  }
  if (op === "%" && lt.kind === "str") return percentFormat(leftNode, rightNode, cx);
  if ((lt.kind === "list" || lt.kind === "tuple" || lt.kind === "vartuple") && op === "+" && (rt.kind === "list" || rt.kind === "tuple" || rt.kind === "vartuple")) {
    return expr(`[...${cx.text(leftNode, Prec.Unary)}, ...${cx.text(rightNode, Prec.Unary)}]`);
  }
  if (op === "*" && (lt.kind === "list" || rt.kind === "list")) {
    const [l, n] = lt.kind === "list" ? [leftNode, rightNode] : [rightNode, leftNode];
    return helperCall(cx, "listRepeat", cx.expr(l), cx.expr(n));
  }
  if (lt.kind === "bytes" && rt.kind === "bytes" && op === "+") return helperCall(cx, "bytesConcat", cx.expr(leftNode), cx.expr(rightNode));
  if (lt.kind === "set" && rt.kind === "set") {
    const method = { "|": "union", "&": "intersection", "-": "difference", "^": "symmetricDifference" }[op];
    if (method) return helperCall(cx, `set${method[0]!.toUpperCase()}${method.slice(1)}`, cx.expr(leftNode), cx.expr(rightNode));
  }
  if (lt.kind === "dict" && rt.kind === "dict" && op === "|") return helperCall(cx, "dictMerge", cx.expr(leftNode), cx.expr(rightNode));
  const viaMethod = operatorMethodCall(op, leftNode, rightNode, cx);
  if (viaMethod) return viaMethod;
  // Operands of unknown type: Python's dispatch at run time.
  const names: Record<string, string> = { "+": "dynAdd", "-": "dynSub", "*": "dynMul", "/": "dynDiv", "//": "dynFloorDiv", "%": "dynMod", "**": "dynPow", "&": "dynBitAnd", "|": "dynBitOr", "^": "dynBitXor", "<<": "dynLshift", ">>": "dynRshift" };
  const helper = names[op];
  if (helper && (lt.kind === "unknown" || rt.kind === "unknown" || lt.kind === "any" || rt.kind === "any")) {
    const call = helperCall(cx, helper, cx.expr(leftNode), cx.expr(rightNode));
    // The analysis may still know the result (`x * 2.0` is a float whatever `x` is): asserted, as elsewhere.
    const t = cx.typeOf(node);
    return t.kind === "unknown" || t.kind === "any" || t.kind === "never" ? call : expr(`${call.code} as ${cx.tsType(t)}`, Prec.Relational);
  }
  return cx.unsupported(node, `The operator '${op}' between ${lt.kind} and ${rt.kind}`);
}

/** Does the library class of `t` define the operator method `name` (`datetime.datetime.__sub__`)? */
function hasLibraryMethod(t: PyType, name: string, cx: LowerContext): boolean {
  return t.kind === "object" && cx.analysis.memberKeys(t, name).some((k) => cx.registry.calls.has(k));
}

/**
 * `a - b` where a library class defines the operator's method: the method, called (`a.__sub__(b)`,
 * or `b.__rmul__(a)` for `2 * delta`). The runtime class implements it with Python's semantics.
 */
function operatorMethodCall(op: string, leftNode: SyntaxNode, rightNode: SyntaxNode, cx: LowerContext): Expr | undefined {
  const methods = BINARY_OPERATOR_METHODS[op];
  if (!methods) return undefined;
  const [method, reflected] = methods;
  if (hasLibraryMethod(withoutNone(cx.typeOf(leftNode)), method, cx)) return expr(`${cx.text(leftNode, Prec.Call)}.${method}(${cx.text(rightNode, Prec.Assign)})`, Prec.Call);
  if (hasLibraryMethod(withoutNone(cx.typeOf(rightNode)), reflected, cx)) return expr(`${cx.text(rightNode, Prec.Call)}.${reflected}(${cx.text(leftNode, Prec.Assign)})`, Prec.Call);
  return undefined;
}

function nonNegativeLiteral(node: SyntaxNode): boolean {
  const n = unparen(node);
  return n.type === "integer";
}

function helperCall(cx: LowerContext, name: string, ...args: Expr[]): Expr {
  return expr(`${cx.helper(name)}(${args.map((a) => a.code).join(", ")})`, Prec.Call);
}

function percentFormat(fmt: SyntaxNode, args: SyntaxNode, cx: LowerContext): Expr {
  const t = cx.typeOf(args);
  // A list is one argument, not the arguments tuple: its shape (`[?]`) tells the runtime so.
  const shape = needsPrintShape(t) || t.kind === "list" ? `, ${JSON.stringify(printShape(t))}` : "";
  return expr(`${cx.helper("percentFormat")}(${cx.expr(fmt).code}, ${cx.expr(args).code}${shape})`, Prec.Call);
}


function binaryOperator(node: SyntaxNode, cx: LowerContext): Expr {
  return lowerBinary(field(node, "operator").text, field(node, "left"), field(node, "right"), cx, node);
}

function unaryOperator(node: SyntaxNode, cx: LowerContext): Expr {
  const op = field(node, "operator").text;
  const arg = field(node, "argument");
  const t = cx.typeOf(arg);
  if (t.kind === "unknown") return helperCall(cx, op === "-" ? "dynNeg" : op === "+" ? "dynPos" : "dynInvert", cx.expr(arg));
  const method = UNARY_OPERATOR_METHODS[op];
  if (method && hasLibraryMethod(withoutNone(t), method, cx)) return expr(`${cx.text(arg, Prec.Call)}.${method}()`, Prec.Call);
  const a = numeric(arg, cx);
  // `- -x` must not become `--x`.
  const inner = wrap(a, Prec.Unary);
  return expr(`${op}${inner.startsWith(op) ? " " : ""}${inner}`, Prec.Unary);
}

function notOperator(node: SyntaxNode, cx: LowerContext): Expr {
  return cx.condition(node);
}

/** `a and b` / `a or b` return an operand, as in Python. */
function booleanOperator(node: SyntaxNode, cx: LowerContext): Expr {
  const op = field(node, "operator").text;
  const left = field(node, "left");
  const right = field(node, "right");
  const lt = cx.typeOf(left);
  // Where JavaScript's truthiness is Python's (bool, str, int and their optionals), `&&`/`||` return the same operand.
  if (jsTruthinessAgrees(lt)) {
    return binary(cx.expr(left), op === "and" ? "&&" : "||", cx.expr(right), op === "and" ? Prec.And : Prec.Or);
  }
  // A plain name can be tested and returned without evaluating anything twice.
  const simple = ["identifier", "attribute"].includes(unparen(left).type);
  const l = simple ? cx.expr(left) : expr("v");
  const test = truthTest(l, lt, cx);
  const [whenTrue, whenFalse] = op === "and" ? [cx.text(right, Prec.Assign), wrap(l, Prec.Assign)] : [wrap(l, Prec.Assign), cx.text(right, Prec.Assign)];
  const conditional = `${wrap(test, Prec.Or)} ? ${whenTrue} : ${whenFalse}`;
  if (simple) return expr(conditional, Prec.Conditional);
  return expr(`((v: ${cx.tsType(lt)}) => (${conditional}))(${cx.expr(left).code})`, Prec.Call);
}

function jsTruthinessAgrees(t: PyType): boolean {
  if (t.kind === "none") return true;
  const inner = withoutNone(t);
  return inner.kind === "str" || inner.kind === "int" || inner.kind === "bool";
}

function conditional(node: SyntaxNode, cx: LowerContext): Expr {
  const [whenTrue, cond, whenFalse] = namedChildren(node);
  return expr(`${wrap(cx.condition(cond!), Prec.Or)} ? ${cx.text(whenTrue!, Prec.Assign)} : ${cx.text(whenFalse!, Prec.Assign)}`, Prec.Conditional);
}

/** Comparisons, including chains (`a < b < c` is `a < b && b < c`). */
function comparison(node: SyntaxNode, cx: LowerContext): Expr {
  const operands = namedChildren(node);
  const operators = node.childrenForFieldName("operators").map((o) => o.text.replace(/\s+/g, " "));
  if (operators.length === 1) return compare(operators[0]!, operands[0]!, operands[1]!, cx);
  // `a < f() < c`: each operand is evaluated once, in order, and `c` only when `a < f()` holds.
  const parts: Expr[] = [];
  let reuse: { id: number; expr: Expr } | undefined;
  for (let i = 0; i < operators.length; i++) {
    const left = operands[i]!;
    const right = operands[i + 1]!;
    const replacements = new Map<number, { expr: Expr }>();
    if (reuse) replacements.set(reuse.id, { expr: reuse.expr });
    reuse = undefined;
    if (i + 1 < operators.length && !isSimpleOperand(right)) {
      const t = cx.temp("operand", cx.typeOf(right));
      replacements.set(right.id, { expr: expr(`(${t} = ${cx.text(right, Prec.Assign)})`, Prec.Primary) });
      reuse = { id: right.id, expr: expr(t) };
    }
    parts.push(cx.withOverrides(replacements, () => compare(operators[i]!, left, right, cx)));
  }
  return expr(parts.map((p) => wrap(p, Prec.And + 1)).join(" && "), Prec.And);
}

/** Operands that read the same and cost nothing when written twice. */
function isSimpleOperand(node: SyntaxNode): boolean {
  const n = unparen(node);
  if (["identifier", "integer", "float", "true", "false", "none"].includes(n.type)) return true;
  if (n.type === "string") return !n.namedChildren.some((c) => c.type === "interpolation");
  return n.type === "attribute" && isSimpleOperand(field(n, "object"));
}

/** `5 != 6` between two number literals, decided now (TypeScript rejects comparing unrelated literal types). */
function literalEquality(op: string, left: SyntaxNode, right: SyntaxNode): Expr | undefined {
  const value = (n: SyntaxNode): string | undefined => {
    const u = unparen(n);
    return u.type === "integer" || u.type === "float" ? String(Number(u.text.replace(/_/g, ""))) : undefined;
  };
  const l = value(left);
  const r = value(right);
  if (l === undefined || r === undefined || (op !== "==" && op !== "!=")) return undefined;
  return expr(String((l === r) === (op === "==")));
}

function compare(op: string, leftNode: SyntaxNode, rightNode: SyntaxNode, cx: LowerContext): Expr {
  const folded = literalEquality(op, leftNode, rightNode);
  if (folded) return folded;
  const lt = cx.typeOf(leftNode);
  const rt = cx.typeOf(rightNode);
  if (isMainCheck(leftNode, rightNode, cx) || isMainCheck(rightNode, leftNode, cx)) {
    const test = expr(`${cx.helper("isMain")}(import.meta.url)`, Prec.Call);
    return op === "==" ? test : expr(`!${test.code}`, Prec.Unary);
  }
  switch (op) {
    case "is":
    case "is not":
      return binary(cx.expr(leftNode), op === "is" ? "===" : "!==", cx.expr(rightNode), Prec.Equality);
    case "==":
    case "!=": {
      const strict = op === "==" ? "===" : "!==";
      if (lt.kind === "none" || rt.kind === "none" || (identityEq(lt) && identityEq(rt) && compatible(lt, rt))) {
        return binary(cx.expr(leftNode), strict, cx.expr(rightNode), Prec.Equality);
      }
      if ((isNum(lt) || lt.kind === "bool") && (isNum(rt) || rt.kind === "bool")) return binary(numeric(leftNode, cx), strict, numeric(rightNode, cx), Prec.Equality);
      const call = helperCall(cx, "eq", cx.expr(leftNode), cx.expr(rightNode));
      return op === "==" ? call : expr(`!${call.code}`, Prec.Unary);
    }
    case "<":
    case "<=":
    case ">":
    case ">=": {
      const l = withoutNone(lt);
      const r = withoutNone(rt);
      if (((isNum(l) || l.kind === "bool") && (isNum(r) || r.kind === "bool")) || (l.kind === "str" && r.kind === "str")) {
        return binary(numericOrSelf(leftNode, l, cx), op, numericOrSelf(rightNode, r, cx), Prec.Relational);
      }
      const names: Record<string, string> = { "<": "lt", "<=": "le", ">": "gt", ">=": "ge" };
      return helperCall(cx, names[op]!, cx.expr(leftNode), cx.expr(rightNode));
    }
    case "in":
    case "not in": {
      const test = membership(leftNode, rightNode, cx);
      return op === "in" ? test : expr(`!${wrap(test, Prec.Unary)}`, Prec.Unary);
    }
    default:
      return cx.unsupported(leftNode.parent!, `The comparison '${op}'`);
  }
}

function numericOrSelf(node: SyntaxNode, t: PyType, cx: LowerContext): Expr {
  return t.kind === "bool" ? numeric(node, cx) : cx.expr(node);
}

/** Types whose `==` is JavaScript's `===` (no containers, no user `__eq__`). */
function identityEq(t: PyType): boolean {
  return isPrimitive(withoutNone(t));
}

function compatible(a: PyType, b: PyType): boolean {
  const x = withoutNone(a);
  const y = withoutNone(b);
  if (x.kind === "bool" || y.kind === "bool") return x.kind === y.kind;
  return true;
}

function isMainCheck(a: SyntaxNode, b: SyntaxNode, cx: LowerContext): boolean {
  const n = unparen(a);
  return n.type === "identifier" && n.text === "__name__" && cx.symbolOf(n)?.kind === "builtin" && unparen(b).type === "string" && /^['"]__main__['"]$/.test(unparen(b).text);
}

/** `x in c`: substring for strings, keys for dicts, `has` for sets, `includes` for lists of primitives. */
function membership(item: SyntaxNode, container: SyntaxNode, cx: LowerContext): Expr {
  const ct = withoutNone(cx.typeOf(container));
  const it = cx.typeOf(item);
  const c = cx.text(container, Prec.Call);
  switch (ct.kind) {
    case "str":
      return expr(`${c}.includes(${cx.expr(item).code})`, Prec.Call);
    case "dict":
    case "set":
      if (isPrimitive(it)) return expr(`${c}.has(${cx.expr(item).code})`, Prec.Call);
      break;
    case "list":
    case "tuple":
    case "vartuple":
      if (isPrimitive(it) && it.kind !== "bool") return expr(`${c}.includes(${cx.expr(item).code})`, Prec.Call);
      break;
    case "object":
      if (isTypedDict(container, cx)) return typedDictHas(container, item, cx);
      break;
    case "class":
      // `Color.RED in Color`: one of its members.
      if (cx.analysis.isSubclass(ct.name, "enum.Enum")) return helperCall(cx, "contains", expr(`${cx.helper("enumMembers")}(${cx.expr(container).code})`, Prec.Call), cx.expr(item));
      break;
  }
  return helperCall(cx, "contains", cx.expr(container), cx.expr(item));
}

/** `(n := len(xs))`: an assignment expression; the variable is declared earlier, where Python's scope needs it. */
function namedExpression(node: SyntaxNode, cx: LowerContext): Expr {
  const name = field(node, "name");
  return expr(`(${cx.symbolOf(name)?.tsName ?? name.text} = ${cx.text(field(node, "value"), Prec.Assign)})`);
}

export const operatorRules: RuleSet = {
  expressions: {
    named_expression: namedExpression,
    binary_operator: binaryOperator,
    unary_operator: unaryOperator,
    not_operator: notOperator,
    boolean_operator: booleanOperator,
    conditional_expression: conditional,
    comparison_operator: comparison,
  },
};
