import Parser from "tree-sitter";
import Python from "tree-sitter-python";

export type SyntaxNode = Parser.SyntaxNode;
export type Tree = Parser.Tree;

let shared: Parser | undefined;

/** One parser for the whole process: creating one and loading the grammar costs more than a small parse. */
export function parsePython(source: string): Tree {
  if (!shared) {
    shared = new Parser();
    shared.setLanguage(Python as unknown as Parser.Language);
  }
  // tree-sitter's default 32 KiB buffer makes long files fail to parse through a string; give it the whole text.
  return shared.parse(source, null, { bufferSize: Math.max(32 * 1024, source.length * 2 + 16) });
}
