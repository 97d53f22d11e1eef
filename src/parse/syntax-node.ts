/**
 * The syntax tree the translator reads: plain JavaScript objects made from tree-sitter's tree
 * (./parser.ts), with the subset of tree-sitter's node API the translator uses.
 */

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
 * A syntax node, made from tree-sitter's tree once. Every pass reads the tree many times;
 * tree-sitter's own node objects cross into native code for each `parent`, `namedChildren` or field
 * lookup, which cost more than the whole translation. The native tree is dropped at once.
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
