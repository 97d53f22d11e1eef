import type { SyntaxNode } from "../../parse/parser";
import { field, hasAsyncKeyword, namedChildren, unparen } from "../../parse/nodes";
import { Msg } from "../../diagnostics/messages";
import { T, withoutNone, type Param, type Signature } from "../../analysis/types";
import { libraryTypeName } from "../../analysis/infer";
import type { LowerContext } from "../context";
import { bindArguments, calleeOf, rawArguments, withVirtualCall, type ArgumentList } from "../bind-args";
import { expr, Prec, wrap, type Expr } from "../ir";
import type { RuleSet } from "../registry";
import { spreadable } from "./literals";
import { COMPOSITE, isStable } from "./stability";
import { placeholders } from "./callable-values";
import { abstractMethods } from "./class-signature";
import { withObjectNotNone } from "./none-owner";

/** Is the call the direct operand of `await` (so it runs now), rather than a coroutine object kept for later? */
export function isAwaited(node: SyntaxNode): boolean {
  let p = node.parent;
  while (p?.type === "parenthesized_expression") p = p.parent;
  return p?.type === "await";
}

/**
 * A call. Library targets go to their rule (by resolved name, or by the receiver's type for methods);
 * the program's own functions and classes get their arguments matched to parameters. A call that
 * makes a coroutine without awaiting it becomes a thunk `() => f(x)`: Python coroutines do not start
 * until awaited or scheduled, JavaScript async functions start when called.
 */
function call(node: SyntaxNode, cx: LowerContext): Expr {
  const lowered = lowerCallNow(node, cx);
  const def = cx.analysis.userFunctionOf(calleeOf(node));
  if (def && cx.blocking.has(def.id)) {
    if (!cx.frame?.isAsync && cx.frame) cx.report(node, Msg.unsupportedConstruct, { construct: `Calling '${field(def, "name").text}' (which runs an event loop) from here` });
    return expr(`await ${wrap(lowered.expr, Prec.Unary)}`, Prec.Unary);
  }
  if (lowered.startsPromise && !isAwaited(node)) return thunk(lowered.expr, node, cx);
  return lowered.expr;
}

/**
 * Python evaluates a coroutine call's arguments when the coroutine object is made; the thunk runs
 * the call later. Operands that may change in between (a reassigned variable, an attribute, a call)
 * are evaluated now and handed in: `((x, arg) => () => f(x, arg))(x, g())`.
 */
function deferredCall(node: SyntaxNode, cx: LowerContext): Expr | undefined {
  const bound = evaluatingNow(node, cx, () => `() => ${lowerCallNow(node, cx).expr.code}`);
  return bound.bindsValues ? bound.expr : undefined;
}

/**
 * `make()` builds a function that will make `node`'s call later; the call's operands that could
 * change in between are evaluated now and passed in as parameters of the same names.
 */
function evaluatingNow(node: SyntaxNode, cx: LowerContext, make: () => string): { expr: Expr; bindsValues: boolean } {
  const unstable = unstableOperands(node, cx);
  if (unstable.length === 0) return { expr: expr(make(), Prec.Assign), bindsValues: false };
  // One parameter per operand; a variable read twice is passed once, under its own name.
  const params: { name: string; value: string }[] = [];
  const replacements = new Map<number, { expr: Expr }>();
  for (const n of unstable) {
    const value = cx.expr(n).code;
    if (n.type === "identifier") {
      if (!params.some((p) => p.name === value)) params.push({ name: value, value });
      continue;
    }
    const name = cx.names.fresh("arg");
    params.push({ name, value });
    replacements.set(n.id, { expr: expr(name) });
  }
  const inner = cx.withOverrides(replacements, make);
  return { expr: expr(`((${params.map((p) => p.name).join(", ")}) => ${inner})(${params.map((p) => p.value).join(", ")})`, Prec.Call), bindsValues: true };
}

