import { createDiagnostic, sortDiagnostics, type Diagnostic } from "./diagnostics/diagnostic";
import { Msg } from "./diagnostics/messages";
import type { RuntimeMode } from "./emit/assemble";
import { analyzeModule, normalizeSource } from "./pipeline/analyze-module";
import { lowerModule } from "./pipeline/lower-module";

export { normalizeSource };

export interface TranspileOptions {
  /** How runtime helpers reach the output: copied into it (default) or imported from the package. */
  readonly runtime?: RuntimeMode;
  /** The specifier for `runtime: "import"` (default `py2ts-async/runtime`). */
  readonly runtimeSpecifier?: string;
  /** The module's Python name (`__main__` for a program). */
  readonly moduleName?: string;
}

export interface TranspileResult {
  /** The TypeScript module; empty when the input had errors that prevent a translation. */
  readonly code: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Translates one Python module to TypeScript. Never throws: problems in the input are diagnostics,
 * and a failure inside the translator is reported as PY2TS9999 for this input.
 */
export function transpile(source: string, options: TranspileOptions = {}): TranspileResult {
  try {
    const analyzed = analyzeModule(source, { name: options.moduleName ?? "__main__", isPackage: false });
    if (!analyzed.module) return { code: "", diagnostics: sortDiagnostics(analyzed.diagnostics) };
    analyzed.module.inference.run();
    const { code, diagnostics } = lowerModule(analyzed.module, { runtime: options.runtime ?? "inline", runtimeSpecifier: options.runtimeSpecifier ?? "py2ts-async/runtime" });
    return { code, diagnostics };
  } catch (error) {
    return { code: "", diagnostics: [internalError(error)] };
  }
}

export function internalError(error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? error.stack : undefined;
  return { ...createDiagnostic(Msg.internalError, { message }), ...(stack ? { stack } : {}) };
}
