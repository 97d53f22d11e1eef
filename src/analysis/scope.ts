import type { SymbolCell } from "./replay";
import type { SyntaxNode } from "../parse/parser";
import { T, type PyType } from "./types";

export type ScopeKind = "module" | "function" | "lambda" | "class" | "comprehension";

/** A place where a name is bound; `kind` says by what construct. */
export interface Binding {
  readonly node: SyntaxNode;
  readonly kind: "assign" | "augassign" | "annassign" | "for" | "with" | "except" | "import" | "def" | "class" | "param" | "walrus" | "del" | "match";
}

export type SymbolKind = "variable" | "parameter" | "function" | "class" | "import" | "builtin";

/** How the output declares a variable. */
export type DeclarationStyle =
  /** `const`/`let` at the first binding. */
  | "inline"
  /** `let x!: T;` at the start of the block that encloses every use (Python scopes are function-wide). */
  | "hoisted"
  /** Declared by its own construct (parameter, function, class, import) or not at all (builtin). */
  | "own";

export class PySymbol {
  readonly bindings: Binding[] = [];
  readonly references: SyntaxNode[] = [];
  /** For imports and builtins: what the name stands for (`asyncio`, `asyncio.sleep`, `print`). */
  qualifiedName: string | undefined;
  /** The name in the output; differs from `name` when that is reserved in TypeScript. */
  tsName: string;
  /** From a type annotation, when the program has one. */
  declaredType: PyType | undefined;
  /** The inferred type (or the declared one). */
  type: PyType = T.never;
  declaration: DeclarationStyle = "own";
  /** The block that receives a hoisted declaration. */
  hoistBlock: SyntaxNode | undefined;
  /** The binding statement that carries an inline declaration. */
  declaringNode: SyntaxNode | undefined;
  isConst = false;
  /**
   * Bound only as the target of `for` loops and read only inside those loops: each loop declares its
   * own `const` (nothing can observe that Python shares one variable between them).
   */
  loopLocal = false;
  /** Assigned from an inner function through `global` or `nonlocal`. */
  assignedFromInner = false;
  /** Its type while its module's inference runs (found here faster than in a map; `infer.ts`). */
  cell: SymbolCell | undefined = undefined;

  constructor(
    readonly name: string,
    readonly scope: Scope,
    public kind: SymbolKind,
  ) {
    this.tsName = name;
  }
}

export class Scope {
  readonly symbols = new Map<string, PySymbol>();
  readonly children: Scope[] = [];
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  /** Functions: does the body contain `yield`? (Then it is a generator.) */
  isGenerator = false;
  /** Functions: does the body `return` a value? */
  returnsValue = false;

  constructor(
    readonly kind: ScopeKind,
    readonly node: SyntaxNode,
    readonly parent: Scope | undefined,
    readonly isAsync: boolean,
  ) {
    parent?.children.push(this);
  }

  /** The function or module whose frame this scope's code runs in (comprehensions run in their own frame in Python 3, but await and return follow the enclosing function). */
  get functionScope(): Scope {
    let s: Scope = this;
    while (s.kind === "comprehension" && s.parent) s = s.parent;
    return s;
  }

  lookupLocal(name: string): PySymbol | undefined {
    return this.symbols.get(name);
  }
}
