import type { SyntaxNode } from "./parser";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic";
import { Msg } from "../diagnostics/messages";
import { endOf, forEachNode, startOf } from "./nodes";

/**
 * The grammar accepts syntax newer than the Python 3.11 the translation follows; CPython 3.11 would
 * reject these programs, so the translator does too, with a clear message instead of a guess.
 */
export function findNewerSyntax(root: SyntaxNode): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = (node: SyntaxNode, construct: string): void => {
    found.push(createDiagnostic(Msg.newerSyntax, { construct }, startOf(node), endOf(node)));
  };
  forEachNode(root, (node) => {
    switch (node.type) {
      case "type_alias_statement":
        report(node, "The 'type' alias statement (Python 3.12)");
        break;
      case "type_parameter":
        if (node.parent?.type === "function_definition" || node.parent?.type === "class_definition") report(node, "A generic parameter list (Python 3.12)");
        break;
      case "except_clause":
        if (node.childrenForFieldName("value").length > 1) report(node, "'except A, B:' without parentheses (Python 3.14)");
        break;
    }
  });
  return found;
}
