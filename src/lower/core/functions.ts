import type { SyntaxNode } from "../../parse/parser";
import { field, hasAsyncKeyword, namedChildren, optionalField, paramNameNode, unparen } from "../../parse/nodes";
import { Msg } from "../../diagnostics/messages";
import { T, typeVariablesOf, union, type PyType } from "../../analysis/types";
import type { PySymbol } from "../../analysis/scope";
import type { LowerContext } from "../context";
import { block, expr, line, Prec, wrap, type Expr, type Stmt } from "../ir";
import type { RuleSet } from "../registry";
import { docstringOf, jsDoc } from "./docstrings";
import { canFallThrough } from "../../analysis/flow";
import { lowerStatementList } from "../dispatch";
import { insideNestedDef } from "./names";

export interface FunctionParts {
  readonly params: string;
  readonly returnType: string;
  readonly body: Stmt[];
  readonly prefix: string;
  readonly doc: Stmt[];
  /** Statements that must run before the function is defined (defaults evaluated once). */
  readonly before: Stmt[];
}

/**
 * The pieces of a function: parameters with types and defaults, the return type, the body. Python
 * evaluates default values once, when the function is defined: a mutable default is hoisted into a
 * constant beside the function so every call shares it, as in Python.
 */
export function functionParts(def: SyntaxNode, cx: LowerContext, options: { selfName?: string; name: string; sharedOwner?: string }): FunctionParts {
  const scope = cx.analysis.scopeOf(def)!;
  const isAsync = hasAsyncKeyword(def) || cx.blocking.has(def.id);
  const isGenerator = scope.isGenerator;
  const returns = cx.analysis.returnTypeOf(def);
  const before: Stmt[] = [];
  const params: string[] = [];
  const paramsNode = optionalField(def, "parameters");
  let first = true;
  const all = paramsNode ? namedChildren(paramsNode).filter((p) => p.type !== "positional_separator" && p.type !== "keyword_separator") : [];
  for (const p of all) {
    const nameNode = paramNameNode(p);
    const sym = nameNode ? cx.symbolOf(nameNode) : undefined;
    if (!nameNode || !sym) continue;
    if (first && options.selfName) {
      first = false;
      cx.selfSymbols.add(sym);
      continue;
    }
    first = false;
    params.push(parameter(p, sym, cx, options.name, before, p === all[all.length - 1], options.sharedOwner));
  }
  const body = cx.withFrame({ node: def, isAsync, isGenerator, returns, selfName: options.selfName }, () => {
    const stmts = lowerStatementList(field(def, "body"), cx, true);
    // Nested functions have their own `this`: they reach the instance through a `self` constant.
    const selfSym = options.selfName ? [...cx.selfSymbols].find((s) => s.scope === scope) : undefined;
    if (selfSym && selfSym.references.some((r) => insideNestedDef(r, def))) stmts.unshift(line(`const ${selfSym.tsName} = this;`));
    if (!isGenerator && needsFinalReturn(returns) && canFallThrough(field(def, "body"), (w) => cx.analysis.withMaySuppress(w))) stmts.push(line("return null;"));
    return stmts;
  });
  const doc = docstringOf(field(def, "body"));
  return {
    params: params.join(", "),
    returnType: returnTypeText(def, returns, isAsync, isGenerator, cx),
    body,
    prefix: `${isAsync ? "async " : ""}`,
    doc: doc ? jsDoc(doc.text) : [],
    before,
  };
}

function returnTypeText(def: SyntaxNode, returns: PyType, isAsync: boolean, isGenerator: boolean, cx: LowerContext): string {
  if (isGenerator) {
    const item = returns.kind === "asyncgen" || returns.kind === "generator" ? returns.item : T.unknown;
    // `return value` in a generator is the value of `yield from` over it.
    const returned = ownReturns(def).flatMap((r) => (namedChildren(r)[0] ? [cx.typeOf(namedChildren(r)[0]!)] : []));
    const result = returned.length > 0 ? cx.tsType(union(...returned)) : "void";
    return isAsync ? `AsyncGenerator<${cx.tsType(item)}, void, undefined>` : `Generator<${cx.tsType(item)}, ${result}, undefined>`;
  }
  const base = returns.kind === "none" ? "void" : cx.tsType(returns);
  return isAsync ? `Promise<${base}>` : base;
}

/** The `return` statements of a function itself (not of functions nested in it). */
function ownReturns(def: SyntaxNode): SyntaxNode[] {
  return def.descendantsOfType("return_statement").filter((r) => {
    for (let p = r.parent; p && p.id !== def.id; p = p.parent) if (p.type === "function_definition" || p.type === "lambda") return false;
    return true;
  });
}

