import type { SyntaxNode } from "../parse/parser";
import { contains, exceptClauseOf, exceptParts, field, namedChildren } from "../parse/nodes";
import type { Binding, PySymbol, Scope } from "./scope";

const SCOPE_NODES = new Set([
  "function_definition",
  "lambda",
  "class_definition",
  "list_comprehension",
  "set_comprehension",
  "dictionary_comprehension",
  "generator_expression",
]);
/** Nested scopes whose code runs later, not where they appear: their reads don't order against bindings. */
const DEFERRED_SCOPES = new Set(["function_definition", "lambda"]);

interface Place {
  /** Blocks from the scope's body down to the occurrence (outermost first). */
  readonly blocks: SyntaxNode[];
  /** For each block in `blocks`, the statement in it that contains the occurrence. */
  readonly statements: SyntaxNode[];
  /** Inside a nested function or lambda: runs when called, not in textual order. */
  readonly deferred: boolean;
  readonly position: number;
}

/**
 * Decides where each variable is declared. Python binds names function-wide; TypeScript scopes `let`
 * and `const` to blocks. A variable is declared at its first binding when that binding sits in the
 * innermost block enclosing every use and comes before every use; otherwise one `let x!: T;` goes right
 * before the statement (of that enclosing block) holding its first use. `const` when bound once.
 */
export function placeDeclarations(scope: Scope): void {
  if (scope.kind !== "class") {
    for (const sym of scope.symbols.values()) {
      if (sym.kind === "variable") placeVariable(sym, scope);
    }
    unifyDestructuring(scope);
  }
  for (const child of scope.children) placeDeclarations(child);
}

/**
 * `a, b = …` and `for a, b in …` declare all their names in one pattern or none: when one name must be
 * hoisted, the others are hoisted beside it, right before the statement.
 */
function unifyDestructuring(scope: Scope): void {
  const groups = new Map<number, PySymbol[]>();
  for (const sym of scope.symbols.values()) {
    if (sym.declaration !== "inline" || !sym.declaringNode) continue;
    let pattern = sym.declaringNode.parent;
    if (pattern?.type === "list_splat_pattern") pattern = pattern.parent;
    if (!pattern || !PATTERNS.has(pattern.type)) continue;
    // `for a, (b, *c) in …`: the whole target is one pattern.
    while (pattern.parent && (PATTERNS.has(pattern.parent.type) || pattern.parent.type === "list_splat_pattern")) pattern = pattern.parent;
    while (!PATTERNS.has(pattern.type)) pattern = pattern.parent!;
    const list = groups.get(pattern.id) ?? [];
    list.push(sym);
    groups.set(pattern.id, list);
  }
  for (const [, syms] of groups) {
    let pattern = syms[0]!.declaringNode!.parent!;
    if (pattern.type === "list_splat_pattern") pattern = pattern.parent!;
    while (pattern.parent && (PATTERNS.has(pattern.parent.type) || pattern.parent.type === "list_splat_pattern")) pattern = pattern.parent;
    while (!PATTERNS.has(pattern.type)) pattern = pattern.parent!;
    const names = patternNames(pattern);
    // A name several loops each declare for themselves (loop-local) is declared in this pattern too.
    const loopLocal = (n: SyntaxNode): boolean => [...scope.symbols.values()].some((s) => s.loopLocal && s.bindings.some((b) => b.node.id === n.id));
    const allInline = names.every((n) => syms.some((s) => s.declaringNode?.id === n.id) || loopLocal(n));
    if (allInline) continue;
    let stmt = pattern;
    while (stmt.parent && stmt.parent.type !== "block" && stmt.parent.type !== "module") stmt = stmt.parent;
    for (const sym of syms) {
      sym.declaration = "hoisted";
      sym.hoistBlock = stmt.parent ?? undefined;
      sym.declaringNode = stmt;
      sym.isConst = false;
    }
  }
}

const PATTERNS = new Set(["pattern_list", "tuple_pattern", "list_pattern"]);

