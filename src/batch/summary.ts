import type { ClassMembers } from "../analysis/class-versions";
import type { SyntaxNode } from "../parse/parser";
import { field, namedChildren, optionalField } from "../parse/nodes";
import type { PySymbol, Scope } from "../analysis/scope";
import type { PyType } from "../analysis/types";
import type { AnalyzedModule } from "../pipeline/analyze-module";

/**
 * What one module of a batch tells the modules that import it, small enough to keep for every
 * module of a large tree and to send between worker threads.
 *
 * `stub` is Python: the module's imports and its module-level `def`/`class` headers copied verbatim
 * (decorators, parameters, hints, dataclass fields), with bodies reduced to `...`. Parsed and bound
 * like any module, it gives the importing module's analysis the same names, scopes and definitions
 * it would see in the full source. The seeds then pin every symbol, return type and class to the
 * types the analysis of the full module found, so nothing is inferred again from the stub.
 */
export interface ModuleSummary {
  readonly stub: string;
  /** Symbol types by scope path (`""` the module, `/Item#0` a class, `/Item#0/total#0` a method). */
  readonly scopes: readonly (readonly [string, readonly (readonly [string, PyType])[]])[];
  /** What each function or method returns (for `async def`, the awaited result), by path. */
  readonly returns: readonly (readonly [string, PyType])[];
  readonly classes: readonly (readonly [string, ClassSeed])[];
}

export type ClassSeed = ClassMembers;

/** A module that could not be summarised (syntax errors, an internal error): importers see no members. */
export const EMPTY_SUMMARY: ModuleSummary = { stub: "", scopes: [], returns: [], classes: [] };

const CLAUSES = new Set(["elif_clause", "else_clause", "except_clause", "except_group_clause", "finally_clause", "case_clause", "block"]);
const COMPOUND = new Set(["if_statement", "for_statement", "while_statement", "try_statement", "with_statement", "match_statement"]);

/**
 * The statements that run at module level, in order, with compound statements (`if`, `try`, …)
 * opened: `try: import x` / `except ImportError: x = None` binds `x` at module level twice.
 */
export function moduleLevelStatements(container: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const visit = (node: SyntaxNode): void => {
    for (const child of namedChildren(node)) {
      if (COMPOUND.has(child.type)) {
        for (const part of namedChildren(child)) if (CLAUSES.has(part.type) || part.type === "block") visitClause(part);
      } else out.push(child);
    }
  };
  const visitClause = (part: SyntaxNode): void => {
    if (part.type === "block") return visit(part);
    for (const c of namedChildren(part)) if (CLAUSES.has(c.type)) visitClause(c);
  };
  visit(container);
  return out;
}

/** `def`/`class` under a decorator: the definition itself. */
export const definitionOf = (stmt: SyntaxNode): SyntaxNode => (stmt.type === "decorated_definition" ? field(stmt, "definition") : stmt);

const isDefinition = (stmt: SyntaxNode): boolean => {
  const d = definitionOf(stmt).type;
  return d === "function_definition" || d === "class_definition";
};

/** Hands out `parent/name#k` paths: the k-th definition named `name` under one parent. */
export class PathCounter {
  private readonly seen = new Map<string, number>();
  constructor(private readonly parent: string) {}
  next(name: string): string {
    const k = this.seen.get(name) ?? 0;
    this.seen.set(name, k + 1);
    return `${this.parent}/${name}#${k}`;
  }
}

