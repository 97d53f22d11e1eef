/**
 * Python source to syntax trees (./syntax-node.ts), with tree-sitter: each parse is flattened into
 * numbers where it is parsed (`encodeSource`, also on a parsing thread) and made into nodes where
 * they are used.
 */
import type ParserType from "tree-sitter";
import { SyntaxNode, Tree } from "./syntax-node";

export { SyntaxNode, Tree, type Point } from "./syntax-node";

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

/** The one parser of the thread, made on first use (creating one costs more than a small parse). */
function parser(): ParserType {
  if (!shared) {
    const { Parser, Python } = treeSitter();
    shared = new Parser();
    shared.setLanguage(Python);
    typesWithFields = new Set(Python.nodeTypeInfo.filter((t) => t.named && "fields" in t && Object.keys(t.fields).length > 0).map((t) => t.type));
  }
  return shared;
}

/**
 * A syntax tree flattened into numbers, as the native tree gives it: made where the text is parsed
 * (possibly another thread, which transfers it) and turned into nodes where they are used.
 */
export interface EncodedTree {
  /**
   * Five numbers per node, in pre-order: type id; field id + 1 (0: none), plus 65536 for a missing
   * node; start; end; number of children.
   */
  readonly nodes: Int32Array<ArrayBuffer>;
}

/** Encodings made ahead of time (by a parsing thread), by the exact text they are of; each is taken once. */
const parsedAhead = new Map<string, EncodedTree>();

/** Hands `parsePython(text)` a tree already parsed (elsewhere), instead of parsing `text` again. */
export function rememberParsed(text: string, encoded: EncodedTree): void {
  parsedAhead.set(text, encoded);
}

/** Is a tree parsed ahead waiting for this text? */
export function isParsedAhead(text: string): boolean {
  return parsedAhead.has(text);
}

/** Drops the encodings no parse took. */
export function forgetParsed(): void {
  parsedAhead.clear();
}

/** Parses a module (or takes the tree parsed ahead of time for this very text). */
export function parsePython(source: string): Tree {
  const ahead = parsedAhead.get(source);
  if (ahead) {
    parsedAhead.delete(source);
    return decodeTree(ahead, source);
  }
  return decodeTree(encodeSource(source), source);
}

/** Parses a text into its encoding (what a parsing thread sends; `namesSince` gives the names it needs). */
export function encodeSource(source: string): EncodedTree {
  // tree-sitter's default 32 KiB buffer makes long files fail to parse through a string; give it the whole text.
  const native = parser().parse(source, null, { bufferSize: Math.max(32 * 1024, source.length * 2 + 16) });
  return encodeTree(native, source.length);
}

/** Node type names, named-ness and having fields by type id (ids are 16-bit), and field names by field id (fixed by the grammar). */
const typeNames: string[] = new Array<string>(0x10000);
const typeIsNamed: boolean[] = new Array<boolean>(0x10000);
const typeHasFields: boolean[] = new Array<boolean>(0x10000);
const fieldNames: string[] = [];
/** The ids named so far, in the order first seen: what another thread must learn to decode this thread's encodings. */
const typesSeen: number[] = [];
const fieldsSeen: number[] = [];

/** Names another thread learns before decoding encodings made here (`learnNames`). */
export interface NameLog {
  readonly types: readonly (readonly [number, string, boolean])[];
  readonly fields: readonly (readonly [number, string])[];
}

/** The names first seen since the log had `types` and `fields` entries (what a reply to another thread carries). */
export function namesSince(types: number, fields: number): NameLog {
  return {
    types: typesSeen.slice(types).map((id) => [id, typeNames[id]!, typeIsNamed[id]!] as const),
    fields: fieldsSeen.slice(fields).map((id) => [id, fieldNames[id]!] as const),
  };
}

/** How many names the log holds (to send only new ones next time). */
export const namesSeen = (): { types: number; fields: number } => ({ types: typesSeen.length, fields: fieldsSeen.length });

/** Learns the names of another thread's encodings. */
export function learnNames(log: NameLog): void {
  parser();
  for (const [id, name, named] of log.types) if (typeNames[id] === undefined) nameType(id, name, named);
  for (const [id, name] of log.fields) if (fieldNames[id] === undefined) nameField(id, name);
}

function nameType(id: number, name: string, named: boolean): void {
  typeNames[id] = internalized(name);
  typeIsNamed[id] = named;
  typeHasFields[id] = named && typesWithFields.has(name);
  typesSeen.push(id);
}

