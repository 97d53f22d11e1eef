import type { SyntaxNode } from "../../parse/parser";
import { field, hasAsyncKeyword, namedChildren, unparen } from "../../parse/nodes";
import { Msg } from "../../diagnostics/messages";
import { withoutNone, type Param, type Signature } from "../../analysis/types";
import type { LowerContext } from "../context";
import { bindArguments, rawArguments } from "../bind-args";
import { expr, Prec, wrap, type Expr } from "../ir";
import type { RuleSet } from "../registry";
import { spreadable } from "./literals";

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
  const def = cx.analysis.userFunctionOf(field(node, "function"));
  if (def && cx.blocking.has(def.id)) {
    if (!cx.frame?.isAsync && cx.frame) cx.report(node, Msg.unsupportedConstruct, { construct: `Calling '${field(def, "name").text}' (which runs an event loop) from here` });
    return expr(`await ${wrap(lowered.expr, Prec.Unary)}`, Prec.Unary);
  }
  if (lowered.startsPromise && !isAwaited(node)) return thunk(lowered.expr, node, cx);
  return lowered.expr;
}

/**
 * `() => f()` is just `f` when `f` is a plain function of the program called without arguments and
 * handed straight to `asyncio.run` (elsewhere each coroutine object must stay a distinct value:
 * `gather(*[f() for _ in range(3)])` runs three coroutines, not one).
 */
function thunk(e: Expr, node: SyntaxNode, cx: LowerContext): Expr {
  const callee = unparen(field(node, "function"));
  const outer = node.parent?.type === "argument_list" ? node.parent.parent : undefined;
  const runner = outer?.type === "call" ? cx.analysis.libraryCallKey(outer) : undefined;
  const direct = runner === "asyncio.run" || runner === "asyncio.AbstractEventLoop.run_until_complete";
  if (direct && callee.type === "identifier" && rawArguments(node).positional.length === 0 && rawArguments(node).keywords.size === 0) {
    const sym = cx.symbolOf(callee);
    if (sym?.kind === "function" && e.code === `${sym.tsName}()`) return expr(sym.tsName);
  }
  return expr(`() => ${e.code}`, Prec.Assign);
}

export interface LoweredCall {
  readonly expr: Expr;
  /** Calling it starts an async function (the result is a Promise). */
  readonly startsPromise: boolean;
}

