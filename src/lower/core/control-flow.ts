import type { SyntaxNode } from "../../parse/parser";
import { field, hasAsyncKeyword, optionalField, unparen } from "../../parse/nodes";
import { Msg } from "../../diagnostics/messages";
import { withoutNone } from "../../analysis/types";
import type { LowerContext } from "../context";
import { block, chain, line, Prec, type Stmt } from "../ir";
import type { RuleSet } from "../registry";
import { rawArguments } from "../bind-args";
import { targetNames, targetPattern } from "./targets";
import { declaresHere } from "./assignments";
import { typedLiteral } from "./literals";
import { isTypedDict, typedDictKeys } from "../typing/typed-dict";

function ifStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const parts: { head: string; body: Stmt[] }[] = [{ head: `if (${cx.condition(field(node, "condition")).code})`, body: cx.block(field(node, "consequence")) }];
  for (const alt of node.childrenForFieldName("alternative")) {
    if (alt.type === "elif_clause") parts.push({ head: `else if (${cx.condition(field(alt, "condition")).code})`, body: cx.block(field(alt, "consequence")) });
    else parts.push({ head: "else", body: cx.block(field(alt, "body")) });
  }
  return [chain(...parts)];
}

/**
 * A loop with an `else` runs inside a labelled block: `break` leaves the block (skipping the
 * `else` part), finishing the loop falls through into it. That is Python's meaning exactly.
 */
function withElse(node: SyntaxNode, loop: (label: string | undefined) => Stmt, cx: LowerContext): Stmt[] {
  const alt = optionalField(node, "alternative");
  const label = alt ? cx.names.fresh("loop") : undefined;
  cx.loops.push({ node, label });
  let lowered: Stmt;
  try {
    lowered = loop(label);
  } finally {
    cx.loops.pop();
  }
  if (!alt || !label) return [lowered];
  return [block(`${label}:`, [lowered, ...cx.block(field(alt, "body"))])];
}

function whileStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  return withElse(node, () => block(`while (${cx.condition(field(node, "condition")).code})`, cx.block(field(node, "body"))), cx);
}

/**
 * `for x in xs`. `range()` with a literal or unchanging bound becomes a counting loop (when the
 * variable is not needed after the loop, where Python's value differs from the counter's); arrays,
 * strings and sets are iterated with `for…of`; dicts by key.
 */
function forStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const isAsync = hasAsyncKeyword(node);
  if (isAsync && !cx.frame?.isAsync) cx.report(node, Msg.asyncWithOutsideAsync, { construct: "async for" });
  const left = field(node, "left");
  const right = field(node, "right");
  const names = targetNames(left);
  const syms = names.map((n) => cx.symbolOf(n));
  const declared = syms.length > 0 && syms.every((s, i) => s && declaresHere(s, names[i]!));
  const keyword = declared ? (syms.every((s) => s!.isConst) ? "const " : "let ") : "";
  return withElse(
    node,
    () => {
      const counting = !isAsync && declared ? countingLoop(left, right, cx) : undefined;
      if (counting) return block(counting, cx.block(field(node, "body")));
      const head = `for ${isAsync ? "await " : ""}(${keyword}${targetPattern(left, cx)} of ${destructuredIterable(left, right, isAsync, cx)})`;
      return block(head, cx.block(field(node, "body")));
    },
    cx,
  );
}

/** A pattern target over items of unknown type unpacks each item at run time (with Python's ValueError). */
export function destructuredIterable(target: SyntaxNode, right: SyntaxNode, isAsync: boolean, cx: LowerContext): string {
  const items = iterable(right, cx);
  if (target.type === "identifier" || isAsync) return items;
  const item = cx.analysis.iterItemOf(withoutNone(cx.typeOf(right)));
  if (item.kind !== "unknown" && item.kind !== "any") return items;
  return `${cx.helper("unpackEach")}(${items}, ${targetNames(target).length})`;
}

/** What `for … of` walks for a Python iterable. */
export function iterable(node: SyntaxNode, cx: LowerContext): string {
  const literal = typedLiteral(node, cx);
  if (literal) return literal;
  const t = withoutNone(cx.typeOf(node));
  if (t.kind === "dict") return `${cx.text(node, Prec.Call)}.keys()`;
  if (t.kind === "class" && cx.analysis.isSubclass(t.name, "enum.Enum")) return `${cx.helper("enumMembers")}(${cx.expr(node).code})`;
  if (isTypedDict(node, cx)) return typedDictKeys(node, cx);
  if (t.kind === "unknown" || t.kind === "any") return `${cx.helper("iter")}(${cx.expr(node).code})`;
  return cx.text(node, Prec.Assign);
}

/** `for (let i = a; i < b; i++)` for `range(a, b)` with a literal step, when that is exactly Python's behaviour. */
function countingLoop(left: SyntaxNode, right: SyntaxNode, cx: LowerContext): string | undefined {
  const r = unparen(right);
  if (left.type !== "identifier" || r.type !== "call" || cx.analysis.libraryCallKey(r) !== "range") return undefined;
  const sym = cx.symbolOf(left);
  if (!sym || (sym.bindings.length !== 1 && !sym.loopLocal)) return undefined;
  const { positional, keywords, splats } = rawArguments(r);
  if (keywords.size > 0 || splats.length > 0 || positional.length === 0 || positional.length > 3) return undefined;
  const [start, stop] = positional.length === 1 ? [undefined, positional[0]!] : [positional[0]!, positional[1]!];
  const stepNode = positional[2];
  const step = stepNode ? literalInt(stepNode) : 1;
  if (step === undefined || step === 0) return undefined;
  // The bound is evaluated once in Python; only a literal or a variable never rebound is safe to re-read.
  if (!stable(stop, cx) || (start && !stable(start, cx))) return undefined;
  const i = sym.tsName;
  const from = start ? cx.text(start, Prec.Assign) : "0";
  const to = cx.text(stop, Prec.Relational + 1);
  const cmp = step > 0 ? "<" : ">";
  const inc = step === 1 ? `${i}++` : step === -1 ? `${i}--` : `${i} ${step > 0 ? "+=" : "-="} ${Math.abs(step)}`;
  return `for (let ${i} = ${from}; ${i} ${cmp} ${to}; ${inc})`;
}

function literalInt(node: SyntaxNode): number | undefined {
  const n = unparen(node);
  if (n.type === "integer") return Number(n.text.replace(/_/g, ""));
  if (n.type === "unary_operator" && field(n, "operator").text === "-") {
    const v = literalInt(field(n, "argument"));
    return v === undefined ? undefined : -v;
  }
  return undefined;
}

function stable(node: SyntaxNode, cx: LowerContext): boolean {
  const n = unparen(node);
  if (n.type === "integer") return true;
  if (n.type === "unary_operator") return stable(field(n, "argument"), cx);
  if (n.type === "identifier") {
    const sym = cx.symbolOf(n);
    return sym !== undefined && sym.kind !== "builtin" && sym.bindings.length <= 1 && (cx.typeOf(n).kind === "int");
  }
  return false;
}

function breakStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const loop = cx.loops.at(-1);
  return [line(loop?.label ? `break ${loop.label};` : "break;")];
}

export const controlFlowRules: RuleSet = {
  statements: {
    if_statement: ifStatement,
    while_statement: whileStatement,
    for_statement: forStatement,
    break_statement: breakStatement,
    continue_statement: () => [line("continue;")],
    pass_statement: () => [],
  },
};