function nameField(id: number, name: string): void {
  fieldNames[id] = internalized(name);
  fieldsSeen.push(id);
}

/**
 * The same string, as V8 keeps it for property names: comparing two such strings is comparing two
 * pointers. The names made by the native parser are plain strings, and the translator compares node
 * types and field names with literals millions of times.
 */
function internalized(name: string): string {
  return Object.keys({ [name]: 0 })[0]!;
}

const MISSING = 0x10000;

/**
 * Flattens the native tree with a cursor: iterative, so thousands of nested brackets cannot
 * overflow the stack. Each cursor accessor crosses into native code, and the string ones
 * (`nodeType`, `currentFieldName`) also make a new string per node: the walk reads ids and asks for
 * the names only the first time an id is seen. No node is missing in a tree without errors, so that
 * is asked only then; nor has a child a field under a parent whose type has none (45% of the nodes).
 */
function encodeTree(native: ParserType.Tree, length: number): EncodedTree {
  const cursor = native.walk();
  const mayMiss = native.rootNode.hasError;
  // Room for a node per four characters of source (the standard library has one per five and a
  // half); grown when short.
  let nodes = new Int32Array(Math.max(64, Math.ceil(length / 4)) * 5);
  let size = 0;
  /** Where each open node's record starts. */
  const open: number[] = [];
  const record = (): void => {
    if (size + 5 > nodes.length) {
      const grown = new Int32Array(nodes.length * 2);
      grown.set(nodes);
      nodes = grown;
    }
    const id = cursor.nodeTypeId;
    if (typeNames[id] === undefined) nameType(id, cursor.nodeType, cursor.nodeIsNamed);
    const parent = open.length > 0 ? open[open.length - 1]! : -1;
    let field = 0;
    if (parent >= 0) {
      nodes[parent + 4]!++;
      const fieldId = mayMiss || typeHasFields[nodes[parent]!] ? cursor.currentFieldId : undefined;
      if (fieldId !== undefined) {
        if (fieldNames[fieldId] === undefined) nameField(fieldId, cursor.currentFieldName!);
        field = fieldId + 1;
      }
    }
    if (mayMiss && cursor.nodeIsMissing) field += MISSING;
    nodes[size] = id;
    nodes[size + 1] = field;
    nodes[size + 2] = cursor.startIndex;
    nodes[size + 3] = cursor.endIndex;
    nodes[size + 4] = 0;
    open.push(size);
    size += 5;
  };
  record();
  for (;;) {
    if (cursor.gotoFirstChild()) {
      record();
      continue;
    }
    for (;;) {
      open.pop();
      if (cursor.gotoNextSibling()) {
        record();
        break;
      }
      if (!cursor.gotoParent()) return { nodes: nodes.subarray(0, size) };
    }
  }
}

/**
 * Makes the nodes of an encoded tree. Children wait on one stack until their parent is done and
 * then get an array of their exact number (an array grown by `push` keeps room for 17, and the
 * nodes are most of what a batch keeps).
 */
function decodeTree(encoded: EncodedTree, source: string): Tree {
  const tree = new Tree(source);
  const data = encoded.nodes;
  const pending: SyntaxNode[] = [];
  /** The open nodes, with how many children each still waits for and where they start on `pending`. */
  const open: SyntaxNode[] = [];
  const left: number[] = [];
  const starts: number[] = [];
  for (let at = 0; at < data.length; at += 5) {
    const id = data[at]!;
    const field = data[at + 1]!;
    const node = new SyntaxNode(tree, typeNames[id]!, typeIsNamed[id]!, field >= MISSING, data[at + 2]!, data[at + 3]!);
    const depth = open.length;
    if (depth === 0) tree.rootNode = node;
    else {
      const fieldId = (field & 0xffff) - 1;
      if (fieldId >= 0) node.fieldName = fieldNames[fieldId]!;
      node.parent = open[depth - 1]!;
      pending.push(node);
      left[depth - 1]!--;
    }
    if (data[at + 4]! > 0) {
      open.push(node);
      left.push(data[at + 4]!);
      starts.push(pending.length);
      continue;
    }
    // A leaf: it may complete its parent, and that parent its own, and so on.
    while (open.length > 0 && left[open.length - 1] === 0) {
      const done = open.pop()!;
      left.pop();
      const start = starts.pop()!;
      done.children = pending.slice(start);
      pending.length = start;
    }
  }
  // One record per node, and the nodes were made one after another: their ids run consecutively.
  tree.nodeCount = data.length / 5;
  return tree;
}
