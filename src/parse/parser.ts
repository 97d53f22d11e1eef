import type ParserType from "tree-sitter";

export type SyntaxNode = ParserType.SyntaxNode;
export type Tree = ParserType.Tree;

interface TreeSitter {
  readonly Parser: typeof ParserType;
  readonly Python: ParserType.Language;
}

/**
 * tree-sitter's JavaScript wrapper patches its native classes when it loads and breaks them when it
 * loads a second time, which test runners do (a fresh module registry per test file). The native
 * binding itself is loaded once per process, so the wrapper is kept on it and reused.
 */
const LOADED = Symbol.for("py2ts-async.tree-sitter");

function treeSitter(): TreeSitter {
  const nodeGypBuild = require("node-gyp-build") as (dir: string) => Record<symbol, TreeSitter | undefined>;
  const holder = nodeGypBuild(require("node:path").dirname(require.resolve("tree-sitter")));
  holder[LOADED] ??= { Parser: require("tree-sitter") as typeof ParserType, Python: require("tree-sitter-python") as ParserType.Language };
  return holder[LOADED];
}

let shared: ParserType | undefined;

/** One parser for the whole process: creating one and loading the grammar costs more than a small parse. */
export function parsePython(source: string): Tree {
  if (!shared) {
    const { Parser, Python } = treeSitter();
    shared = new Parser();
    shared.setLanguage(Python);
  }
  // tree-sitter's default 32 KiB buffer makes long files fail to parse through a string; give it the whole text.
  return shared.parse(source, null, { bufferSize: Math.max(32 * 1024, source.length * 2 + 16) });
}
