import type { SyntaxNode } from "../parse/parser";
import { forStatementOf } from "./declarations";
import { contains, exceptClauseOf, exceptParts, field, hasAsyncKeyword, namedChildren, optionalField, paramNameNode, unparen } from "../parse/nodes";
import type { Bindings } from "./binder";
import type { ArgTypes, Library } from "./library";
import type { PySymbol, Scope } from "./scope";
import { hintToTypeExpr } from "./hints";
import { canFallThrough } from "./flow";
import { narrowAt } from "./narrowing";
import { reachingNumberType } from "./reaching";
import { toPyType } from "./type-expr";
import { namedTupleSpec, type NamedTupleSpec } from "./named-tuples";
import { addArgumentField, subparsersField } from "./argparse-namespace";
import { BINARY_OPERATOR_METHODS } from "./operator-methods";
import { T, declaredUnion, declaredWithFlows, isKnownFloat, isSliceObject, iterItem, joinFlows, typeKey, union, withoutNone, type Param, type PyType, type Signature, typeEquals } from "./types";
import { Bag, MemberBag, Memo, NodeMemo, Replay, SymbolCell } from "./replay";
import { NodeFlags } from "./node-flags";
import { ClassVersions } from "./class-versions";

/** A class defined in the program. */
export interface UserClass {
  readonly name: string;
  readonly qualifiedName: string;
  readonly node: SyntaxNode;
  readonly scope: Scope;
  readonly bases: PyType[];
  /** Instance fields (from annotations in the class body and `self.x = …` in methods), in order of first appearance. */
  readonly fields: Map<string, PyType>;
  readonly methods: Map<string, SyntaxNode>;
  /** `@x.setter` methods, by property name (`methods` keeps the getter). */
  readonly setters: Map<string, SyntaxNode>;
  /** Class-level assignments that are not dataclass fields. */
  readonly classAttrs: Map<string, PyType>;
  readonly decorators: string[];
  /** `enum.Enum` subclasses: what `.value` of a member is (the union of the members' values). */
  enumValue?: PyType;
  /** Bases this class derives from in the library (`enum.Enum`, `typing.NamedTuple`, `Exception`...). */
  libraryBases?: string[];
  /** `class Box(Generic[T])`: its type parameters. */
  typeParams?: string[];
  /** A class made by `collections.namedtuple(...)` (its `node` is that call). */
  readonly namedTuple?: NamedTupleSpec;
  /** The `argparse.Namespace` the parser made by this `ArgumentParser(...)` call parses into (its `node`). */
  readonly parserCall?: SyntaxNode;
}

const MAX_PASSES = 24;
/**
 * Passes after which a symbol's type only grows (each pass joins the last one's): most modules
 * settle before, and those that do not (a type flipping between two states as the passes carry
 * it around a loop of functions) then settle in a pass or two instead of running to MAX_PASSES.
 */
const JOIN_AFTER = 6;

/** The methods (by name) through which a program adds fields to an argparse parser's namespace. */
const PARSER_METHODS = new Set(["add_argument", "set_defaults", "add_subparsers"]);

/** Library calls that add fields to an argparse parser's namespace. */
const NAMESPACE_FIELD_CALLS = new Set(["argparse.ArgumentParser.add_argument", "argparse._ArgumentGroup.add_argument", "argparse.ArgumentParser.set_defaults", "argparse.ArgumentParser.add_subparsers"]);

/** What the other modules of a project being translated together expose to this one. */
export interface ProjectIndex {
  ownerOf(tree: SyntaxNode["tree"]): TypeInference | undefined;
  moduleNamed(name: string): TypeInference | undefined;
  findClass(qualified: string): UserClass | undefined;
  /** The type of `pkg.mod.name` (a function, class or variable of a module of the project). */
  member(qualified: string): PyType | undefined;
  /** The `def` or `class` node of `pkg.mod.name`, when it is one. */
  definition(qualified: string): SyntaxNode | undefined;
  /** Where a name imported from a module of the project is defined (`pkg.Item` re-exported from `pkg.models`). */
  canonical(qualified: string): string;
}

/** Decorators that return the function they decorate (as far as types go). */
const IDENTITY_DECORATORS = new Set(["functools.wraps", "abc.abstractmethod", "typing.final", "typing.overload"]);

/**
 * Finds the period of passes that cycle: a snapshot seen again, then the same snapshot and carried
 * state once more a period later (so the passes in between repeat too, not just one state).
 */
class CycleWatch {
  private readonly seen = new Map<string, number>();
  private readonly carried = new Map<number, string>();

  period(pass: number, snapshot: string, carried: () => string): number | undefined {
    const earlier = this.seen.get(snapshot);
    this.seen.set(snapshot, pass);
    if (earlier === undefined) return undefined;
    const state = carried();
    this.carried.set(pass, state);
    return this.carried.get(earlier) === state ? pass - earlier : undefined;
  }
}

/**
 * Flow-insensitive type inference over one module. A variable's type is the join of everything
 * bound to it; parameters learn from defaults and from the module's own call sites; return types
 * from `return` statements. Runs to a fixed point (bounded), because these depend on each other.
 */
export class TypeInference {
  /** Steps of a pass that read nothing changed since the last pass are replayed, not run (./replay.ts). */
  private readonly replay = new Replay();
  private readonly symbolTypes = new Map<PySymbol, SymbolCell>();
  private readonly exprCache: NodeMemo<PyType>;
  /** `typeBeforeUpdates` of this pass, by symbol (a variable updated many times asks once). */
  private readonly plainTypes = new Memo<PySymbol, PyType>(this.replay, typeEquals);
  /** `libraryCallKey` of this pass, by call (it reads expression types, so it lives as long as `exprCache`). */
  private readonly callKeys: NodeMemo<string | null>;
  private readonly paramEvidence = new Bag<PySymbol>(this.replay);
  private readonly returnEvidence = new Bag<number>(this.replay);
  private readonly yieldEvidence = new Bag<number>(this.replay);
  private readonly mutationEvidence = new Bag<PySymbol>(this.replay);
  private readonly previousMutations = new Bag<PySymbol>(this.replay);
  private readonly fieldEvidence = new MemberBag(this.replay);
  /** What the program puts into class attributes' containers, per class and attribute. */
  private readonly classAttrEvidence = new MemberBag(this.replay);
  private readonly outsideFieldEvidence = new MemberBag(this.replay);
  /** The versions of the classes' members (bases, fields…), which `refreshClass` may change. */
  private readonly classVersions = new ClassVersions(this.replay, (cls) => this.refreshClass(cls));
  /** Every call of the module, in source order. */
  readonly calls: SyntaxNode[] = [];
  /** The calls of methods that may add fields to an argparse namespace (`p.add_argument(…)`), found once. */
  private readonly parserCalls: readonly SyntaxNode[];
  private readonly returns: { node: SyntaxNode; fn: SyntaxNode }[] = [];
  private readonly yields: { node: SyntaxNode; fn: SyntaxNode }[] = [];
  private readonly selfAssignments: { target: SyntaxNode; value: SyntaxNode | null; cls: UserClass; hint: SyntaxNode | null }[] = [];
  private readonly subscriptStores: { target: SyntaxNode; value: SyntaxNode }[] = [];
  /** Every `x[i]`: an instance of a class of the program with `__getitem__` passes `i` to it. */
  private readonly subscripts: SyntaxNode[] = [];
  /** `obj.attr = v` outside the object's own methods (`t.label = "x"`). */
  private readonly attributeStores: { target: SyntaxNode; value: SyntaxNode }[] = [];
  /** The steps of `gatherEvidence`, each taking what it is the evidence of (made once, not per step). */
  private readonly evidence = {
    returned: (r: { node: SyntaxNode; fn: SyntaxNode }): void => this.returnEvidenceOf(r.node, r.fn),
    yielded: (y: { node: SyntaxNode; fn: SyntaxNode }): void => this.yieldEvidenceOf(y.node, y.fn),
    call: (call: SyntaxNode): void => this.callEvidence(call),
    decorated: (def: SyntaxNode): void => this.decoratorEvidence(def),
    subscript: (node: SyntaxNode): void => this.subscriptEvidence(node),
    subscriptStore: (store: { target: SyntaxNode; value: SyntaxNode }): void => this.subscriptStoreEvidence(store.target, store.value),
    selfAssignment: (a: { target: SyntaxNode; value: SyntaxNode | null; cls: UserClass; hint: SyntaxNode | null }): void =>
      this.recordField(a.cls, field(a.target, "attribute").text, a.hint ? this.hintType(a.hint) : a.value ? this.typeOf(a.value) : T.unknown),
    attributeStore: (store: { target: SyntaxNode; value: SyntaxNode }): void => this.outsideFieldOf(store.target, store.value),
    namedTupleValues: (call: SyntaxNode): void => this.namedTupleValues(call),
    namespaceValues: (call: SyntaxNode): void => this.namespaceValues(call),
    dataclassValues: (call: SyntaxNode): void => this.dataclassValues(call),
    namedTupleDefaults: (cls: UserClass): void => {
      const spec = cls.namedTuple!;
      spec.defaults.forEach((d, i) => this.recordField(cls, spec.fields[spec.fields.length - spec.defaults.length + i]!, this.typeOf(d)));
    },
  };
  private readonly decoratedDefs: SyntaxNode[] = [];
  readonly classes = new Map<string, UserClass>();
  private readonly classByNode = new Map<number, UserClass>();
  /** `argparse.ArgumentParser(...)` calls → the namespace class their parser fills. */
  private readonly namespaceByParser = new Map<number, UserClass>();
  /** The expressions whose type is being computed: asked again, they are `never` (a cycle is cut there). */
  private readonly inProgress: NodeFlags;
  /**
   * Names by node id, once the classes are collected: a name depends only on the bindings, the
   * classes and the modules there are, and every pass asks for the same ones.
   */
  private qualifiedNames?: Map<number, string | undefined>;
  /** The module's symbols, every scope's, in a fixed order (each pass computes their types in it). */
  private readonly symbols: readonly PySymbol[];

  constructor(
    private readonly root: SyntaxNode,
    private readonly bindings: Bindings,
    private readonly library: Library,
    readonly moduleName: string,
    private readonly project?: ProjectIndex,
    /** `replay: false` runs every step of every pass (the tests compare the two). */
    options: { readonly replay?: boolean } = {},
  ) {
    this.replay.enabled = options.replay ?? true;
    this.exprCache = new NodeMemo(this.replay, typeEquals, root.tree.rootNode.id, root.tree.nodeCount);
    this.callKeys = new NodeMemo(this.replay, (a, b) => a === b, root.tree.rootNode.id, root.tree.nodeCount);
    this.inProgress = new NodeFlags(root.tree.rootNode.id, root.tree.nodeCount);
    this.collect(root, undefined, undefined);
    this.qualifiedNames = new Map();
    this.parserCalls = this.calls.filter((call) => {
      const callee = unparen(field(call, "function"));
      return callee.type === "attribute" && PARSER_METHODS.has(field(callee, "attribute").text);
    });
    for (const cls of this.classes.values()) this.classVersions.track(cls);
    // The module's own symbols keep their cells on them (others, read through other modules, in the map).
    this.symbols = allSymbols(bindings.moduleScope);
    for (const sym of this.symbols) {
      const cell = new SymbolCell(this);
      this.symbolTypes.set(sym, cell);
      sym.cell = cell;
    }
  }

  /** The inference that owns a node of another module of the project (or this one). */
  private ownerOf(node: SyntaxNode): TypeInference {
    if (!this.project || node.tree === this.root.tree) return this;
    return this.project.ownerOf(node.tree) ?? this;
  }

  /** A class of this module or, in a project, of another module. */
  private classLookup(name: string): UserClass | undefined {
    return this.seen(this.classes.get(name) ?? this.project?.findClass(name));
  }

  /** Where a name of the project is defined (following re-exports). */
  canonicalName(qualified: string): string {
    return this.project?.canonical(qualified) ?? qualified;
  }

  /** Is this a module: of the library, or of the project being translated? */
  isModule(name: string): boolean {
    return this.library.isModule(name) || this.project?.moduleNamed(name) !== undefined;
  }

