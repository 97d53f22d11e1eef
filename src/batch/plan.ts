import { scanModuleImports } from "./import-scan";

/** A source file of a batch, by its path relative to its source root (`pkg/mod.py`). */
export interface PlanInput {
  readonly rel: string;
  /** The text, when it could be read (unreadable files are planned as modules without imports). */
  readonly text?: string;
}

export interface PlannedModule {
  readonly id: number;
  readonly rel: string;
  readonly name: string;
  readonly isPackage: boolean;
  readonly out: string;
}

/**
 * The order of work of a batch. Modules that import each other at module level (a cycle) form one
 * unit, translated together; every other unit is one module. `units` lists them dependencies
 * first, and `deps[u]` names the units that unit `u` imports from.
 */
export interface Plan {
  /** Sorted by `rel`; `id` is the index. */
  readonly modules: readonly PlannedModule[];
  /** Module name → id. A package (`pkg/__init__.py`) wins over a module file of the same name, as in Python. */
  readonly byName: ReadonlyMap<string, number>;
  /** Each unit's module ids, sorted. */
  readonly units: readonly (readonly number[])[];
  readonly unitOf: readonly number[];
  readonly deps: readonly (readonly number[])[];
}

/** Which unit each module is in, and which units each unit imports. */
export type ImportGraph = Pick<Plan, "units" | "unitOf" | "deps">;

/** `pkg/mod.py` → `pkg.mod`; `pkg/__init__.py` → `pkg`. */
export function moduleNameOf(file: string): { name: string; isPackage: boolean } {
  const parts = file.replace(/\.py$/, "").split("/");
  const isPackage = parts[parts.length - 1] === "__init__";
  if (isPackage) parts.pop();
  return { name: parts.join(".") || "__init__", isPackage };
}

/** Module name → index in `modules`; a package (`pkg/__init__.py`) wins over a module file `pkg.py`, as in Python. */
export function indexByName(modules: readonly { readonly name: string; readonly isPackage: boolean }[]): Map<string, number> {
  const byName = new Map<string, number>();
  modules.forEach((m, id) => {
    const existing = byName.get(m.name);
    if (existing === undefined || (m.isPackage && !modules[existing]!.isPackage)) byName.set(m.name, id);
  });
  return byName;
}

export const outputPathOf = (file: string): string => file.replace(/\.py$/, ".ts");

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function planBatch(inputs: readonly PlanInput[]): Plan {
  const sorted = [...inputs].sort((a, b) => byString(a.rel, b.rel));
  const modules: PlannedModule[] = sorted.map((f, id) => ({ id, rel: f.rel, ...moduleNameOf(f.rel), out: outputPathOf(f.rel) }));
  const byName = indexByName(modules);

  const resolve = (candidates: readonly string[], self: number): number[] => {
    const targets = new Set<number>();
    for (const candidate of candidates) {
      const parts = candidate.split(".");
      for (let i = 1; i <= parts.length; i++) {
        const target = byName.get(parts.slice(0, i).join("."));
        if (target !== undefined && target !== self) targets.add(target);
      }
    }
    return [...targets].sort((a, b) => a - b);
  };
  const scanned = modules.map((m, id) => {
    const text = sorted[id]!.text;
    const found = text === undefined ? { moduleLevel: [], inFunctions: [] } : scanModuleImports(text, m);
    return { hard: resolve(found.moduleLevel, id), soft: resolve(found.inFunctions, id) };
  });

  const { units, unitOf } = stronglyConnected(scanned.map((s) => s.hard));
  const depSets = units.map((members, u) => {
    const set = new Set<number>();
    for (const m of members) for (const t of scanned[m]!.hard) if (unitOf[t] !== u) set.add(unitOf[t]!);
    return set;
  });
  // An import inside a function also lets types flow, when it closes no cycle (then it is there to
  // break one, and the imported module is known by name only). Edges are tried in a fixed order.
  const reaches = (from: number, to: number): boolean => {
    const seen = new Set<number>([from]);
    const queue = [from];
    while (queue.length > 0) {
      const u = queue.pop()!;
      if (u === to) return true;
      for (const d of depSets[u]!) if (!seen.has(d)) (seen.add(d), queue.push(d));
    }
    return false;
  };
  scanned.forEach((s, id) => {
    const u = unitOf[id]!;
    for (const t of s.soft) {
      const v = unitOf[t]!;
      if (v !== u && !depSets[u]!.has(v) && !reaches(v, u)) depSets[u]!.add(v);
    }
  });
  const deps = depSets.map((set) => [...set].sort((a, b) => a - b));
  const order = topologicalOrder(deps);
  // Renumber units so that each comes after the units it imports from (soft edges may point forward).
  const newIndex = new Array<number>(units.length);
  order.forEach((u, i) => (newIndex[u] = i));
  return {
    modules,
    byName,
    units: order.map((u) => units[u]!),
    unitOf: unitOf.map((u) => newIndex[u]!),
    deps: order.map((u) => deps[u]!.map((d) => newIndex[d]!).sort((a, b) => a - b)),
  };
}

/**
 * Tarjan's algorithm without recursion (module graphs can be deep). Components come out
 * dependencies first; visiting nodes and edges in index order makes the result deterministic.
 */
function stronglyConnected(edges: readonly (readonly number[])[]): { units: number[][]; unitOf: number[] } {
  const n = edges.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const unitOf = new Array<number>(n).fill(-1);
  const units: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: { v: number; edge: number }[] = [{ v: root, edge: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const out = edges[frame.v]!;
      if (frame.edge < out.length) {
        const w = out[frame.edge++]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push({ v: w, edge: 0 });
        } else if (onStack[w]) low[frame.v] = Math.min(low[frame.v]!, index[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.v] = Math.min(low[parent.v]!, low[frame.v]!);
      if (low[frame.v] === index[frame.v]) {
        const unit: number[] = [];
        for (;;) {
          const w = stack.pop()!;
          onStack[w] = false;
          unitOf[w] = units.length;
          unit.push(w);
          if (w === frame.v) break;
        }
        units.push(unit.sort((a, b) => a - b));
      }
    }
  }
  return { units, unitOf };
}

/** Dependencies first; among units that are ready at once, the lowest index first (deterministic). */
function topologicalOrder(deps: readonly (readonly number[])[]): number[] {
  const n = deps.length;
  const remaining = deps.map((d) => d.length);
  const dependents: number[][] = deps.map(() => []);
  deps.forEach((ds, u) => ds.forEach((d) => dependents[d]!.push(u)));
  const ready: number[] = [];
  for (let u = 0; u < n; u++) if (remaining[u] === 0) ready.push(u);
  const order: number[] = [];
  // A binary heap would be faster; units become ready in nearly increasing order, so a sorted insert is cheap.
  while (ready.length > 0) {
    const u = ready.shift()!;
    order.push(u);
    for (const v of dependents[u]!) {
      if (--remaining[v]! === 0) {
        let i = ready.length;
        while (i > 0 && ready[i - 1]! > v) i--;
        ready.splice(i, 0, v);
      }
    }
  }
  return order;
}

/** The units `unit` may see: itself and every unit it imports from, directly or not. */
export function closureOf(plan: ImportGraph, unit: number): number[] {
  const seen = new Set<number>([unit]);
  const queue = [unit];
  while (queue.length > 0) {
    const u = queue.pop()!;
    for (const d of plan.deps[u]!) {
      if (seen.has(d)) continue;
      seen.add(d);
      queue.push(d);
    }
  }
  return [...seen].sort((a, b) => a - b);
}
