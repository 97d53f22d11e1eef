import type { SyntaxNode } from "../parse/parser";
import { forEachNode } from "../parse/nodes";
import { sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic";
import { Msg } from "../diagnostics/messages";
import { allRules } from "../lower/rules";
import { LowerContext, type ModuleLinks } from "../lower/context";
import { createLowerers, lowerStatementList } from "../lower/dispatch";
import { NameTable } from "../lower/names";
import { printStatements } from "../emit/printer";
import { assemble, runtimeNamesFor, type RuntimeMode } from "../emit/assemble";
import type { AnalyzedModule } from "./analyze-module";

export interface LowerOptions {
  readonly runtime: RuntimeMode;
  /** Where `import` mode (and a batch's shared runtime module) imports the helpers from. */
  readonly runtimeSpecifier: string;
  /** For a module of a project: how it reaches the other modules. */
  readonly links?: ModuleLinks;
  /** Map each output line to the Python line it came from (`lineMap`; empty otherwise). */
  readonly lineMaps?: boolean;
}

/** Lowers an analyzed module and assembles the TypeScript file. */
export function lowerModule(module: AnalyzedModule, options: LowerOptions): { code: string; diagnostics: Diagnostic[]; helpers: ReadonlySet<string>; lineMap: number[] } {
  const registry = allRules();
  const identifiers = collectIdentifiers(module.root);
  // Lower once; if a name of the program clashes with a runtime name this output needs, rename and lower again.
  let avoid = new Set<string>();
  for (let attempt = 0; ; attempt++) {
    const names = new NameTable(identifiers, avoid);
    names.renameClashes(module.bindings.moduleScope);
    const cx = new LowerContext(module.source, module.inference, registry, names, module.bindings.moduleScope, createLowerers(registry), {
      moduleName: module.identity.name,
      links: options.links,
      lineMaps: options.lineMaps,
    });
    for (const node of module.bindings.unresolved) cx.report(node, Msg.undefinedName, { name: node.text });
    const body = lowerStatementList(module.root, cx);
    const needed = runtimeNamesFor(cx.helpers, options.runtime);
    if (names.clashesWith(needed) && attempt < 2) {
      avoid = new Set([...avoid, ...needed]);
      continue;
    }
    const rows: number[] | undefined = options.lineMaps ? [] : undefined;
    const printed = printStatements(body, 0, rows);
    const code = assemble(printed, cx.helpers, { runtime: options.runtime, runtimeSpecifier: options.runtimeSpecifier }, cx.moduleImports());
    return { code, diagnostics: sortDiagnostics(dedupe([...module.diagnostics, ...cx.diagnostics])), helpers: cx.helpers, lineMap: rows ? lineMapOf(code, printed, rows) : [] };
  }
}

/**
 * For each line of `code` (0-based), the Python line its body line came from (0: none, such as
 * imports and runtime helpers). `assemble` puts the printed body last, after collapsing runs of
 * blank lines, which is replayed here to find where each body line landed.
 */
function lineMapOf(code: string, printed: string, rows: readonly number[]): number[] {
  const lines = printed.split("\n");
  const kept: string[] = [];
  const keptRows: number[] = [];
  lines.forEach((l, i) => {
    if (l === "" && kept.length > 0 && kept[kept.length - 1] === "") return;
    kept.push(l);
    keptRows.push(rows[i] ?? 0);
  });
  const map = new Array<number>(code.split("\n").length).fill(0);
  const body = kept.join("\n").trimEnd();
  const at = body ? code.lastIndexOf(body) : -1;
  if (at < 0) return map;
  let offset = 0;
  for (let i = code.indexOf("\n"); i >= 0 && i < at; i = code.indexOf("\n", i + 1)) offset++;
  keptRows.forEach((r, i) => {
    if (offset + i < map.length) map[offset + i] = r;
  });
  return map;
}

function collectIdentifiers(root: SyntaxNode): Set<string> {
  const names = new Set<string>();
  forEachNode(root, (node) => {
    if (node.type === "identifier") names.add(node.text);
  });
  return names;
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
