import type { SyntaxNode } from "../../parse/parser";
import { exceptParts, field, namedChildren, optionalField, type ExceptParts } from "../../parse/nodes";
import type { LowerContext } from "../context";
import { block, chain, expr, line, Prec, wrap, type Stmt } from "../ir";
import type { RuleSet } from "../registry";
import { Msg } from "../../diagnostics/messages";
import { canFallThrough } from "../../analysis/flow";

type Handler = ExceptParts;

function handlersOf(node: SyntaxNode): Handler[] {
  return namedChildren(node).filter((c) => c.type === "except_clause").map(exceptParts);
}

/**
 * `try/except/else/finally`. One `catch` tests the handlers in order with `instanceof`; anything
 * unmatched is re-thrown. `except Exception` does not match `CancelledError` (a BaseException), as in
 * Python. An `else` part runs after the body only when nothing was raised, outside the handlers.
 */
function tryStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const handlers = handlersOf(node);
  const clauses = namedChildren(node);
  const elseClause = clauses.find((c) => c.type === "else_clause");
  const finallyClause = clauses.find((c) => c.type === "finally_clause");
  if (handlers.some((h) => h.star)) return exceptStar(node, handlers, elseClause, finallyClause, cx);
  const aliases = new Set(handlers.map((h) => h.alias?.text).filter((a): a is string => a !== undefined));
  const sharedAlias = aliases.size === 1 && handlers.every((h) => h.alias) ? cx.symbolOf(handlers[0]!.alias!)?.tsName : undefined;
  const caught = sharedAlias ?? cx.names.fresh("error");
  const body = cx.block(field(node, "body"));
  const parts: { head: string; body: Stmt[] }[] = [];
  let okFlag: string | undefined;
  // When every handler leaves (return, raise, break, continue), code after the try/catch runs only if
  // nothing was raised: the `else` part can simply follow. Otherwise a flag records success.
  const handlersLeave = handlers.every((h) => !canFallThrough(h.body));
  if (handlers.length > 0) {
    if (elseClause && !handlersLeave) okFlag = cx.names.fresh("succeeded");
    parts.push({ head: "try", body });
    cx.handlers.push(caught);
    let dispatch: Stmt[];
    try {
      dispatch = handlerChain(handlers, caught, sharedAlias !== undefined, cx);
    } finally {
      cx.handlers.pop();
    }
    parts.push({ head: `catch (${caught})`, body: okFlag ? [line(`${okFlag} = false;`), ...dispatch] : dispatch });
  } else {
    parts.push({ head: "try", body });
  }
  let result: Stmt[];
  if (okFlag) {
    const inner: Stmt[] = [line(`let ${okFlag} = true;`), chain(...parts), block(`if (${okFlag})`, cx.block(field(elseClause!, "body")))];
    result = finallyClause ? [chain({ head: "try", body: inner }, { head: "finally", body: cx.block(namedChildren(finallyClause).find((c) => c.type === "block")!) })] : inner;
  } else if (elseClause) {
    const inner: Stmt[] = [chain(...parts), ...cx.block(field(elseClause, "body"))];
    result = finallyClause ? [chain({ head: "try", body: inner }, { head: "finally", body: cx.block(namedChildren(finallyClause).find((c) => c.type === "block")!) })] : inner;
  } else {
    if (finallyClause) parts.push({ head: "finally", body: cx.block(namedChildren(finallyClause).find((c) => c.type === "block")!) });
    result = [chain(...parts)];
  }
  return result;
}

/**
 * `except*`: the caught exception (a group, or one exception seen as a group of one) is split by each
 * clause in turn; whatever no clause takes is raised again, as in Python.
 */