/** The receiver and argument subexpressions of a call whose value could differ if read later. */
function unstableOperands(node: SyntaxNode, cx: LowerContext): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const visit = (n: SyntaxNode): void => {
    if (isStable(n, cx)) return;
    if (COMPOSITE.has(n.type)) for (const c of namedChildren(n)) visit(c);
    else out.push(n);
  };
  const callee = calleeOf(node);
  if (callee.type === "attribute") visit(field(callee, "object"));
  const { positional, keywords, splats } = rawArguments(node);
  for (const a of [...positional, ...keywords.values(), ...splats.filter((s) => s.type === "dictionary_splat")]) {
    visit(a.type === "list_splat" || a.type === "dictionary_splat" ? namedChildren(a)[0]! : a);
  }
  return out;
}

/**
 * `functools.partial(f, x, k=1)`, `asyncio.to_thread(f, x, k=1)`: the callable `f` with some
 * arguments bound now, as a function of the parameters left (the required ones, and for the
 * program's own functions the optional ones too). Undefined when `f`'s signature is unknown.
 */
export function boundCallable(node: SyntaxNode, fn: SyntaxNode, given: ArgumentList, cx: LowerContext): Expr | undefined {
  const t = withoutNone(cx.typeOf(fn));
  if (t.kind !== "func" || given.splats.length > 0) return undefined;
  const own = cx.analysis.userFunctionOf(fn) !== undefined;
  const skipSelf = own && fn.type === "attribute" && isMethod(cx.analysis.userFunctionOf(fn)!, cx) && !isStatic(cx.analysis.userFunctionOf(fn)!);
  const params = (skipSelf ? t.sig.params.slice(1) : t.sig.params).filter((p) => p.kind === "positional" || p.kind === "normal");
  if (t.sig.params.some((p) => p.kind === "varargs" || p.kind === "kwargs")) return undefined;
  const left = params.slice(given.positional.length).filter((p) => !given.keywords.has(p.name) && (own || !p.optional));
  const slots = placeholders(left.length);
  const names = left.map((p) => cx.names.fresh(p.name));
  const replacements = new Map(slots.map((s, i) => [s.id, { expr: expr(names[i]!), type: left[i]!.type }] as const));
  const args: ArgumentList = { positional: [...given.positional, ...slots], keywords: given.keywords, splats: [] };
  const signature = `(${names.map((n, i) => `${n}${left[i]!.optional ? "?" : ""}: ${cx.tsType(left[i]!.type)}`).join(", ")})`;
  return withVirtualCall(node, fn, args, () =>
    evaluatingNow(node, cx, () => {
      const lowered = cx.withOverrides(replacements, () => lowerCallNow(node, cx));
      // A coroutine object is a thunk in the output; async functions of the program start when called.
      const body = lowered.startsPromise && !t.sig.isAsync ? `() => ${lowered.expr.code}` : lowered.expr.code;
      return `${signature} => ${body}`;
    }).expr,
  );
}
/**
 * `() => f()` is just `f` when `f` is a plain function of the program called without arguments and
 * handed straight to `asyncio.run` (elsewhere each coroutine object must stay a distinct value:
 * `gather(*[f() for _ in range(3)])` runs three coroutines, not one).
 */
function thunk(e: Expr, node: SyntaxNode, cx: LowerContext): Expr {
  const callee = calleeOf(node);
  const outer = node.parent?.type === "argument_list" ? node.parent.parent : undefined;
  const runner = outer?.type === "call" ? cx.analysis.libraryCallKey(outer) : undefined;
  const direct = runner === "asyncio.run" || runner === "asyncio.AbstractEventLoop.run_until_complete";
  if (direct && callee.type === "identifier" && rawArguments(node).positional.length === 0 && rawArguments(node).keywords.size === 0) {
    const sym = cx.symbolOf(callee);
    if (sym?.kind === "function" && e.code === `${sym.tsName}()`) return expr(sym.tsName);
  }
  return deferredCall(node, cx) ?? expr(`() => ${e.code}`, Prec.Assign);
}

export interface LoweredCall {
  readonly expr: Expr;
  /** Calling it starts an async function (the result is a Promise). */
  readonly startsPromise: boolean;
}

