import type { SyntaxNode } from "../../parse/parser";
import { unparen } from "../../parse/nodes";
import type { LowerContext } from "../context";
import type { BoundCall } from "../bind-args";
import { expr, Prec, type Expr } from "../ir";
import type { CallRule } from "../registry";
import { decodeStringLiteral } from "../core/string-literals";
import { strOf } from "../core/str-conversion";
import { needsPrintShape } from "../../analysis/types";
import { templateText } from "../core/string-literals";

/**
 * `print(...)`. `console.log(a, b)` prints exactly what Python prints when every argument is a str
 * or an int (and the first is not a string that `console.log` would read as a format); other values
 * are converted with Python's `str` first. `sep`, `end` and `flush` go through the runtime's `print`.
 */
export const print: CallRule = {
  sig: "(*values: object, sep: str | None = ..., end: str | None = ..., file: object = ..., flush: bool = ...) -> None",
  lower(call: BoundCall, cx: LowerContext): Expr {
    const values = call.rest;
    const file = call.args.get("file");
    const toStderr = file !== undefined && cx.analysis.qualifiedName(file) === "sys.stderr";
    if (file && !toStderr && cx.analysis.qualifiedName(file) !== "sys.stdout") return cx.unsupported(file, "print(file=...) to anything but sys.stdout or sys.stderr");
    // Python converts the arguments only after evaluating all of them: a later call may change an
    // earlier argument (`print(append_to(1), append_to(2))`), so such calls go through `print()`.
    const convertsEarly = values.some((v, i) => !printsAsIs(v, cx) && values.slice(i + 1).some((later) => mayMutate(later, cx)));
    if (call.splats.length > 0 || call.args.has("sep") || call.args.has("end") || convertsEarly) {
      const opts: string[] = [];
      for (const k of ["sep", "end"]) {
        const n = call.args.get(k);
        if (n) opts.push(`${k}: ${cx.expr(n).code}`);
      }
      if (toStderr) opts.push(`file: "stderr"`);
      const list = values.map((v) => (v.type === "list_splat" ? `...${cx.text(v.namedChildren[0]!, Prec.Unary)}` : printable(v, cx, convertsEarly).code));
      return expr(`${cx.helper("print")}([${list.join(", ")}]${opts.length ? `, { ${opts.join(", ")} }` : ""})`, Prec.Call);
    }
    const log = toStderr ? "console.error" : "console.log";
    if (values.length === 0) return expr(`${log}()`, Prec.Call);
    const parts = values.map((v) => printable(v, cx));
    const first = values[0]!;
    // console.log treats a first string argument containing `%` as a format when more arguments follow.
    const formatSafe = values.length === 1 || ["int", "float", "bool", "none"].includes(cx.typeOf(first).kind) || isLiteralWithoutPercent(first);
    if (formatSafe) return expr(`${log}(${parts.map((p) => p.code).join(", ")})`, Prec.Call);
    return expr(`${log}(\`${values.map((v, i) => templatePiece(v, parts[i]!)).join(" ")}\`)`, Prec.Call);
  },
};

/** The argument as console.log should receive it: strings and ints as they are, everything else as Python's `str`. */
function printable(node: SyntaxNode, cx: LowerContext, raw = false): Expr {
  const t = cx.typeOf(node);
  if (printsAsIs(node, cx) || (raw && !needsPrintShape(t))) return cx.expr(node);
  return strOf(cx.expr(node), t, cx);
}

const printsAsIs = (node: SyntaxNode, cx: LowerContext): boolean => ["str", "int"].includes(cx.typeOf(node).kind);

/** Builtins that change nothing: calling them between two arguments cannot alter an earlier one. */
const PURE = new Set(["bool", "len", "str", "repr", "int", "float", "abs", "round", "isinstance", "min", "max", "sum", "sorted", "type", "format", "ord", "chr", "hex"]);

/** Could evaluating `node` change a value printed before it? (Calls other than pure builtins might.) */
function mayMutate(node: SyntaxNode, cx: LowerContext): boolean {
  if (node.type === "call") {
    const key = cx.analysis.libraryCallKey(node);
    if (!key || !PURE.has(key)) return true;
  }
  return node.namedChildren.some((c) => mayMutate(c, cx));
}

function templatePiece(node: SyntaxNode, lowered: Expr): string {
  const literal = unparen(node).type === "string" ? decodeStringLiteral(unparen(node)) : undefined;
  if (literal && literal.kind === "str") return templateText(literal.value);

  return "${" + lowered.code + "}";
}

function isLiteralWithoutPercent(node: SyntaxNode): boolean {
  const n = unparen(node);
  if (n.type !== "string") return false;
  const d = decodeStringLiteral(n);
  return d !== undefined && d.kind === "str" && !d.value.includes("%");
}