function exceptStar(node: SyntaxNode, handlers: Handler[], elseClause: SyntaxNode | undefined, finallyClause: SyntaxNode | undefined, cx: LowerContext): Stmt[] {
  const error = cx.names.fresh("error");
  const groups = cx.names.fresh("groups");
  const dispatch: Stmt[] = [line(`const ${groups} = new ${cx.helper("ExceptStar")}(${error});`)];
  const declared = new Set<string>();
  for (const h of handlers) {
    const types = h.types.map((t) => cx.expr(t).code).join(", ");
    const match = `${groups}.match(${types})`;
    if (!h.alias) {
      dispatch.push(block(`if (${match} !== null)`, cx.block(h.body)));
      continue;
    }
    const name = cx.symbolOf(h.alias)?.tsName ?? h.alias.text;
    dispatch.push(line(`${declared.has(name) ? "" : "let "}${name} = ${match};`));
    declared.add(name);
    dispatch.push(block(`if (${name} !== null)`, cx.block(h.body)));
  }
  dispatch.push(line(`${groups}.reraise();`));
  const parts = [{ head: "try", body: cx.block(field(node, "body")) }, { head: `catch (${error})`, body: dispatch }];
  if (elseClause) cx.report(elseClause, Msg.unsupportedConstruct, { construct: "'else' after 'except*'" });
  if (finallyClause) parts.push({ head: "finally", body: cx.block(namedChildren(finallyClause).find((c) => c.type === "block")!) });
  return [chain(...parts)];
}

function handlerChain(handlers: Handler[], caught: string, aliasIsCatchVar: boolean, cx: LowerContext): Stmt[] {
  const parts: { head: string; body: Stmt[] }[] = [];
  let catchAll = false;
  for (const h of handlers) {
    const body = cx.block(h.body);
    const bind: Stmt[] = h.alias && !aliasIsCatchVar ? [line(`const ${cx.symbolOf(h.alias)?.tsName ?? h.alias.text} = ${caught};`)] : [];
    if (h.types.length === 0 || h.types.every((t) => isBaseException(t, cx))) {
      parts.push({ head: parts.length === 0 ? "" : "else", body: [...bind, ...body] });
      catchAll = true;
      break;
    }
    const test = h.types.map((t) => `${caught} instanceof ${wrap(cx.expr(t), Prec.Relational + 1)}`).join(" || ");
    parts.push({ head: `${parts.length === 0 ? "" : "else "}if (${test})`, body: [...bind, ...body] });
  }
  if (!catchAll) parts.push({ head: "else", body: [line(`throw ${caught};`)] });
  if (parts[0]!.head === "") return parts[0]!.body as Stmt[];
  return [chain(...parts)];
}

function isBaseException(node: SyntaxNode, cx: LowerContext): boolean {
  return cx.analysis.qualifiedName(node) === "BaseException";
}

/** `raise X(…)`, `raise X` (a class: instantiated), bare `raise` (re-throws what the handler caught), `raise X from Y`. */
function raiseStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const value = namedChildren(node).find((c) => c.id !== optionalField(node, "cause")?.id);
  const cause = optionalField(node, "cause");
  if (!value) {
    const current = cx.handlers.at(-1);
    if (!current) return [line(`throw new ${cx.helper("RuntimeError")}("No active exception to reraise");`)];
    return [line(`throw ${current};`)];
  }
  const t = cx.typeOf(value);
  let thrown = t.kind === "class" ? expr(`new ${cx.text(value, Prec.Call)}()`, Prec.Call) : cx.expr(value);
  if (cause) thrown = expr(`${wrap(thrown, Prec.Call)}.withCause(${cx.expr(cause).code})`, Prec.Call);
  return [line(`throw ${thrown.code};`)];
}

function assertStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const [test, message] = namedChildren(node);
  const error = `new ${cx.helper("AssertionError")}(${message ? cx.expr(message).code : ""})`;
  return [block(`if (!${wrap(cx.condition(test!), Prec.Unary)})`, [line(`throw ${error};`)])];
}

export const exceptionRules: RuleSet = {
  statements: {
    try_statement: tryStatement,
    raise_statement: raiseStatement,
    assert_statement: assertStatement,
  },
};