export function lowerCallNow(node: SyntaxNode, cx: LowerContext): LoweredCall {
  const callee = calleeOf(node);
  const viaSuper = superCall(node, callee, cx);
  if (viaSuper) return viaSuper;
  if (callee.type === "attribute" && !cx.analysis.qualifiedName(callee)) {
    const checked = withObjectNotNone(field(callee, "object"), field(callee, "attribute").text, cx, () => lowerCallNow(node, cx));
    if (checked) return checked;
  }
  const key = cx.analysis.libraryCallKey(node, callee);
  if (key) return lowerLibraryCall(node, callee, key, cx);
  const def = cx.analysis.userFunctionOf(callee);
  const calleeType = withoutNone(cx.typeOf(callee));
  if (calleeType.kind === "class" && cx.analysis.userClass(calleeType.name)) return lowerConstruction(node, callee, calleeType.name, def, cx);
  if (!def && calleeType.kind === "func" && forwardsEverything(node)) {
    // `fn(*args, **kwargs)` in a wrapper: the arguments it was given, passed on as they are.
    const { positional, splats } = rawArguments(node);
    const kw = splats.find((s) => s.type === "dictionary_splat");
    const list = positional.map((a) => argument(a, cx)).join(", ");
    return { expr: expr(`${cx.helper("callForwarding")}(${cx.expr(callee).code}, [${list}], ${kw ? cx.expr(namedChildren(kw)[0]!).code : "null"})`, Prec.Call), startsPromise: calleeType.sig.isAsync };
  }
  if (def || calleeType.kind === "func") {
    const sig = def ? cx.analysis.signatureOf(def) : (calleeType as { sig: Signature }).sig;
    // `p(x)` for an instance of a class with `__call__` is `p.__call__(x)`.
    const viaCall = def !== undefined && cx.analysis.callMethodOf(calleeType) === def;
    const isMethodCall = (callee.type === "attribute" || viaCall) && def !== undefined && isMethod(def, cx);
    const skipSelf = isMethodCall && !isStatic(def);
    const args = userArguments(node, sig, cx, skipSelf, !def);
    const isAsync = def ? hasAsyncKeyword(def) && !cx.analysis.scopeOf(def)?.isGenerator : sig.isAsync;
    const target = `${wrap(cx.expr(callee), Prec.Call)}${viaCall ? ".__call__" : ""}`;
    return { expr: expr(`${target}(${args})`, Prec.Call), startsPromise: isAsync };
  }
  if (calleeType.kind === "unknown" || calleeType.kind === "any") return lowerDynamicCall(node, callee, cx);
  return { expr: cx.unsupported(node, `Calling ${callee.text}`), startsPromise: false };
}

/** A call the library mapping has a rule for (`key`), its arguments bound to the rule's signature. */
function lowerLibraryCall(node: SyntaxNode, callee: SyntaxNode, key: string, cx: LowerContext): LoweredCall {
  const rule = cx.registry.calls.get(key);
  if (!rule) return { expr: cx.unsupported(node, key, Msg.noMapping), startsPromise: false };
  const sig = cx.registry.callable(key)?.sig;
  const receiver = callee.type === "attribute" && !cx.analysis.qualifiedName(callee) ? field(callee, "object") : key.endsWith(".__call__") ? callee : undefined;
  const errorsBefore = cx.errorCount();
  const bound = bindArguments(node, key, sig, receiver, cx);
  // A `*xs` or `**mapping` the rule cannot place is an error, never silently dropped.
  for (const s of bound.splats) {
    const handled = s.type === "dictionary_splat" ? rule.keywordSplat === true : sig === undefined || sig.params.some((p) => p.kind === "varargs");
    if (!handled) cx.report(s, Msg.unsupportedArgument, { arg: s.text, name: key });
  }
  // A required parameter a splat was to fill: the rule needs the argument itself.
  const unfilled = sig?.params.find((p) => !p.optional && (p.kind === "positional" || p.kind === "normal") && !bound.args.has(p.name));
  if (unfilled && bound.splats.length > 0) cx.report(bound.splats[0], Msg.unsupportedArgument, { arg: bound.splats[0]!.text, name: key });
  const startsPromise = rule.async === true || sig?.returns.kind === "coroutine";
  // The call as written cannot be made (a missing argument…): reported; the rule is not asked to guess.
  if (cx.errorCount() > errorsBefore) return { expr: expr(`${cx.helper("notTranslated")}(${JSON.stringify(key)})`, Prec.Call), startsPromise };
  return { expr: rule.lower(bound, cx), startsPromise };
}

