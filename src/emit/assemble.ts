import { isRuntimeExport, selectRuntime } from "./runtime-sources";

export type RuntimeMode = "inline" | "import";

export interface AssembleOptions {
  readonly runtime: RuntimeMode;
  /** Module specifier for `--runtime=import`. */
  readonly runtimeSpecifier: string;
}

/**
 * The whole output file: imports, then (inline mode) the runtime helpers the body uses, copied
 * once and marked as such, then the translated program.
 */
export function assemble(body: string, helpers: ReadonlySet<string>, options: AssembleOptions, moduleImports: readonly string[] = []): string {
  const parts: string[] = moduleImports.length ? [...moduleImports, ""] : [];
  const used = [...helpers].sort();
  if (used.length > 0 && options.runtime === "import") {
    parts.push(`import { ${used.join(", ")} } from ${JSON.stringify(options.runtimeSpecifier)};`, "");
  } else if (used.length > 0) {
    const runtime = selectRuntime(used);
    if (runtime.nodeImports.length) parts.push(...runtime.nodeImports, "");
    parts.push("// #region py2ts-async runtime: Python semantics the program relies on (generated; see the py2ts-async docs)");
    parts.push(runtime.text, "// #endregion py2ts-async runtime", "");
  }
  parts.push(body);
  const text = parts.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd();
  // An ES module even when nothing is imported or exported, so top-level await and names stay module-scoped.
  return /^(import|export)\s/m.test(text) ? `${text}\n` : `${text}\n\nexport {};\n`;
}

/** Every top-level name the runtime modules for `helpers` declare: the program's names must avoid them. */
export function runtimeNamesFor(helpers: ReadonlySet<string>, mode: RuntimeMode): Set<string> {
  if (mode === "import") return new Set(helpers);
  return new Set(selectRuntime(helpers).names);
}

export { isRuntimeExport };

/** The runtime module a batch writes once beside its outputs: the declarations they use, exported. */
export function runtimeModule(helpers: ReadonlySet<string>): string {
  const runtime = selectRuntime(helpers, true);
  return [...runtime.nodeImports, ...(runtime.nodeImports.length ? [""] : []), "// py2ts-async runtime: Python semantics the translated modules rely on (generated).", "", runtime.text, ""].join("\n");
}
