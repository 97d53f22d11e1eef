import * as path from "node:path";
import type { Tree } from "../parse/parser";
import { sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic";
import type { ModuleIdentity } from "../analysis/binder";
import type { ProjectIndex, TypeInference } from "../analysis/infer";
import { analyzeModule, type AnalyzedModule } from "../pipeline/analyze-module";
import { lowerModule } from "../pipeline/lower-module";
import { internalError } from "../transpile";
import { EMPTY_SUMMARY, summarizeModule, type ModuleSummary } from "./summary";
import { loadStub } from "./stub";

/** A module of a batch as a unit sees it. */
export interface UnitModule {
  /** Dotted module name (`pkg.mod`; a package is named by its folder). */
  readonly name: string;
  readonly isPackage: boolean;
  /** Output path relative to the output root, `/`-separated (`pkg/mod.ts`). */
  readonly out: string;
}

export interface UnitMember extends UnitModule {
  /** The source text, or the diagnostics that stopped it from being read. */
  readonly source: string | readonly Diagnostic[];
}

/** What a unit may know of the other modules of the batch. */
export interface UnitWorld {
  /** A module of the batch by name (for import specifiers), or undefined for a module outside it. */
  module(name: string): UnitModule | undefined;
  /**
   * The summary of a module of the batch this unit may see (one it imports at module level,
   * directly or not); undefined for one it may not, which it then knows by name only.
   */
  summary(name: string): ModuleSummary | undefined;
}

export interface UnitOptions {
  /** `shared`: the runtime module at `runtimeFile` in the output root; `import`: the package. */
  readonly runtime: "shared" | "import";
  readonly runtimeFile: string;
  /** Record, for each output line, the Python line it came from. */
  readonly lineMaps?: boolean;
}

export interface MemberResult {
  readonly out: string;
  readonly code: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Runtime helpers the output imports. */
  readonly helpers: readonly string[];
  /** For each output line (0-based), the 1-based Python line it came from (0: none). */
  readonly lineMap?: readonly number[];
}

export interface UnitResult {
  readonly results: readonly MemberResult[];
  readonly summaries: readonly ModuleSummary[];
}

/**
 * Translates one unit of a batch: a module, or modules that import each other at module level
 * (analysed together, as one program). Everything it knows of other modules comes from their
 * summaries, so its output depends only on its own sources and the summaries it may see: never on
 * which thread runs it or what ran before. Never throws.
 */
export function translateUnit(members: readonly UnitMember[], world: UnitWorld, options: UnitOptions): UnitResult {
  const analyzed = new Map<string, AnalyzedModule>();
  const failures = new Map<string, Diagnostic[]>();
  const loaded = new Map<string, AnalyzedModule | "loading">();
  const byTree = new Map<Tree, TypeInference>();
  const memberNames = new Set(members.map((m) => m.name));

  const get = (name: string): AnalyzedModule | undefined => {
    const own = analyzed.get(name);
    if (own) return own;
    const cached = loaded.get(name);
    if (cached) return cached === "loading" ? undefined : cached;
    const info = world.module(name);
    if (!info) return undefined;
    loaded.set(name, "loading");
    const identity: ModuleIdentity = { name, isPackage: info.isPackage };
    // A unit member that failed, or a module this unit may not see: known by name, without members.
    const summary = memberNames.has(name) ? EMPTY_SUMMARY : (world.summary(name) ?? EMPTY_SUMMARY);
    let module: AnalyzedModule;
    try {
      module = loadStub(summary, identity, index);
    } catch {
      module = loadStub(EMPTY_SUMMARY, identity, index);
    }
    loaded.set(name, module);
    byTree.set(module.tree, module.inference);
    return module;
  };
  const moduleOf = (qualified: string): AnalyzedModule | undefined => get(qualified.slice(0, qualified.lastIndexOf(".")));
  const symbolIn = (qualified: string) => moduleOf(qualified)?.bindings.moduleScope.symbols.get(qualified.slice(qualified.lastIndexOf(".") + 1));

  const index: ProjectIndex = {
    ownerOf: (tree) => byTree.get(tree),
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

  for (const m of members) {
    if (typeof m.source !== "string") {
      failures.set(m.name, [...m.source]);
      continue;
    }
    try {
      const result = analyzeModule(m.source, { name: m.name, isPackage: m.isPackage }, index);
      if (!result.module) failures.set(m.name, result.diagnostics);
      else {
        analyzed.set(m.name, result.module);
        byTree.set(result.module.tree, result.module.inference);
      }
    } catch (error) {
      failures.set(m.name, [internalError(error)]);
    }
  }

  // Modules that import each other: types flow between them, so a few rounds settle them (as in one program).
  const rounds = analyzed.size > 1 ? 3 : 1;
  for (let round = 0; round < rounds; round++) {
    for (const m of members) {
      const a = analyzed.get(m.name);
      if (!a) continue;
      try {
        a.inference.run();
      } catch (error) {
        failures.set(m.name, [internalError(error)]);
        analyzed.delete(m.name);
      }
    }
  }

  const results: MemberResult[] = [];
  const summaries: ModuleSummary[] = [];
  for (const m of members) {
    const a = analyzed.get(m.name);
    const failed = failures.get(m.name);
    if (!a || failed) {
      results.push({ out: m.out, code: "", diagnostics: sortDiagnostics(failed ?? []), helpers: [] });
      summaries.push(EMPTY_SUMMARY);
      continue;
    }
    const specifier = (to: string): string => {
      const rel = path.posix.relative(path.posix.dirname(m.out), to).replace(/\.ts$/, ".js");
      return rel.startsWith(".") ? rel : `./${rel}`;
    };
    try {
      const lowered = lowerModule(a, {
        runtime: "import",
        runtimeSpecifier: options.runtime === "import" ? "py2ts-async/runtime" : specifier(options.runtimeFile),
        links: {
          specifierFor: (name) => {
            const target = name === m.name ? undefined : world.module(name);
            return target ? specifier(target.out) : undefined;
          },
          exportTopLevel: true,
          isPackage: m.isPackage,
        },
      });
      results.push({ out: m.out, code: lowered.code, diagnostics: lowered.diagnostics, helpers: [...lowered.helpers].sort(), ...(options.lineMaps ? { lineMap: lowered.lineMap } : {}) });
    } catch (error) {
      results.push({ out: m.out, code: "", diagnostics: [internalError(error)], helpers: [] });
    }
    let summary = EMPTY_SUMMARY;
    try {
      summary = summarizeModule(a);
    } catch {
      // Importers then see the module without members; its own translation stands.
    }
    summaries.push(summary);
  }
  return { results, summaries };
}