/** `Cls(...)` for a class of the program: `new Cls(...)`, or what Python does instead (enum lookup, abstract class). */
function lowerConstruction(node: SyntaxNode, callee: SyntaxNode, className: string, def: SyntaxNode | undefined, cx: LowerContext): LoweredCall {
  const cls = cx.analysis.userClass(className)!;
  if (cx.analysis.isSubclass(cls.qualifiedName, "enum.Enum")) {
    // `Color(2)` looks a member up by value.
    const value = rawArguments(node).positional[0];
    return { expr: expr(`${cx.helper("enumByValue")}(${cx.expr(callee).code}, ${value ? cx.expr(value).code : "undefined"})`, Prec.Call), startsPromise: false };
  }
  // A class with abstract methods left: Python raises TypeError instead of making an instance.
  const abstract = abstractMethods(cls, cx.analysis);
  if (abstract.length > 0) return { expr: expr(`${cx.helper("instantiateAbstract")}(${JSON.stringify(cls.name)}, ${JSON.stringify(abstract)})`, Prec.Call), startsPromise: false };
  const init = def ? cx.analysis.signatureOf(def) : cx.constructorSignature(cls);
  const args = userArguments(node, init, cx, true);
  return { expr: expr(`new ${classWithTypeArguments(node, callee, cx)}(${args})`, Prec.Call), startsPromise: false };
}

/** A callee known only at run time: Python's call, chosen by the value (or a diagnostic where the library is known). */
function lowerDynamicCall(node: SyntaxNode, callee: SyntaxNode, cx: LowerContext): LoweredCall {
  const { positional, keywords } = rawArguments(node);
  if (keywords.size > 0) cx.report(node, Msg.unknownCallee, { callee: callee.text });
  // A library function without a mapping (`math.comb`): named as such.
  const qualified = cx.analysis.qualifiedName(callee);
  if (qualified && qualified.split(".").some((_, i, parts) => i > 0 && cx.registry.isModule(parts.slice(0, i).join(".")))) {
    return { expr: cx.unsupported(node, qualified, Msg.noMapping), startsPromise: false };
  }
  // A method the library mapping does not know, on an object whose type it does know: say so
  // rather than guess at run time.
  if (callee.type === "attribute") {
    const owner = withoutNone(cx.typeOf(field(callee, "object")));
    const typeName = libraryTypeName(owner);
    // (A TypedDict's methods are a dict's, not the program's.)
    const ownMethods = typeName !== undefined && cx.analysis.userClass(typeName) !== undefined && !cx.analysis.isSubclass(typeName, "typing.TypedDict");
    if (owner.kind !== "unknown" && owner.kind !== "any" && typeName && !ownMethods) {
      return { expr: cx.unsupported(node, `${typeName}.${field(callee, "attribute").text}`, Msg.noMapping), startsPromise: false };
    }
  }
  // A method of a value known only at run time (JSON data): Python's method, chosen by the value's type.
  if (callee.type === "attribute") {
    const object = cx.expr(field(callee, "object")).code;
    const method = JSON.stringify(field(callee, "attribute").text);
    return { expr: expr(`${cx.helper("callMethod")}(${object}, ${method}, [${positional.map((a) => argument(a, cx)).join(", ")}])`, Prec.Call), startsPromise: false };
  }
  return { expr: expr(`${cx.helper("callDynamic")}(${cx.expr(callee).code}, [${positional.map((a) => argument(a, cx)).join(", ")}])`, Prec.Call), startsPromise: false };
}