  /**
   * Infers to a fixed point. `keepSteps`: the module runs again (a round of an import cycle), and
   * its steps replay there from this run's last pass.
   */
  run(options: { readonly keepSteps?: boolean } = {}): void {
    let before = this.snapshot();
    const cycle = new CycleWatch();
    const symbolType = (sym: PySymbol): PyType => this.computeSymbolType(sym);
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      this.forgetQueries();
      this.replay.startPass();
      this.gatherEvidence();
      for (const sym of this.symbols) {
        const next = this.replay.run(sym, symbolType);
        const cell = this.cellOf(sym);
        const prev = pass >= JOIN_AFTER && next.kind !== "func" ? cell.type : undefined;
        cell.set(prev && prev.kind !== "func" ? union(prev, next) : next);
      }
      const after = this.snapshot();
      if (after === before) break;
      before = after;
      // A run that does not settle repeats a cycle of states: skip whole cycles, ending in the state the last pass would reach.
      const period = cycle.period(pass, after, () => this.carriedState());
      if (period) pass = MAX_PASSES - 1 - ((MAX_PASSES - 1 - pass) % period);
    }
    this.forgetQueries();
    if (!options.keepSteps) this.replay.clear();
    for (const [sym, cell] of this.symbolTypes) if (cell.type) sym.type = cell.type;
  }

  /** The cell of a symbol's type (made on first use, so that reading an unset type is a read too). */
  private cellOf(sym: PySymbol): SymbolCell {
    const own = sym.cell;
    if (own !== undefined && own.owner === this) return own;
    let cell = this.symbolTypes.get(sym);
    if (!cell) this.symbolTypes.set(sym, (cell = new SymbolCell(this)));
    return cell;
  }

  /** The symbol's type as the passes have it so far. */
  private known(sym: PySymbol): PyType | undefined {
    const cell = this.cellOf(sym);
    this.replay.readCell(cell);
    return cell.type;
  }

  /** The class defined at a node (a `class` statement, a `namedtuple(...)` call). */
  private classAt(id: number): UserClass | undefined {
    return this.seen(this.classByNode.get(id));
  }

  /** A class about to be read by a step (./class-versions.ts records which, and what of it). */
  private seen<C extends UserClass | undefined>(cls: C): C {
    if (cls) this.classVersions.readShape(cls);
    return cls;
  }

  /** Drops what queries since the last pass computed, so that later answers do not depend on which came first. */
  forgetQueries(): void {
    this.exprCache.clear();
    this.callKeys.clear();
    this.plainTypes.clear();
    this.inProgress.clear();
  }

  /**
   * What a pass hands the next one besides the snapshot: the mutations learned (read by the next
   * pass's call sites) and the classes' members. Two passes that end alike in both start alike.
   */
  private carriedState(): string {
    const ids = new Map<PySymbol, number>();
    let i = 0;
    for (const [sym, cell] of this.symbolTypes) if (cell.type) ids.set(sym, i++);
    const keys = (ts: readonly PyType[]): string => ts.map(typeKey).join("|");
    const members = (m: ReadonlyMap<string, PyType>): string => [...m].map(([k, t]) => `${k}:${typeKey(t)}`).join(",");
    const mutations = [...this.mutationEvidence.entries()].map(([sym, ts]) => `${ids.get(sym) ?? sym.name}:${keys(ts)}`);
    const classes = [...this.classes.values()].map(
      (c) => `${c.qualifiedName}(${keys(c.bases)}){${members(c.fields)}}{${members(c.classAttrs)}}${c.enumValue ? typeKey(c.enumValue) : ""}/${c.libraryBases?.join(",") ?? ""}/${c.typeParams?.join(",") ?? ""}`,
    );
    return `${mutations.join(";")}\n${classes.join(";")}`;
  }

  // ---- queries used by lowering ----

  typeOf(node: SyntaxNode): PyType {
    const owner = this.ownerOf(node);
    if (owner !== this) return owner.typeOf(node);
    const cached = this.exprCache.get(node.id);
    if (cached) return cached;
    if (this.inProgress.has(node.id)) return T.never;
    this.inProgress.add(node.id);
    const t = this.compute(node);
    this.inProgress.delete(node.id);
    this.exprCache.set(node.id, t);
    return t;
  }

  symbolType(sym: PySymbol): PyType {
    return this.known(sym) ?? sym.type;
  }

  symbolOf(identifier: SyntaxNode): PySymbol | undefined {
    const owner = this.ownerOf(identifier);
    if (owner !== this) return owner.symbolOf(identifier);
    return this.bindings.symbolOf.get(identifier.id);
  }

  scopeOf(node: SyntaxNode): Scope | undefined {
    const owner = this.ownerOf(node);
    if (owner !== this) return owner.scopeOf(node);
    return this.bindings.scopeOf.get(node.id);
  }

  classOfNode(node: SyntaxNode): UserClass | undefined {
    const owner = this.ownerOf(node);
    if (owner !== this) return owner.classOfNode(node);
    return this.classAt(node.id);
  }

  /**
   * The dotted name an expression stands for outside the program (`aio.sleep` → `asyncio.sleep`,
   * `print` → `print`), or the program's own `module.name` for its module-level definitions.
   */
  qualifiedName(node: SyntaxNode): string | undefined {
    const known = this.qualifiedNames?.get(node.id);
    if (known !== undefined || this.qualifiedNames?.has(node.id)) return known;
    const name = this.computeQualifiedName(node);
    this.qualifiedNames?.set(node.id, name);
    return name;
  }

  private computeQualifiedName(node: SyntaxNode): string | undefined {
    const n = unparen(node);
    if (n.type === "dotted_name") {
      // In patterns, `Color.RED` and `int` are dotted names rather than attributes and identifiers.
      const [head, ...rest] = namedChildren(n);
      const base = head ? this.qualifiedName(head) : undefined;
      if (!base || rest.length === 0) return base;
      const full = [base, ...rest.map((r) => r.text)].join(".");
      return this.isModule(base) || this.library.klass(base) ? full : undefined;
    }
    if (n.type === "identifier") {
      const sym = this.symbolOf(n);
      if (!sym) return undefined;
      if (sym.kind === "import" || sym.kind === "builtin") return sym.qualifiedName;
      if ((sym.kind === "function" || sym.kind === "class") && sym.bindings.length === 1) {
        const cls = this.classAt(sym.bindings[0]!.node.parent?.id ?? -1);
        if (cls) return cls.qualifiedName;
        if (sym.scope.kind === "module") return `${this.moduleName}.${sym.name}`;
      }
      return undefined;
    }
    if (n.type === "attribute") {
      const base = this.qualifiedName(field(n, "object"));
      if (base && (this.isModule(base) || this.library.klass(base))) return `${base}.${field(n, "attribute").text}`;
    }
    return undefined;
  }

  /** The signature of a function defined in the program. */
  signatureOf(def: SyntaxNode): Signature {
    const owner = this.ownerOf(def);
    if (owner !== this) return owner.signatureOf(def);
    const sym = this.symbolOf(field(def, "name"));
    const t = sym ? this.symbolType(sym) : T.unknown;
    if (t.kind === "func") return t.sig;
    return this.buildSignature(def);
  }

  /** What a function returns when called: for `async def`, the awaited result. */
  returnTypeOf(fn: SyntaxNode): PyType {
    const owner = this.ownerOf(fn);
    if (owner !== this) return owner.returnTypeOf(fn);
    const scope = this.scopeOf(fn);
    const hint = fn.type === "function_definition" ? optionalField(fn, "return_type") : null;
    if (hint) {
      const declared = this.hintType(hint);
      if (scope?.isGenerator) return declared;
      return declaredWithFlows(declared, this.returnEvidence.get(fn.id) ?? []);
    }
    if (fn.type === "lambda") return this.typeOf(field(fn, "body"));
    if (scope?.isGenerator) {
      const item = union(...(this.yieldEvidence.get(fn.id) ?? []));
      return scope.isAsync ? T.asyncgen(item) : T.generator(item);
    }
    const returned = this.returnEvidence.get(fn.id) ?? [];
    const fallsOff = canFallThrough(field(fn, "body"), (w) => this.withMaySuppress(w));
    if (returned.length === 0) return T.none;
    return fallsOff ? union(...returned, T.none) : union(...returned);
  }

  /** `X: Final = 3`: the annotation says constant, and leaves the type to the value. */
  private isBareFinal(hint: SyntaxNode): boolean {
    const inner = unparen(namedChildren(hint)[0] ?? hint);
    return (inner.type === "identifier" || inner.type === "attribute") && this.qualifiedName(inner) === "typing.Final";
  }

  hintType(hint: SyntaxNode): PyType {
    const owner = this.ownerOf(hint);
    if (owner !== this) return owner.hintType(hint);
    return this.padTypeArgs(toPyType(hintToTypeExpr(hint), (name) => this.resolveTypeName(name)));
  }

  /** A bare generic hint (`asyncio.Queue`) leaves its type arguments to be learned from use (`never` until then). */
  private padTypeArgs(t: PyType): PyType {
    if (t.kind === "object") {
      const params = this.library.klass(t.name)?.typeParams ?? [];
      if (params.length > t.args.length) return T.object(t.name, ...t.args, ...params.slice(t.args.length).map(() => T.never));
    }
    if (t.kind === "union") return declaredUnion(...t.types.map((m) => this.padTypeArgs(m)));
    return t;
  }

  /** What calling a library class takes (`Exception(*args)`), for program classes that inherit its constructor. */
  libraryConstructor(name: string): Signature | undefined {
    return this.library.callable(name)?.sig;
  }

  /** The user class with this qualified name, or the library's class info, for member lookup. */
  userClass(name: string): UserClass | undefined {
    return this.classLookup(name);
  }

  /** Is `sub` the class `base` or one of its subclasses (program or library)? */
  isSubclass(sub: string, base: string): boolean {
    if (sub === base) return true;
    const user = this.classLookup(sub);
    const bases = user ? user.bases.flatMap((b) => (b.kind === "class" ? [b.name] : [])) : (this.library.klass(sub)?.bases ?? []);
    return bases.some((b) => this.isSubclass(b, base));
  }

  // ---- collection ----

  private collect(node: SyntaxNode, fn: SyntaxNode | undefined, cls: UserClass | undefined): void {
    switch (node.type) {
      case "call":
        this.calls.push(node);
        this.declareNamespace(node);
        break;
      case "subscript":
        this.subscripts.push(node);
        break;
      case "return_statement":
        if (fn) this.returns.push({ node, fn });
        break;
      case "yield":
        if (fn) this.yields.push({ node, fn });
        break;
      case "class_definition": {
        const info = this.declareClass(node);
        for (const c of node.namedChildren) this.collect(c, fn, info);
        return;
      }
      case "function_definition":
      case "lambda":
        if (node.parent?.type === "decorated_definition") this.decoratedDefs.push(node);
        for (const c of node.namedChildren) this.collect(c, node, node.type === "lambda" ? cls : isMethodOf(node, cls) ? cls : undefined);
        return;
      case "assignment": {
        const left = field(node, "left");
        const right = optionalField(node, "right");
        const hint = optionalField(node, "type");
        if (left.type === "attribute" && cls && fn && field(left, "object").text === firstParamName(fn)) {
          this.selfAssignments.push({ target: left, value: right, cls, hint });
        } else if (left.type === "subscript" && right) this.subscriptStores.push({ target: left, value: right });
        else if (left.type === "attribute" && right) this.attributeStores.push({ target: left, value: right });
        if (right && unparen(right).type === "call") this.declareNamedTuple(left, unparen(right));
        break;
      }
    }
    for (const c of node.namedChildren) this.collect(c, fn, cls);
  }

  /** A `class` statement: the class, its methods and its property setters. */
  private declareClass(node: SyntaxNode): UserClass {
    const name = field(node, "name").text;
    const scope = this.scopeOf(node)!;
    const qualified = scope.parent?.kind === "module" ? `${this.moduleName}.${name}` : `${this.moduleName}.<locals>.${name}#${node.id}`;
    const decorators = node.parent?.type === "decorated_definition" ? namedChildren(node.parent).filter((d) => d.type === "decorator").map((d) => d.text.slice(1).trim()) : [];
    const info = newClass({ name, qualifiedName: qualified, node, scope, bases: [], decorators });
    this.classes.set(qualified, info);
    this.classByNode.set(node.id, info);
    for (const stmt of namedChildren(field(node, "body"))) {
      const def = stmt.type === "decorated_definition" ? field(stmt, "definition") : stmt;
      if (def.type !== "function_definition") continue;
      const accessor = def.parent?.type === "decorated_definition" ? namedChildren(def.parent).find((d) => d.type === "decorator" && /^@\s*\w+\.(setter|deleter)$/.test(d.text)) : undefined;
      if (!accessor) info.methods.set(field(def, "name").text, def);
      else if (accessor.text.endsWith(".setter")) info.setters.set(field(def, "name").text, def);
    }
    return info;
  }

  /** `Point = namedtuple("Point", "x y")`: a class of the program, with the fields named there. */
  private declareNamedTuple(target: SyntaxNode, call: SyntaxNode): void {
    if (this.qualifiedName(field(call, "function")) !== "collections.namedtuple") return;
    const spec = namedTupleSpec(target, call);
    const sym = spec ? this.symbolOf(target) : undefined;
    if (!spec || !sym) return;
    const qualified = sym.scope.kind === "module" ? `${this.moduleName}.${target.text}` : `${this.moduleName}.<locals>.${target.text}#${call.id}`;
    const base = T.class("typing.NamedTuple");
    const info = newClass({ name: spec.typename, qualifiedName: qualified, node: call, scope: sym.scope, bases: [base], decorators: [], libraryBases: ["typing.NamedTuple"], namedTuple: spec });
    this.classes.set(qualified, info);
    this.classByNode.set(call.id, info);
  }

  /**
   * `argparse.ArgumentParser(...)`: the namespace its `parse_args()` returns is a class of its own,
   * whose fields the parser's `add_argument` calls declare (see argparse-namespace.ts).
   */
  private declareNamespace(call: SyntaxNode): void {
    if (this.qualifiedName(field(call, "function")) !== "argparse.ArgumentParser") return;
    const qualified = `${this.moduleName}.<argparse>.Namespace#${call.id}`;
    const scope = this.scopeOf(call) ?? this.bindings.moduleScope;
    const info = newClass({ name: "Namespace", qualifiedName: qualified, node: call, scope, bases: [T.class("argparse.Namespace")], decorators: [], libraryBases: ["argparse.Namespace"], parserCall: call });
    this.classes.set(qualified, info);
    this.namespaceByParser.set(call.id, info);
  }

  /** `parser.add_argument(...)`, `group.add_argument(...)`, `parser.set_defaults(...)`: fields of the parser's namespace. */
  private namespaceValues(call: SyntaxNode): void {
    const callee = unparen(field(call, "function"));
    const key = this.libraryCallKey(call);
    if (!key || !NAMESPACE_FIELD_CALLS.has(key)) return;
    const receiver = withoutNone(this.typeOf(field(callee, "object")));
    const arg = receiver.kind === "object" ? receiver.args[0] : undefined;
    const ns = arg?.kind === "object" ? this.classLookup(arg.name) : undefined;
    if (!ns?.parserCall) return;
    if (key.endsWith(".set_defaults")) {
      for (const [name, value] of argNodes(call).keywords) this.recordField(ns, name, this.typeOf(value));
      return;
    }
    const added = key.endsWith(".add_subparsers") ? subparsersField(call) : addArgumentField(call, this);
    if (added && added !== "unknown") this.recordField(ns, added.dest, added.type);
  }

  /** The class a `collections.namedtuple` call assigned to this variable declares. */
  private namedTupleAssignedTo(sym: PySymbol): UserClass | undefined {
    return [...this.classes.values()].find((c) => c.namedTuple && this.symbolOf(c.namedTuple.target) === sym);
  }

  /** The fields a named tuple is made with, in order: named in the `namedtuple` call, or annotated in a `typing.NamedTuple` class. */
  namedTupleFields(cls: UserClass | undefined): readonly string[] | undefined {
    if (!cls || cls.namedTuple) return cls?.namedTuple?.fields;
    return (cls.libraryBases ?? []).includes("typing.NamedTuple") ? annotatedFields(cls.node).map((a) => field(a, "left").text) : undefined;
  }

  /**
   * The fields of a named tuple have the types of the values it is made with (a `float` field given
   * an int holds either kind): `Point(1, 2)`, `p._replace(x=3)`, `Point._make(pairs[0])`.
   */
  private namedTupleValues(call: SyntaxNode): void {
    const callee = unparen(field(call, "function"));
    const { positional, keywords } = argNodes(call);
    const classOf = (t: PyType): UserClass | undefined => (t.kind === "class" || t.kind === "object" ? this.classLookup(t.name) : undefined);
    const made = classOf(withoutNone(this.typeOf(callee)));
    const method = callee.type === "attribute" ? field(callee, "attribute").text : undefined;
    const owner = callee.type === "attribute" ? classOf(withoutNone(this.typeOf(field(callee, "object")))) : undefined;
    const byName = (cls: UserClass, fields: readonly string[]): void => {
      for (const [k, v] of keywords) if (fields.includes(k)) this.recordField(cls, k, this.typeOf(v));
    };
    const madeFields = this.namedTupleFields(made);
    const ownerFields = this.namedTupleFields(owner);
    if (made && madeFields && withoutNone(this.typeOf(callee)).kind === "class") {
      beforeSplat(positional).forEach((a, i) => {
        if (madeFields[i]) this.recordField(made, madeFields[i]!, this.typeOf(a));
      });
      byName(made, madeFields);
    } else if (owner && ownerFields && method === "_replace") byName(owner, ownerFields);
    else if (owner && ownerFields && method === "_make" && positional[0]) {
      for (const name of ownerFields) this.recordField(owner, name, this.iterItemOf(withoutNone(this.typeOf(positional[0]))));
    }
  }

  /** The fields of a `@dataclass` have the types of the values it is made with: `Account("ada", 10)`. */
  private dataclassValues(call: SyntaxNode): void {
    const made = withoutNone(this.typeOf(unparen(field(call, "function"))));
    const cls = made.kind === "class" ? this.classLookup(made.name) : undefined;
    if (!cls || !isDataclassDecorated(cls) || this.findMethod(cls.qualifiedName, "__init__")) return;
    const fields = this.dataclassFieldOwners(cls);
    const { positional, keywords } = argNodes(call);
    beforeSplat(positional).forEach((a, i) => {
      const f = fields[i];
      if (f) this.recordField(f.owner, f.name, this.typeOf(a));
    });
    for (const [k, v] of keywords) {
      const f = fields.find((g) => g.name === k);
      if (f) this.recordField(f.owner, k, this.typeOf(v));
    }
  }

  /** A dataclass's fields in constructor order (its dataclass bases' first), each with its declaring class. */
  private dataclassFieldOwners(cls: UserClass): { name: string; owner: UserClass }[] {
    const inherited = cls.bases.flatMap((b) => {
      const base = b.kind === "class" ? this.classLookup(b.name) : undefined;
      return base && isDataclassDecorated(base) ? this.dataclassFieldOwners(base) : [];
    });
    const own = annotatedFields(cls.node).map((a) => field(a, "left").text);
    return [...inherited.filter((f) => !own.includes(f.name)), ...own.map((name) => ({ name, owner: cls }))];
  }

  private snapshot(): string {
    const types: string[] = [];
    for (const [s, cell] of this.symbolTypes) if (cell.type) types.push(cell.entry(s.name));
    return types.join(";") +
      [...this.fieldEvidence.entries(), ...this.outsideFieldEvidence.entries(), ...this.classAttrEvidence.entries()].map(([c, f]) => `${c}{${[...f.entries()].map(([k, v]) => k + ":" + typeKey(union(...v))).join(",")}}`).join("");
  }

  private gatherEvidence(): void {
    this.mutationEvidence.reset(this.previousMutations);
    this.paramEvidence.reset();
    this.returnEvidence.reset();
    this.yieldEvidence.reset();
    this.fieldEvidence.reset();
    this.outsideFieldEvidence.reset();
    this.classAttrEvidence.reset();
    const step = this.replay;
    for (const r of this.returns) step.run(r, this.evidence.returned);
    for (const y of this.yields) step.run(y, this.evidence.yielded);
    for (const call of this.calls) step.run(call, this.evidence.call);
    for (const def of this.decoratedDefs) step.run(def, this.evidence.decorated);
    for (const node of this.subscripts) step.run(node, this.evidence.subscript);
    for (const store of this.subscriptStores) step.run(store, this.evidence.subscriptStore);
    this.fieldEvidenceOfProgram();
    // Each class's members are rebuilt (or replayed) and versioned: steps that read a class run again when it changed.
    for (const cls of this.classes.values()) this.classVersions.refresh(cls);
  }

  private returnEvidenceOf(node: SyntaxNode, fn: SyntaxNode): void {
    const value = namedChildren(node)[0];
    this.returnEvidence.push(fn.id, value ? this.typeOf(value) : T.none);
  }

  private yieldEvidenceOf(node: SyntaxNode, fn: SyntaxNode): void {
    const value = namedChildren(node)[0];
    // `yield from xs` yields xs's items.
    const delegated = node.children.some((c) => c.type === "from");
    this.yieldEvidence.push(fn.id, !value ? T.none : delegated ? this.iterItemOf(this.typeOf(value)) : this.typeOf(value));
  }

  private callEvidence(call: SyntaxNode): void {
    const callee = unparen(field(call, "function"));
    // Containers learn their item types from what the program puts in them: `xs.append(x)`.
    if (callee.type === "attribute") {
      const obj = unparen(field(callee, "object"));
      const sym = obj.type === "identifier" ? this.symbolOf(obj) : undefined;
      const current = sym ? (this.known(sym) ?? T.never) : obj.type === "attribute" ? this.typeOf(obj) : undefined;
      const learned = current && this.containerLearns(current, field(callee, "attribute").text, call);
      if (sym && learned) this.mutationEvidence.push(sym, learned);
      // A class attribute (`names = []`, filled through `self.names.append(n)`) learns the same way.
      const owner = !sym && learned && obj.type === "attribute" ? withoutNone(this.typeOf(field(obj, "object"))) : undefined;
      const cls = owner?.kind === "object" || owner?.kind === "class" ? this.staticOwner(owner.name, field(obj, "attribute").text) : undefined;
      if (cls && learned) this.classAttrEvidence.push(cls.qualifiedName, field(obj, "attribute").text, learned);
      this.learnTypeArguments(call, callee);
    }
    this.lambdaArgumentsLearn(call);
    const def = this.userFunctionOf(callee);
    if (def) this.recordCallSite(def, call);
  }

  /** `@decorator def f` calls `decorator(f)`: its first parameter is a function like `f`. */
  private decoratorEvidence(def: SyntaxNode): void {
    for (const d of namedChildren(def.parent!).filter((x) => x.type === "decorator")) {
      const decorator = this.userFunctionOf(namedChildren(d)[0]!);
      const first = decorator ? parameterSymbols(decorator, this)[0] : undefined;
      if (first) this.paramEvidence.push(first.sym, T.func(this.buildSignature(def)));
    }
  }

  /** `x[i]` on an instance of a class of the program with `__getitem__` passes `i` to it. */
  private subscriptEvidence(node: SyntaxNode): void {
    const t = withoutNone(this.typeOf(field(node, "value")));
    const getitem = t.kind === "object" && this.classLookup(t.name) ? this.findMethod(t.name, "__getitem__") : undefined;
    const index = node.childrenForFieldName("subscript");
    const param = getitem ? parameterSymbols(getitem, this)[1] : undefined;
    if (param && index.length === 1 && index[0]!.type !== "slice") this.paramEvidence.push(param.sym, this.typeOf(index[0]!));
  }

  /**
   * What a container learns from a store into it: `d[k] = v` a key and a value; `xs[a:b] = values`
   * the items of `values`, `xs[i] = value` one value. Through `d[a][b] = v`, `d` learns it inside its values.
   */
  private subscriptStoreEvidence(target: SyntaxNode, value: SyntaxNode): void {
    const typeHere = (n: SyntaxNode): PyType => {
      const sym = n.type === "identifier" ? this.symbolOf(n) : undefined;
      return sym ? (this.known(sym) ?? T.never) : this.typeOf(n);
    };
    const learn = (store: SyntaxNode, stored: PyType, storedItems?: PyType): PyType | undefined => {
      const container = typeHere(unparen(field(store, "value")));
      const key = store.childrenForFieldName("subscript")[0];
      if (container.kind === "dict" && key) return T.dict(this.typeOf(key), stored);
      // (`xs[a:b][i] = v` changes a copy.)
      if (container.kind === "list") return key && this.slices(key) ? storedItems && T.list(storedItems) : T.list(stored);
      return undefined;
    };
    let store = target;
    let learned = learn(store, this.typeOf(value), this.iterItemOf(this.typeOf(value)));
    while (learned && unparen(field(store, "value")).type === "subscript") {
      store = unparen(field(store, "value"));
      learned = learn(store, learned);
    }
    const holder = unparen(field(store, "value"));
    const sym = holder.type === "identifier" ? this.symbolOf(holder) : undefined;
    if (sym && learned) this.mutationEvidence.push(sym, learned);
  }

  /** A value the program stores in a field of a class of its own (a property's setter learns it instead). */
  private recordField(cls: UserClass, name: string, t: PyType, evidence = this.fieldEvidence): void {
    // Assigning a property calls its setter: its value parameter learns the type, and no field is made.
    const setter = this.findSetter(cls.qualifiedName, name);
    const param = setter ? parameterSymbols(setter, this)[1] : undefined;
    if (param) this.paramEvidence.push(param.sym, t);
    if (setter || this.isProperty(cls.qualifiedName, name)) return;
    evidence.push(cls.qualifiedName, name, t);
  }

  private fieldEvidenceOfProgram(): void {
    const step = this.replay;
    for (const call of this.calls) step.run(call, this.evidence.namedTupleValues);
    for (const call of this.parserCalls) step.run(call, this.evidence.namespaceValues);
    for (const call of this.calls) step.run(call, this.evidence.dataclassValues);
    for (const cls of this.classes.values()) if (cls.namedTuple) step.run(cls, this.evidence.namedTupleDefaults);
    for (const a of this.selfAssignments) step.run(a, this.evidence.selfAssignment);
    // An attribute set from outside the class (`t.label = "x"`) is a field of the object's class too,
    // unless the class (or a base) already has it (see refreshClass).
    for (const store of this.attributeStores) step.run(store, this.evidence.attributeStore);
  }

  private outsideFieldOf(target: SyntaxNode, value: SyntaxNode): void {
    const owner = withoutNone(this.typeOf(field(target, "object")));
    const cls = owner.kind === "object" ? this.seen(this.classes.get(owner.name)) : undefined;
    const name = field(target, "attribute").text;
    if (cls && (!this.findMethod(cls.qualifiedName, name) || this.findSetter(cls.qualifiedName, name))) this.recordField(cls, name, this.typeOf(value), this.outsideFieldEvidence);
  }

  /** What a list, set or dict (or a value still being learned) becomes when `method` puts the call's arguments in it. */
  private containerLearns(current: PyType, method: string, call: SyntaxNode): PyType | undefined {
    const args = argNodes(call);
    if (args.positional.length === 0) return undefined;
    // Only a list (or a variable whose type is still being learned) learns from `append`; a deque has its own rules.
    const learns = (kind: string): boolean => current.kind === kind || current.kind === "never";
    const a = (i: number): PyType => (args.positional[i] ? this.typeOf(args.positional[i]!) : T.unknown);
    switch (learns("list") || learns("set") || learns("dict") || current.kind === "object" ? method : "") {
      case "append":
        return learns("list") ? T.list(a(0)) : undefined;
      case "insert":
        return learns("list") ? T.list(a(1)) : undefined;
      case "extend":
        return learns("list") ? T.list(iterItem(a(0))) : undefined;
      case "add":
        return learns("set") ? T.set(a(0)) : undefined;
      case "setdefault":
        return learns("dict") ? T.dict(a(0), args.positional[1] ? a(1) : T.none) : undefined;
    }
    return undefined;
  }

  /**
   * A generic library object learns its type arguments from what the program passes to its methods:
   * `queue.put(order)` makes `queue` an `asyncio.Queue[Order]`, `window.append(i)` a `deque[int]`.
   */
  private learnTypeArguments(call: SyntaxNode, callee: SyntaxNode): void {
    const obj = unparen(field(callee, "object"));
    const sym = obj.type === "identifier" ? this.symbolOf(obj) : undefined;
    const current = sym ? this.known(sym) : undefined;
    if (!sym || current?.kind !== "object") return;
    const params = this.library.klass(current.name)?.typeParams ?? [];
    if (params.length === 0) return;
    const sig = this.library.callable(`${current.name}.${field(callee, "attribute").text}`)?.sig;
    if (!sig) return;
    const vars = new Map<string, PyType>();
    bindTypeVars(sig, this.argTypes(call), vars);
    if (!params.some((p) => vars.has(p))) return;
    this.mutationEvidence.push(sym, T.object(current.name, ...params.map((p) => vars.get(p) ?? T.never)));
  }

  /** A lambda's parameters take the types of the values it will be called with. */
  private lambdaLearns(lambda: SyntaxNode, types: PyType[]): void {
    const params = optionalField(lambda, "parameters");
    (params ? namedChildren(params) : []).forEach((p, i) => {
      const n = paramNameNode(p);
      const sym = n ? this.symbolOf(n) : undefined;
      if (sym && types[i]) this.paramEvidence.push(sym, types[i]!);
    });
  }

  /** `sorted(xs, key=lambda x: …)`, `map(lambda x: …, xs)`, `filter(…)`: the lambda receives xs's items. */
  private lambdaArgumentsLearn(call: SyntaxNode): void {
    const args = argNodes(call);
    // Only a lambda, or a function named there, can learn (most calls pass neither).
    const mayLearn = (a: SyntaxNode): boolean => unparen(a).type === "lambda" || unparen(a).type === "identifier";
    if (!args.positional.some(mayLearn) && ![...args.keywords.values()].some(mayLearn)) return;
    const key = this.libraryCallKey(call);
    if (!key) return;
    const lambdaAt = (n: SyntaxNode | undefined): SyntaxNode | undefined => (n && unparen(n).type === "lambda" ? unparen(n) : undefined);
    if (["sorted", "min", "max", "list.sort"].includes(key)) {
      const lambda = lambdaAt(args.keywords.get("key"));
      const items = key === "list.sort" ? this.argTypes(call).receiver : args.positional[0] ? this.typeOf(args.positional[0]) : undefined;
      if (lambda && items) this.lambdaLearns(lambda, [this.iterItemOf(withoutNone(items))]);
    } else if (key === "map" || key === "filter" || key === "itertools.takewhile" || key === "itertools.dropwhile" || key === "itertools.filterfalse") {
      const lambda = lambdaAt(args.positional[0]);
      if (lambda && args.positional[1]) this.lambdaLearns(lambda, [this.iterItemOf(withoutNone(this.typeOf(args.positional[1])))]);
    } else if (key === "itertools.groupby" || key === "itertools.accumulate") {
      // `groupby(xs, key=lambda x: …)` gets xs's items; `accumulate(xs, lambda total, x: …)` two of them.
      const lambda = lambdaAt(args.positional[1] ?? args.keywords.get(key === "itertools.groupby" ? "key" : "func"));
      const item = args.positional[0] ? this.iterItemOf(withoutNone(this.typeOf(args.positional[0]))) : undefined;
      if (lambda && item) this.lambdaLearns(lambda, key === "itertools.groupby" ? [item] : [item, item]);
    } else {
      // A parameter the signature types as a callable (`re.sub(p, lambda m: …, s)`, `add_argument(type=parse)`)
      // says what the lambda, or the program's function named there, receives.
      const params = (this.library.callable(key)?.sig?.params ?? []).filter((p) => p.kind !== "varargs" && p.kind !== "kwargs");
      const bound: [SyntaxNode, PyType | undefined][] = [
        ...args.positional.map((a, i) => [a, params[i]?.kind === "keyword" ? undefined : params[i]?.type] as [SyntaxNode, PyType | undefined]),
        ...[...args.keywords].map(([name, a]) => [a, params.find((p) => p.name === name && p.kind !== "positional")?.type] as [SyntaxNode, PyType | undefined]),
      ];
      for (const [a, t] of bound) {
        const fn = t?.kind === "union" ? t.types.find((m) => m.kind === "func") : t;
        const lambda = lambdaAt(a);
        const received = fn?.kind === "func" ? fn.sig.params.filter((q) => q.kind === "positional").map((q) => q.type) : [];
        if (lambda) this.lambdaLearns(lambda, received);
        const def = !lambda && received.length && unparen(a).type === "identifier" ? this.userFunctionOf(a) : undefined;
        if (def?.type === "function_definition") parameterSymbols(def, this).forEach((p, i) => received[i] && this.paramEvidence.push(p.sym, received[i]!));
      }
    }
  }

  private refreshClass(cls: UserClass): void {
    if (cls.parserCall) {
      // Fields in the order the parser adds its arguments (the order the namespace prints them).
      cls.fields.clear();
      for (const [name, types] of this.fieldEvidence.get(cls.qualifiedName) ?? []) cls.fields.set(name, joinFlows(...types));
      return;
    }
    if (cls.namedTuple) {
      // No body to read: the fields named in the call, typed by what they are given.
      const evidence = this.fieldEvidence.get(cls.qualifiedName);
      cls.fields.clear();
      for (const name of cls.namedTuple.fields) cls.fields.set(name, joinFlows(...(evidence?.get(name) ?? [T.unknown])));
      return;
    }
    cls.bases.length = 0;
    const supers = optionalField(cls.node, "superclasses");
    if (supers) {
      for (const b of namedChildren(supers)) {
        if (b.type === "keyword_argument") continue;
        const t = this.typeOf(b);
        if (t.kind === "class") cls.bases.push(t);
      }
    }
    cls.fields.clear();
    cls.classAttrs.clear();
    cls.enumValue = undefined;
    cls.libraryBases = cls.bases.flatMap((b) => (b.kind === "class" && !!!this.classLookup(b.name) ? [b.name] : []));
    cls.typeParams = genericBaseParams(cls.node);
    const isEnum = this.isSubclass(cls.qualifiedName, "enum.Enum");
    const isDataclass = isDataclassDecorated(cls) || this.isSubclass(cls.qualifiedName, "typing.NamedTuple") || this.isSubclass(cls.qualifiedName, "typing.TypedDict");
    for (const stmt of namedChildren(field(cls.node, "body"))) {
      if (stmt.type !== "expression_statement") continue;
      const a = namedChildren(stmt)[0];
      if (a?.type !== "assignment") continue;
      const left = field(a, "left");
      if (left.type !== "identifier") continue;
      const hint = optionalField(a, "type");
      const right = optionalField(a, "right");
      const t = hint && !(right && this.isBareFinal(hint)) ? this.hintType(hint) : right ? this.typeOf(right) : T.unknown;
      // A declared field holds what is stored in it: its default, the constructor's arguments, `self.x = …`.
      if (hint && (isDataclass || !right) && !/ClassVar/.test(hint.text)) cls.fields.set(left.text, declaredWithFlows(t, [...this.defaultFlows(right), ...(this.fieldEvidence.get(cls.qualifiedName)?.get(left.text) ?? [])]));
      else if (isEnum) {
        // An enum's class attributes are its members; their values are what `.value` gives.
        cls.enumValue = union(cls.enumValue ?? T.never, t);
        cls.classAttrs.set(left.text, T.object(cls.qualifiedName));
      } else cls.classAttrs.set(left.text, union(t, ...(this.classAttrEvidence.get(cls.qualifiedName)?.get(left.text) ?? [])));
    }
    const evidence = this.fieldEvidence.get(cls.qualifiedName);
    if (evidence) {
      for (const [name, types] of evidence) if (!cls.fields.has(name)) cls.fields.set(name, union(...types));
    }
    for (const [name, types] of this.outsideFieldEvidence.get(cls.qualifiedName) ?? []) {
      if (!this.hasDeclaredField(cls, name)) cls.fields.set(name, union(...types));
    }
  }

  /** What a field's default stores: the value, or `field(default=…)`'s (not a `default_factory`'s). */
  private defaultFlows(value: SyntaxNode | null): PyType[] {
    if (!value) return [];
    if (value.type !== "call" || this.qualifiedName(field(value, "function")) !== "dataclasses.field") return [this.typeOf(value)];
    const d = argNodes(value).keywords.get("default");
    return d ? [this.typeOf(d)] : [];
  }

  private recordCallSite(def: SyntaxNode, call: SyntaxNode): void {
    const params = parameterSymbols(def, this);
    const args = argNodes(call);
    const isMethod = this.classByNode.has(def.parent?.parent?.id ?? -1) || this.classByNode.has(def.parent?.parent?.parent?.id ?? -1);
    const callee = unparen(field(call, "function"));
    // A method called on an instance (`obj.m(x)`) or a constructor (`Cls(x)`) skips `self`.
    const skip = isMethod && (callee.type === "attribute" || ["__init__", "__call__"].includes(field(def, "name").text)) ? 1 : 0;
    let i = skip;
    const bound: [ParamSym, SyntaxNode][] = [];
    const varargs = params.find((p) => p.kind === "varargs");
    for (const a of args.positional) {
      const p = params[i];
      if (!p || p.kind === "kwargs") break;
      // `*nums` takes every remaining argument as an item; a `*xs` argument, whose length is unknown,
      // may reach it from any position and gives it xs's items.
      if (varargs && (p === varargs || a.type === "list_splat")) this.paramEvidence.push(varargs.sym, a.type === "list_splat" ? this.iterItemOf(this.typeOf(namedChildren(a)[0]!)) : this.typeOf(a));
      if (p === varargs) continue;
      bound.push([p, a]);
      i++;
    }
    for (const [name, node] of args.keywords) {
      const p = params.find((q) => q.sym.name === name && q.kind !== "varargs" && q.kind !== "kwargs");
      if (p) bound.push([p, node]);
    }
    for (const [p, a] of bound) {
      this.paramEvidence.push(p.sym, this.typeOf(a));
      const pt = this.known(p.sym);
      if (unparen(a).type === "lambda" && pt?.kind === "func") {
        const vars = this.callTypeVars(def, call, skip);
        this.lambdaLearns(unparen(a), pt.sig.params.map((q) => substitute(q.type, vars)));
      }
      // What the callee puts into a container it was given (`queue.put(x)`) types the caller's variable too.
      const argSym = a.type === "identifier" ? this.symbolOf(a) : undefined;
      const learned = this.previousMutations.get(p.sym);
      if (argSym && learned) for (const t of learned) this.mutationEvidence.push(argSym, t);
    }
  }

  /**
   * What a generic function's type variables are at one call, from its arguments other than lambdas
   * (`group(words, lambda w: …)`: `T` is str, so the lambda receives strs).
   */
  private callTypeVars(def: SyntaxNode, call: SyntaxNode, skip: number): Map<string, PyType> {
    const sig = this.buildSignature(def);
    const nodes = argNodes(call);
    const args = this.argTypes(call);
    // A lambda's own type is what is being learned here.
    const notLambda = (n: SyntaxNode | undefined, t: PyType): PyType => (n && unparen(n).type === "lambda" ? T.never : t);
    const vars = new Map<string, PyType>();
    bindTypeVars({ ...sig, params: sig.params.slice(skip) }, {
      ...args,
      positional: args.positional.map((t, i) => notLambda(nodes.positional[i], t)),
      keywords: new Map([...args.keywords].map(([k, t]) => [k, notLambda(nodes.keywords.get(k), t)])),
    }, vars);
    return vars;
  }

  /** The `def` a callee expression refers to, when it is a function or class of the program. */
  userFunctionOf(callee: SyntaxNode): SyntaxNode | undefined {
    const n = unparen(callee);
    const imported = this.project ? this.qualifiedName(n) : undefined;
    const def = imported ? this.project!.definition(imported) : undefined;
    if (def) return def.type === "class_definition" ? this.classOfNode(def)?.methods.get("__init__") : def;
    if (n.type === "identifier") {
      const sym = this.symbolOf(n);
      if (!sym) return undefined;
      const def = sym.bindings.length === 1 ? sym.bindings[0]!.node.parent : undefined;
      if (sym.kind === "function" && def?.type === "function_definition") return def;
      if (sym.kind === "class") return def?.type === "class_definition" ? this.classAt(def.id)?.methods.get("__init__") : undefined;
    }
    if (n.type === "attribute") {
      const t = withoutNone(this.typeOf(field(n, "object")));
      const method = t.kind === "object" || t.kind === "class" ? this.findMethod(t.name, field(n, "attribute").text) : undefined;
      if (method) return method;
    }
    // An instance whose class has `__call__`.
    return this.callMethodOf(withoutNone(this.typeOf(n)));
  }

  /** The `@name.setter` of a property of the class or a base. */
  findSetter(className: string, name: string): SyntaxNode | undefined {
    const cls = this.classLookup(className);
    if (!cls) return undefined;
    const own = cls.setters.get(name);
    if (own) return own;
    if (cls.methods.has(name)) return undefined;
    for (const b of cls.bases) {
      if (b.kind !== "class") continue;
      const m = this.findSetter(b.name, name);
      if (m) return m;
    }
    return undefined;
  }

  /**
   * The class whose class attribute, static method or class method `name` is, when an instance reads
   * it (`self.sides`, `t.ok(2)`): TypeScript has them on the constructor, not on instances. Undefined
   * when an instance field, plain method or property of that name comes first.
   */
  staticOwner(className: string, name: string): UserClass | undefined {
    const cls = this.classLookup(className);
    if (!cls || cls.fields.has(name) || cls.setters.has(name)) return undefined;
    const m = cls.methods.get(name);
    if (m) return hasDecorator(m, "staticmethod") || hasDecorator(m, "classmethod") ? cls : undefined;
    if (cls.classAttrs.has(name)) return cls.enumValue ? undefined : cls;
    for (const b of cls.bases) {
      if (b.kind !== "class") continue;
      const found = this.staticOwner(b.name, name);
      if (found) return found;
    }
    return undefined;
  }

  /** Is `name` a `@property` of the class (or inherited)? */
  isProperty(className: string, name: string): boolean {
    const m = this.findMethod(className, name);
    return m !== undefined && hasDecorator(m, "property");
  }

  /** A field the class or a base declares, or learned from `self.x = …` in their methods. */
  private hasDeclaredField(cls: UserClass, name: string): boolean {
    if (cls.fields.has(name)) return true;
    return cls.bases.some((b) => {
      const base = b.kind === "class" ? this.classLookup(b.name) : undefined;
      return base !== undefined && this.hasDeclaredField(base, name);
    });
  }

  findMethod(className: string, name: string): SyntaxNode | undefined {
    const cls = this.classLookup(className);
    if (!cls) return undefined;
    const own = cls.methods.get(name);
    if (own) return own;
    for (const b of cls.bases) {
      if (b.kind !== "class") continue;
      const m = this.findMethod(b.name, name);
      if (m) return m;
    }
    return undefined;
  }

  // ---- symbol types ----

  private computeSymbolType(sym: PySymbol): PyType {
    if (sym.declaredType) return sym.declaredType;
    const types: PyType[] = [];
    let declared: PyType | undefined;
    // What the bindings store, for a declared type: the values, not the declaration.
    const flows: PyType[] = [];
    for (const b of sym.bindings) {
      const t = this.bindingType(b.node, b.kind, sym);
      if (b.kind === "annassign" || (b.kind === "assign" && isAnnotatedTarget(b.node)) || (b.kind === "param" && paramHint(b.node))) {
        declared = t;
        flows.push(...this.declaredBindingFlows(b.node, b.kind, sym));
      } else flows.push(t);
      types.push(t);
    }
    const evidence = this.mutationEvidence.get(sym) ?? [];
    if (declared) return hasUnlearned(declared) ? union(declared, ...evidence) : declaredWithFlows(declared, [...flows, ...evidence]);
    return union(...types, ...evidence);
  }

  private bindingType(node: SyntaxNode, kind: string, sym: PySymbol): PyType {
    switch (kind) {
      case "assign":
      case "annassign": {
        const assignment = enclosing(node, "assignment")!;
        const hint = optionalField(assignment, "type");
        // A bare `Final` declares a constant of the value's type.
        if (hint && field(assignment, "left").id === node.id && !this.isBareFinal(hint)) return this.hintType(hint);
        let right = optionalField(assignment, "right");
        // `a = b = value`: every target gets the innermost value.
        while (right?.type === "assignment") right = optionalField(right, "right");
        if (!right) return T.unknown;
        return destructure(field(assignment, "left"), node, this.valueType(right));
      }
      case "augassign": {
        const aug = enclosing(node, "augmented_assignment")!;
        const op = field(aug, "operator").text.slice(0, -1);
        return this.binaryType(op, this.typeBeforeUpdates(sym), this.typeOf(field(aug, "right")));
      }
      case "walrus":
        return this.typeOf(field(enclosing(node, "named_expression")!, "value"));
      case "for": {
        const owner = enclosingAny(node, ["for_statement", "for_in_clause"])!;
        const right = owner.type === "for_statement" ? field(owner, "right") : owner.childrenForFieldName("right").find((r) => r.isNamed)!;
        const isAsync = owner.type === "for_statement" ? hasAsyncKeyword(owner) : owner.child(0)?.type === "async";
        const iterType = this.typeOf(right);
        const item = isAsync ? this.asyncIterItemOf(iterType) : this.iterItemOf(iterType);
        return destructure(field(owner, "left"), node, item);
      }
      case "with": {
        const item = enclosing(node, "with_item")!;
        const asPattern = field(item, "value");
        const value = namedChildren(asPattern)[0]!;
        const target = optionalField(asPattern, "alias");
        const entered = this.enterType(value, hasAsyncKeyword(enclosing(item, "with_statement")!));
        return target ? destructure(namedChildren(target)[0]!, node, entered) : entered;
      }
      case "except": {
        const parts = exceptParts(exceptClauseOf(node)!);
        const types = parts.types.map((v) => this.typeOf(v));
        const caught = union(...types.map((t) => (t.kind === "class" ? T.object(t.name) : T.object("Exception"))));
        // `except* E as eg` binds an exception group of the matched exceptions.
        return parts.star ? T.object("ExceptionGroup", caught) : caught;
      }
      case "import": {
        const qn = sym.qualifiedName ?? "";
        const member = this.project?.member(qn);
        if (member) return member;
        if (this.isModule(qn)) return T.module(qn);
        if (this.library.klass(qn)) return T.class(qn);
        const fn = this.library.callable(qn);
        if (fn?.sig) return T.func(fn.sig);
        return this.library.attribute(qn) ?? T.unknown;
      }
      case "def": {
        const def = node.parent!;
        return this.decorated(def, T.func(this.buildSignature(def)));
      }
      case "class": {
        const cls = this.classAt(node.parent!.id);
        return cls ? T.class(cls.qualifiedName) : T.unknown;
      }
      case "param":
        return this.paramType(node, sym);
      case "match":
        return T.unknown;
      default:
        return T.unknown;
    }
  }

  /**
   * The variable's type as its plain bindings make it, the left operand of its `x += …`: the type of
   * the previous pass instead would keep an operand unknown in an early pass unknown for good.
   */
  private typeBeforeUpdates(sym: PySymbol): PyType {
    const known = this.plainTypes.get(sym);
    if (known) return known;
    const plain = sym.bindings.filter((b) => b.kind !== "augassign");
    const t = plain.length === 0 ? (this.known(sym) ?? T.never) : union(...plain.map((b) => this.bindingType(b.node, b.kind, sym)));
    this.plainTypes.set(sym, t);
    return t;
  }

  /** The values an annotated binding stores: a parameter's arguments and default, an assignment's value. */
  private declaredBindingFlows(node: SyntaxNode, kind: string, sym: PySymbol): PyType[] {
    if (kind === "param") {
      const param = paramNodeOf(node);
      if (param?.type !== "typed_default_parameter" && param?.type !== "typed_parameter") return [];
      const dflt = param.type === "typed_default_parameter" ? [this.typeOf(field(param, "value"))] : [];
      return [...dflt, ...(this.paramEvidence.get(sym) ?? [])];
    }
    const assignment = enclosing(node, "assignment");
    const right = assignment && field(assignment, "left").id === node.id ? optionalField(assignment, "right") : null;
    return right ? [this.typeOf(right)] : [];
  }

  /** The type of a value as stored: a call to an async function stores a coroutine object. */
  private valueType(node: SyntaxNode): PyType {
    return this.typeOf(node);
  }

  private paramType(nameNode: SyntaxNode, sym: PySymbol): PyType {
    const param = paramNodeOf(nameNode);
    const hint = param ? paramHint(nameNode) : null;
    const fn = enclosingAny(nameNode, ["function_definition", "lambda"]);
    const kind = param?.type === "list_splat_pattern" || param?.parent?.type === "list_splat_pattern" ? "varargs" : param?.type === "dictionary_splat_pattern" ? "kwargs" : "normal";
    // `self` and `cls` are the class (or its instances).
    if (fn?.type === "function_definition" && isFirstParam(nameNode, fn)) {
      const cls = this.classAt(fn.parent?.parent?.id ?? -1) ?? this.classAt(fn.parent?.parent?.parent?.id ?? -1);
      if (cls && !hasDecorator(fn, "staticmethod")) return hasDecorator(fn, "classmethod") ? T.class(cls.qualifiedName) : T.object(cls.qualifiedName);
    }
    let t: PyType;
    if (hint) {
      t = this.hintType(hint);
      if (hasUnlearned(t)) t = union(t, ...(this.paramEvidence.get(sym) ?? []));
    } else {
      const dflt = param && (param.type === "default_parameter" || param.type === "typed_default_parameter") ? field(param, "value") : null;
      const evidence = this.paramEvidence.get(sym) ?? [];
      const fromDefault = dflt ? this.typeOf(dflt) : T.never;
      t = joinFlows(fromDefault, ...evidence);
      // Nothing but the `None` default flows in (no call passes it, or the callers are in other
      // modules): the parameter still exists to take other values, so it is not known to be None.
      if (t.kind === "never" || t.kind === "none") t = T.unknown;
    }
    if (kind === "varargs") return T.vartuple(t);
    if (kind === "kwargs") return T.dict(T.str, t);
    return t;
  }

  private buildSignature(def: SyntaxNode): Signature {
    const params: Param[] = [];
    const paramsNode = optionalField(def, "parameters");
    let kind: Param["kind"] = "normal";
    const scope = this.scopeOf(def);
    for (const p of paramsNode ? namedChildren(paramsNode) : []) {
      if (p.type === "positional_separator") {
        for (let i = 0; i < params.length; i++) params[i] = { ...params[i]!, kind: "positional" };
        continue;
      }
      if (p.type === "keyword_separator") {
        kind = "keyword";
        continue;
      }
      const nameNode = paramNameNode(p);
      if (!nameNode) continue;
      const sym = this.symbolOf(nameNode);
      const type = sym ? (this.known(sym) ?? T.unknown) : T.unknown;
      const isStar = p.type === "list_splat_pattern" || (p.type === "typed_parameter" && namedChildren(p)[0]?.type === "list_splat_pattern");
      const isKw = p.type === "dictionary_splat_pattern" || (p.type === "typed_parameter" && namedChildren(p)[0]?.type === "dictionary_splat_pattern");
      if (isStar) {
        params.push({ name: nameNode.text, kind: "varargs", type, optional: true });
        kind = "keyword";
      } else if (isKw) params.push({ name: nameNode.text, kind: "kwargs", type, optional: true });
      else params.push({ name: nameNode.text, kind, type, optional: p.type === "default_parameter" || p.type === "typed_default_parameter" });
    }
    const returns = this.returnTypeOf(def);
    const isAsync = def.type === "function_definition" && hasAsyncKeyword(def);
    const name = def.type === "function_definition" ? field(def, "name").text : undefined;
    return { params, returns, isAsync: isAsync && !scope?.isGenerator, name };
  }

  /** The type a decorated function ends up with: each decorator's result, innermost first. */
  private decorated(def: SyntaxNode, fn: PyType): PyType {
    if (def.parent?.type !== "decorated_definition" || this.classByNode.has(def.parent.parent?.parent?.id ?? -1)) return fn;
    const decorators = namedChildren(def.parent).filter((d) => d.type === "decorator").reverse();
    let t = fn;
    for (const d of decorators) {
      const expression = namedChildren(d)[0]!;
      const callee = expression.type === "call" ? field(expression, "function") : expression;
      if (IDENTITY_DECORATORS.has(this.qualifiedName(callee) ?? "")) continue;
      const key = this.qualifiedName(expression);
      const lib = key ? this.library.callable(key) : undefined;
      if (lib?.returns) {
        t = lib.returns({ positional: [t], keywords: new Map(), nodes: { positional: [], keywords: new Map() } });
        continue;
      }
      // A decorator factory's result may be generic (`lru_cache(maxsize=None)`: F -> cached F).
      const dt = this.typeOf(expression);
      const vars = new Map<string, PyType>();
      if (dt.kind === "func") bindTypeVars(dt.sig, { positional: [t], keywords: new Map(), nodes: { positional: [], keywords: new Map() } }, vars);
      t = dt.kind === "func" ? substitute(dt.sig.returns, vars) : T.unknown;
    }
    return t;
  }

  // ---- expression types ----

  private identifierType(node: SyntaxNode): PyType {
    const sym = this.symbolOf(node);
    if (!sym) return T.unknown;
    if (sym.kind === "builtin") return this.builtinType(sym.name);
    // Inside `except E as e:` the name is an E (each handler declares its own in the output).
    const handler = sym.bindings.length > 1 ? handlerBinding(node, sym) : undefined;
    if (handler) return this.bindingType(handler, "except", sym);
    // A name each of several loops declares for itself has the type of its own loop's items.
    const loopBinding = sym.loopLocal ? sym.bindings.find((b) => contains(field(forStatementOf(b.node)!, "body"), node) || b.node.id === node.id) : undefined;
    if (loopBinding) return this.bindingType(loopBinding.node, "for", sym);
    const t = this.known(sym) ?? T.never;
    if (sym.kind !== "variable" && sym.kind !== "parameter") return t;
    const reaching = t.kind === "int" || t.kind === "float" ? reachingNumberType(node, sym, { typeOf: (n) => this.typeOf(n), arithmetic }) : undefined;
    return reaching ?? narrowAt(node, sym, t, this);
  }

  private dictionaryType(node: SyntaxNode): PyType {
    const keys: PyType[] = [];
    const values: PyType[] = [];
    for (const c of namedChildren(node)) {
      if (c.type === "pair") {
        keys.push(this.typeOf(field(c, "key")));
        values.push(this.typeOf(field(c, "value")));
      } else if (c.type === "dictionary_splat") {
        const t = this.typeOf(namedChildren(c)[0]!);
        keys.push(t.kind === "dict" ? t.key : T.unknown);
        values.push(t.kind === "dict" ? t.value : T.unknown);
      }
    }
    return T.dict(joinFlows(...keys), this.joinClasses(joinFlows(...values)));
  }

  /** An expression's type from its parts (`typeOf` caches it); a large case has a method of its own. */
  private compute(node: SyntaxNode): PyType {
    switch (node.type) {
      case "integer":
        return T.int;
      case "float":
        return /[jJ]$/.test(node.text) ? T.unknown : T.float;
      case "true":
      case "false":
        return T.bool;
      case "none":
        return T.none;
      case "string":
        return /^[a-zA-Z]*[bB]/.test(node.text) ? T.bytes : T.str;
      case "concatenated_string":
        return this.typeOf(namedChildren(node)[0]!);
      case "parenthesized_expression":
        return this.typeOf(namedChildren(node)[0]!);
      case "dotted_name": {
        const [head, ...rest] = namedChildren(node);
        let t = head ? this.typeOf(head) : T.unknown;
        for (const r of rest) t = this.memberType(withoutNone(t), r.text);
        return t;
      }
      case "identifier":
        return this.identifierType(node);
      // Each item of a literal keeps its own kind at run time: `[1, 2.5]` holds an int and a float.
      case "list":
        return T.list(this.joinClasses(joinFlows(...namedChildren(node).map((c) => this.elementType(c)))));
      case "set":
        return T.set(this.joinClasses(joinFlows(...namedChildren(node).map((c) => this.elementType(c)))));
      case "tuple":
      case "expression_list":
      case "pattern_list": {
        const items = namedChildren(node);
        if (items.some((c) => c.type === "list_splat")) return T.vartuple(this.joinClasses(union(...items.map((c) => this.elementType(c)))));
        return T.tuple(...items.map((c) => this.typeOf(c)));
      }
      case "dictionary":
        return this.dictionaryType(node);
      case "list_comprehension":
        return T.list(this.typeOf(field(node, "body")));
      case "set_comprehension":
        return T.set(this.typeOf(field(node, "body")));
      case "generator_expression":
        return T.generator(this.typeOf(field(node, "body")));
      case "dictionary_comprehension": {
        const pair = field(node, "body");
        return T.dict(this.typeOf(field(pair, "key")), this.typeOf(field(pair, "value")));
      }
      case "await":
        return this.awaitedType(this.typeOf(namedChildren(node)[0]!));
      case "not_operator":
      case "comparison_operator":
        return T.bool;
      case "boolean_operator": {
        const left = this.typeOf(field(node, "left"));
        const right = this.typeOf(field(node, "right"));
        const op = field(node, "operator").text;
        if (op === "or") return union(withoutNone(left), right);
        return union(left, right);
      }
      case "conditional_expression": {
        const [a, , b] = namedChildren(node);
        return union(this.typeOf(a!), this.typeOf(b!));
      }
      case "named_expression":
        return this.typeOf(field(node, "value"));
      case "unary_operator": {
        const t = this.typeOf(field(node, "argument"));
        return t.kind === "bool" ? T.int : t;
      }
      case "binary_operator":
        return this.binaryType(field(node, "operator").text, this.typeOf(field(node, "left")), this.typeOf(field(node, "right")));
      case "subscript":
        return this.subscriptType(node);
      case "attribute":
        return this.attributeType(node);
      case "call":
        return this.callType(node);
      case "lambda":
        return T.func(this.buildSignature(node));
      case "yield":
        return T.unknown;
      default:
        return T.unknown;
    }
  }

  private elementType(node: SyntaxNode): PyType {
    if (node.type === "list_splat") return this.iterItemOf(this.typeOf(namedChildren(node)[0]!));
    return this.typeOf(node);
  }

  private builtinType(name: string): PyType {
    if (this.library.klass(name)) return T.class(name);
    const fn = this.library.callable(name);
    if (fn?.sig) return T.func(fn.sig);
    return this.library.attribute(name) ?? T.unknown;
  }

  private resolveTypeName(name: string): PyType | undefined {
    const [head, ...rest] = name.split(".");
    const local = this.lookupModuleLevel(head!);
    if (local) {
      if (local.kind === "import" && local.qualifiedName) {
        const full = [local.qualifiedName, ...rest].join(".");
        if (this.library.klass(full)) return T.object(full);
        // A class of another module of the project (possibly re-exported by a package).
        const member = this.project?.member(full);
        return member?.kind === "class" ? T.object(member.name) : undefined;
      }
      if (local.kind === "class" && rest.length === 0) {
        const cls = this.classAt(local.bindings[0]?.node.parent?.id ?? -1);
        if (cls) return T.object(cls.qualifiedName);
      }
      if (local.kind === "variable" && rest.length === 0) {
        const made = this.namedTupleAssignedTo(local);
        if (made) return T.object(made.qualifiedName);
        const alias = this.typeAliasValue(local);
        return alias ? this.hintType(alias) : undefined;
      }
    }
    if (this.library.klass(name) && !["int", "float", "str", "bool", "bytes", "list", "dict", "set", "tuple", "object", "type", "frozenset"].includes(name)) {
      return T.object(name);
    }
    return undefined;
  }

  /**
   * `Number = Union[int, float]`, `Handler = Callable[[str], str]`, `Id = int | str`, `X: TypeAlias = …`:
   * a module-level name bound once to a type expression. Its value node, read as a hint.
   */
  typeAliasValue(sym: PySymbol): SyntaxNode | undefined {
    if (sym.scope !== this.bindings.moduleScope || sym.bindings.length !== 1 || sym.bindings[0]!.kind === "for") return undefined;
    const assignment = enclosing(sym.bindings[0]!.node, "assignment");
    const value = assignment && field(assignment, "left").id === sym.bindings[0]!.node.id ? optionalField(assignment, "right") : null;
    if (!value) return undefined;
    const hint = optionalField(assignment!, "type");
    if (hint && /^(typing\.)?TypeAlias$/.test(hint.text.trim())) return value;
    return this.isTypeExpression(value) ? value : undefined;
  }

  private isTypeExpression(node: SyntaxNode): boolean {
    const n = unparen(node);
    if (n.type === "subscript") {
      const q = this.qualifiedName(field(n, "value"));
      return q !== undefined && (TYPE_CONSTRUCTORS.has(q) || (q.startsWith("typing.") && q !== "typing.cast"));
    }
    if (n.type === "binary_operator" && field(n, "operator").text === "|") {
      const side = (c: SyntaxNode): boolean => {
        const u = unparen(c);
        if (u.type === "none" || this.isTypeExpression(u)) return true;
        const t = this.typeOf(u);
        return t.kind === "class";
      };
      return side(field(n, "left")) && side(field(n, "right"));
    }
    return false;
  }

  private lookupModuleLevel(name: string): PySymbol | undefined {
    return this.bindings.moduleScope.symbols.get(name) ?? this.bindings.builtins.get(name);
  }

  /** Does this subscript slice: `a:b:c`, or a `slice` object? */
  private slices(sub: SyntaxNode): boolean {
    return sub.type === "slice" || isSliceObject(withoutNone(this.typeOf(sub)));
  }

  private subscriptType(node: SyntaxNode): PyType {
    const value = this.typeOf(field(node, "value"));
    const subs = node.childrenForFieldName("subscript");
    const sub = subs[0];
    const isSlice = sub !== undefined && this.slices(sub);
    const t = withoutNone(value);
    switch (t.kind) {
      case "list":
        return isSlice ? t : t.item;
      case "vartuple":
        return isSlice ? t : t.item;
      case "tuple": {
        if (isSlice) return T.vartuple(union(...t.items));
        const idx = sub ? constInt(sub) : undefined;
        if (idx !== undefined) return t.items[idx < 0 ? t.items.length + idx : idx] ?? T.unknown;
        return union(...t.items);
      }
      case "str":
        return T.str;
      case "bytes":
        return isSlice ? T.bytes : T.int;
      case "dict":
        return t.value;
      case "object": {
        const declared = this.typedDictField(t, sub);
        if (declared) return declared;
        const fields = this.namedTupleFields(this.classLookup(t.name));
        if (fields) {
          // `p[0]` is the first field (`p.x`); a slice is a plain tuple.
          if (isSlice) return T.vartuple(T.unknown);
          const i = sub ? constInt(sub) : undefined;
          const name = i === undefined ? undefined : fields[i < 0 ? fields.length + i : i];
          return name ? this.memberType(t, name) : T.unknown;
        }
        const getitem = this.methodReturn(t, "__getitem__", []);
        if (getitem) return getitem;
        return T.unknown;
      }
      case "class":
        return t; // generic alias like list[int] used as a value
      default:
        return T.unknown;
    }
  }

  private attributeType(node: SyntaxNode): PyType {
    const qn = this.qualifiedName(node);
    if (qn) {
      const member = this.project?.member(qn);
      if (member) return member;
      if (this.isModule(qn)) return T.module(qn);
      if (this.library.klass(qn)) return T.class(qn);
      const attr = this.library.attribute(qn);
      if (attr) return attr;
      const fn = this.library.callable(qn);
      if (fn?.sig) return T.func(fn.sig);
      if (fn) return T.func({ params: [], returns: T.unknown, isAsync: false, name: qn });
    }
    const objType = withoutNone(this.typeOf(field(node, "object")));
    const name = field(node, "attribute").text;
    return this.memberType(objType, name);
  }

  /**
   * Instances of several classes in one container (`[Shape(), Square(3)]`) are instances of their
   * nearest common base class, as Python type checkers join them; classes with no common base but
   * `object` stay a union.
   */
  private joinClasses(t: PyType): PyType {
    if (t.kind !== "union") return t;
    const objects = t.types.filter((m) => m.kind === "object" && m.args.length === 0 && (this.classLookup(m.name) || this.library.klass(m.name)));
    if (objects.length < 2) return t;
    const chains = objects.map((o) => this.ancestors(o.kind === "object" ? o.name : ""));
    const common = chains[0]!.find((c) => c !== "object" && chains.every((chain) => chain.includes(c)));
    if (!common || (this.classLookup(common)?.typeParams?.length ?? 0) > 0 || (this.library.klass(common)?.typeParams.length ?? 0) > 0) return t;
    return union(T.object(common), ...t.types.filter((m) => !objects.includes(m)));
  }

  /** The class and its bases, nearest first (program and library classes). */
  private ancestors(name: string): string[] {
    const out: string[] = [];
    const visit = (n: string): void => {
      if (out.includes(n)) return;
      out.push(n);
      const user = this.classLookup(n);
      const bases = user ? user.bases.flatMap((b) => (b.kind === "class" ? [b.name] : [])) : (this.library.klass(n)?.bases ?? []);
      bases.forEach(visit);
    };
    visit(name);
    return out;
  }

  /** The type of `obj.name` for an object of type `t`. */
  memberType(t: PyType, name: string): PyType {
    if (t.kind === "union") return union(...t.types.map((m) => this.memberType(m, name)));
    if (t.kind === "object" || t.kind === "class") {
      const user = this.classLookup(t.name);
      if (user) return this.userMemberType(user, name, t.kind === "class", t.kind === "object" ? t : undefined);
    }
    for (const key of this.memberKeys(t, name)) {
      const attr = this.library.attribute(key);
      if (attr) return substitute(attr, this.receiverVars(t));
      const fn = this.library.callable(key);
      if (fn?.sig) return substitute(T.func(fn.sig), this.receiverVars(t));
    }
    return T.unknown;
  }

  private userMemberType(cls: UserClass, name: string, onClass: boolean, receiver?: PyType): PyType {
    const t = this.userMemberTypeRaw(cls, name, onClass);
    return receiver ? substitute(t, this.receiverVars(receiver)) : t;
  }

  private userMemberTypeRaw(cls: UserClass, name: string, onClass: boolean): PyType {
    if (cls.enumValue && !onClass && name === "value") {
      this.classVersions.readEnumValue(cls);
      return cls.enumValue;
    }
    this.classVersions.readField(cls, name);
    const f = cls.fields.get(name);
    if (f && !onClass) return f;
    this.classVersions.readClassAttr(cls, name);
    const ca = cls.classAttrs.get(name);
    if (ca) return ca;
    const m = cls.methods.get(name);
    if (m) {
      if (hasDecorator(m, "property")) return this.returnTypeOf(m);
      const sig = this.signatureOf(m);
      const bound = hasDecorator(m, "staticmethod") || (onClass && !hasDecorator(m, "classmethod")) ? sig : { ...sig, params: sig.params.slice(1) };
      return T.func(bound);
    }
    for (const b of cls.bases) {
      if (b.kind !== "class") continue;
      const t = this.memberType(onClass ? b : T.object(b.name), name);
      if (t.kind !== "unknown") return t;
    }
    return T.unknown;
  }

  /** Library keys to try for `t.name`: the type's own, then its bases'. */
  memberKeys(t: PyType, name: string): string[] {
    const base = libraryTypeName(t);
    if (!base) return [];
    const keys: string[] = [];
    const seen = new Set<string>();
    const visit = (cls: string): void => {
      if (seen.has(cls)) return;
      seen.add(cls);
      keys.push(`${cls}.${name}`);
      for (const b of this.library.klass(cls)?.bases ?? []) visit(b);
      const user = this.classLookup(cls);
      for (const b of user?.bases ?? []) if (b.kind === "class") visit(b.name);
    };
    visit(base);
    return keys;
  }

  private receiverVars(t: PyType): Map<string, PyType> {
    const vars = new Map<string, PyType>();
    switch (t.kind) {
      case "list":
      case "set":
      case "vartuple":
      case "generator":
      case "asyncgen":
        vars.set("T", t.item);
        break;
      case "tuple":
        vars.set("T", union(...t.items));
        break;
      case "dict":
        vars.set("K", t.key);
        vars.set("V", t.value);
        break;
      case "object": {
        const params = this.classLookup(t.name)?.typeParams ?? this.library.klass(t.name)?.typeParams ?? [];
        params.forEach((p, i) => vars.set(p, t.args[i] ?? T.unknown));
        break;
      }
    }
    return vars;
  }

  /** `a op b`: through the operator's method when a library class defines it (`datetime - timedelta`). */
  private binaryType(op: string, a: PyType, b: PyType): PyType {
    const methods = BINARY_OPERATOR_METHODS[op];
    const left = withoutNone(a);
    const right = withoutNone(b);
    const viaMethod = methods && ((left.kind === "object" ? this.methodReturn(left, methods[0], [right]) : undefined) ?? (right.kind === "object" ? this.methodReturn(right, methods[1], [left]) : undefined));
    return viaMethod ?? arithmetic(op, a, b);
  }

  private methodReturn(receiver: PyType, name: string, positional: PyType[]): PyType | undefined {
    for (const key of this.memberKeys(receiver, name)) {
      const fn = this.library.callable(key);
      if (!fn) continue;
      const args: ArgTypes = { positional, keywords: new Map(), receiver, nodes: { positional: [], keywords: new Map() } };
      if (fn.returns) return fn.returns(args);
      if (fn.sig) return substitute(fn.sig.returns, this.receiverVars(receiver));
    }
    return undefined;
  }

  /** The library entry a call resolves to: by qualified name, or by the receiver's type for a method. */
  libraryCallKey(call: SyntaxNode, callee?: SyntaxNode): string | undefined {
    if (callee) return this.computeLibraryCallKey(call, callee);
    const known = this.callKeys.get(call.id);
    if (known !== undefined) return known ?? undefined;
    const key = this.computeLibraryCallKey(call, unparen(field(call, "function")));
    this.callKeys.set(call.id, key ?? null);
    return key;
  }

  private computeLibraryCallKey(call: SyntaxNode, callee: SyntaxNode): string | undefined {
    const qn = this.qualifiedName(callee);
    if (qn && (this.library.callable(qn) || this.library.klass(qn))) return qn;
    if (callee.type === "attribute") {
      const objType = withoutNone(this.typeOf(field(callee, "object")));
      if ((objType.kind === "object" || objType.kind === "class") && !!this.classLookup(objType.name) && this.findMethod(objType.name, field(callee, "attribute").text)) return undefined;
      for (const key of this.memberKeys(objType, field(callee, "attribute").text)) if (this.library.callable(key)) return key;
    }
    // An object of a library class with `__call__` (a function decorated with `lru_cache`, under another name).
    const t = withoutNone(this.typeOf(callee));
    if (t.kind === "object" && !this.classLookup(t.name) && !this.userFunctionOf(callee)) {
      for (const key of this.memberKeys(t, "__call__")) if (this.library.callable(key)) return key;
    }
    return undefined;
  }

  /** A TypedDict read with a literal key (`movie["year"]`, `movie.get("year")`) has that key's declared type. */
  private typedDictField(t: PyType, keyNode: SyntaxNode | undefined): PyType | undefined {
    const key = keyNode && unparen(keyNode).type === "string" ? unparen(keyNode).text.slice(1, -1) : undefined;
    if (t.kind !== "object" || key === undefined || !this.isSubclass(t.name, "typing.TypedDict")) return undefined;
    const cls = this.classLookup(t.name);
    if (cls) this.classVersions.readField(cls, key);
    return cls?.fields.get(key);
  }

  private callType(call: SyntaxNode): PyType {
    const declared = this.classAt(call.id);
    if (declared) return T.class(declared.qualifiedName);
    const namespace = this.seen(this.namespaceByParser.get(call.id));
    if (namespace) return T.object("argparse.ArgumentParser", T.object(namespace.qualifiedName));
    const callee = unparen(field(call, "function"));
    if (callee.type === "identifier" && this.qualifiedName(callee) === "super") {
      // `super()` inside a method: the base class's view of `self`.
      for (let p = call.parent; p; p = p.parent) {
        const cls = p.type === "class_definition" ? this.classAt(p.id) : undefined;
        const base = cls?.bases.find((b) => b.kind === "class");
        if (cls) return base && base.kind === "class" ? T.object(base.name) : T.unknown;
      }
    }
    const key = this.libraryCallKey(call);
    if (key === "typing.TypedDict.get") {
      const { positional } = argNodes(call);
      const declared = this.typedDictField(withoutNone(this.typeOf(field(callee, "object"))), positional[0]);
      // Either value keeps its own kind (`movie.get("year", 0.5)` is an int or a float).
      if (declared) return joinFlows(declared, positional[1] ? this.typeOf(positional[1]) : T.none);
    }
    if (key) {
      const cls = this.library.klass(key);
      const fn = this.library.callable(key);
      const args = this.argTypes(call);
      if (fn?.returns) return fn.returns(args);
      if (cls && !fn?.sig) return T.object(key, ...cls.typeParams.map(() => T.never));
      if (fn?.sig) {
        const receiver = callee.type === "attribute" ? withoutNone(this.typeOf(field(callee, "object"))) : undefined;
        const vars = receiver ? this.receiverVars(receiver) : new Map<string, PyType>();
        bindTypeVars(fn.sig, args, vars);
        const r = substitute(fn.sig.returns, vars);
        return cls && r.kind === "none" ? T.object(key, ...cls.typeParams.map((p) => vars.get(p) ?? T.never)) : r;
      }
      return T.unknown;
    }
    const calleeType = this.typeOf(callee);
    // Not learned yet (a function calling itself, on the first pass): nothing to add to the result.
    if (calleeType.kind === "never") return T.never;
    if (calleeType.kind === "class") {
      const user = this.classLookup(calleeType.name);
      const params = user?.typeParams ?? [];
      if (user && params.length > 0) {
        // `Box[int]()` says its type arguments.
        const given = callee.type === "subscript" ? this.hintType(callee) : undefined;
        if (given?.kind === "object" && given.name === calleeType.name) return given;
        // `Box(3)` is a `Box[int]`: the constructor's arguments bind the class's type parameters.
        const init = this.findMethod(user.qualifiedName, "__init__");
        const vars = new Map<string, PyType>();
        if (init) bindTypeVars({ ...this.signatureOf(init), params: this.signatureOf(init).params.slice(1) }, this.argTypes(call), vars);
        return T.object(calleeType.name, ...params.map((p) => vars.get(p) ?? T.unknown));
      }
      return T.object(calleeType.name);
    }
    // An instance of a class of the program with `__call__`: calling it calls that method; a library
    // class says what its `__call__` returns (a function decorated with `lru_cache`).
    const libraryCall = calleeType.kind === "object" && !this.callMethodOf(calleeType) ? this.methodReturn(calleeType, "__call__", [...this.argTypes(call).positional]) : undefined;
    if (libraryCall) return libraryCall;
    const called = calleeType.kind === "object" && this.callMethodOf(calleeType) ? this.memberType(calleeType, "__call__") : calleeType;
    if (called.kind === "func") {
      const sig = called.sig;
      if (sig.isAsync) return T.coroutine(sig.returns);
      return sig.returns;
    }
    return T.unknown;
  }

  /** The `__call__` method that calling an instance of a class of the program runs. */
  callMethodOf(t: PyType): SyntaxNode | undefined {
    return t.kind === "object" && this.classLookup(t.name) ? this.findMethod(t.name, "__call__") : undefined;
  }

  argTypes(call: SyntaxNode): ArgTypes {
    const nodes = argNodes(call);
    return {
      // `*xs` contributes any number of items of xs's item type.
      positional: nodes.positional.map((n) => (n.type === "list_splat" ? T.vartuple(this.iterItemOf(this.typeOf(namedChildren(n)[0]!))) : this.typeOf(n))),
      keywords: new Map([...nodes.keywords].map(([k, v]) => [k, this.typeOf(v)])),
      receiver: (() => {
        const callee = unparen(field(call, "function"));
        if (callee.type === "attribute") return withoutNone(this.typeOf(field(callee, "object")));
        // The object called, for a library class's `__call__`.
        const called = withoutNone(this.typeOf(callee));
        return called.kind === "object" ? called : undefined;
      })(),
      nodes,
    };
  }

  /** What `for x in v` gives `x`, including library iterables (`range`, `enumerate`, `dict.items()`). */
  iterItemOf(t: PyType): PyType {
    if (t.kind === "class" && this.isSubclass(t.name, "enum.Enum")) return T.object(t.name);
    // A TypedDict's keys.
    if (t.kind === "object" && this.isSubclass(t.name, "typing.TypedDict")) return T.str;
    if (t.kind === "object") {
      const viaLib = this.methodReturn(t, "__iter__", []);
      if (viaLib) return iterItem(viaLib);
      const user = this.classLookup(t.name);
      if (user) {
        const iter = this.findMethod(t.name, "__iter__");
        if (iter) {
          const r = this.returnTypeOf(iter);
          if (r.kind === "object" && r.name !== t.name && this.classLookup(r.name)) return this.iterItemOf(r);
          const next = this.findMethod(t.name, "__next__");
          return r.kind === "generator" ? r.item : r.kind === "object" && r.name === t.name && next ? this.returnTypeOf(next) : iterItem(r);
        }
      }
    }
    return iterItem(t);
  }

  /** What `async for` over a value of type `t` binds. */
  asyncIterItemOf(t: PyType): PyType {
    if (t.kind === "object" && this.classLookup(t.name)) {
      const aiter = this.findMethod(t.name, "__aiter__");
      if (!aiter) return T.unknown;
      const r = this.returnTypeOf(aiter);
      if (r.kind === "object" && r.name !== t.name && this.classLookup(r.name)) return this.asyncIterItemOf(r);
      const anext = this.findMethod(t.name, "__anext__");
      if (r.kind === "object" && r.name === t.name && anext) {
        const n = this.returnTypeOf(anext);
        return hasAsyncKeyword(anext) ? n : this.awaitedType(n);
      }
      return asyncIterItem(r);
    }
    return asyncIterItem(t);
  }

  /** What `await x` gives for a value of type `t`. */
  awaitedType(t: PyType): PyType {
    if (t.kind === "object") {
      const awaits = this.library.klass(t.name)?.awaits;
      if (awaits) return substitute(awaits, this.receiverVars(t));
    }
    if (t.kind === "union") return union(...t.types.map((m) => this.awaitedType(m)));
    return awaitedType(t);
  }

  /**
   * May a manager of this `with` statement swallow an exception, so that the statement completes
   * even when its body always returns? Only a program class whose `__exit__` returns something
   * that can be true: not None, not the literal `False`. (Library managers keep the old answer.)
   */
  withMaySuppress(withStatement: SyntaxNode): boolean {
    const clause = namedChildren(withStatement).find((c) => c.type === "with_clause");
    const isAsync = hasAsyncKeyword(withStatement);
    return (clause ? namedChildren(clause) : []).some((item) => {
      const value = field(item, "value");
      const manager = value.type === "as_pattern" ? namedChildren(value)[0]! : value;
      const t = withoutNone(this.typeOf(manager));
      return t.kind === "object" && this.classLookup(t.name) !== undefined && this.exitMaySuppress(t.name, isAsync);
    });
  }

  /** Can the class's `__exit__` (`__aexit__`) return a true value? */
  exitMaySuppress(className: string, isAsync: boolean): boolean {
    const exit = this.findMethod(className, isAsync ? "__aexit__" : "__exit__");
    if (!exit) return true;
    if (optionalField(exit, "return_type")) return this.returnTypeOf(exit).kind !== "none";
    return this.returns.some(({ node, fn }) => {
      if (fn.id !== exit.id) return false;
      const value = namedChildren(node)[0];
      return value !== undefined && !["false", "none"].includes(unparen(value).type);
    });
  }

  /** The value `with`/`async with` binds for the context manager expression `node`. */
  enterType(node: SyntaxNode, isAsync: boolean): PyType {
    const t = this.typeOf(node);
    if (t.kind === "object") {
      const lib = this.library.klass(t.name);
      if (lib?.enter) return substitute(lib.enter, this.receiverVars(t));
      const method = this.findMethod(t.name, isAsync ? "__aenter__" : "__enter__");
      if (method) {
        const r = this.returnTypeOf(method);
        return isAsync && hasAsyncKeyword(method) ? r : r;
      }
    }
    if (t.kind === "asyncgen" || t.kind === "generator") return t.item;
    return T.unknown;
  }
}

