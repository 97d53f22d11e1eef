import type { SyntaxNode } from "../../parse/parser";
import { field } from "../../parse/nodes";
import { Msg } from "../../diagnostics/messages";
import { libraryTypeName } from "../../analysis/infer";
import { withoutNone } from "../../analysis/types";
import type { LowerContext } from "../context";
import { expr, member, Prec, wrap, type Expr } from "../ir";
import type { RuleSet } from "../registry";
import { jsString } from "./string-literals";
import { callableValue } from "./callable-values";
import { withObjectNotNone } from "./none-owner";

/** A name: the program's own (possibly renamed) or, for builtins and imports, what the library maps it to. */
function identifier(node: SyntaxNode, cx: LowerContext): Expr {
  const sym = cx.symbolOf(node);
  if (!sym) {
    cx.report(node, Msg.undefinedName, { name: node.text });
    return expr(`${cx.helper("notTranslated")}(${jsString(`undefined name ${node.text}`)})`, Prec.Call);
  }
  if (sym.kind === "import" && sym.qualifiedName && !cx.registry.isModule(rootModule(sym.qualifiedName, cx)) && cx.options.links) {
    // A name imported from a sibling module of the project: its ES import is registered by the import statement.
    return expr(sym.tsName);
  }
  if (sym.kind === "builtin" || sym.kind === "import") return libraryValue(sym.qualifiedName ?? node.text, node, cx);
  // `self` is `this` in its own method (nested functions use the `self` constant set up for them).
  if (sym.kind === "parameter" && isSelf(node, cx) && !insideNestedDef(node, sym.scope.node)) return expr("this");
  // A class attribute read further down the class body (`P2 = [P1]`) is a static field of the class.
  if (sym.scope.kind === "class" && sym.kind === "variable") return member(expr(cx.symbolOf(field(sym.scope.node, "name"))?.tsName ?? field(sym.scope.node, "name").text), cx.memberName(sym.name));
  return expr(sym.tsName);
}

function isSelf(node: SyntaxNode, cx: LowerContext): boolean {
  const sym = cx.symbolOf(node);
  return sym !== undefined && cx.selfSymbols.has(sym);
}

/**
 * A `def` between a reference and its method has its own `this` (arrow functions, from lambdas, do
 * not); so has a generator expression, a `function*` in the output.
 */
export function insideNestedDef(node: SyntaxNode, method: SyntaxNode): boolean {
  for (let p = node.parent; p && p.id !== method.id; p = p.parent) if (p.type === "function_definition" || p.type === "generator_expression") return true;
  return false;
}

/** The library module a qualified name starts with (`asyncio` for `asyncio.sleep`), or the name itself. */
function rootModule(qualified: string, cx: LowerContext): string {
  const parts = qualified.split(".");
  for (let i = parts.length; i > 0; i--) {
    const m = parts.slice(0, i).join(".");
    if (cx.registry.isModule(m)) return m;
  }
  return qualified;
}

/** A library name used as a value (not called): a constant, a class, or a function passed around. */
export function libraryValue(qualified: string, node: SyntaxNode, cx: LowerContext): Expr {
  const attr = cx.registry.attrs.get(qualified);
  if (attr) return attr.lower ? attr.lower(undefined, node, cx) : expr(cx.helper(lastPart(qualified)));
  const value = cx.registry.values.get(qualified);
  if (value) return value(node, cx);
  const cls = cx.registry.classes.get(qualified);
  if (cls?.runtime) return expr(cx.helper(cls.runtime));
  if (cx.registry.isModule(qualified)) return cx.unsupported(node, `The module '${qualified}' used as a value`);
  const fn = cx.registry.calls.get(qualified);
  if (fn) return callableValue(qualified, fn, node, undefined, cx) ?? cx.unsupported(node, `The function '${qualified}' used as a value`);
  return cx.unsupported(node, qualified, Msg.noMapping);
}

const lastPart = (q: string): string => q.slice(q.lastIndexOf(".") + 1);

/** `obj.name`: module members through the library, program objects as they are, library objects through their rules. */
function attribute(node: SyntaxNode, cx: LowerContext): Expr {
  const qualified = cx.analysis.qualifiedName(node);
  if (qualified && cx.options.links && !cx.registry.isModule(rootModule(qualified, cx))) {
    // `pkg.mod.name` through a module of the project: a namespace import of the module.
    if (cx.analysis.isModule(qualified)) return expr(cx.importFrom(qualified, "*") ?? node.text);
    const module = qualified.slice(0, qualified.lastIndexOf("."));
    if (cx.analysis.isModule(module)) return expr(`${cx.importFrom(module, "*") ?? module}.${qualified.slice(module.length + 1)}`, Prec.Call);
  }
  if (qualified) return libraryValue(qualified, node, cx);
  const object = field(node, "object");
  const name = field(node, "attribute").text;
  const checked = withObjectNotNone(object, name, cx, () => attribute(node, cx));
  if (checked) return checked;
  const t = withoutNone(cx.typeOf(object));
  // A function's (or class's) Python name.
  if ((t.kind === "func" || t.kind === "class") && (name === "__name__" || name === "__qualname__")) return member(cx.expr(object), "name");
  if (t.kind === "object" || t.kind === "class") {
    // A class attribute or static method read through an instance: TypeScript keeps it on the
    // constructor, and `x.constructor` finds a subclass's override as Python's lookup does.
    const owner = t.kind === "object" ? cx.analysis.staticOwner(t.name, name) : undefined;
    if (owner) return member(expr(`(${wrap(cx.expr(object), Prec.Call)}.constructor as typeof ${cx.className(owner)})`), cx.memberName(name));
    if (cx.analysis.userClass(t.name)) return member(cx.expr(object), cx.memberName(name));
  }
  for (const key of cx.analysis.memberKeys(t, name)) {
    const rule = cx.registry.attrs.get(key);
    if (rule) return rule.lower ? rule.lower(cx.expr(object), node, cx) : member(cx.expr(object), name);
    const method = cx.registry.calls.get(key);
    if (method) return callableValue(key, method, node, object, cx) ?? cx.unsupported(node, `The method '${key}' used as a value`);
  }
  // Unknown at translation time, or an attribute only some subclasses have (`except ClientError as e:
  // e.status`): looked up at run time, raising AttributeError where Python would.
  if (t.kind === "unknown" || t.kind === "any" || (t.kind === "object" && (subclassHasPlainAttribute(t.name, name, cx) || cx.registry.classes.get(t.name)?.dynamicAttributes))) {
    return expr(`${cx.helper("getAttr")}(${cx.expr(object).code}, ${jsString(name)})`, Prec.Call);
  }
  const typeName = libraryTypeName(t) ?? t.kind;
  return cx.unsupported(node, `${typeName}.${name}`, Msg.noMapping);
}

/** Does a library subclass of `typeName` define `name` under the same name in the runtime? */
function subclassHasPlainAttribute(typeName: string, name: string, cx: LowerContext): boolean {
  for (const [key, rule] of cx.registry.attrs) {
    if (rule.lower || !key.endsWith(`.${name}`)) continue;
    const owner = key.slice(0, -name.length - 1);
    if (owner !== typeName && cx.analysis.isSubclass(owner, typeName)) return true;
  }
  return false;
}

export const nameRules: RuleSet = {
  expressions: { identifier, attribute },
};