/** The class being instantiated; `Box[int]()` gives its type arguments: `new Box<number>()`. */
function classWithTypeArguments(node: SyntaxNode, callee: SyntaxNode, cx: LowerContext): string {
  const made = cx.typeOf(node);
  if (callee.type !== "subscript" || made.kind !== "object") return wrap(cx.expr(callee), Prec.Call);
  return `${wrap(cx.expr(field(callee, "value")), Prec.Call)}<${made.args.map((a) => cx.tsType(a)).join(", ")}>`;
}

/** `super().__init__(…)` → `super(…)`; `super().m(…)` → `super.m(…)`, arguments matched to the base's method. */
function superCall(node: SyntaxNode, callee: SyntaxNode, cx: LowerContext): LoweredCall | undefined {
  if (callee.type !== "attribute") return undefined;
  const object = unparen(field(callee, "object"));
  if (object.type !== "call" || cx.analysis.qualifiedName(field(object, "function")) !== "super") return undefined;
  const name = field(callee, "attribute").text;
  const cls = enclosingClass(node, cx);
  const base = cls?.bases.find((b) => b.kind === "class");
  const def = base && base.kind === "class" ? cx.analysis.findMethod(base.name, name) : undefined;
  const isAsync = def ? hasAsyncKeyword(def) : false;
  const args = def ? userArguments(node, cx.analysis.signatureOf(def), cx, true) : rawArguments(node).positional.map((a) => argument(a, cx)).join(", ");
  if (name === "__init__") return { expr: expr(`super(${args})`, Prec.Call), startsPromise: false };
  return { expr: expr(`super.${cx.memberName(name)}(${args})`, Prec.Call), startsPromise: isAsync };
}

function enclosingClass(node: SyntaxNode, cx: LowerContext) {
  for (let p = node.parent; p; p = p.parent) if (p.type === "class_definition") return cx.analysis.classOfNode(p);
  return undefined;
}

/** `f(*args, **kwargs)` (or `f(*args)`) with the caller's own `*args`/`**kwargs`. */
function forwardsEverything(node: SyntaxNode): boolean {
  const { positional, keywords, splats } = rawArguments(node);
  return keywords.size === 0 && splats.length > 0 && positional.every((p) => p.type === "list_splat");
}

function isMethod(def: SyntaxNode, cx: LowerContext): boolean {
  const owner = def.parent?.type === "decorated_definition" ? def.parent.parent?.parent : def.parent?.parent;
  return owner !== undefined && owner !== null && cx.analysis.classOfNode(owner) !== undefined;
}

function isStatic(def: SyntaxNode | undefined): boolean {
  if (!def || def.parent?.type !== "decorated_definition") return false;
  return namedChildren(def.parent).some((d) => d.type === "decorator" && /^@\s*staticmethod\b/.test(d.text));
}

function argument(node: SyntaxNode, cx: LowerContext): string {
  if (node.type === "list_splat") return `...${spreadable(namedChildren(node)[0]!, cx)}`;
  return cx.text(node, Prec.Assign);
}

/**
 * Arguments for a function of the program, in parameter order: keywords go to their parameter,
 * skipped optional parameters get `undefined` (so the TS default applies), `**kwargs` get a Map.
 */
