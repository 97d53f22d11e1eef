import type { Tree } from "../parse/parser";
import type { ProjectIndex, TypeInference } from "../analysis/infer";
import type { AnalyzedModule } from "../pipeline/analyze-module";

/**
 * What an analysis may ask of the other modules of a batch, answered from `get` (a module by
 * name: analysed in the same unit, or a stub; undefined outside the batch) and `ownerOf` (the
 * analysis a syntax tree belongs to).
 */
export function projectIndex(get: (name: string) => AnalyzedModule | undefined, ownerOf: (tree: Tree) => TypeInference | undefined): ProjectIndex {
  const moduleOf = (qualified: string): AnalyzedModule | undefined => get(qualified.slice(0, qualified.lastIndexOf(".")));
  const symbolIn = (qualified: string) => moduleOf(qualified)?.bindings.moduleScope.symbols.get(qualified.slice(qualified.lastIndexOf(".") + 1));
  const index: ProjectIndex = {
    ownerOf,
    moduleNamed: (name) => get(name)?.inference,
    findClass: (qualified) => moduleOf(qualified)?.inference.classes.get(qualified),
    member(qualified) {
      const m = moduleOf(qualified);
      const sym = symbolIn(qualified);
      return m && sym ? m.inference.symbolType(sym) : undefined;
    },
    canonical(qualified) {
      for (let q = qualified, hops = 0; hops < 20; hops++) {
        const sym = symbolIn(q);
        if (!sym || sym.kind !== "import" || !sym.qualifiedName || sym.qualifiedName === q) return q;
        q = sym.qualifiedName;
      }
      return qualified;
    },
    definition(qualified) {
      const sym = symbolIn(index.canonical(qualified));
      const def = sym && (sym.kind === "function" || sym.kind === "class") && sym.bindings.length === 1 ? sym.bindings[0]!.node.parent : undefined;
      return def ?? undefined;
    },
  };
  return index;
}