function patternNames(node: SyntaxNode): SyntaxNode[] {
  if (node.type === "identifier") return [node];
  return node.namedChildren.flatMap(patternNames);
}

function placeVariable(sym: PySymbol, scope: Scope): void {
  if (scope.kind === "comprehension") {
    sym.declaration = "own";
    return;
  }
  const root = scope.kind === "module" ? scope.node : field(scope.node, scope.kind === "lambda" ? "body" : "body");
  // `except E as e` binds a name that Python deletes after the handler: each handler declares its own.
  const handlerBound = sym.bindings.filter((b) => b.kind === "except").map((b) => handlerBlockOf(b.node));
  const insideHandler = (n: SyntaxNode): boolean => handlerBound.some((h) => h !== undefined && contains(h, n));
  const bindings = sym.bindings.filter((b) => b.kind !== "except" && !insideHandler(b.node));
  const refs = sym.references.filter((r) => !insideHandler(r));
  if (bindings.length === 0) {
    sym.declaration = "own";
    return;
  }
  const places = new Map<SyntaxNode, Place>();
  const placeOf = (n: SyntaxNode, binding: boolean): Place => {
    const p = locate(n, root, binding);
    places.set(n, p);
    return p;
  };
  if (isLoopLocal(bindings, refs)) {
    sym.declaration = "inline";
    sym.loopLocal = true;
    sym.isConst = true;
    sym.declaringNode = bindings[0]!.node;
    return;
  }
  const bindingPlaces = bindings.map((b) => ({ b, p: placeOf(b.node, true) }));
  const refPlaces = refs.map((r) => placeOf(r, false));
  const all = [...bindingPlaces.map((x) => x.p), ...refPlaces];

  // The innermost block that encloses every occurrence.
  let depth = 0;
  for (;;) {
    const candidate = all[0]!.blocks[depth];
    if (!candidate || !all.every((p) => p.blocks[depth]?.id === candidate.id && p.blocks.length > depth)) break;
    depth++;
  }
  const commonDepth = depth - 1;

  const first = [...bindingPlaces].sort((x, y) => x.p.position - y.p.position)[0]!;
  const immediateRefBefore = refPlaces.some((p) => !p.deferred && p.position < first.p.position);
  const hasDeferredRefs = refPlaces.some((p) => p.deferred);
  const inlineable =
    !immediateRefBefore &&
    !first.p.deferred &&
    first.p.blocks.length - 1 === commonDepth &&
    declarable(first.b.kind, first.b.node) &&
    // A closure sees the variable's latest value (Python binds late); a per-iteration `const` would freeze it.
    !(hasDeferredRefs && insideLoop(first.p.blocks, commonDepth));

  if (inlineable) {
    sym.declaration = "inline";
    sym.declaringNode = first.b.node;
    sym.isConst = bindings.length === 1 && !sym.assignedFromInner && first.b.kind !== "annassign";
    return;
  }
  // Hoisted out of every loop around the common block, so the value survives from one iteration to the next.
  let hoistDepth = commonDepth;
  while (hoistDepth > 0 && insideLoop(all[0]!.blocks, hoistDepth)) hoistDepth--;
  const earliest = [...all].sort((x, y) => x.position - y.position)[0]!;
  sym.declaration = "hoisted";
  sym.hoistBlock = all[0]!.blocks[hoistDepth];
  sym.declaringNode = earliest.statements[hoistDepth];
  sym.isConst = false;
}

/**
 * Several `for` loops reusing one name (alone or in a tuple target), each reading it only inside its
 * own body: each loop declares its own, and each has the type of its own loop's items.
 */
function isLoopLocal(bindings: readonly Binding[], refs: readonly SyntaxNode[]): boolean {
  if (bindings.length < 2 || !bindings.every((b) => b.kind === "for")) return false;
  const loops = bindings.map((b) => forStatementOf(b.node));
  if (loops.some((l) => !l) || new Set(loops.map((l) => l!.id)).size !== loops.length) return false;
  return refs.every((r) => loops.some((l) => contains(field(l!, "body"), r) && !insideNestedFunction(r, l!)));
}

