import { parentPort, workerData } from "node:worker_threads";
import type { ForgetRequest, UnitReply, UnitRequest, WorkerInit } from "./protocol";
import type { ModuleSummary } from "./summary";
import { translateUnit, type UnitModule, type UnitWorld } from "./unit";
import { countLines, readMember } from "./read-member";
import { indexByName } from "./plan";
import { StubStore } from "./stub-store";

/**
 * A batch worker thread: translates the units the main thread sends, one at a time, and keeps
 * the summaries it was sent (the main thread sends each one once) and the stubs loaded from them. Returning to the event loop
 * after each unit lets tree-sitter free the unit's trees.
 */
const init = workerData as WorkerInit;
const modules: readonly UnitModule[] = init.modules;
const byName = indexByName(modules);
const summaries = new Map<number, ModuleSummary>();
const stubs = new StubStore({ modules, byName, ...init.graph }, summaries);

parentPort!.on("message", (request: UnitRequest | ForgetRequest) => {
  if (request.kind === "forget") {
    for (const id of request.ids) summaries.delete(id);
    stubs.forget(request.ids);
    return;
  }
  for (const [id, s] of request.summaries) summaries.set(id, s);
  const visible = new Set(request.visible);
  const world: UnitWorld = {
    module: (name) => {
      const id = byName.get(name);
      return id === undefined ? undefined : modules[id];
    },
    summary: (name) => {
      const id = byName.get(name);
      return id !== undefined && visible.has(id) ? summaries.get(id) : undefined;
    },
  };
  const members = request.members.map((m) => ({ ...modules[m.id]!, source: readMember(m.file) }));
  const { results, summaries: made } = translateUnit(members, world, init.options, stubs);
  const reply: UnitReply = {
    kind: "done",
    unit: request.unit,
    results: request.members.map((m, i) => [m.id, { ...results[i]!, lines: countLines(members[i]!.source) }] as const),
    summaries: request.members.map((m, i) => [m.id, made[i]!] as const),
  };
  parentPort!.postMessage(reply);
});