// ---- helpers ----

/** Decorated `@dataclass`: the constructor takes the fields. */
const isDataclassDecorated = (cls: UserClass): boolean => cls.decorators.some((d) => /^(dataclasses\.)?dataclass\b/.test(d));

/** The `name: T` and `name: T = v` statements of a class body (not `ClassVar`s). */
function annotatedFields(cls: SyntaxNode): SyntaxNode[] {
  return namedChildren(field(cls, "body")).flatMap((stmt) => {
    const a = stmt.type === "expression_statement" ? namedChildren(stmt)[0] : undefined;
    const hint = a?.type === "assignment" ? optionalField(a, "type") : null;
    return a && hint && field(a, "left").type === "identifier" && !/ClassVar/.test(hint.text) ? [a] : [];
  });
}

/** `class Box(Generic[T])` → `["T"]`. */
function genericBaseParams(cls: SyntaxNode): string[] {
  const supers = optionalField(cls, "superclasses");
  for (const b of supers ? namedChildren(supers) : []) {
    if (b.type !== "subscript" || !/^(typing\.)?Generic$/.test(field(b, "value").text)) continue;
    return b.childrenForFieldName("subscript").flatMap((s) => (s.type === "tuple" ? namedChildren(s) : [s])).map((s) => s.text);
  }
  return [];
}

