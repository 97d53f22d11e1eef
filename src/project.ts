import { runtimeModule } from "./emit/assemble";
import type { TranspileResult } from "./transpile";
import { planBatch } from "./batch/plan";
import { runPlanSequentially } from "./batch/sequential";

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

export { moduleNameOf, outputPathOf } from "./batch/plan";

/**
 * Translates the modules of a program together: imports between them become relative ES imports,
 * and names keep their types and signatures across files (a class defined in one module and called
 * with keyword arguments in another). Never throws; a failure inside the translator is PY2TS9999
 * for the module it happened in.
 *
 * This is the batch mode's engine run on one thread (see `src/batch/`): modules are translated in
 * the order of their module-level imports, each against the summaries of the modules it imports.
 */
export function transpileProject(files: readonly ProjectFile[], options: ProjectOptions = {}): ProjectResult {
  const plan = planBatch(files.map((f) => ({ rel: f.path, text: f.source })));
  const sourceOf = new Map(files.map((f) => [f.path, f.source]));
  const mode = options.runtime ?? "shared";
  const runtimeFile = options.runtimeFile ?? "_py2ts_runtime.ts";
  const byId = new Map<number, TranspileResult>();
  const helpersUsed = new Set<string>();
  runPlanSequentially(plan, (id) => sourceOf.get(plan.modules[id]!.rel) ?? "", { runtime: mode, runtimeFile }, (id, r) => {
    for (const h of r.helpers) helpersUsed.add(h);
    byId.set(id, { code: r.code, diagnostics: r.diagnostics });
  });
  const results = new Map<string, TranspileResult>();
  for (const m of plan.modules) results.set(m.out, byId.get(m.id)!);
  const runtime = mode === "shared" && helpersUsed.size > 0 ? { path: runtimeFile, code: runtimeModule(helpersUsed) } : undefined;
  return { files: results, runtime };
}
