import type { SyntaxNode } from "../parse/parser";
import { endOf, field, namedChildren, startOf, unparen } from "../parse/nodes";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic";
import { Msg, type MessageDef } from "../diagnostics/messages";
import type { TypeInference, UserClass } from "../analysis/infer";
import type { PySymbol, Scope } from "../analysis/scope";
import { T, printShape, typeKey, type PyType, type Signature } from "../analysis/types";
import { constructorSignature } from "./core/class-signature";
import { findBlockingFunctions } from "../analysis/blocking";
import type { Registry } from "./registry";
import { expr, line, Prec, wrap, type Expr, type Stmt } from "./ir";
import type { NameTable } from "./names";

const isConcrete = (t: PyType): boolean => !["unknown", "any", "never", "typevar"].includes(t.kind);

/** `unknown` itself, or a container of it (`list[unknown]` from `re.findall` on a compiled pattern). */
function holdsUnknown(t: PyType): boolean {
  switch (t.kind) {
    case "unknown":
    case "any":
      return true;
    case "list":
    case "set":
    case "vartuple":
      return holdsUnknown(t.item);
    case "dict":
      return holdsUnknown(t.key) || holdsUnknown(t.value);
    default:
      return false;
  }
}

/** How a module of a project reaches its siblings: module names to import specifiers. */
export interface ModuleLinks {
  /** The specifier (`./util.js`, `../core.js`) importing module `name` from this one, when it is part of the project. */
  specifierFor(name: string): string | undefined;
  /** Top-level names other modules may import: declared with `export`. */
  readonly exportTopLevel: boolean;
  /** The module is a package's `__init__` (relative imports start from the package itself). */
  readonly isPackage: boolean;
}

/** What lowering knows about the function it is inside. */
export interface FunctionFrame {
  readonly node: SyntaxNode;
  readonly isAsync: boolean;
  readonly isGenerator: boolean;
  /** The Python return type (for `async def`, the awaited result). */
  readonly returns: PyType;
  /** Output name for `self` inside methods (`this`). */
  readonly selfName?: string;
}

export interface Lowerers {
  expression(node: SyntaxNode, cx: LowerContext): Expr;
  statement(node: SyntaxNode, cx: LowerContext): Stmt[];
  block(node: SyntaxNode, cx: LowerContext): Stmt[];
  condition(node: SyntaxNode, cx: LowerContext): Expr;
  str(node: SyntaxNode, cx: LowerContext): Expr;
  tsType(t: PyType, cx: LowerContext): string;
}

/**
 * Everything a rule needs: the analysis, the registry, diagnostics, runtime helper requests and
 * fresh names. One per file being translated.
 */