/** The `except … as name` binding whose handler body holds `ref`, if any. */
function handlerBinding(ref: SyntaxNode, sym: PySymbol): SyntaxNode | undefined {
  for (const b of sym.bindings) {
    if (b.kind !== "except") continue;
    const clause = exceptClauseOf(b.node);
    if (clause && contains(exceptParts(clause).body, ref)) return b.node;
  }
  return undefined;
}

/** Does a declared type still have type arguments to learn (`asyncio.Queue` written without `[T]`)? */
const hasUnlearned = (t: PyType): boolean => t.kind === "object" && t.args.some((a) => a.kind === "never");

export function awaitedType(t: PyType): PyType {
  switch (t.kind) {
    case "coroutine":
      return t.result;
    case "object":
      if (t.name === "typing.Awaitable" || t.name === "asyncio.Task" || t.name === "asyncio.Future") return t.args[0] ?? T.unknown;
      return T.unknown;
    case "union":
      return union(...t.types.map(awaitedType));
    case "never":
      return T.never;
    default:
      return T.unknown;
  }
}

function asyncIterItem(t: PyType): PyType {
  if (t.kind === "asyncgen") return t.item;
  if (t.kind === "object" && t.name === "aiohttp.StreamReader") return T.bytes;
  return T.unknown;
}

