import * as path from "node:path";
import type { Tree } from "./parse/parser";
import { sortDiagnostics, type Diagnostic } from "./diagnostics/diagnostic";
import type { ProjectIndex, TypeInference } from "./analysis/infer";
import { analyzeModule, type AnalyzedModule } from "./pipeline/analyze-module";
import { lowerModule } from "./pipeline/lower-module";
import { runtimeModule } from "./emit/assemble";
import { internalError, type TranspileResult } from "./transpile";

export interface ProjectFile {
  /** The path relative to the project's root, with `/` separators (`pkg/mod.py`). */
  readonly path: string;
  readonly source: string;
}

export interface ProjectOptions {
  /**
   * `shared` (default): one runtime module written beside the outputs and imported relatively;
   * `import`: from the `py2ts-async/runtime` package. There is no `inline` here: modules that import
   * each other must share one event loop and one set of exception classes, which copies cannot.
   */
  readonly runtime?: "shared" | "import";
  /** The shared runtime module's path relative to the output root (default `_py2ts_runtime.ts`). */
  readonly runtimeFile?: string;
}

export interface ProjectResult {
  /** Keyed by output path (`pkg/mod.ts`), in path order. */
  readonly files: ReadonlyMap<string, TranspileResult>;
  /** The shared runtime module, when one is needed. */
  readonly runtime?: { readonly path: string; readonly code: string };
}

/** `pkg/mod.py` → `pkg.mod`; `pkg/__init__.py` → `pkg`. */
export function moduleNameOf(file: string): { name: string; isPackage: boolean } {
  const parts = file.replace(/\.py$/, "").split("/");
  const isPackage = parts[parts.length - 1] === "__init__";
  if (isPackage) parts.pop();
  return { name: parts.join(".") || "__init__", isPackage };
}

export const outputPathOf = (file: string): string => file.replace(/\.py$/, ".ts");

/**
 * Translates the modules of a program together: imports between them become relative ES imports,
 * and names keep their types and signatures across files (a class defined in one module and called
 * with keyword arguments in another). Never throws; a failure inside the translator is PY2TS9999
 * for the module it happened in.
 */
export function transpileProject(files: readonly ProjectFile[], options: ProjectOptions = {}): ProjectResult {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const modules = new Map<string, AnalyzedModule>();
  const pathOf = new Map<string, string>();
  const byTree = new Map<Tree, TypeInference>();
  const failures = new Map<string, Diagnostic[]>();

  const index: ProjectIndex = {
    ownerOf: (tree) => byTree.get(tree),
    moduleNamed: (name) => modules.get(name)?.inference,
    findClass: (qualified) => moduleOf(qualified)?.inference.classes.get(qualified),
    member(qualified) {
      const m = moduleOf(qualified);
      const sym = m?.bindings.moduleScope.symbols.get(qualified.slice(qualified.lastIndexOf(".") + 1));
      return m && sym ? m.inference.symbolType(sym) : undefined;
    },
    canonical(qualified) {
      for (let q = qualified, hops = 0; hops < 20; hops++) {
        const m = moduleOf(q);
        const sym = m?.bindings.moduleScope.symbols.get(q.slice(q.lastIndexOf(".") + 1));
        if (!sym || sym.kind !== "import" || !sym.qualifiedName || sym.qualifiedName === q) return q;
        q = sym.qualifiedName;
      }
      return qualified;
    },
    definition(qualified) {
      qualified = index.canonical(qualified);
      const m = moduleOf(qualified);
      const sym = m?.bindings.moduleScope.symbols.get(qualified.slice(qualified.lastIndexOf(".") + 1));
      const def = sym && (sym.kind === "function" || sym.kind === "class") && sym.bindings.length === 1 ? sym.bindings[0]!.node.parent : undefined;
      return def ?? undefined;
    },
  };
  const moduleOf = (qualified: string): AnalyzedModule | undefined => modules.get(qualified.slice(0, qualified.lastIndexOf(".")));

  for (const file of sorted) {
    const identity = moduleNameOf(file.path);
    pathOf.set(identity.name, file.path);
    try {
      const analyzed = analyzeModule(file.source, identity, index);
      if (!analyzed.module) failures.set(file.path, analyzed.diagnostics);
      else {
        modules.set(identity.name, analyzed.module);
        byTree.set(analyzed.module.tree, analyzed.module.inference);
      }
    } catch (error) {
      failures.set(file.path, [internalError(error)]);
    }
  }

  // Types flow between modules (a call site in one, a parameter in another): a few rounds settle them.
  for (let round = 0; round < 3; round++) {
    for (const [name, m] of modules) {
      try {
        m.inference.run();
      } catch (error) {
        failures.set(pathOf.get(name)!, [internalError(error)]);
        modules.delete(name);
      }
    }
  }

  const mode = options.runtime ?? "shared";
  const runtimeFile = options.runtimeFile ?? "_py2ts_runtime.ts";
  const results = new Map<string, TranspileResult>();
  const helpersUsed = new Set<string>();
  for (const file of sorted) {
    const out = outputPathOf(file.path);
    const failed = failures.get(file.path);
    if (failed) {
      results.set(out, { code: "", diagnostics: sortDiagnostics(failed) });
      continue;
    }
    const identity = moduleNameOf(file.path);
    const m = modules.get(identity.name)!;
    const specifier = (to: string): string => {
      const rel = path.posix.relative(path.posix.dirname(out), to).replace(/\.ts$/, ".js");
      return rel.startsWith(".") ? rel : `./${rel}`;
    };
    try {
      const lowered = lowerModule(m, {
        runtime: "import",
        runtimeSpecifier: mode === "import" ? "py2ts-async/runtime" : specifier(runtimeFile),
        links: {
          specifierFor: (name) => (pathOf.has(name) && name !== identity.name ? specifier(outputPathOf(pathOf.get(name)!)) : undefined),
          exportTopLevel: true,
          isPackage: identity.isPackage,
        },
      });
      for (const h of lowered.helpers) helpersUsed.add(h);
      results.set(out, { code: lowered.code, diagnostics: lowered.diagnostics });
    } catch (error) {
      results.set(out, { code: "", diagnostics: [internalError(error)] });
    }
  }
  const runtime = mode === "shared" && helpersUsed.size > 0 ? { path: runtimeFile, code: runtimeModule(helpersUsed) } : undefined;
  return { files: results, runtime };
}