/** Builds the summary of an analysed module (its inference has run). */
export function summarizeModule(module: AnalyzedModule): ModuleSummary {
  const inf = module.inference;
  const lines: string[] = [];
  const scopes: [string, [string, PyType][]][] = [];
  const returns: [string, PyType][] = [];
  const classes: [string, ClassSeed][] = [];
  const represented = new Set<number>();

  const seedScope = (path: string, scope: Scope | undefined, onlyParams: boolean): void => {
    if (!scope) return;
    const entries: [string, PyType][] = [];
    for (const sym of scope.symbols.values()) if (!onlyParams || sym.kind === "parameter") entries.push([sym.name, inf.symbolType(sym)]);
    if (entries.length > 0) scopes.push([path, entries]);
  };

  const emitDecorators = (stmt: SyntaxNode, indent: string): void => {
    if (stmt.type !== "decorated_definition") return;
    for (const d of namedChildren(stmt)) if (d.type === "decorator") lines.push(indent + d.text);
  };

  const emitFunction = (stmt: SyntaxNode, indent: string, path: string): void => {
    const def = definitionOf(stmt);
    emitDecorators(stmt, indent);
    const name = field(def, "name");
    represented.add(name.id);
    const params = optionalField(def, "parameters");
    const ret = optionalField(def, "return_type");
    const scope = module.bindings.scopeOf.get(def.id);
    const head = `${def.child(0)?.type === "async" ? "async " : ""}def ${name.text}${params ? params.text : "()"}${ret ? ` -> ${ret.text}` : ""}:`;
    lines.push(indent + head, `${indent}    ${scope?.isGenerator ? "yield" : "..."}`);
    seedScope(path, scope, true);
    returns.push([path, inf.returnTypeOf(def)]);
  };

  const emitClass = (stmt: SyntaxNode, path: string): void => {
    const def = definitionOf(stmt);
    emitDecorators(stmt, "");
    const name = field(def, "name");
    represented.add(name.id);
    const supers = optionalField(def, "superclasses");
    lines.push(`class ${name.text}${supers ? supers.text : ""}:`);
    const bodyStart = lines.length;
    const counter = new PathCounter(path);
    for (const member of namedChildren(field(def, "body"))) {
      if (member.type === "expression_statement") {
        const a = namedChildren(member)[0];
        if (a?.type === "assignment" && optionalField(a, "type") && field(a, "left").type === "identifier") {
          represented.add(field(a, "left").id);
          lines.push(`    ${a.text}`);
        }
      } else if (definitionOf(member).type === "function_definition") {
        emitFunction(member, "    ", counter.next(field(definitionOf(member), "name").text));
      }
    }
    const scope = module.bindings.scopeOf.get(def.id);
    if (scope) for (const sym of scope.symbols.values()) for (let i = unrepresented(sym); i > 0; i--) lines.push(`    ${sym.name} = ...`);
    if (lines.length === bodyStart) lines.push("    ...");
    seedScope(path, scope, false);
    const cls = inf.classOfNode(def);
    if (cls) {
      classes.push([
        path,
        {
          bases: [...cls.bases],
          fields: [...cls.fields],
          classAttrs: [...cls.classAttrs],
          ...(cls.enumValue ? { enumValue: cls.enumValue } : {}),
          ...(cls.libraryBases ? { libraryBases: [...cls.libraryBases] } : {}),
          ...(cls.typeParams ? { typeParams: [...cls.typeParams] } : {}),
        },
      ]);
    }
  };

  const unrepresented = (sym: PySymbol): number => sym.bindings.filter((b) => !represented.has(b.node.id)).length;

  const counter = new PathCounter("");
  for (const stmt of moduleLevelStatements(module.root)) {
    if (stmt.type === "import_statement" || stmt.type === "import_from_statement" || stmt.type === "future_import_statement") {
      lines.push(stmt.text);
      for (const n of importedNames(stmt)) represented.add(n.id);
    } else if (isDefinition(stmt)) {
      const def = definitionOf(stmt);
      const path = counter.next(field(def, "name").text);
      if (def.type === "class_definition") emitClass(stmt, path);
      else emitFunction(stmt, "", path);
    }
  }
  // Every other binding of a module-level name (assignments, loop targets, `global` in functions): one line each.
  for (const sym of module.bindings.moduleScope.symbols.values()) for (let i = unrepresented(sym); i > 0; i--) lines.push(`${sym.name} = ...`);
  seedScope("", module.bindings.moduleScope, false);
  return { stub: lines.length ? `${lines.join("\n")}\n` : "", scopes, returns, classes };
}

/** The identifiers an import statement binds (the nodes the binder records). */
function importedNames(stmt: SyntaxNode): SyntaxNode[] {
  if (stmt.type === "future_import_statement") return [];
  return stmt.childrenForFieldName("name").map((name) => {
    if (name.type === "aliased_import") return field(name, "alias");
    const parts = namedChildren(name);
    return stmt.type === "import_statement" ? parts[0]! : parts.at(-1)!;
  });
}
