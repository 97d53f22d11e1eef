import type { Tree } from "../parse/parser";
import type { TypeInference } from "../analysis/infer";
import type { AnalyzedModule } from "../pipeline/analyze-module";
import { closureOf, type ImportGraph } from "./plan";
import { loadStub } from "./stub";
import { EMPTY_SUMMARY, type ModuleSummary } from "./summary";
import { projectIndex } from "./project-index";
import type { UnitModule } from "./unit";

/** What a store needs to know of a batch. */
export interface StubBatch extends ImportGraph {
  readonly modules: readonly UnitModule[];
  readonly byName: ReadonlyMap<string, number>;
}

/**
 * The analysed stubs of the modules a thread's units import, shared by those units for one run.
 * Each unit loading its own (binding the stub, running inference over it) took a seventh of a
 * standard-library batch: most units import `os`, `typing`, `re`… and what those import.
 *
 * Output must not depend on which unit asked first (nor on the thread): a stub sees only the
 * summaries of its own module's import closure, which every unit that may see it sees too; the
 * modules of an import cycle are loaded together, always from the first; and each unit starts
 * from the state the stubs had when they were loaded (`forgetQueries`).
 */
export class StubStore {
  private readonly loaded = new Map<number, AnalyzedModule | "loading">();
  /** Modules known by name only (outside the asking stub's closure, or without a summary). */
  private readonly empty = new Map<string, AnalyzedModule>();
  private readonly byTree = new Map<Tree, TypeInference>();
  private readonly closures = new Map<number, ReadonlySet<number>>();

  constructor(
    /** The batch's modules and import graph (a `Plan` is one). */
    private readonly batch: StubBatch,
    /** The summaries of the modules some unit to come may see. */
    private readonly summaries: ReadonlyMap<number, ModuleSummary>,
  ) {}

  /** The stub of a module of the batch (its summary must be held). */
  stub(name: string): AnalyzedModule | undefined {
    const id = this.batch.byName.get(name);
    return id === undefined ? undefined : this.stubOf(id);
  }

  private stubOf(id: number): AnalyzedModule | undefined {
    const hit = this.loaded.get(id);
    if (hit) return hit === "loading" ? undefined : hit;
    // The members of a cycle see each other while loading: in the same order, whoever asks.
    for (const member of this.batch.units[this.batch.unitOf[id]!]!) if (!this.loaded.has(member)) this.load(member);
    const module = this.loaded.get(id);
    return module === "loading" ? undefined : module;
  }

  /** A module known by name only, without members. */
  nameOnly(name: string): AnalyzedModule {
    let module = this.empty.get(name);
    if (!module) {
      const id = this.batch.byName.get(name);
      module = loadStub(EMPTY_SUMMARY, { name, isPackage: id !== undefined && this.batch.modules[id]!.isPackage }, projectIndex(() => undefined, (tree) => this.ownerOf(tree)));
      this.empty.set(name, module);
      this.byTree.set(module.tree, module.inference);
    }
    return module;
  }

  ownerOf(tree: Tree): TypeInference | undefined {
    return this.byTree.get(tree);
  }

  /** Called before each unit: what one unit asked of the stubs is not seen by the next. */
  startUnit(): void {
    for (const module of this.loaded.values()) if (module !== "loading") module.inference.forgetQueries();
    for (const module of this.empty.values()) module.inference.forgetQueries();
  }

  /** Drops the stubs of modules no unit to come can see. */
  forget(ids: Iterable<number>): void {
    for (const id of ids) {
      const module = this.loaded.get(id);
      if (module && module !== "loading") this.byTree.delete(module.tree);
      this.loaded.delete(id);
    }
  }

  private load(id: number): void {
    const info = this.batch.modules[id]!;
    this.loaded.set(id, "loading");
    const visible = this.closureOf(this.batch.unitOf[id]!);
    const get = (name: string): AnalyzedModule | undefined => {
      const other = this.batch.byName.get(name);
      if (other === undefined) return undefined;
      return visible.has(this.batch.unitOf[other]!) && this.summaries.has(other) ? this.stubOf(other) : this.nameOnly(name);
    };
    const index = projectIndex(get, (tree) => this.ownerOf(tree));
    const identity = { name: info.name, isPackage: info.isPackage };
    let module: AnalyzedModule;
    try {
      module = loadStub(this.summaries.get(id) ?? EMPTY_SUMMARY, identity, index);
    } catch {
      module = loadStub(EMPTY_SUMMARY, identity, index);
    }
    this.loaded.set(id, module);
    this.byTree.set(module.tree, module.inference);
  }

  private closureOf(unit: number): ReadonlySet<number> {
    let closure = this.closures.get(unit);
    if (!closure) this.closures.set(unit, (closure = new Set(closureOf(this.batch, unit))));
    return closure;
  }
}
