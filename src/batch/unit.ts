import * as path from "node:path";
import type { Tree } from "../parse/parser";
import { sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic";
import type { TypeInference } from "../analysis/infer";
import { analyzeModule, type AnalyzedModule } from "../pipeline/analyze-module";
import { lowerModule } from "../pipeline/lower-module";
import { internalError } from "../transpile";
import { EMPTY_SUMMARY, summarizeModule, type ModuleSummary } from "./summary";
import { projectIndex } from "./project-index";
import type { StubStore } from "./stub-store";

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
  /** `false`: inference runs every step of every pass, replaying none (the tests compare the two). */
  readonly replay?: boolean;
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
 * summaries (through `stubs`, the thread's analyses of them), so its output depends only on its own
 * sources and the summaries it may see: never on which thread runs it or what ran before. Never throws.
 */
export function translateUnit(members: readonly UnitMember[], world: UnitWorld, options: UnitOptions, stubs: StubStore): UnitResult {
  const analyzed = new Map<string, AnalyzedModule>();
  const failures = new Map<string, Diagnostic[]>();
  const byTree = new Map<Tree, TypeInference>();
  const memberNames = new Set(members.map((m) => m.name));
  stubs.startUnit();

  const get = (name: string): AnalyzedModule | undefined => {
    const own = analyzed.get(name);
    if (own) return own;
    if (!world.module(name)) return undefined;
    // A unit member that failed, or a module this unit may not see: known by name, without members.
    return !memberNames.has(name) && world.summary(name) ? stubs.stub(name) : stubs.nameOnly(name);
  };
  const index = projectIndex(get, (tree) => byTree.get(tree) ?? stubs.ownerOf(tree));

  for (const m of members) {
    if (typeof m.source !== "string") {
      failures.set(m.name, [...m.source]);
      continue;
    }
    try {
      const result = analyzeModule(m.source, { name: m.name, isPackage: m.isPackage }, index, { replay: options.replay });
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
        a.inference.run({ keepSteps: round < rounds - 1 });
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
        lineMaps: options.lineMaps,
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