/** The library's name for a type, to look up its members (`str`, `list`, `aiohttp.ClientResponse`). */
export function libraryTypeName(t: PyType): string | undefined {
  switch (t.kind) {
    case "int":
    case "float":
    case "str":
    case "bytes":
    case "list":
    case "dict":
    case "set":
    case "bool":
      return t.kind;
    case "tuple":
    case "vartuple":
      return "tuple";
    case "object":
    case "class":
      return t.name;
    case "coroutine":
      return "coroutine";
    case "asyncgen":
      return "asyncgen";
    case "generator":
      return "generator";
    default:
      return undefined;
  }
}

/** Python's result type for a binary operator. */
export function arithmetic(op: string, a: PyType, b: PyType): PyType {
  const num = (t: PyType): boolean => t.kind === "int" || t.kind === "float" || t.kind === "bool";
  if (a.kind === "never") return b.kind === "never" ? T.never : arithmetic(op, b, b);
  if (b.kind === "never") return arithmetic(op, a, a);
  // `x: int | float` computes as a number of either kind.
  if (a.kind === "union" && a.types.every(num) && num(b)) return arithmetic(op, numberOf(a.types), b);
  if (b.kind === "union" && b.types.every(num) && num(a)) return arithmetic(op, a, numberOf(b.types));
  if (num(a) && num(b)) {
    if (op === "/") return T.float;
    if (isKnownFloat(a) || isKnownFloat(b)) return T.float;
    // An int in some runs, a float in others: so is the result (`w * w` for `w` given 3 or 2.5).
    if (a.kind === "float" || b.kind === "float") return T.number;
    if (["&", "|", "^"].includes(op) && a.kind === "bool" && b.kind === "bool") return T.bool;
    return T.int;
  }
  if (a.kind === "str" && (op === "+" || op === "%")) return T.str;
  if (a.kind === "str" && op === "*" && num(b)) return T.str;
  if (b.kind === "str" && op === "*" && num(a)) return T.str;
  if (a.kind === "bytes" && (op === "+" || op === "*")) return T.bytes;
  if (a.kind === "list" && op === "+" && b.kind === "list") return T.list(union(a.item, b.item));
  if (a.kind === "list" && op === "*") return a;
  if (b.kind === "list" && op === "*") return b;
  if (a.kind === "tuple" && op === "+" && b.kind === "tuple") return T.tuple(...a.items, ...b.items);
  if (a.kind === "set" && b.kind === "set" && ["|", "&", "-", "^"].includes(op)) return T.set(union(a.item, b.item));
  if (a.kind === "dict" && b.kind === "dict" && op === "|") return T.dict(union(a.key, b.key), union(a.value, b.value));
  return T.unknown;
}

