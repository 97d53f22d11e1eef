import type ParserType from "tree-sitter";

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
/** Named node types that have fields (from the grammar's node-types.json): only their children are asked for one. */
let typesWithFields: ReadonlySet<string> = new Set();

export interface Point {
  readonly row: number;
  readonly column: number;
}

// Not frozen: a frozen array has elements of another kind, and loops over children would see two.
const NO_CHILDREN: readonly SyntaxNode[] = [];

/** The extras that may appear anywhere in a tree: comments and `\` line continuations. */
const isExtra = (node: SyntaxNode): boolean => node.type === "comment" || node.type === "line_continuation";

/** Node ids are unique across every tree of the process (maps keyed by id mix trees). */
let nextId = 1;

/**
 * A syntax node, copied out of tree-sitter's tree in one cursor walk. Every pass reads the tree many
 * times; tree-sitter's own node objects cross into native code for each `parent`, `namedChildren` or
 * field lookup, which cost more than the whole translation. The copy is plain JavaScript with the
 * subset of tree-sitter's node API the translator uses, and the native tree is dropped at once.
 */
export class SyntaxNode {
  readonly id = nextId++;
  parent: SyntaxNode | null = null;
  /** Leaves (half the nodes) share one empty list: the copy makes no array for them. */
  children: readonly SyntaxNode[] = NO_CHILDREN;
  /** The field this node fills in its parent (`name`, `body`…). */
  fieldName: string | null = null;
  private named?: readonly SyntaxNode[];
  private significant?: readonly SyntaxNode[];

  constructor(
    readonly tree: Tree,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
  ) {}

  get text(): string {
    return this.tree.source.slice(this.startIndex, this.endIndex);
  }
  /** The children list itself when every child is named (most nodes): no copy. */
  get namedChildren(): readonly SyntaxNode[] {
    return (this.named ??= this.children.every((c) => c.isNamed) ? this.children : this.children.filter((c) => c.isNamed));
  }
  /**
   * Named children without the extras that may appear anywhere (comments, `\` line continuations):
   * what the translator reads, many times over, so made once.
   */
  get significantChildren(): readonly SyntaxNode[] {
    const named = this.namedChildren;
    return (this.significant ??= named.some(isExtra) ? named.filter((c) => !isExtra(c)) : named);
  }
  get namedChildCount(): number {
    return this.namedChildren.length;
  }
  get startPosition(): Point {
    return this.tree.pointAt(this.startIndex);
  }
  get endPosition(): Point {
    return this.tree.pointAt(this.endIndex);
  }
  /** `startPosition.row`, without making the point. */
  get startRow(): number {
    return this.tree.rowAt(this.startIndex);
  }
  /** `endPosition.row`, without making the point. */
  get endRow(): number {
    return this.tree.rowAt(this.endIndex);
  }
  get nextSibling(): SyntaxNode | null {
    const siblings = this.parent?.children;
    return siblings ? (siblings[siblings.indexOf(this) + 1] ?? null) : null;
  }
  child(index: number): SyntaxNode | null {
    return this.children[index] ?? null;
  }
  childForFieldName(name: string): SyntaxNode | null {
    for (const c of this.children) if (c.fieldName === name) return c;
    return null;
  }
  childrenForFieldName(name: string): SyntaxNode[] {
    return this.children.filter((c) => c.fieldName === name);
  }
  /** Every node of `type` below this one, in source order. */
  descendantsOfType(type: string): SyntaxNode[] {
    const found: SyntaxNode[] = [];
    const stack: SyntaxNode[] = [...this.children].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === type) found.push(node);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
    return found;
  }
}

export class Tree {
  rootNode!: SyntaxNode;
  /** Nodes in the tree: their ids run from the root's up, one apart (memos keep arrays by id). */
  nodeCount = 0;
  private lineStarts?: number[];

  constructor(readonly source: string) {}

  /** Row and column (UTF-16 units, as tree-sitter counts them for a JavaScript string) of an offset. */
  pointAt(index: number): Point {
    const row = this.rowAt(index);
    return { row, column: index - this.lineStarts![row]! };
  }

