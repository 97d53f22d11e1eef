import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { internalError } from "../transpile";
import { closureOf, type Plan } from "./plan";
import type { ForgetRequest, UnitReply, UnitRequest, WorkerInit } from "./protocol";
import { SummaryKeeper } from "./keeper";
import { ParseAhead } from "./parse-ahead";
import { countLines, readMember } from "./read-member";
import { worldFor } from "./sequential";
import { EMPTY_SUMMARY, type ModuleSummary } from "./summary";
import { StubStore } from "./stub-store";
import { translateUnit, type MemberResult, type UnitOptions } from "./unit";

export interface ModuleOutcome {
  readonly id: number;
  readonly result: MemberResult;
  /** Lines of the Python source. */
  readonly lines: number;
  /** What importers of this module see of it (kept by `--watch` for the next run). */
  readonly summary: ModuleSummary;
}

export interface EngineOptions extends UnitOptions {
  /** Worker threads; 1 translates on this thread. */
  readonly jobs: number;
  /** Source size of each module (bytes or characters), to start long work first. */
  readonly sizes?: readonly number[];
  /**
   * Give up on a unit after this long (its modules get PY2TS9999 and the batch goes on). Units then
   * always run on worker threads (one with `jobs: 1`), which can be stopped.
   */
  readonly unitTimeoutMs?: number;
  /**
   * With one worker, parse on a thread of its own ahead of the translation (./parse-ahead.ts).
   * Default: when the modules to translate hold over 1 MB of source (`sizes`), as starting the
   * thread costs more than it saves on a few files.
   */
  readonly parseAhead?: boolean;
}

/** Units the parsing thread may run ahead of the translation. */
const PARSE_AHEAD_UNITS = 16;

/**
 * Runs the units of a plan: dependencies before dependents, as many at once as there are
 * workers, the longest chains of work first. `wanted` limits the run to some modules (a shard, or
 * the files a watch run must redo) and the units they import from; `onResult` receives the wanted
 * modules' translations as their units finish (in no particular order: the output of each module
 * does not depend on it).
 */
export async function runPlan(
  plan: Plan,
  fileOf: (id: number) => string,
  options: EngineOptions,
  onResult: (outcome: ModuleOutcome) => void,
  wanted?: ReadonlySet<number>,
  known?: ReadonlyMap<number, ModuleSummary>,
): Promise<void> {
  const needed = neededUnits(plan, wanted, known);
  const report = (id: number, result: MemberResult, lines: number, summary: ModuleSummary): void => {
    if (!wanted || wanted.has(id)) onResult({ id, result, lines, summary });
  };
  const unitOptions: UnitOptions = { runtime: options.runtime, runtimeFile: options.runtimeFile, lineMaps: options.lineMaps };
  const keeper = new SummaryKeeper(plan, needed, known ?? new Map());
  if (options.jobs <= 1 && !options.unitTimeoutMs) {
    const source = [...needed].reduce((sum, u) => sum + plan.units[u]!.reduce((n, id) => n + (options.sizes?.[id] ?? 0), 0), 0);
    return runHere(plan, fileOf, unitOptions, needed, report, keeper, options.parseAhead ?? source > 1_000_000);
  }
  return runOnWorkers(plan, fileOf, options, unitOptions, needed, report, keeper);
}

/** The wanted modules' units and the units they import from, except those whose summaries are already known. */
function neededUnits(plan: Plan, wanted: ReadonlySet<number> | undefined, known: ReadonlyMap<number, ModuleSummary> | undefined): Set<number> {
  const needed = new Set<number>();
  const ids = wanted ?? new Set(plan.modules.map((m) => m.id));
  const wantedUnits = new Set([...ids].map((id) => plan.unitOf[id]!));
  for (const w of wantedUnits) {
    for (const u of closureOf(plan, w)) {
      if (wantedUnits.has(u) || !known || !plan.units[u]!.every((id) => known.has(id))) needed.add(u);
    }
  }
  return needed;
}