export class LowerContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Runtime helpers used, by exported name. */
  readonly helpers = new Set<string>();
  /** Hoisted module-level statements (mutable defaults, shared constants), emitted before the body. */
  /** Temporaries lowering asked for (`let t: number;`), declared before the statement being lowered. */
  readonly pendingTemps: Stmt[] = [];
  private readonly frames: FunctionFrame[] = [];
  /** `self` parameters of methods: they become `this`. */
  readonly selfSymbols = new Set<PySymbol>();
  /** Loops being lowered, innermost last; a loop with `else` gets a label that `break` targets. */
  readonly loops: { readonly node: SyntaxNode; readonly label?: string }[] = [];
  /** Exception handlers being lowered, innermost last: what a bare `raise` re-throws. */
  readonly handlers: string[] = [];
  /** Type parameters of the generic classes and functions being lowered (`T` prints as `T` inside them). */
  readonly typeParams: string[] = [];
  /** Imports of sibling modules, by specifier: `name → local name` (`*` for a namespace import). */
  private readonly siblingImports = new Map<string, Map<string, string>>();

  private readonly hoisted = new Map<number, PySymbol[]>();
  /** Plain functions that run an event loop; they are async in the output. */
  readonly blocking: ReadonlySet<number>;

  constructor(
    readonly source: string,
    readonly analysis: TypeInference,
    readonly registry: Registry,
    readonly names: NameTable,
    moduleScope: Scope,
    private readonly lowerers: Lowerers,
    /** `lineMaps`: record the Python line of each statement (for source maps and `--verify`). */
    readonly options: { readonly moduleName: string; readonly links?: ModuleLinks; readonly lineMaps?: boolean },
  ) {
    const visit = (scope: Scope): void => {
      for (const sym of scope.symbols.values()) {
        if (sym.declaration !== "hoisted" || !sym.declaringNode) continue;
        const list = this.hoisted.get(sym.declaringNode.id) ?? [];
        list.push(sym);
        this.hoisted.set(sym.declaringNode.id, list);
      }
      scope.children.forEach(visit);
    };
    visit(moduleScope);
    this.blocking = findBlockingFunctions(analysis, (key) => registry.calls.get(key)?.blocking === true);
  }

  /** Variables declared (`let x!: T;`) right before this statement, because Python's scoping is wider than the block. */
  hoistedBefore(statement: SyntaxNode): readonly PySymbol[] {
    return this.hoisted.get(statement.id) ?? [];
  }

  report(node: SyntaxNode | undefined, def: MessageDef, args: Record<string, string | number> = {}): void {
    this.diagnostics.push(createDiagnostic(def, args, node ? startOf(node) : undefined, node ? endOf(node) : undefined));
  }

  errorCount(): number {
    return this.diagnostics.filter((d) => d.severity === "error").length;
  }

  /** Reports a construct without a mapping and returns a stub expression that throws if reached. */
  unsupported(node: SyntaxNode, construct: string, def: MessageDef = Msg.unsupportedConstruct): Expr {
    this.report(node, def, { construct, name: construct });
    return expr(`${this.helper("notTranslated")}(${JSON.stringify(construct)})`, Prec.Call);
  }

  /** A fresh variable for a value an expression needs twice, declared before the current statement. */
  temp(base: string, type: PyType): string {
    const name = this.names.fresh(base);
    this.pendingTemps.push(line(`let ${name}: ${this.tsType(type)};`));
    return name;
  }

  /** Requests a runtime helper; returns the name to use for it in the output. */
  helper(name: string): string {
    this.helpers.add(name);
    return this.names.runtimeName(name);
  }

  expr(node: SyntaxNode): Expr {
    return this.overrides.get(node.id)?.expr ?? this.lowerers.expression(node, this);
  }

  private readonly overrides = new Map<number, { readonly expr: Expr; readonly type?: PyType }>();

  /**
   * Lowers with some nodes standing for names bound elsewhere: a value computed earlier, or a
   * parameter of a function made up around a library call (then with its type).
   */
  withOverrides<T>(replacements: ReadonlyMap<number, { readonly expr: Expr; readonly type?: PyType }>, lower: () => T): T {
    const previous = [...replacements.keys()].map((id) => [id, this.overrides.get(id)] as const);
    for (const [id, e] of replacements) this.overrides.set(id, e);
    try {
      return lower();
    } finally {
      // Restored, not deleted: the same placeholder nodes serve nested made-up functions.
      for (const [id, e] of previous) {
        if (e) this.overrides.set(id, e);
        else this.overrides.delete(id);
      }
    }
  }

  /** The expression's text, parenthesised when it binds looser than `min`. */
  text(node: SyntaxNode, min: Prec = Prec.Comma): string {
    return wrap(this.expr(node), min);
  }

  /**
   * The expression lowered for a slot of type `expected` (a parameter, a typed variable, a return):
   * a value the analysis only knows at run time (JSON data) is asserted to the slot's type, as
   * Python itself would use it without checking.
   */
  coerce(node: SyntaxNode, expected: PyType | undefined): Expr {
    if (expected?.kind === "any" || expected?.kind === "unknown") return this.keepingTuples(node);
    if (!expected || !isConcrete(expected)) return this.expr(node);
    // Element by element for a tuple or list written out: `return ms, data["delayed"]`.
    const n = unparen(node);
    if ((n.type === "tuple" || n.type === "expression_list") && expected.kind === "tuple" && namedChildren(n).length === expected.items.length) {
      return expr(`[${namedChildren(n).map((c, i) => this.coerce(c, expected.items[i]).code).join(", ")}]`);
    }
    if (n.type === "dictionary" && expected.kind === "object" && this.analysis.isSubclass(expected.name, "typing.TypedDict")) {
      // A TypedDict value is a plain object: `{"name": "ada"}` → `{ name: "ada" }`.
      const fields = this.analysis.userClass(expected.name)?.fields;
      const entries = namedChildren(n).map((pair) => {
        if (pair.type !== "pair") return `...${this.expr(namedChildren(pair)[0]!).code}`;
        const key = field(pair, "key");
        const name = unparen(key).type === "string" ? unparen(key).text.slice(1, -1) : undefined;
        const value = this.coerce(field(pair, "value"), name ? fields?.get(name) : undefined).code;
        return name !== undefined ? `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)}: ${value}` : `[${this.expr(key).code}]: ${value}`;
      });
      return expr(entries.length > 0 ? `{ ${entries.join(", ")} }` : "{}");
    }
    if (n.type === "list" && expected.kind === "list" && !namedChildren(n).some((c) => c.type === "list_splat")) {
      return expr(`[${namedChildren(n).map((c) => this.coerce(c, expected.item).code).join(", ")}]`);
    }
    const e = this.expr(node);
    const actual = this.typeOf(node);
    if (!holdsUnknown(actual) || typeKey(actual) === typeKey(expected)) return e;
    return expr(`${wrap(e, Prec.Relational)} as ${this.tsType(expected)}`, Prec.Relational);
  }

  /** A value going into a slot of unknown type (an `Any` parameter): its tuples are marked, as that type cannot say. */
  private keepingTuples(node: SyntaxNode): Expr {
    const e = this.expr(node);
    const shape = printShape(this.typeOf(node));
    return shape.includes("(") ? expr(`${this.helper("markTuples")}(${e.code}, ${JSON.stringify(shape)})`, Prec.Call) : e;
  }

  statements(node: SyntaxNode): Stmt[] {
    return this.lowerers.statement(node, this);
  }

  block(node: SyntaxNode): Stmt[] {
    return this.lowerers.block(node, this);
  }

  /** A Python truth test of `node` as a TS boolean expression (`[]` is false, so is `0` and `""`). */
  condition(node: SyntaxNode): Expr {
    return this.lowerers.condition(node, this);
  }

  /** `str(node)` as a TS string expression. */
  str(node: SyntaxNode): Expr {
    return this.lowerers.str(node, this);
  }

  /** The node's Python type; `never` (nothing learned) reads as `unknown`, decided at run time. */
  typeOf(node: SyntaxNode): PyType {
    const t = this.overrides.get(node.id)?.type ?? this.analysis.typeOf(node);
    return t.kind === "never" ? T.unknown : t;
  }

  symbolOf(identifier: SyntaxNode): PySymbol | undefined {
    return this.analysis.symbolOf(identifier);
  }

  /** The output name of a member of a class defined in the program (a few names are reserved in classes). */
  memberName(name: string): string {
    return name === "constructor" || name === "prototype" ? `${name}_` : name;
  }

  constructorSignature(cls: UserClass): Signature {
    return constructorSignature(cls, this.analysis);
  }

  /**
   * A name imported from a sibling module of the project; returns the local name. `name` is `*`
   * for the module's namespace (`import pkg.mod` → `import * as pkg_mod`).
   */
  importFrom(module: string, name: string, local?: string): string | undefined {
    const specifier = this.options.links?.specifierFor(module);
    if (!specifier) return undefined;
    const names = this.siblingImports.get(specifier) ?? new Map<string, string>();
    this.siblingImports.set(specifier, names);
    const existing = names.get(name);
    if (existing) return existing;
    const chosen = local ?? this.names.fresh(name === "*" ? module.replace(/\W/g, "_") : name);
    names.set(name, chosen);
    return chosen;
  }

  private readonly reexports = new Set<string>();

  /** A name imported at module level: importable from this module too, as in Python (`__init__` re-exports). */
  reexport(local: string): void {
    if (this.options.links?.exportTopLevel) this.reexports.add(local);
  }

  /** The local name already importing `pkg.mod.Name`, if any. */
  private importedAs(qualified: string): string | undefined {
    const at = qualified.lastIndexOf(".");
    const specifier = this.options.links?.specifierFor(qualified.slice(0, at));
    return specifier ? this.siblingImports.get(specifier)?.get(qualified.slice(at + 1)) : undefined;
  }

  /** The import declarations of sibling modules, sorted by specifier (and the names re-exported). */
  moduleImports(): string[] {
    const reexports = this.reexports.size ? [`export { ${[...this.reexports].sort().join(", ")} };`] : [];
    return [...this.siblingImports]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([specifier, names]) => {
        const namespace = names.get("*");
        const named = [...names].filter(([n]) => n !== "*").map(([n, local]) => (n === local ? n : `${n} as ${local}`));
        return [...(namespace ? [`import * as ${namespace} from ${JSON.stringify(specifier)};`] : []), ...(named.length ? [`import { ${named.join(", ")} } from ${JSON.stringify(specifier)};`] : [])];
      })
      .concat(reexports);
  }

  /** `export ` for a declaration directly in the module (not in a block) of a module other modules import from. */
  exportPrefix(node: SyntaxNode): string {
    if (!this.options.links?.exportTopLevel || this.frame) return "";
    let stmt = node;
    while (stmt.parent && stmt.parent.type !== "module" && stmt.parent.type !== "block") stmt = stmt.parent;
    return stmt.parent?.type === "module" ? "export " : "";
  }

  /** How this module refers to a class of the program (imported when it lives in a sibling module). */
  className(cls: UserClass): string {
    const module = cls.qualifiedName.slice(0, cls.qualifiedName.lastIndexOf("."));
    const imported = this.importedAs(cls.qualifiedName);
    if (imported) return imported;
    // A `collections.namedtuple` class is named by the variable it is assigned to.
    const nameNode = cls.namedTuple?.target ?? field(cls.node, "name");
    if (module !== this.options.moduleName) {
      const local = this.importFrom(module, nameNode.text);
      if (local) return local;
    }
    return this.symbolOf(nameNode)?.tsName ?? nameNode.text;
  }

  tsType(t: PyType): string {
    return this.lowerers.tsType(t, this);
  }

  get frame(): FunctionFrame | undefined {
    return this.frames.at(-1);
  }

  withFrame<R>(frame: FunctionFrame, body: () => R): R {
    this.frames.push(frame);
    try {
      return body();
    } finally {
      this.frames.pop();
    }
  }
}
