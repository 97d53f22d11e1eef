import { parsePython, type SyntaxNode, type Tree } from "../parse/parser";
import { protectSpecFill } from "../parse/format-spec-fill";
import { collectSyntaxErrors } from "../parse/syntax-errors";
import { findNewerSyntax } from "../parse/newer-syntax";
import { createDiagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic";
import { Msg } from "../diagnostics/messages";
import { bind, type Bindings, type ModuleIdentity } from "../analysis/binder";
import { placeDeclarations } from "../analysis/declarations";
import { TypeInference, type ProjectIndex } from "../analysis/infer";
import { allRules } from "../lower/rules";

/** A parsed and bound module, ready for type inference and lowering. */
export interface AnalyzedModule {
  readonly source: string;
  readonly identity: ModuleIdentity;
  readonly tree: Tree;
  readonly root: SyntaxNode;
  readonly bindings: Bindings;
  readonly inference: TypeInference;
  /** Syntax diagnostics (and warnings found before analysis). */
  readonly diagnostics: Diagnostic[];
}

/** Python reads source with universal newlines and accepts a UTF-8 byte-order mark. */
export function normalizeSource(source: string): string {
  return source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Parses and binds a module; undefined (with the diagnostics) when its syntax has errors, which stop
 * the translation of that module before anything could be guessed.
 */
export function analyzeModule(rawSource: string, identity: ModuleIdentity, project?: ProjectIndex, options: { readonly replay?: boolean } = {}): { module?: AnalyzedModule; diagnostics: Diagnostic[] } {
  const source = normalizeSource(rawSource);
  const tree = parsePython(protectSpecFill(source));
  const root = tree.rootNode;
  const diagnostics = [...collectSyntaxErrors(root), ...findNewerSyntax(root)];
  if (hasErrors(diagnostics)) return { diagnostics };
  // An empty `__init__.py` is normal; an empty program is worth a word.
  if (source.trim() === "" && !identity.isPackage) diagnostics.push(createDiagnostic(Msg.emptyInput));
  const bindings = bind(root, identity);
  placeDeclarations(bindings.moduleScope);
  const inference = new TypeInference(root, bindings, allRules(), identity.name, project, options);
  return { module: { source, identity, tree, root, bindings, inference, diagnostics }, diagnostics };
}
