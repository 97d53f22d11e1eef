import { parsePython, type SyntaxNode } from "./parse/parser";
import { collectSyntaxErrors } from "./parse/syntax-errors";
import { findNewerSyntax } from "./parse/newer-syntax";
import { createDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics/diagnostic";
import { Msg } from "./diagnostics/messages";
import { bind } from "./analysis/binder";
import { placeDeclarations } from "./analysis/declarations";
import { TypeInference } from "./analysis/infer";
import { allRules } from "./lower/rules";
import { LowerContext } from "./lower/context";
import { createLowerers, lowerStatementList } from "./lower/dispatch";
import { NameTable } from "./lower/names";
import { printStatements } from "./emit/printer";
import { assemble, runtimeNamesFor, type RuntimeMode } from "./emit/assemble";
import { InternalError } from "./internal-error";

export interface TranspileOptions {
  /** How runtime helpers reach the output: copied into it (default) or imported from the package. */
  readonly runtime?: RuntimeMode;
  /** The specifier for `runtime: "import"` (default `py2ts-async/runtime`). */
  readonly runtimeSpecifier?: string;
  /** The module's Python name (`__main__` for a program, `pkg.mod` in a batch). */
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
    return transpileUnchecked(normalizeSource(source), options);
  } catch (error) {
    const message = error instanceof InternalError || error instanceof Error ? error.message : String(error);
    return { code: "", diagnostics: [createDiagnostic(Msg.internalError, { message })] };
  }
}

/** Python reads source with universal newlines and accepts a UTF-8 byte-order mark. */
export function normalizeSource(source: string): string {
  return source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

function transpileUnchecked(source: string, options: TranspileOptions): TranspileResult {
  const tree = parsePython(source);
  const root = tree.rootNode;
  const syntax = [...collectSyntaxErrors(root), ...findNewerSyntax(root)];
  if (hasErrors(syntax)) return { code: "", diagnostics: sortDiagnostics(syntax) };
  const diagnostics: Diagnostic[] = [...syntax];
  if (source.trim() === "") diagnostics.push(createDiagnostic(Msg.emptyInput));

  const registry = allRules();
  const bindings = bind(root);
  placeDeclarations(bindings.moduleScope);
  const moduleName = options.moduleName ?? "__main__";
  const inference = new TypeInference(root, bindings, registry, moduleName);
  inference.run();
  const mode = options.runtime ?? "inline";
  const identifiers = collectIdentifiers(root);

  // Lower once; if a name of the program clashes with a runtime name this output needs, rename and lower again.
  let avoid = new Set<string>();
  for (let attempt = 0; ; attempt++) {
    const names = new NameTable(identifiers, avoid);
    names.renameClashes(bindings.moduleScope);
    const cx = new LowerContext(source, inference, registry, names, bindings.moduleScope, createLowerers(registry), { moduleName });
    for (const node of bindings.unresolved) cx.report(node, Msg.undefinedName, { name: node.text });
    const body = lowerStatementList(root, cx);
    const needed = runtimeNamesFor(cx.helpers, mode);
    const clash = [...needed].some((n) => identifiers.has(n) && !avoid.has(n));
    if (clash && attempt < 2) {
      avoid = new Set([...avoid, ...needed]);
      continue;
    }
    diagnostics.push(...cx.diagnostics);
    const code = assemble(printStatements([...cx.preamble, ...body]), cx.helpers, { runtime: mode, runtimeSpecifier: options.runtimeSpecifier ?? "py2ts-async/runtime" });
    return { code, diagnostics: sortDiagnostics(dedupe(diagnostics)) };
  }
}

function collectIdentifiers(root: SyntaxNode): Set<string> {
  const names = new Set<string>();
  const cursor = root.walk();
  for (;;) {
    if (cursor.nodeType === "identifier") names.add(cursor.nodeText);
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return names;
    }
  }
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}:${d.start?.line}:${d.start?.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