/** The number a union of number types computes as: `float` alone, either kind with an int, else int. */
function numberOf(types: readonly PyType[]): PyType {
  if (types.every(isKnownFloat)) return T.float;
  return types.some((t) => t.kind === "float") ? T.number : T.int;
}

/** The part of `value` that `target` receives when `pattern` is assigned `value` (tuple unpacking). */
function destructure(pattern: SyntaxNode, target: SyntaxNode, value: PyType): PyType {
  if (pattern.id === target.id) return value;
  const p = pattern.type === "parenthesized_expression" ? namedChildren(pattern)[0]! : pattern;
  if (!["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list"].includes(p.type)) return T.unknown;
  const items = namedChildren(p);
  const starIndex = items.findIndex((c) => c.type === "list_splat_pattern" || c.type === "list_splat");
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!contains(item, target)) continue;
    if (i === starIndex) return T.list(elementAt(value, -1));
    const index = starIndex >= 0 && i > starIndex ? i - items.length : i;
    return destructure(item, target, elementAt(value, index));
  }
  return T.unknown;
}

function elementAt(t: PyType, index: number): PyType {
  if (t.kind === "tuple") {
    if (index === -1) return union(...t.items);
    return t.items[index < 0 ? t.items.length + index : index] ?? T.unknown;
  }
  return iterItem(t);
}