type Report = (id: number, r: MemberResult, lines: number, summary: ModuleSummary) => void;

async function runHere(
  plan: Plan,
  fileOf: (id: number) => string,
  options: UnitOptions,
  needed: ReadonlySet<number>,
  report: Report,
  keeper: SummaryKeeper,
  parseAhead: boolean,
): Promise<void> {
  const summaries = keeper.summaries;
  const stubs = new StubStore(plan, summaries);
  const order = [...needed].sort((a, b) => a - b);
  const filesOf = (u: number): string[] => plan.units[u]!.map(fileOf);
  const ahead = parseAhead ? new ParseAhead() : undefined;
  try {
    let asked = 0;
    let sinceYield = 0;
    for (let k = 0; k < order.length; k++) {
      const u = order[k]!;
      const ids = plan.units[u]!;
      if (ahead) {
        for (; asked < order.length && asked <= k + PARSE_AHEAD_UNITS; asked++) ahead.request(filesOf(order[asked]!));
        await ahead.ready(filesOf(u));
      }
      const members = ids.map((id) => ({ ...plan.modules[id]!, source: ahead?.takeSource(fileOf(id)) ?? readMember(fileOf(id)) }));
      const { results, summaries: made } = translateUnit(members, worldFor(plan, u, summaries), options, stubs);
      ids.forEach((id, i) => report(id, results[i]!, countLines(members[i]!.source), made[i]!));
      for (const summary of made) ahead?.requestStub(summary.stub);
      stubs.forget(
        keeper.finish(
          u,
          ids.map((id, i) => [id, made[i]!] as const),
        ),
      );
      // tree-sitter frees the trees of finished files only when the event loop turns.
      sinceYield += ids.length;
      if (sinceYield >= 10) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    await ahead?.close();
  }
}

/** The worker script beside this module (dist/batch), also when this module runs from src/ under a test runner. */
function workerScript(): string {
  const here = path.join(__dirname, "worker.js");
  return fs.existsSync(here) ? here : path.join(__dirname, "..", "..", "dist", "batch", "worker.js");
}

interface Slot {
  worker: Worker;
  busy?: number;
  timer?: NodeJS.Timeout;
  readonly sent: Set<number>;
}

function runOnWorkers(
  plan: Plan,
  fileOf: (id: number) => string,
  options: EngineOptions,
  unitOptions: UnitOptions,
  needed: ReadonlySet<number>,
  report: Report,
  keeper: SummaryKeeper,
): Promise<void> {
  const summaries = keeper.summaries;
  const init: WorkerInit = {
    modules: plan.modules.map((m) => ({ name: m.name, isPackage: m.isPackage, out: m.out })),
    graph: { units: plan.units, unitOf: plan.unitOf, deps: plan.deps },
    options: unitOptions,
  };
  const dependents: number[][] = plan.units.map(() => []);
  const waiting = new Map<number, number>();
  for (const u of needed) {
    const deps = plan.deps[u]!.filter((d) => needed.has(d));
    waiting.set(u, deps.length);
    for (const d of deps) dependents[d]!.push(u);
  }
  const rank = upwardRank(plan, needed, dependents, options.sizes);
  const ready: number[] = [...needed].filter((u) => waiting.get(u) === 0);
  let remaining = needed.size;

  return new Promise<void>((resolve) => {
    const slots: Slot[] = [];
    const finishUnit = (u: number, made: readonly (readonly [number, ModuleSummary])[]): void => {
      const dropped = keeper.finish(u, made);
      if (dropped.length > 0) {
        for (const slot of slots) {
          const forget = dropped.filter((id) => slot.sent.delete(id));
          if (forget.length > 0) slot.worker.postMessage({ kind: "forget", ids: forget } satisfies ForgetRequest);
        }
      }
      remaining--;
      for (const v of dependents[u]!) {
        const left = waiting.get(v)! - 1;
        waiting.set(v, left);
        if (left === 0) ready.push(v);
      }
    };
    const failUnit = (u: number, error: unknown): void => {
      const diagnostic = internalError(error);
      for (const id of plan.units[u]!) report(id, { out: plan.modules[id]!.out, code: "", diagnostics: [diagnostic], helpers: [] }, 0, EMPTY_SUMMARY);
      finishUnit(
        u,
        plan.units[u]!.map((id) => [id, EMPTY_SUMMARY] as const),
      );
    };
    const spawn = (): Slot => {
      const slot: Slot = { worker: new Worker(workerScript(), { workerData: init }), sent: new Set() };
      slot.worker.on("message", (reply: UnitReply) => {
        clearTimeout(slot.timer);
        slot.busy = undefined;
        const made = new Map(reply.summaries);
        for (const [id, r] of reply.results) report(id, r, r.lines, made.get(id) ?? EMPTY_SUMMARY);
        finishUnit(reply.unit, reply.summaries);
        pump();
      });
      const lost = (error: unknown): void => {
        clearTimeout(slot.timer);
        const u = slot.busy;
        slot.busy = undefined;
        const i = slots.indexOf(slot);
        if (i >= 0) slots.splice(i, 1);
        if (u !== undefined) failUnit(u, error instanceof Error ? new Error(`a worker thread failed: ${error.message}`) : error);
        if (remaining > 0) slots.push(spawn());
        pump();
      };
      slot.worker.on("error", lost);
      slot.worker.on("exit", (code) => {
        if (slots.includes(slot)) lost(new Error(`a worker thread exited with code ${code}`));
      });
      return slot;
    };
    const pump = (): void => {
      if (remaining === 0) {
        const all = slots.splice(0);
        void Promise.all(all.map((s) => s.worker.terminate())).then(() => resolve());
        return;
      }
      for (const slot of slots) {
        if (slot.busy !== undefined || ready.length === 0) continue;
        // Longest remaining chain of work first.
        let best = 0;
        for (let i = 1; i < ready.length; i++) if (rank[ready[i]!]! > rank[ready[best]!]! || (rank[ready[i]!] === rank[ready[best]!] && ready[i]! < ready[best]!)) best = i;
        const u = ready.splice(best, 1)[0]!;
        const visible = keeper.visibleTo(u);
        const fresh = visible.filter((id) => summaries.has(id) && !slot.sent.has(id));
        fresh.forEach((id) => slot.sent.add(id));
        const request: UnitRequest = {
          kind: "unit",
          unit: u,
          members: plan.units[u]!.map((id) => ({ id, file: fileOf(id) })),
          visible,
          summaries: fresh.map((id) => [id, summaries.get(id)!] as const),
        };
        slot.busy = u;
        slot.worker.postMessage(request);
        const limit = options.unitTimeoutMs;
        if (limit) {
          slot.timer = setTimeout(() => {
            if (slot.busy !== u) return;
            const at = slots.indexOf(slot);
            if (at >= 0) slots.splice(at, 1);
            slot.busy = undefined;
            void slot.worker.terminate();
            failUnit(u, new Error(`the translation did not finish within ${Math.round(limit / 1000)} s (--timeout)`));
            if (remaining > 0) slots.push(spawn());
            pump();
          }, limit);
        }
      }
    };
    const count = Math.max(1, Math.min(options.jobs, needed.size));
    for (let i = 0; i < count; i++) slots.push(spawn());
    pump();
  });
}

/** For each unit: its own size plus the largest size of any chain of units waiting on it. */
function upwardRank(plan: Plan, needed: ReadonlySet<number>, dependents: readonly (readonly number[])[], sizes: readonly number[] | undefined): number[] {
  const rank = new Array<number>(plan.units.length).fill(0);
  for (let u = plan.units.length - 1; u >= 0; u--) {
    if (!needed.has(u)) continue;
    const own = plan.units[u]!.reduce((sum, id) => sum + (sizes?.[id] ?? 1), 0);
    let longest = 0;
    for (const v of dependents[u]!) longest = Math.max(longest, rank[v]!);
    rank[u] = own + longest;
  }
  return rank;
}
