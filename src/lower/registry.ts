import type { SyntaxNode } from "../parse/parser";
import type { ArgTypes, Library, LibraryCallable, LibraryClass } from "../analysis/library";
import { parseSignatureText, parseTypeText, toPyType } from "../analysis/type-expr";
import { T, type PyType, type Signature } from "../analysis/types";
import type { Expr, Stmt } from "./ir";
import type { LowerContext } from "./context";
import type { BoundCall } from "./bind-args";

/** Lowers one node kind (by tree-sitter type) to an expression. */
export type ExprRule = (node: SyntaxNode, cx: LowerContext) => Expr;
/** Lowers one statement kind to output statements. */
export type StmtRule = (node: SyntaxNode, cx: LowerContext) => Stmt[];

/** A library function or method, by qualified name (`asyncio.sleep`, `str.split`). */
export interface CallRule {
  /** Python signature in stub notation, e.g. `(delay: float, result: T = ...) -> Coroutine[T]`. */
  readonly sig?: string;
  readonly async?: boolean;
  /** Python blocks here until an event loop finishes (`asyncio.run`): the TypeScript awaits it on the spot. */
  readonly blocking?: boolean;
  /** The rule handles `**mapping` arguments itself (others get a diagnostic instead of dropping them). */
  readonly keywordSplat?: boolean;
  /** The result type when it depends on the arguments beyond what type variables express. */
  readonly returns?: (args: ArgTypes) => PyType;
  readonly lower: (call: BoundCall, cx: LowerContext) => Expr;
}

/** A non-callable attribute (`aiohttp.ClientResponse.status`, `asyncio.FIRST_COMPLETED`). */
export interface AttrRule {
  readonly type: string;
  /** Defaults to reading the property of the same name. */
  readonly lower?: (object: Expr | undefined, node: SyntaxNode, cx: LowerContext) => Expr;
}

/** A library class: its constructor is a CallRule keyed by the class name. */
export interface ClassRule {
  readonly typeParams?: readonly string[];
  readonly bases?: readonly string[];
  /** The type `with`/`async with` binds. */
  readonly enter?: string;
  /** The type `await x` gives for an instance. */
  readonly awaits?: string;
  /** Its `__exit__`/`__aexit__` may return true to swallow the exception (`contextlib.suppress`, exit stacks). */
  readonly suppresses?: boolean;
  /** Lowers `with`/`async with` over a value of this class; absent means the generic `__aenter__`/`__aexit__` protocol. */
  readonly with?: WithRule;
  /** Instances are equal by value (`__eq__`/`__hash__`): as dict keys and set members they go through `dictKey`. */
  readonly hashedByValue?: boolean;
  /** The runtime export implementing the class (for `new`, `instanceof`, and its use as a value). */
  readonly runtime?: string;
  /** Instances hold whatever attributes the program gives them (`argparse.Namespace`): any other attribute is read at run time. */
  readonly dynamicAttributes?: boolean;
  /** The TypeScript type for values of this class (a runtime class name, requested as a helper). */
  readonly tsType?: (args: readonly string[], cx: LowerContext) => string;
}

export interface WithItem {
  /** The context manager expression (already lowered). */
  readonly manager: Expr;
  readonly managerNode: SyntaxNode;
  /** `as` target name in the output, when there is one (a plain identifier). */
  readonly target?: { readonly name: string; readonly declare: "const" | "let" | undefined };
  readonly isAsync: boolean;
}

export type WithRule = (item: WithItem, body: Stmt[], cx: LowerContext) => Stmt[];

export interface RuleSet {
  readonly modules?: readonly string[];
  readonly calls?: Readonly<Record<string, CallRule>>;
  readonly attrs?: Readonly<Record<string, AttrRule>>;
  readonly classes?: Readonly<Record<string, ClassRule>>;
  /** Library names used as values rather than called (`math.pi`, a function passed as a key). */
  readonly values?: Readonly<Record<string, ExprRule>>;
  readonly expressions?: Readonly<Record<string, ExprRule>>;
  readonly statements?: Readonly<Record<string, StmtRule>>;
}

export interface Registry extends Library {
  readonly calls: ReadonlyMap<string, CallRule>;
  readonly attrs: ReadonlyMap<string, AttrRule>;
  readonly classes: ReadonlyMap<string, ClassRule>;
  readonly values: ReadonlyMap<string, ExprRule>;
  readonly expressions: ReadonlyMap<string, ExprRule>;
  readonly statements: ReadonlyMap<string, StmtRule>;
}

const BUILTIN_TYPES = new Set(["int", "float", "bool", "str", "bytes", "bytearray", "list", "dict", "set", "frozenset", "tuple", "object", "type"]);

/** Merges domain rule sets into one registry; two rules for one key is a bug, caught at start-up. */
export function createRegistry(sets: readonly RuleSet[]): Registry {
  const modules = new Set<string>();
  const calls = new Map<string, CallRule>();
  const attrs = new Map<string, AttrRule>();
  const classes = new Map<string, ClassRule>();
  const values = new Map<string, ExprRule>();
  const expressions = new Map<string, ExprRule>();
  const statements = new Map<string, StmtRule>();
  const addAll = <V>(target: Map<string, V>, source: Readonly<Record<string, V>> | undefined, what: string): void => {
    for (const [k, v] of Object.entries(source ?? {})) {
      if (target.has(k)) throw new Error(`two ${what} rules for '${k}'`);
      target.set(k, v);
    }
  };
  for (const set of sets) {
    set.modules?.forEach((m) => modules.add(m));
    addAll(calls, set.calls, "call");
    addAll(attrs, set.attrs, "attribute");
    addAll(classes, set.classes, "class");
    addAll(values, set.values, "value");
    addAll(expressions, set.expressions, "expression");
    addAll(statements, set.statements, "statement");
  }

  // Library classes named in stub signatures; builtin types (`list`, `str`...) are resolved by the type parser.
  const resolveName = (name: string): PyType | undefined => (classes.has(name) && !BUILTIN_TYPES.has(name) ? T.object(name) : undefined);
  const sigCache = new Map<string, LibraryCallable>();
  const attrCache = new Map<string, PyType>();
  const classCache = new Map<string, LibraryClass>();

  return {
    calls,
    attrs,
    classes,
    values,
    expressions,
    statements,
    isModule: (name) => modules.has(name),
    callable(key) {
      const cached = sigCache.get(key);
      if (cached) return cached;
      const rule = calls.get(key);
      if (!rule) return undefined;
      const sig: Signature | undefined = rule.sig ? parseSignatureText(rule.sig, resolveName, rule.async ?? false, key) : undefined;
      const entry: LibraryCallable = { sig, returns: rule.returns };
      sigCache.set(key, entry);
      return entry;
    },
    attribute(key) {
      const cached = attrCache.get(key);
      if (cached) return cached;
      const rule = attrs.get(key);
      if (!rule) return undefined;
      const t = toPyType(parseTypeText(rule.type), resolveName);
      attrCache.set(key, t);
      return t;
    },
    klass(name) {
      const cached = classCache.get(name);
      if (cached) return cached;
      const rule = classes.get(name);
      if (!rule) return undefined;
      const info: LibraryClass = {
        typeParams: rule.typeParams ?? [],
        bases: rule.bases ?? [],
        enter: rule.enter ? toPyType(parseTypeText(rule.enter), resolveName) : undefined,
        awaits: rule.awaits ? toPyType(parseTypeText(rule.awaits), resolveName) : undefined,
      };
      classCache.set(name, info);
      return info;
    },
  };
}
