import type { SyntaxNode } from "./parser";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic";
import { Msg } from "../diagnostics/messages";
import { endOf, startOf } from "./nodes";

/** Syntax-tree depth beyond which the recursive passes could overflow the stack (CPython stops at 200 nested parentheses). */
export const MAX_NESTING = 400;

/**
 * ERROR and MISSING nodes become diagnostics instead of silently wrong output. Walks with a cursor, so that
 * pathological inputs (thousands of nested brackets) cannot overflow the stack; reports nesting beyond
 * MAX_NESTING too, for the same reason.
 */
export function collectSyntaxErrors(root: SyntaxNode): Diagnostic[] {
  const found: Diagnostic[] = [];
  const cursor = root.walk();
  let depth = 0;
  let deepest = 0;
  let deepNode: SyntaxNode | undefined;
  for (;;) {
    const type = cursor.nodeType;
    let descend = true;
    if (cursor.nodeIsMissing) {
      const node = cursor.currentNode;
      found.push(createDiagnostic(Msg.missingToken, { token: type }, startOf(node), endOf(node)));
      descend = false;
    } else if (type === "ERROR") {
      const node = cursor.currentNode;
      found.push(createDiagnostic(Msg.invalidSyntax, { snippet: snippet(node.text) }, startOf(node), endOf(node)));
      descend = false;
    }
    if (depth > deepest) {
      deepest = depth;
      if (depth > MAX_NESTING && !deepNode) deepNode = cursor.currentNode;
    }
    if (descend && cursor.gotoFirstChild()) {
      depth++;
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        if (deepNode) found.push(createDiagnostic(Msg.nestingTooDeep, { depth: deepest, limit: MAX_NESTING }, startOf(deepNode)));
        return found;
      }
      depth--;
    }
  }
}

function snippet(text: string): string {
  const line = text.split(/\r?\n/)[0]!.trim();
  return line.length > 30 ? line.slice(0, 30) + "…" : line;
}
