import type { Diagnostic } from "../diagnostics/diagnostic";
import { closureOf, type Plan } from "./plan";
import type { ModuleSummary } from "./summary";
import { StubStore } from "./stub-store";
import { translateUnit, type MemberResult, type UnitOptions, type UnitWorld } from "./unit";

/** What a unit of the plan may see: module names for all, summaries of the units in its closure. */
export function worldFor(plan: Plan, unit: number, summaries: ReadonlyMap<number, ModuleSummary>): UnitWorld {
  const visible = new Set(closureOf(plan, unit));
  return {
    module(name) {
      const id = plan.byName.get(name);
      return id === undefined ? undefined : plan.modules[id];
    },
    summary(name) {
      const id = plan.byName.get(name);
      return id !== undefined && visible.has(plan.unitOf[id]!) ? summaries.get(id) : undefined;
    },
  };
}

/**
 * Runs a plan on this thread, units in dependency order; `onResult` receives each module's
 * translation (by module id) as soon as its unit is done.
 */
export function runPlanSequentially(
  plan: Plan,
  source: (id: number) => string | readonly Diagnostic[],
  options: UnitOptions,
  onResult: (id: number, result: MemberResult) => void,
): void {
  const summaries = new Map<number, ModuleSummary>();
  const stubs = new StubStore(plan, summaries);
  plan.units.forEach((ids, u) => {
    const members = ids.map((id) => ({ ...plan.modules[id]!, source: source(id) }));
    const { results, summaries: made } = translateUnit(members, worldFor(plan, u, summaries), options, stubs);
    ids.forEach((id, i) => {
      summaries.set(id, made[i]!);
      onResult(id, results[i]!);
    });
  });
}
