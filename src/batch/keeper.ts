import { closureOf, type Plan } from "./plan";
import type { ModuleSummary } from "./summary";

/**
 * Holds the summaries a batch still needs, and no more: a module's summary is dropped as soon as
 * every unit that may see it (every unit importing it, directly or not) is done. Memory then
 * follows the width of the import graph being worked on, not the number of files.
 */
export class SummaryKeeper {
  readonly summaries: Map<number, ModuleSummary>;
  private readonly closures = new Map<number, readonly number[]>();
  /** For each unit: how many units still to finish may see it. */
  private readonly consumers = new Map<number, number>();
  private readonly finished = new Set<number>();

  constructor(
    private readonly plan: Plan,
    needed: ReadonlySet<number>,
    known: ReadonlyMap<number, ModuleSummary>,
    /** Keep everything (the caller wants all summaries afterwards). */
    private readonly keepAll = false,
  ) {
    this.summaries = new Map(known);
    for (const v of needed) {
      const closure = closureOf(plan, v);
      this.closures.set(v, closure);
      for (const u of closure) if (u !== v) this.consumers.set(u, (this.consumers.get(u) ?? 0) + 1);
    }
  }

  /** Module ids whose summaries unit `u` may see (its closure's members). */
  visibleTo(u: number): number[] {
    return (this.closures.get(u) ?? closureOf(this.plan, u)).flatMap((v) => this.plan.units[v]!);
  }

  /** Records a finished unit; returns the module ids whose summaries were dropped. */
  finish(u: number, made: readonly (readonly [number, ModuleSummary])[]): number[] {
    for (const [id, s] of made) this.summaries.set(id, s);
    this.finished.add(u);
    const dropped: number[] = [];
    const release = (v: number): void => {
      if (this.keepAll || !this.finished.has(v) || (this.consumers.get(v) ?? 0) > 0) return;
      for (const id of this.plan.units[v]!) if (this.summaries.delete(id)) dropped.push(id);
    };
    for (const v of this.closures.get(u) ?? []) {
      if (v === u) continue;
      this.consumers.set(v, (this.consumers.get(v) ?? 1) - 1);
      release(v);
    }
    this.closures.delete(u);
    release(u);
    return dropped;
  }
}