export function userArguments(node: SyntaxNode, sig: Signature, cx: LowerContext, skipSelf: boolean, viaValue = false): string {
  const params = skipSelf ? sig.params.slice(1) : sig.params;
  if (bindsAtRunTime(node, params)) return runtimeBoundArguments(node, params, sig.name ?? calleeOf(node).text, cx);
  const varargsAt = params.findIndex((p) => p.kind === "varargs");
  const restIsArray = varargsAt >= 0 && varargsAt < params.length - 1;
  const bound = bindArguments(node, sig.name ?? calleeOf(node).text, sig, undefined, cx, skipSelf);
  const out: string[] = [];
  let pendingUndefined = 0;
  for (const p of params) {
    if (p.kind === "varargs") {
      if (restIsArray) {
        // `*args` followed by keyword-only parameters is an array parameter (see functionParts).
        if (bound.rest.length === 0) {
          pendingUndefined++;
          continue;
        }
        for (let i = 0; i < pendingUndefined; i++) out.push("undefined");
        pendingUndefined = 0;
        out.push(`[${bound.rest.map((a) => argument(a, cx)).join(", ")}]`);
        continue;
      }
      for (let i = 0; i < pendingUndefined; i++) out.push("undefined");
      pendingUndefined = 0;
      out.push(...bound.rest.map((a) => argument(a, cx)));
      continue;
    }
    if (p.kind === "kwargs") {
      if (bound.extraKeywords.size > 0) {
        for (let i = 0; i < pendingUndefined; i++) out.push("undefined");
        pendingUndefined = 0;
        const mapType = p.type.kind === "dict" ? cx.tsType(p.type) : "Map<string, unknown>";
        out.push(`new ${mapType}([${[...bound.extraKeywords].map(([k, v]) => `[${JSON.stringify(k)}, ${cx.text(v, Prec.Assign)}]`).join(", ")}])`);
      }
      continue;
    }
    const a = bound.args.get(p.name);
    if (!a) {
      pendingUndefined++;
      continue;
    }
    for (let i = 0; i < pendingUndefined; i++) out.push("undefined");
    pendingUndefined = 0;
    // A function value's `Any` parameter is `never` in its TypeScript type (see tsType).
    if (viaValue && p.type.kind === "any" && a.type !== "list_splat") out.push(`${cx.text(a, Prec.Relational)} as never`);
    else out.push(a.type === "list_splat" ? argument(a, cx) : cx.coerce(a, p.type).code);
  }
  return out.join(", ");
}

/**
 * `f(**options)`, or `f(*xs)` where `xs` fills named parameters: which parameter each value goes to
 * is known only at run time. The runtime matches them the way Python does (TypeError for an
 * unknown, duplicate or missing name, or too many positionals).
 */
function bindsAtRunTime(node: SyntaxNode, params: readonly Param[]): boolean {
  const { positional, splats } = rawArguments(node);
  if (splats.some((s) => s.type === "dictionary_splat")) return true;
  const byPosition = params.filter((p) => p.kind === "positional" || p.kind === "normal").length;
  return positional.some((a, i) => a.type === "list_splat" && i < byPosition);
}

function runtimeBoundArguments(node: SyntaxNode, params: readonly Param[], callee: string, cx: LowerContext): string {
  const { positional, keywords, splats } = rawArguments(node);
  const last = params[params.length - 1];
  const specs: string[] = [];
  const types: string[] = [];
  for (const p of params) {
    const optional = p.optional ? "?" : "";
    if (p.kind === "varargs") {
      const items = cx.tsType(T.list(p.type.kind === "vartuple" || p.type.kind === "list" ? p.type.item : T.unknown));
      // `*args` is the rest parameter only when last (see functionParts), an array otherwise.
      specs.push(p === last ? `...${p.name}` : `*${p.name}`);
      types.push(p === last ? `...${items}` : items);
    } else if (p.kind === "kwargs") {
      specs.push(`**${p.name}`);
      types.push(p.type.kind === "dict" ? cx.tsType(p.type) : "Map<string, unknown>");
    } else {
      specs.push(`${p.kind === "positional" ? "/" : p.kind === "keyword" ? "$" : ""}${p.name}${optional}`);
      types.push(p.optional ? `${cx.tsType(p.type)} | undefined` : cx.tsType(p.type));
    }
  }
  const explicit = [...keywords].map(([k, v]) => `[${JSON.stringify(k)}, ${cx.text(v, Prec.Assign)}]`);
  const mappings = splats.filter((s) => s.type === "dictionary_splat").map((s) => cx.text(namedChildren(s)[0]!, Prec.Assign));
  const keywordMap = explicit.length ? `new Map<string, unknown>([${explicit.join(", ")}])` : "null";
  const args = [JSON.stringify(callee.replace(/^.*\./, "")), JSON.stringify(specs), `[${positional.map((a) => argument(a, cx)).join(", ")}]`, keywordMap, ...mappings];
  return `...${cx.helper("bindCall")}<[${types.join(", ")}]>(${args.join(", ")})`;
}

export const callRules: RuleSet = {
  expressions: { call },
};