function enclosing(node: SyntaxNode, type: string): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.type === type) return p;
  return undefined;
}

function enclosingAny(node: SyntaxNode, types: string[]): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) if (types.includes(p.type)) return p;
  return undefined;
}

function isAnnotatedTarget(node: SyntaxNode): boolean {
  const a = node.parent;
  return a?.type === "assignment" && field(a, "left").id === node.id && optionalField(a, "type") !== null;
}

function paramNodeOf(nameNode: SyntaxNode): SyntaxNode | undefined {
  let p = nameNode.parent;
  if (p && (p.type === "list_splat_pattern" || p.type === "dictionary_splat_pattern")) {
    if (p.parent?.type === "typed_parameter") return p.parent;
    return p;
  }
  return p && p.type !== "parameters" && p.type !== "lambda_parameters" ? p : undefined;
}

function paramHint(nameNode: SyntaxNode): SyntaxNode | null {
  const p = paramNodeOf(nameNode);
  if (!p) return null;
  if (p.type === "typed_parameter" || p.type === "typed_default_parameter") return optionalField(p, "type");
  return null;
}

interface ParamSym {
  readonly sym: PySymbol;
  readonly kind: Param["kind"];
}

function parameterSymbols(def: SyntaxNode, inf: TypeInference): ParamSym[] {
  const out: ParamSym[] = [];
  const paramsNode = optionalField(def, "parameters");
  for (const p of paramsNode ? namedChildren(paramsNode) : []) {
    const n = paramNameNode(p);
    const sym = n ? inf.symbolOf(n) : undefined;
    if (!sym) continue;
    const kind = p.type === "list_splat_pattern" ? "varargs" : p.type === "dictionary_splat_pattern" ? "kwargs" : "normal";
    out.push({ sym, kind });
  }
  return out;
}

