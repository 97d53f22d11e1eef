import type { SyntaxNode } from "../parse/parser";
import { parsePython } from "../parse/parser";
import { field, namedChildren } from "../parse/nodes";
import { bind, type ModuleIdentity } from "../analysis/binder";
import { TypeInference, type ProjectIndex } from "../analysis/infer";
import type { Scope } from "../analysis/scope";
import type { PyType } from "../analysis/types";
import { allRules } from "../lower/rules";
import type { AnalyzedModule } from "../pipeline/analyze-module";
import { collectSyntaxErrors } from "../parse/syntax-errors";
import { definitionOf, PathCounter, type ModuleSummary } from "./summary";
import { setMembers } from "../analysis/class-versions";

/**
 * The analysis of a summary's stub: answers like the full module's analysis did, because every
 * symbol, return type and class carries the type found there (the seeds) instead of one inferred
 * again from the stub's `...` bodies.
 */
class StubInference extends TypeInference {
  constructor(
    root: SyntaxNode,
    bindings: ReturnType<typeof bind>,
    moduleName: string,
    project: ProjectIndex,
    private readonly stubTree: SyntaxNode["tree"],
    private readonly returnSeeds: ReadonlyMap<number, PyType>,
  ) {
    super(root, bindings, allRules(), moduleName, project);
  }

  override returnTypeOf(fn: SyntaxNode): PyType {
    const seeded = fn.tree === this.stubTree ? this.returnSeeds.get(fn.id) : undefined;
    return seeded ?? super.returnTypeOf(fn);
  }
}

/** The definitions of a stub with their paths, as `summarizeModule` numbered them. */
function walkStub(root: SyntaxNode, visit: (def: SyntaxNode, path: string, inClass: boolean) => void): void {
  const top = new PathCounter("");
  for (const stmt of namedChildren(root)) {
    const def = definitionOf(stmt);
    if (def.type !== "function_definition" && def.type !== "class_definition") continue;
    const path = top.next(field(def, "name").text);
    visit(def, path, false);
    if (def.type !== "class_definition") continue;
    const inner = new PathCounter(path);
    for (const member of namedChildren(field(def, "body"))) {
      const m = definitionOf(member);
      if (m.type === "function_definition") visit(m, inner.next(field(m, "name").text), true);
    }
  }
}

/**
 * Builds the analysed module for a summary. `project` answers the stub's own imports (its base
 * classes, re-exports); it is asked lazily, never while the stub is being built.
 */
export function loadStub(summary: ModuleSummary, identity: ModuleIdentity, project: ProjectIndex): AnalyzedModule {
  const source = summary.stub;
  const tree = parsePython(source);
  const root = tree.rootNode;
  const usable = collectSyntaxErrors(root).length === 0;
  // A stub that does not parse (it should always parse) stands for a module without members.
  const bindings = bind(usable ? root : parsePython("").rootNode, identity);
  const scopeByPath = new Map<string, Scope>([["", bindings.moduleScope]]);
  const returnSeeds = new Map<number, PyType>();
  const classNodes = new Map<string, SyntaxNode>();
  const returnsByPath = new Map(summary.returns);
  if (usable) {
    walkStub(root, (def, path) => {
      const scope = bindings.scopeOf.get(def.id);
      if (scope) scopeByPath.set(path, scope);
      if (def.type === "class_definition") classNodes.set(path, def);
      else {
        const r = returnsByPath.get(path);
        if (r) returnSeeds.set(def.id, r);
      }
    });
    for (const [path, entries] of summary.scopes) {
      const scope = scopeByPath.get(path);
      if (!scope) continue;
      for (const [name, type] of entries) {
        const sym = scope.symbols.get(name);
        if (!sym) continue;
        sym.declaredType = type;
        sym.type = type;
      }
    }
  }
  const inference = new StubInference(bindings.moduleScope.node, bindings, identity.name, project, bindings.moduleScope.node.tree, returnSeeds);
  inference.run();
  for (const [path, seed] of summary.classes) {
    const node = classNodes.get(path);
    const cls = node ? inference.classOfNode(node) : undefined;
    if (cls) setMembers(cls, seed);
  }
  return { source, identity, tree: bindings.moduleScope.node.tree, root: bindings.moduleScope.node, bindings, inference, diagnostics: [] };
}