/** A function typed `T | null` must not end without `return null` (TypeScript would see `undefined`). */
const needsFinalReturn = (t: PyType): boolean => t.kind === "union" && t.types.some((m) => m.kind === "none");

/**
 * One parameter. `*args` is a rest parameter when it is last; followed by keyword-only parameters it
 * is an array parameter instead (TypeScript allows nothing after a rest parameter).
 */
/** `sharedOwner`: where a method's shared default lives (`Registry.`, a static field), as a prefix. */
function parameter(p: SyntaxNode, sym: PySymbol, cx: LowerContext, fnName: string, before: Stmt[], last = true, sharedOwner = ""): string {
  const isVarargs = p.type === "list_splat_pattern" || (p.type === "typed_parameter" && namedChildren(p)[0]?.type === "list_splat_pattern");
  const isKwargs = p.type === "dictionary_splat_pattern" || (p.type === "typed_parameter" && namedChildren(p)[0]?.type === "dictionary_splat_pattern");
  const t = sym.type;
  const arrayType = cx.tsType(t.kind === "vartuple" ? T.list(t.item) : T.list(T.unknown));
  if (isVarargs) return last ? `...${sym.tsName}: ${arrayType}` : `${sym.tsName}: ${arrayType} = []`;
  if (isKwargs) return `${sym.tsName}: ${cx.tsType(t)} = new Map()`;
  const dflt = p.type === "default_parameter" || p.type === "typed_default_parameter" ? field(p, "value") : undefined;
  const type = cx.tsType(t);
  if (!dflt) return `${sym.tsName}: ${type}`;
  if (isImmutableLiteral(dflt)) return `${sym.tsName}: ${type} = ${cx.expr(dflt).code}`;
  const shared = cx.names.fresh(`${fnName}_${sym.name}_default`);
  before.push(line(`${sharedOwner ? "static readonly" : "const"} ${shared}: ${type} = ${cx.expr(dflt).code};`));
  return `${sym.tsName}: ${type} = ${sharedOwner}${shared}`;
}

/** Defaults that no call can mutate: a fresh TS default expression per call is indistinguishable. */
function isImmutableLiteral(node: SyntaxNode): boolean {
  const n = unparen(node);
  switch (n.type) {
    case "integer":
    case "float":
    case "string":
    case "concatenated_string":
    case "true":
    case "false":
    case "none":
      return !n.text.startsWith("f");
    case "unary_operator":
      return isImmutableLiteral(field(n, "argument"));
    case "tuple":
      return namedChildren(n).every(isImmutableLiteral);
    default:
      return false;
  }
}

/** `T = TypeVar("T")` at module level, without constraints or a bound (those would need `extends`). */
function isPlainTypeVar(name: string, def: SyntaxNode, cx: LowerContext): boolean {
  let module: SyntaxNode = def;
  while (module.parent) module = module.parent;
  const scope = cx.analysis.scopeOf(module);
  const sym = scope?.lookupLocal(name);
  const binding = sym?.bindings.length === 1 ? sym.bindings[0]!.node : undefined;
  const assignment = binding?.parent?.type === "assignment" ? binding.parent : undefined;
  const value = assignment ? optionalField(assignment, "right") : null;
  if (value?.type !== "call" || cx.analysis.qualifiedName(field(value, "function")) !== "typing.TypeVar") return false;
  return namedChildren(field(value, "arguments")).length === 1;
}

/**
 * A function whose parameters use plain type variables (`def first(xs: list[T]) -> T`) is generic in
 * TypeScript too (`function first<T>(xs: T[]): T`), so each call keeps its own types.
 */
function ownTypeParams(def: SyntaxNode, cx: LowerContext): string[] {
  const sig = cx.analysis.signatureOf(def);
  const vars = new Set<string>();
  for (const p of sig.params) typeVariablesOf(p.type, vars);
  return [...vars].filter((v) => !cx.typeParams.includes(v) && isPlainTypeVar(v, def, cx)).sort();
}

