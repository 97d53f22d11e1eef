import type { SyntaxNode } from "../parse/parser";
import { exceptParts, field, hasAsyncKeyword, namedChildren, optionalField } from "../parse/nodes";
import { PySymbol, Scope, type Binding, type ScopeKind, type SymbolKind } from "./scope";
import { BUILTIN_NAMES } from "./builtin-names";

/** What the binder learns: the scopes, and for every identifier node the symbol it stands for. */
export interface Bindings {
  readonly moduleScope: Scope;
  /** Keyed by `node.id` of identifier nodes (binding and reading occurrences alike). */
  readonly symbolOf: Map<number, PySymbol>;
  /** Keyed by `node.id` of def/class/lambda/comprehension/module nodes. */
  readonly scopeOf: Map<number, Scope>;
  /** The scope every identifier occurrence sits in. */
  readonly builtins: Map<string, PySymbol>;
  /** Names read but bound nowhere (NameError in Python). */
  readonly unresolved: SyntaxNode[];
}

const COMPREHENSIONS = new Set(["list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);

interface Occurrence {
  readonly node: SyntaxNode;
  readonly scope: Scope;
  readonly binding?: Binding["kind"];
}

/**
 * Builds Python's scopes (module, function, lambda, class, comprehension) and resolves every name
 * with Python's rules: a name bound anywhere in a function is local to the whole function unless
 * declared `global`/`nonlocal`; class bodies are skipped when resolving from methods.
 */
export interface ModuleIdentity {
  /** The module's dotted name (`pkg.mod`; `__main__` for a program). */
  readonly name: string;
  /** An `__init__.py`: relative imports are relative to the module itself. */
  readonly isPackage: boolean;
}

/** `from ..core import X` in `pkg.sub.mod` names `pkg.core`. */
export function absoluteModule(relative: string, identity: ModuleIdentity): string {
  const dots = /^\.*/.exec(relative)![0].length;
  if (dots === 0) return relative;
  const parts = identity.name.split(".");
  const base = identity.isPackage ? parts : parts.slice(0, -1);
  const parent = base.slice(0, Math.max(0, base.length - (dots - 1)));
  const rest = relative.slice(dots);
  return [...parent, ...(rest ? [rest] : [])].join(".");
}

export function bind(module: SyntaxNode, identity: ModuleIdentity = { name: "__main__", isPackage: false }): Bindings {
  const occurrences: Occurrence[] = [];
  const scopeOf = new Map<number, Scope>();
  const moduleScope = new Scope("module", module, undefined, false);
  scopeOf.set(module.id, moduleScope);

  const declare = (scope: Scope, name: string, kind: SymbolKind): PySymbol => {
    let target = scope;
    if (scope.globals.has(name)) target = moduleScope;
    let sym = target.symbols.get(name);
    if (!sym) {
      sym = new PySymbol(name, target, kind);
      target.symbols.set(name, sym);
    } else if (kind !== "variable" && sym.kind === "variable") {
      sym.kind = kind;
    }
    return sym;
  };

  const bindName = (node: SyntaxNode, scope: Scope, kind: Binding["kind"]): void => {
    occurrences.push({ node, scope, binding: kind });
  };

  const newScope = (kind: ScopeKind, node: SyntaxNode, parent: Scope, isAsync: boolean): Scope => {
    const s = new Scope(kind, node, parent, isAsync);
    scopeOf.set(node.id, s);
    return s;
  };

  /** Assignment targets: names bind, attributes and subscripts are evaluated. */
  const visitTarget = (node: SyntaxNode, scope: Scope, kind: Binding["kind"]): void => {
    switch (node.type) {
      case "identifier":
        return bindName(node, scope, kind);
      case "pattern_list":
      case "tuple_pattern":
      case "list_pattern":
      case "tuple":
      case "list":
      case "expression_list":
        return namedChildren(node).forEach((c) => visitTarget(c, scope, kind));
      case "list_splat_pattern":
      case "list_splat":
      case "parenthesized_expression":
        return namedChildren(node).forEach((c) => visitTarget(c, scope, kind));
      default:
        return visit(node, scope);
    }
  };

  const visitParameters = (params: SyntaxNode | null, fnScope: Scope, outer: Scope): void => {
    if (!params) return;
    for (const p of namedChildren(params)) {
      switch (p.type) {
        case "identifier":
          bindName(p, fnScope, "param");
          break;
        case "typed_parameter": {
          const inner = namedChildren(p).find((c) => c.type !== "type")!;
          const name = inner.type === "identifier" ? inner : namedChildren(inner)[0]!;
          bindName(name, fnScope, "param");
          visit(field(p, "type"), outer);
          break;
        }
        case "default_parameter":
        case "typed_default_parameter": {
          const name = field(p, "name");
          if (name.type === "identifier") bindName(name, fnScope, "param");
          const type = optionalField(p, "type");
          if (type) visit(type, outer);
          visit(field(p, "value"), outer); // defaults are evaluated where the function is defined
          break;
        }
        case "list_splat_pattern":
        case "dictionary_splat_pattern": {
          const name = namedChildren(p)[0];
          if (name?.type === "identifier") bindName(name, fnScope, "param");
          break;
        }
        default:
          break; // separators `/` and `*`
      }
    }
  };

  const visitComprehension = (node: SyntaxNode, scope: Scope): void => {
    const inner = newScope("comprehension", node, scope, false);
    const parts = namedChildren(node);
    let first = true;
    for (const part of parts) {
      if (part.type === "for_in_clause") {
        // The first iterable is evaluated in the enclosing scope; the rest inside the comprehension.
        for (const right of part.childrenForFieldName("right")) if (right.isNamed) visit(right, first ? scope : inner);
        visitTarget(field(part, "left"), inner, "for");
        first = false;
      }
    }
    for (const part of parts) {
      if (part.type === "if_clause") visit(namedChildren(part)[0]!, inner);
    }
    const body = field(node, "body");
    if (body.type === "pair") {
      visit(field(body, "key"), inner);
      visit(field(body, "value"), inner);
    } else visit(body, inner);
  };

  // The statements with more to do than visiting their parts, one function each (a large `visit`
  // was recompiled whole by V8 each time one of its cases first ran).
  const visitFunction = (node: SyntaxNode, scope: Scope): void => {
    bindName(field(node, "name"), scope, "def");
    const fn = newScope("function", node, scope, hasAsyncKeyword(node));
    visitParameters(optionalField(node, "parameters"), fn, scope);
    const ret = optionalField(node, "return_type");
    if (ret) visit(ret, scope);
    visitBlock(field(node, "body"), fn);
  };

  const visitClass = (node: SyntaxNode, scope: Scope): void => {
    bindName(field(node, "name"), scope, "class");
    const supers = optionalField(node, "superclasses");
    if (supers) visit(supers, scope);
    const cls = newScope("class", node, scope, false);
    visitBlock(field(node, "body"), cls);
  };

  const visitAssignment = (node: SyntaxNode, scope: Scope): void => {
    const right = optionalField(node, "right");
    if (right) visit(right, scope);
    const type = optionalField(node, "type");
    if (type) visit(type, scope);
    visitTarget(field(node, "left"), scope, type && !right ? "annassign" : "assign");
  };

  const visitAugmentedAssignment = (node: SyntaxNode, scope: Scope): void => {
    visit(field(node, "right"), scope);
    const left = field(node, "left");
    if (left.type === "identifier") {
      occurrences.push({ node: left, scope }); // read
      bindName(left, scope, "augassign");
    } else visit(left, scope);
  };

  const visitFor = (node: SyntaxNode, scope: Scope): void => {
    visit(field(node, "right"), scope);
    visitTarget(field(node, "left"), scope, "for");
    visitBlock(field(node, "body"), scope);
    const alt = optionalField(node, "alternative");
    if (alt) visit(alt, scope);
  };

  const visitWith = (node: SyntaxNode, scope: Scope): void => {
    for (const clause of namedChildren(node)) {
      if (clause.type === "with_clause") {
        for (const item of namedChildren(clause)) {
          const value = field(item, "value");
          if (value.type === "as_pattern") {
            namedChildren(value).filter((c) => c.type !== "as_pattern_target").forEach((c) => visit(c, scope));
            const target = optionalField(value, "alias");
            if (target) namedChildren(target).forEach((t) => visitTarget(t, scope, "with"));
          } else visit(value, scope);
        }
      } else if (clause.type === "block") visitBlock(clause, scope);
    }
  };

  const visitExcept = (node: SyntaxNode, scope: Scope): void => {
    const parts = exceptParts(node);
    parts.types.forEach((t) => visit(t, scope));
    visitBlock(parts.body, scope);
    if (parts.alias?.type === "identifier") bindName(parts.alias, scope, "except");
  };

  const visitImport = (node: SyntaxNode, scope: Scope): void => {
    for (const name of node.childrenForFieldName("name")) {
      if (name.type === "aliased_import") {
        const alias = field(name, "alias");
        bindName(alias, scope, "import");
        importTargets.set(alias.id, field(name, "name").text);
      } else {
        // `import a.b.c` binds `a` to the top-level package.
        const first = namedChildren(name)[0]!;
        bindName(first, scope, "import");
        importTargets.set(first.id, first.text);
      }
    }
  };

  const visitImportFrom = (node: SyntaxNode, scope: Scope): void => {
    const moduleName = absoluteModule(field(node, "module_name").text.replace(/\s+/g, ""), identity);
    for (const name of node.childrenForFieldName("name")) {
      if (name.type === "aliased_import") {
        const alias = field(name, "alias");
        bindName(alias, scope, "import");
        importTargets.set(alias.id, `${moduleName}.${field(name, "name").text}`);
      } else {
        const last = namedChildren(name).at(-1)!;
        bindName(last, scope, "import");
        importTargets.set(last.id, `${moduleName}.${name.text}`);
      }
    }
  };

  /** `global x, y` / `nonlocal x, y`. */
  const declareNames = (node: SyntaxNode, scope: Scope, into: Set<string>): void => {
    for (const n of namedChildren(node)) {
      into.add(n.text);
      globalRefs.push({ node: n, scope });
    }
  };

  const visitCase = (node: SyntaxNode, scope: Scope): void => {
    for (const c of namedChildren(node)) {
      if (c.type === "case_pattern") visitPattern(c, scope);
      else if (c.type === "if_clause") visit(namedChildren(c)[0]!, scope);
      else if (c.type === "block") visitBlock(c, scope);
    }
  };

  const visit = (node: SyntaxNode, scope: Scope): void => {
    switch (node.type) {
      case "identifier":
        occurrences.push({ node, scope });
        return;
      case "comment":
      case "string_start":
      case "string_end":
      case "string_content":
      case "escape_sequence":
      case "integer":
      case "float":
      case "true":
      case "false":
      case "none":
      case "ellipsis":
      case "pass_statement":
      case "break_statement":
      case "continue_statement":
      case "keyword_separator":
      case "positional_separator":
      case "type_conversion":
        return;
      case "attribute":
        visit(field(node, "object"), scope);
        return;
      case "keyword_argument":
        visit(field(node, "value"), scope);
        return;
      case "function_definition":
        return visitFunction(node, scope);
      case "decorated_definition":
        for (const c of namedChildren(node)) {
          if (c.type === "decorator") visit(namedChildren(c)[0]!, scope);
        }
        visit(field(node, "definition"), scope);
        return;
      case "class_definition":
        return visitClass(node, scope);
      case "lambda": {
        const fn = newScope("lambda", node, scope, false);
        visitParameters(optionalField(node, "parameters"), fn, scope);
        visit(field(node, "body"), fn);
        return;
      }
      case "list_comprehension":
      case "set_comprehension":
      case "dictionary_comprehension":
      case "generator_expression":
        visitComprehension(node, scope);
        return;
      case "assignment":
        return visitAssignment(node, scope);
      case "augmented_assignment":
        return visitAugmentedAssignment(node, scope);
      case "named_expression":
        visit(field(node, "value"), scope);
        // The walrus binds in the enclosing function, even from inside a comprehension.
        bindName(field(node, "name"), scope.functionScope, "walrus");
        return;
      case "for_statement":
        return visitFor(node, scope);
      case "with_statement":
        return visitWith(node, scope);
      case "except_clause":
        return visitExcept(node, scope);
      case "import_statement":
        return visitImport(node, scope);
      case "import_from_statement":
        return visitImportFrom(node, scope);
      case "future_import_statement":
        return;
      case "global_statement":
        return declareNames(node, scope, scope.globals);
      case "nonlocal_statement":
        return declareNames(node, scope, scope.nonlocals);
      case "delete_statement":
        namedChildren(node).forEach((c) => visit(c, scope));
        return;
      case "yield":
        scope.functionScope.isGenerator = true;
        namedChildren(node).forEach((c) => visit(c, scope));
        return;
      case "return_statement":
        if (namedChildren(node).length > 0) scope.functionScope.returnsValue = true;
        namedChildren(node).forEach((c) => visit(c, scope));
        return;
      case "case_clause":
        return visitCase(node, scope);
      case "block":
        visitBlock(node, scope);
        return;
      default:
        for (const c of node.namedChildren) visit(c, scope);
    }
  };

  /** Match patterns: bare names capture (bind); dotted names and literals compare. */
  const visitPattern = (node: SyntaxNode, scope: Scope): void => {
    switch (node.type) {
      case "identifier":
        if (node.text !== "_") bindName(node, scope, "match");
        return;
      case "dotted_name":
        if (namedChildren(node).length === 1) return visitPattern(namedChildren(node)[0]!, scope);
        visit(namedChildren(node)[0]!, scope);
        return;
      case "class_pattern": {
        const [cls, ...rest] = namedChildren(node);
        if (cls) visit(namedChildren(cls)[0]!, scope);
        rest.forEach((c) => visitPattern(c, scope));
        return;
      }
      case "keyword_pattern": {
        const [, ...rest] = namedChildren(node);
        rest.forEach((c) => visitPattern(c, scope));
        return;
      }
      case "dict_pattern":
        for (const c of namedChildren(node)) {
          if (node.childrenForFieldName("key").some((k) => k.id === c.id)) {
            if (c.type !== "string" && c.type !== "integer") visit(c, scope);
          } else visitPattern(c, scope);
        }
        return;
      case "as_pattern": {
        // `case P as name`: the name is the last child.
        const parts = namedChildren(node);
        const alias = parts[parts.length - 1]!;
        parts.slice(0, -1).forEach((c) => visitPattern(c, scope));
        if (alias.type === "identifier") bindName(alias, scope, "match");
        return;
      }
      case "splat_pattern":
        namedChildren(node).forEach((c) => visitPattern(c, scope));
        return;
      default:
        if (node.namedChildCount === 0) return;
        namedChildren(node).forEach((c) => visitPattern(c, scope));
    }
  };

  const visitBlock = (block: SyntaxNode, scope: Scope): void => {
    for (const stmt of block.namedChildren) visit(stmt, scope);
  };

  const importTargets = new Map<number, string>();
  const globalRefs: Occurrence[] = [];

  visitBlock(module, moduleScope);

  // Declarations first, so that uses anywhere in a function see its locals (Python decides scope per function).
  const symbolOf = new Map<number, PySymbol>();
  for (const occ of occurrences) {
    if (!occ.binding) continue;
    const name = occ.node.text;
    const scope = occ.scope;
    let sym: PySymbol;
    if (scope.nonlocals.has(name)) {
      sym = resolveOuter(scope, name) ?? declare(scope, name, "variable");
      sym.assignedFromInner = true;
    } else {
      const kind: SymbolKind =
        occ.binding === "def" ? "function" : occ.binding === "class" ? "class" : occ.binding === "import" ? "import" : occ.binding === "param" ? "parameter" : "variable";
      sym = declare(scope, name, kind);
      if (scope.globals.has(name) && scope !== moduleScope) sym.assignedFromInner = true;
      if (occ.binding === "import") sym.qualifiedName = importTargets.get(occ.node.id);
    }
    sym.bindings.push({ node: occ.node, kind: occ.binding });
    symbolOf.set(occ.node.id, sym);
  }

  const builtins = new Map<string, PySymbol>();
  const builtinScope = new Scope("module", module, undefined, false);
  const builtin = (name: string): PySymbol => {
    let sym = builtins.get(name);
    if (!sym) {
      sym = new PySymbol(name, builtinScope, "builtin");
      sym.qualifiedName = name;
      builtins.set(name, sym);
    }
    return sym;
  };

  const unresolved: SyntaxNode[] = [];
  for (const occ of [...occurrences, ...globalRefs]) {
    if (occ.binding) continue;
    const name = occ.node.text;
    const sym = resolve(occ.scope, name, moduleScope) ?? (BUILTIN_NAMES.has(name) ? builtin(name) : undefined);
    if (!sym) {
      unresolved.push(occ.node);
      continue;
    }
    sym.references.push(occ.node);
    symbolOf.set(occ.node.id, sym);
  }

  return { moduleScope, symbolOf, scopeOf, builtins, unresolved };
}

/** Python's LEGB lookup from `scope`: local, enclosing functions (not classes), module. */
function resolve(scope: Scope, name: string, moduleScope: Scope): PySymbol | undefined {
  if (scope.globals.has(name)) return moduleScope.symbols.get(name);
  const local = scope.symbols.get(name);
  if (local) return local;
  return resolveOuter(scope, name);
}

function resolveOuter(scope: Scope, name: string): PySymbol | undefined {
  for (let s = scope.parent; s; s = s.parent) {
    if (s.kind === "class") continue;
    if (s.globals.has(name)) return rootOf(s).symbols.get(name);
    const sym = s.symbols.get(name);
    if (sym) return sym;
  }
  return undefined;
}

const rootOf = (scope: Scope): Scope => {
  let s = scope;
  while (s.parent) s = s.parent;
  return s;
};

export { COMPREHENSIONS };