export function lowerCallNow(node: SyntaxNode, cx: LowerContext): LoweredCall {
  const callee = unparen(field(node, "function"));
  const viaSuper = superCall(node, callee, cx);
  if (viaSuper) return viaSuper;
  const key = cx.analysis.libraryCallKey(node);
  if (key) {
    const rule = cx.registry.calls.get(key);
    if (!rule) return { expr: cx.unsupported(node, key, Msg.noMapping), startsPromise: false };
    const sig = cx.registry.callable(key)?.sig;
    const receiver = callee.type === "attribute" && !cx.analysis.qualifiedName(callee) ? field(callee, "object") : undefined;
    const bound = bindArguments(node, key, sig, receiver, cx);
    // A `*xs` or `**mapping` the rule cannot place is an error, never silently dropped.
    for (const s of bound.splats) {
      const handled = s.type === "dictionary_splat" ? rule.keywordSplat === true : sig === undefined || sig.params.some((p) => p.kind === "varargs");
      if (!handled) cx.report(s, Msg.unsupportedArgument, { arg: s.text, name: key });
    }
    const startsPromise = rule.async === true || sig?.returns.kind === "coroutine";
    return { expr: rule.lower(bound, cx), startsPromise };
  }
  const def = cx.analysis.userFunctionOf(callee);
  const calleeType = withoutNone(cx.typeOf(callee));
  if (calleeType.kind === "class" && cx.analysis.userClass(calleeType.name)) {
    const cls = cx.analysis.userClass(calleeType.name)!;
    if (cx.analysis.isSubclass(cls.qualifiedName, "enum.Enum")) {
      // `Color(2)` looks a member up by value.
      const value = rawArguments(node).positional[0];
      return { expr: expr(`${cx.helper("enumByValue")}(${cx.expr(callee).code}, ${value ? cx.expr(value).code : "undefined"})`, Prec.Call), startsPromise: false };
    }
    const init = def ? cx.analysis.signatureOf(def) : cx.constructorSignature(cls);
    const args = userArguments(node, init, cx, true);
    return { expr: expr(`new ${wrap(cx.expr(callee), Prec.Call)}(${args})`, Prec.Call), startsPromise: false };
  }
  if (!def && calleeType.kind === "func" && forwardsEverything(node)) {
    // `fn(*args, **kwargs)` in a wrapper: the arguments it was given, passed on as they are.
    const { positional, splats } = rawArguments(node);
    const kw = splats.find((s) => s.type === "dictionary_splat");
    const list = positional.map((a) => argument(a, cx)).join(", ");
    return { expr: expr(`${cx.helper("callForwarding")}(${cx.expr(callee).code}, [${list}], ${kw ? cx.expr(namedChildren(kw)[0]!).code : "null"})`, Prec.Call), startsPromise: calleeType.sig.isAsync };
  }
  if (def || calleeType.kind === "func") {
    const sig = def ? cx.analysis.signatureOf(def) : (calleeType as { sig: Signature }).sig;
    const isMethodCall = callee.type === "attribute" && def !== undefined && isMethod(def, cx);
    const skipSelf = isMethodCall && !isStatic(def);
    const args = userArguments(node, sig, cx, skipSelf);
    const isAsync = def ? hasAsyncKeyword(def) && !cx.analysis.scopeOf(def)?.isGenerator : sig.isAsync;
    return { expr: expr(`${wrap(cx.expr(callee), Prec.Call)}(${args})`, Prec.Call), startsPromise: isAsync };
  }
  if (calleeType.kind === "unknown" || calleeType.kind === "any") {
    const { positional, keywords } = rawArguments(node);
    if (keywords.size > 0) cx.report(node, Msg.unknownCallee, { callee: callee.text });
    // A method of a value known only at run time (JSON data): Python's method, chosen by the value's type.
    if (callee.type === "attribute") {
      const object = cx.expr(field(callee, "object")).code;
      const method = JSON.stringify(field(callee, "attribute").text);
      return { expr: expr(`${cx.helper("callMethod")}(${object}, ${method}, [${positional.map((a) => argument(a, cx)).join(", ")}])`, Prec.Call), startsPromise: false };
    }
    return { expr: expr(`${cx.helper("callDynamic")}(${cx.expr(callee).code}, [${positional.map((a) => argument(a, cx)).join(", ")}])`, Prec.Call), startsPromise: false };
  }
  return { expr: cx.unsupported(node, `Calling ${callee.text}`), startsPromise: false };
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
export function userArguments(node: SyntaxNode, sig: Signature, cx: LowerContext, skipSelf: boolean): string {
  const params = skipSelf ? sig.params.slice(1) : sig.params;
  if (rawArguments(node).splats.some((s) => s.type === "dictionary_splat")) return keywordSplatArguments(node, params, sig.name ?? field(node, "function").text, cx);
  const varargsAt = params.findIndex((p) => p.kind === "varargs");
  const restIsArray = varargsAt >= 0 && varargsAt < params.length - 1;
  const bound = bindArguments(node, sig.name ?? field(node, "function").text, sig, undefined, cx, skipSelf);
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
        out.push(`new Map([${[...bound.extraKeywords].map(([k, v]) => `[${JSON.stringify(k)}, ${cx.text(v, Prec.Assign)}]`).join(", ")}])`);
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
    out.push(a.type === "list_splat" ? argument(a, cx) : cx.coerce(a, p.type).code);
  }
  return out.join(", ");
}

/**
 * `f(**options)`: which parameter each value goes to is known only at run time. The runtime matches
 * them the way Python does (TypeError for an unknown or duplicate name, or a missing argument).
 */
function keywordSplatArguments(node: SyntaxNode, params: readonly Param[], callee: string, cx: LowerContext): string {
  const { positional, keywords, splats } = rawArguments(node);
  const named = params.filter((p) => p.kind !== "varargs" && p.kind !== "kwargs");
  if (params.some((p) => p.kind === "varargs" || p.kind === "kwargs") || positional.some((p) => p.type === "list_splat")) {
    return cx.unsupported(node, "'**' arguments to a function with '*args' or '**kwargs'").code;
  }
  const explicit = [...keywords].map(([k, v]) => `[${JSON.stringify(k)}, ${cx.text(v, Prec.Assign)}]`);
  const mappings = splats.filter((s) => s.type === "dictionary_splat").map((s) => cx.text(namedChildren(s)[0]!, Prec.Assign));
  const tuple = `[${named.map((p) => `${cx.tsType(p.type)}${p.optional ? "?" : ""}`).join(", ")}]`;
  const required = named.filter((p) => !p.optional).length;
  const names = JSON.stringify(named.map((p) => p.name));
  const keywordMap = explicit.length ? `new Map<string, unknown>([${explicit.join(", ")}])` : "null";
  return `...${cx.helper("bindKeywords")}<${tuple}>(${JSON.stringify(callee.replace(/^.*\./, ""))}, ${names}, ${required}, [${positional.map((a) => argument(a, cx)).join(", ")}], ${keywordMap}, ${mappings.join(", ")})`;
}

export const callRules: RuleSet = {
  expressions: { call },
};