/** The `for` statement whose target (possibly a tuple pattern) binds `target`. */
export function forStatementOf(target: SyntaxNode): SyntaxNode | undefined {
  let n = target;
  while (n.parent && PATTERNS.has(n.parent.type)) n = n.parent;
  const p = n.parent;
  return p?.type === "for_statement" && field(p, "left").id === n.id ? p : undefined;
}

function insideNestedFunction(node: SyntaxNode, within: SyntaxNode): boolean {
  for (let p = node.parent; p && p.id !== within.id; p = p.parent) if (DEFERRED_SCOPES.has(p.type)) return true;
  return false;
}

/** Is `blocks[depth]` repeated by a loop that sits inside `blocks[depth - 1]`? */
function insideLoop(blocks: SyntaxNode[], depth: number): boolean {
  if (depth === 0) return false;
  const outer = blocks[depth - 1]!;
  for (let p = blocks[depth]!.parent; p && p.id !== outer.id; p = p.parent) {
    if (p.type === "for_statement" || p.type === "while_statement") return true;
  }
  return false;
}

/** Bindings that can carry `const x = …` / `for (const x of …)` / `let x!: T` themselves. */
function declarable(kind: string, node: SyntaxNode): boolean {
  switch (kind) {
    case "assign":
      return isSimpleTarget(node);
    case "for":
    case "with":
    case "annassign":
      return true;
    default:
      return false;
  }
}

/** `x = …` or `a, b = …` directly in an assignment statement (not chained, not nested in a subscript). */
function isSimpleTarget(node: SyntaxNode): boolean {
  let n = node.parent;
  while (n && (n.type === "pattern_list" || n.type === "tuple_pattern" || n.type === "list_pattern")) n = n.parent;
  return n?.type === "assignment" && n.parent?.type === "expression_statement";
}

/** Finds the blocks between `root` and `node`, skipping into nested scopes' defining statements. */
function locate(node: SyntaxNode, root: SyntaxNode, binding: boolean): Place {
  const chain: SyntaxNode[] = [];
  let deferred = false;
  let anchor: SyntaxNode = node;
  // A `for` target belongs to the loop body: that is where TS declares it.
  if (binding) {
    const owner = ownerBody(node);
    if (owner) {
      chain.push(owner);
      anchor = owner;
    }
  }
  for (let p = anchor === node ? node.parent : anchor.parent; p && p.id !== root.id; p = p.parent) {
    if (SCOPE_NODES.has(p.type)) {
      if (DEFERRED_SCOPES.has(p.type)) deferred = true;
      chain.length = 0;
    } else if (p.type === "block" && p.parent?.type !== "match_statement") {
      // A match statement's case list is a block in the grammar but not in the output.
      chain.push(p);
    }
  }
  chain.push(root);
  const blocks = chain.reverse();
  const statements = blocks.map((b, i) => statementIn(b, i + 1 < blocks.length ? blocks[i + 1]! : node));
  return { blocks, statements, deferred, position: node.startIndex };
}

/** The direct child statement of `block` that contains `node`. */
function statementIn(block: SyntaxNode, node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.parent && n.parent.id !== block.id) n = n.parent;
  return n;
}

function ownerBody(target: SyntaxNode): SyntaxNode | undefined {
  for (let p = target.parent; p; p = p.parent) {
    if (p.type === "for_statement") return contains(field(p, "left"), target) ? field(p, "body") : undefined;
    // `case` captures are assigned while the pattern is tested, before the case body: they belong to the match.
    if (p.type === "case_clause") return undefined;
    if (p.type === "block" || p.type === "module" || SCOPE_NODES.has(p.type)) return undefined;
  }
  return undefined;
}

function handlerBlockOf(alias: SyntaxNode): SyntaxNode | undefined {
  const clause = exceptClauseOf(alias);
  return clause ? exceptParts(clause).body : undefined;
}