  /** The row (0-based) of an offset. */
  rowAt(index: number): number {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.source.indexOf("\n"); i >= 0; i = this.source.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Parses a module with one parser for the whole process (creating one costs more than a small parse). */
export function parsePython(source: string): Tree {
  if (!shared) {
    const { Parser, Python } = treeSitter();
    shared = new Parser();
    shared.setLanguage(Python);
    typesWithFields = new Set(Python.nodeTypeInfo.filter((t) => t.named && "fields" in t && Object.keys(t.fields).length > 0).map((t) => t.type));
  }
  // tree-sitter's default 32 KiB buffer makes long files fail to parse through a string; give it the whole text.
  const native = shared.parse(source, null, { bufferSize: Math.max(32 * 1024, source.length * 2 + 16) });
  return copyTree(native, source);
}

/** Node type names, named-ness and having fields by type id (ids are 16-bit), and field names by field id (fixed by the grammar). */
const typeNames: string[] = new Array<string>(0x10000);
const typeIsNamed: boolean[] = new Array<boolean>(0x10000);
const typeHasFields: boolean[] = new Array<boolean>(0x10000);
const fieldNames: string[] = [];

/**
 * The same string, as V8 keeps it for property names: comparing two such strings is comparing two
 * pointers. The names made by the native parser are plain strings, and the translator compares node
 * types and field names with literals millions of times.
 */
function internalized(name: string): string {
  return Object.keys({ [name]: 0 })[0]!;
}

/**
 * Copies the native tree with a cursor: iterative, so thousands of nested brackets cannot overflow the stack.
 * Each cursor accessor crosses into native code, and the string ones (`nodeType`, `currentFieldName`)
 * also make a new string per node: the copy reads ids and looks the strings up, asking for them only
 * the first time an id is seen. No node is missing in a tree without errors, so that is asked only then;
 * nor has a child a field under a parent whose type has none (a third of the nodes).
 * Children wait on one stack until their parent is done and then get an array of their exact number
 * (an array grown by `push` keeps room for 17, and the nodes are most of what a batch keeps).
 */
function copyTree(native: ParserType.Tree, source: string): Tree {
  const tree = new Tree(source);
  const cursor = native.walk();
  const mayMiss = native.rootNode.hasError;
  const pending: SyntaxNode[] = [];
  /** Where each open node's children start on `pending`. */
  const starts: number[] = [];
  /** For each open node: may its children fill fields? */
  const withFields: boolean[] = [];
  /** The type id of the node `make` made last. */
  let madeId = 0;
  const make = (parent: SyntaxNode | null): SyntaxNode => {
    const id = (madeId = cursor.nodeTypeId);
    let type = typeNames[id];
    if (type === undefined) {
      type = typeNames[id] = internalized(cursor.nodeType);
      typeIsNamed[id] = cursor.nodeIsNamed;
      typeHasFields[id] = typeIsNamed[id] && typesWithFields.has(type);
    }
    const node = new SyntaxNode(tree, type, typeIsNamed[id]!, mayMiss && cursor.nodeIsMissing, cursor.startIndex, cursor.endIndex);
    if (parent) {
      const fieldId = mayMiss || withFields[withFields.length - 1] ? cursor.currentFieldId : undefined;
      if (fieldId !== undefined) node.fieldName = fieldNames[fieldId] ??= internalized(cursor.currentFieldName!);
      node.parent = parent;
      pending.push(node);
    }
    return node;
  };
  /** The node's children are all on `pending`: they become its list. */
  const close = (node: SyntaxNode): void => {
    const start = starts.pop()!;
    withFields.pop();
    if (pending.length > start) {
      node.children = pending.slice(start);
      pending.length = start;
    }
  };
  tree.rootNode = make(null);
  const first = tree.rootNode.id;
  let current = tree.rootNode;
  for (;;) {
    starts.push(pending.length);
    withFields.push(typeHasFields[madeId]!);
    if (cursor.gotoFirstChild()) {
      current = make(current);
      continue;
    }
    for (;;) {
      close(current);
      if (cursor.gotoNextSibling()) {
        current = make(current.parent);
        break;
      }
      if (!cursor.gotoParent()) {
        tree.nodeCount = nextId - first;
        return tree;
      }
      current = current.parent!;
    }
  }
}