function functionDefinition(def: SyntaxNode, cx: LowerContext, decorators: readonly SyntaxNode[] = []): Stmt[] {
  const nameNode = field(def, "name");
  const sym = cx.symbolOf(nameNode);
  const name = sym?.tsName ?? nameNode.text;
  const typeParams = ownTypeParams(def, cx);
  cx.typeParams.push(...typeParams);
  let parts: FunctionParts;
  try {
    parts = functionParts(def, cx, { name });
  } finally {
    cx.typeParams.splice(cx.typeParams.length - typeParams.length, typeParams.length);
  }
  const star = cx.analysis.scopeOf(def)?.isGenerator ? "*" : "";
  const generic = typeParams.length ? `<${typeParams.join(", ")}>` : "";
  const head = `${parts.prefix}function${star} ${name}${generic}(${parts.params}): ${parts.returnType}`;
  const exported = cx.exportPrefix(def);
  if (decorators.length === 0) return [...parts.before, ...parts.doc, block(`${exported}${head}`, parts.body)];
  // `@d1 @d2 def f` is `f = d1(d2(f))`, applied when the definition runs.
  const applied = decorators.map((d) => cx.text(namedChildren(d)[0]!, Prec.Call));
  const open = applied.map((d) => `${d}(`).join("");
  // A body that calls its own name means the decorated function (a cached `fib` recursing through
  // the cache): the function expression must not be named so, and the constant needs its type.
  const recursive = sym?.references.some((r) => r.startIndex > def.startIndex && r.endIndex <= def.endIndex) === true;
  const decorated = recursive ? `${exported}const ${name}: ${cx.tsType(cx.typeOf(nameNode))} = ${open}${head.replace(`function${star} ${name}${generic}(`, `function${star} ${generic}(`)}` : `${exported}const ${name} = ${open}${head}`;
  return [...parts.before, ...parts.doc, block(decorated, parts.body, `${")".repeat(applied.length)};`)];
}

function decoratedDefinition(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const def = field(node, "definition");
  if (def.type === "class_definition") return cx.statements(def);
  return functionDefinition(def, cx, namedChildren(node).filter((d) => d.type === "decorator"));
}

/** `yield x` / `yield from xs` inside a generator. */
function yieldExpr(node: SyntaxNode, cx: LowerContext): Expr {
  const from = node.children.some((c) => c.type === "from");
  const value = namedChildren(node)[0];
  if (from) return expr(`yield* ${cx.text(value!, Prec.Assign)}`, Prec.Assign);
  // A bare `yield` yields None; a value known only at run time is asserted to the declared item type.
  if (!value) return expr("yield null", Prec.Assign);
  const returns = cx.frame?.returns;
  const item = returns && (returns.kind === "generator" || returns.kind === "asyncgen") ? returns.item : undefined;
  return expr(`yield ${wrap(cx.coerce(value, item), Prec.Assign)}`, Prec.Assign);
}

function returnStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const value = namedChildren(node)[0];
  const frame = cx.frame;
  if (!value) return [line(frame && needsFinalReturn(frame.returns) ? "return null;" : "return;")];
  if (frame && frame.returns.kind === "none" && unparen(value).type === "none") return [line("return;")];
  const expected = frame && !frame.isGenerator ? frame.returns : undefined;
  return [line(`return ${cx.coerce(value, expected).code};`)];
}

/**
 * `lambda x: x + 1` → `(x: number) => x + 1`. Defaults are evaluated when the lambda is made
 * (`lambda x, i=i: …` captures the current `i`): those become arguments of an enclosing call.
 */
function lambda(node: SyntaxNode, cx: LowerContext): Expr {
  const params: string[] = [];
  const paramsNode = optionalField(node, "parameters");
  const captured: { name: string; value: string; type: string }[] = [];
  const all = paramsNode ? namedChildren(paramsNode).filter((p) => p.type !== "positional_separator" && p.type !== "keyword_separator") : [];
  for (const p of all) {
    const nameNode = paramNameNode(p);
    const sym = nameNode ? cx.symbolOf(nameNode) : undefined;
    if (!sym) continue;
    const dflt = p.type === "default_parameter" || p.type === "typed_default_parameter" ? field(p, "value") : undefined;
    if (dflt && !isImmutableLiteral(dflt)) {
      const held = cx.names.fresh(`${sym.name}_default`);
      captured.push({ name: held, value: cx.expr(dflt).code, type: cx.tsType(sym.type) });
      params.push(`${sym.tsName}: ${cx.tsType(sym.type)} = ${held}`);
    } else params.push(parameter(p, sym, cx, "lambda", [], p === all[all.length - 1]));
  }
  const body = cx.withFrame({ node, isAsync: false, isGenerator: false, returns: cx.analysis.returnTypeOf(node) }, () => cx.expr(field(node, "body")));
  const text = body.code.startsWith("{") ? `(${body.code})` : body.code;
  const arrow = `(${params.join(", ")}) => ${text}`;
  if (captured.length === 0) return expr(arrow, Prec.Assign);
  return expr(`((${captured.map((c) => `${c.name}: ${c.type}`).join(", ")}) => ${arrow})(${captured.map((c) => c.value).join(", ")})`, Prec.Call);
}

export const functionRules: RuleSet = {
  statements: {
    function_definition: functionDefinition,
    decorated_definition: decoratedDefinition,
    return_statement: returnStatement,
  },
  expressions: { lambda, yield: yieldExpr },
};

