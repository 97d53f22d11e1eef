import * as fs from "node:fs";
import { closureOf } from "../batch/plan";
import type { ModuleSummary } from "../batch/summary";
import type { BatchOptions } from "./batch-options";
import { BatchUsageError, runBatch, setUpBatch, type BatchIo, type BatchSetup } from "./batch";

const DEBOUNCE_MS = 100;

/**
 * `--watch`: one full run, then, whenever sources change, a run of the changed modules and of every
 * module that imports them (directly or not), with the summaries of the others kept from the
 * previous run, which gives the same outputs as a full run. Adding or removing a file replans and
 * redoes everything. Ctrl-C (or SIGTERM) stops: exit code 130.
 */
export async function watchBatch(options: BatchOptions, io: BatchIo): Promise<number> {
  const state = new Map<string, { hash: string; summary: ModuleSummary }>();
  const capture = (setup: BatchSetup) => (id: number, summary: ModuleSummary) => state.set(setup.plan.modules[id]!.rel, { hash: setup.hashes[id]!, summary });

  let setup = setUpBatch(options);
  await runBatch(options, io, setup, { wanted: new Set(setup.wanted), known: new Map(), onSummary: capture(setup) });

  return new Promise<number>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let running = false;
    let again = false;
    const watchers: fs.FSWatcher[] = [];

    const cycle = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        let next: BatchSetup;
        try {
          next = setUpBatch(options);
        } catch (error) {
          io.stderr(`py2ts-async: ${error instanceof BatchUsageError || error instanceof Error ? error.message : String(error)}\n`);
          return;
        }
        const sameFiles = next.plan.modules.length === setup.plan.modules.length && next.plan.modules.every((m) => state.has(m.rel));
        const changed = next.plan.modules.filter((m) => state.get(m.rel)?.hash !== next.hashes[m.id]).map((m) => m.id);
        if (sameFiles && changed.length === 0) return;
        const affected = sameFiles ? withDependents(next, changed) : new Set(next.plan.modules.map((m) => m.id));
        const known = new Map<number, ModuleSummary>();
        for (const m of next.plan.modules) {
          const previous = state.get(m.rel);
          if (!affected.has(m.id) && previous) known.set(m.id, previous.summary);
        }
        setup = next;
        const kept = new Set(next.plan.modules.map((m) => m.rel));
        for (const rel of [...state.keys()]) if (!kept.has(rel)) state.delete(rel);
        io.stderr(`py2ts-async: ${changed.length} changed, translating ${affected.size} file${affected.size === 1 ? "" : "s"}\n`);
        await runBatch(options, io, next, { wanted: affected, known, onSummary: capture(next) });
      } finally {
        running = false;
        if (again) {
          again = false;
          schedule();
        }
      }
    };
    const schedule = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => void cycle(), DEBOUNCE_MS);
    };
    for (const input of options.inputs) {
      try {
        const recursive = fs.statSync(input).isDirectory();
        watchers.push(fs.watch(input, { recursive }, (_event, name) => {
          if (!name || name.endsWith(".py") || !/\.\w+$/.test(name)) schedule();
        }));
      } catch (error) {
        io.stderr(`py2ts-async: cannot watch '${input}': ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
    io.stderr(`py2ts-async: watching ${setup.plan.modules.length} files for changes (Ctrl-C stops)\n`);
    const stop = (): void => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      io.stderr("py2ts-async: stopped watching\n");
      resolve(130);
      // A run in progress stops with the process (writes are atomic, so nothing is left half-written).
      if (running) process.exit(130);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** The changed modules and every module whose unit imports one of them, directly or not. */
function withDependents(setup: BatchSetup, changed: readonly number[]): Set<number> {
  const { plan } = setup;
  const changedUnits = new Set(changed.map((id) => plan.unitOf[id]!));
  const affected = new Set<number>(changed);
  plan.units.forEach((members, u) => {
    if (closureOf(plan, u).some((v) => changedUnits.has(v))) for (const id of members) affected.add(id);
  });
  return affected;
}
