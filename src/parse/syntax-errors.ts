import type { SyntaxNode } from "./parser";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic";
import { Msg } from "../diagnostics/messages";
import { endOf, forEachNode, startOf } from "./nodes";

/** Syntax-tree depth beyond which the recursive passes could overflow the stack (CPython stops at 200 nested parentheses). */
export const MAX_NESTING = 400;

/**
 * ERROR and MISSING nodes become diagnostics instead of silently wrong output. Reports nesting
 * beyond MAX_NESTING too: the recursive passes after this one could overflow the stack on it.
 */
export function collectSyntaxErrors(root: SyntaxNode): Diagnostic[] {
  const found: Diagnostic[] = [];
  let deepNode: SyntaxNode | undefined;
  let deepest = 0;
  forEachNode(root, (node, depth) => {
    if (depth > deepest) {
      deepest = depth;
      if (depth > MAX_NESTING && !deepNode) deepNode = node;
    }
    if (node.isMissing) {
      found.push(createDiagnostic(Msg.missingToken, { token: node.type }, startOf(node), endOf(node)));
      return false;
    }
    if (node.type === "ERROR") {
      found.push(createDiagnostic(Msg.invalidSyntax, { snippet: snippet(node.text) }, startOf(node), endOf(node)));
      return false;
    }
    const problem = rejectedByCPython(node);
    if (problem) found.push(createDiagnostic(Msg.invalidStatement, { problem }, startOf(node), endOf(node)));
    return true;
  });
  if (deepNode) found.push(createDiagnostic(Msg.nestingTooDeep, { depth: deepest, limit: MAX_NESTING }, startOf(deepNode)));
  return found;
}

/** Shapes tree-sitter's grammar accepts and CPython's does not. */
function rejectedByCPython(node: SyntaxNode): string | undefined {
  switch (node.type) {
    case "try_statement":
      return node.children.some((c) => c.type === "except_clause" || c.type === "except_group_clause" || c.type === "finally_clause") ? undefined : "'try' without 'except' or 'finally'";
    case "block":
      return node.children.some((c) => c.isNamed && c.type !== "comment") ? undefined : "A block with no statements";
    case "for_statement":
    case "for_in_clause":
      return node.childForFieldName("left")?.type === "list_splat_pattern" ? "A starred name alone as the loop target" : undefined;
    default:
      return undefined;
  }
}

function snippet(text: string): string {
  const line = text.split(/\r?\n/)[0]!.trim();
  return line.length > 30 ? line.slice(0, 30) + "…" : line;
}