function isFirstParam(nameNode: SyntaxNode, fn: SyntaxNode): boolean {
  const params = optionalField(fn, "parameters");
  const first = params ? namedChildren(params)[0] : undefined;
  return first !== undefined && paramNameNode(first)?.id === nameNode.id;
}

function firstParamName(fn: SyntaxNode): string | undefined {
  if (fn.type !== "function_definition") return undefined;
  const params = optionalField(fn, "parameters");
  const first = params ? namedChildren(params)[0] : undefined;
  return first ? paramNameNode(first)?.text : undefined;
}

function isMethodOf(def: SyntaxNode, cls: UserClass | undefined): boolean {
  if (!cls) return false;
  const body = field(cls.node, "body");
  return def.parent?.id === body.id || (def.parent?.type === "decorated_definition" && def.parent.parent?.id === body.id);
}

export function hasDecorator(def: SyntaxNode, name: string): boolean {
  const parent = def.parent;
  if (parent?.type !== "decorated_definition") return false;
  return namedChildren(parent).some((d) => d.type === "decorator" && d.text.slice(1).trim().split("(")[0] === name);
}

function allSymbols(scope: Scope): PySymbol[] {
  const out: PySymbol[] = [...scope.symbols.values()];
  for (const child of scope.children) out.push(...allSymbols(child));
  return out;
}

/** A class with no members yet (collection and the passes fill them in). */
function newClass(info: Omit<UserClass, "fields" | "methods" | "setters" | "classAttrs">): UserClass {
  return { ...info, fields: new Map(), methods: new Map(), setters: new Map(), classAttrs: new Map() };
}

/** The positional arguments before the first `*xs`: those whose parameters are known. */
function beforeSplat(positional: readonly SyntaxNode[]): readonly SyntaxNode[] {
  const splat = positional.findIndex((a) => a.type === "list_splat");
  return splat < 0 ? positional : positional.slice(0, splat);
}

/**
 * Adds a type to what a slot learned this pass. Evidence is a set: a recursive call passing a
 * parameter to itself would otherwise copy the parameter's evidence into itself, doubling it on every pass.
 */

export interface ArgNodes {
  readonly positional: readonly SyntaxNode[];
  readonly keywords: ReadonlyMap<string, SyntaxNode>;
}

/** Every inference pass reads the arguments of every call, several times: they are read off the tree once. */
const argNodesOf = new WeakMap<SyntaxNode, ArgNodes>();

export function argNodes(call: SyntaxNode): ArgNodes {
  const known = argNodesOf.get(call);
  if (known) return known;
  const args = field(call, "arguments");
  const positional: SyntaxNode[] = [];
  const keywords = new Map<string, SyntaxNode>();
  if (args.type === "generator_expression") positional.push(args);
  else {
    for (const a of namedChildren(args)) {
      if (a.type === "keyword_argument") keywords.set(field(a, "name").text, field(a, "value"));
      else if (a.type !== "dictionary_splat") positional.push(a);
    }
  }
  const found = { positional, keywords };
  argNodesOf.set(call, found);
  return found;
}

function constInt(node: SyntaxNode): number | undefined {
  if (node.type === "integer") return Number(node.text.replace(/_/g, ""));
  if (node.type === "unary_operator" && field(node, "operator").text === "-") {
    const inner = constInt(field(node, "argument"));
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}


/** Builtins that make a type when subscripted (`list[int]`). */
const TYPE_CONSTRUCTORS = new Set(["list", "dict", "tuple", "set", "frozenset", "type"]);

export function substitute(t: PyType, vars: ReadonlyMap<string, PyType>): PyType {
  switch (t.kind) {
    case "typevar":
      // Unbound: nothing learned about it (yet).
      return vars.get(t.name) ?? T.never;
    case "list":
    case "set":
    case "vartuple":
    case "generator":
    case "asyncgen":
      return { kind: t.kind, item: substitute(t.item, vars) };
    case "tuple":
      return T.tuple(...t.items.map((i) => substitute(i, vars)));
    case "dict":
      return T.dict(substitute(t.key, vars), substitute(t.value, vars));
    case "union":
      return union(...t.types.map((m) => substitute(m, vars)));
    case "coroutine":
      return T.coroutine(substitute(t.result, vars));
    case "object":
      return T.object(t.name, ...t.args.map((a) => substitute(a, vars)));
    case "func":
      return T.func({ ...t.sig, params: t.sig.params.map((p) => ({ ...p, type: substitute(p.type, vars) })), returns: substitute(t.sig.returns, vars) });
    default:
      return t;
  }
}

/** Binds a signature's type variables from the argument types (`Iterable[T]` against `list[int]` gives T = int). */
export function bindTypeVars(sig: Signature, args: ArgTypes, vars: Map<string, PyType>): void {
  let i = 0;
  for (const p of sig.params) {
    if (p.kind === "keyword" || p.kind === "kwargs") {
      const k = args.keywords.get(p.name);
      if (k) unify(p.type, k, vars);
      continue;
    }
    if (p.kind === "varargs") {
      for (; i < args.positional.length; i++) unify(p.type, args.positional[i]!, vars);
      continue;
    }
    const a = i < args.positional.length ? args.positional[i++] : args.keywords.get(p.name);
    if (a) unify(p.type, a, vars);
  }
}

function unify(pattern: PyType, actual: PyType, vars: Map<string, PyType>): void {
  switch (pattern.kind) {
    case "typevar": {
      if (actual.kind === "never") return;
      const prev = vars.get(pattern.name);
      vars.set(pattern.name, prev ? union(prev, actual) : actual);
      return;
    }
    case "list":
    case "set":
    case "vartuple":
      if (actual.kind === pattern.kind) unify(pattern.item, actual.item, vars);
      else if (actual.kind === "tuple" && pattern.kind === "vartuple") unify(pattern.item, union(...actual.items), vars);
      return;
    case "dict":
      if (actual.kind === "dict") {
        unify(pattern.key, actual.key, vars);
        unify(pattern.value, actual.value, vars);
      }
      return;
    case "coroutine":
      unify(pattern.result, awaitedType(actual), vars);
      return;
    case "union":
      for (const m of pattern.types) if (m.kind === "typevar") unify(m, withoutNone(actual), vars);
      return;
    case "object":
      if (pattern.name === "typing.Iterable") unify(pattern.args[0] ?? T.unknown, iterItem(actual), vars);
      else if (pattern.name === "typing.Awaitable") unify(pattern.args[0] ?? T.unknown, awaitedType(actual), vars);
      else if (actual.kind === "object" && actual.name === pattern.name) pattern.args.forEach((a, i) => unify(a, actual.args[i] ?? T.unknown, vars));
      return;
    case "func":
      if (actual.kind === "func") unify(pattern.sig.returns, actual.sig.returns, vars);
      return;
    default:
      return;
  }
}
