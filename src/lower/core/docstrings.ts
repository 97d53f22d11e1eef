import type { SyntaxNode } from "../../parse/parser";
import { namedChildren } from "../../parse/nodes";
import type { Stmt } from "../ir";
import { decodeStringLiteral } from "./string-literals";

/** The docstring of a module, class or function body: its first statement, when that is a plain string. */
export function docstringOf(body: SyntaxNode): { node: SyntaxNode; text: string } | undefined {
  const first = namedChildren(body)[0];
  if (first?.type !== "expression_statement") return undefined;
  const value = namedChildren(first)[0];
  if (value?.type !== "string" || namedChildren(value).some((c) => c.type === "interpolation")) return undefined;
  const decoded = decodeStringLiteral(value);
  if (decoded === undefined || decoded.kind !== "str") return undefined;
  return { node: first, text: cleandoc(decoded.value) };
}

/** Python's `inspect.cleandoc`: strip the common indentation of the lines after the first, and blank edges. */
function cleandoc(doc: string): string {
  const lines = doc.replace(/\t/g, "        ").split("\n");
  let margin = Infinity;
  for (const l of lines.slice(1)) {
    const content = l.trimStart();
    if (content) margin = Math.min(margin, l.length - content.length);
  }
  const out = [lines[0]!.trimStart(), ...lines.slice(1).map((l) => (margin === Infinity ? l : l.slice(margin)))];
  while (out.length && !out[0]!.trim()) out.shift();
  while (out.length && !out[out.length - 1]!.trim()) out.pop();
  return out.map((l) => l.trimEnd()).join("\n");
}

/** A docstring as a JSDoc block. */
export function jsDoc(text: string): Stmt[] {
  const lines = text.replace(/\*\//g, "* /").split("\n");
  const doc = lines.length === 1 ? `/** ${lines[0]} */` : ["/**", ...lines.map((l) => (l ? ` * ${l}` : " *")), " */"].join("\n");
  return [{ kind: "raw", text: doc }];
}
