import * as fs from "node:fs";
import * as path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic";
import type { FoundFile } from "../batch/discover";
import type { OutDir } from "../batch/out-dir";
import type { Plan } from "../batch/plan";
import { defaultJobs, type BatchOptions } from "./batch-options";
import type { BatchReporter, FileEntry } from "./batch-report";
import { RUNTIME_FILE, type Totals } from "./batch";

export interface VerifyContext {
  readonly options: BatchOptions;
  readonly out: OutDir;
  readonly plan: Plan;
  readonly found: readonly FoundFile[];
  /** The translations of this run, by module id; their entries get the new diagnostics. */
  readonly kept: Map<number, { code: string; lineMap?: readonly number[]; entry: FileEntry }>;
  readonly runtimeText: string | undefined;
  readonly totals: Totals;
  readonly reporter: BatchReporter;
  readonly display: (p: string) => string;
}

const readText = (file: string): string | undefined => {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
};

/** `--verify` and `--verify=run`: adds PY2TS5001/5002 diagnostics to the kept entries. */
export async function verifyOutputs({ options, out, plan, found, kept, runtimeText, totals, reporter, display }: VerifyContext): Promise<void> {
  const { typeCheckOutputs } = require("../batch/verify-types") as typeof import("../batch/verify-types");
  const absOut = (rel: string): string => path.join(out.root, ...rel.split("/"));
  const files = [...kept].map(([id, k]) => ({ file: absOut(plan.modules[id]!.out), code: k.code, lineMap: k.lineMap, display: display(absOut(plan.modules[id]!.out)), id }));
  const checked = typeCheckOutputs(out.root, files, runtimeText !== undefined ? absOut(RUNTIME_FILE) : undefined);
  const add = (id: number, d: Diagnostic): void => {
    const k = kept.get(id)!;
    const diagnostics = [...k.entry.diagnostics, d];
    k.entry = { ...k.entry, diagnostics, status: k.entry.status === "internal-error" ? "internal-error" : "errors" };
  };
  for (const f of files) {
    for (const d of checked.byFile.get(f.file) ?? []) {
      totals.typeErrors++;
      add(f.id, d);
    }
  }
  for (const line of checked.other) {
    totals.typeErrors++;
    reporter.note(line);
  }
  if (options.verify !== "run") return;

  const { findPython, mainGuardLine, runAndCompare } = require("../batch/verify-run") as typeof import("../batch/verify-run");
  const python = findPython();
  if (!python) {
    reporter.note(`py2ts-async: --verify=run skipped the runs: no python3 found (${process.env.PY2TS_PYTHON !== undefined ? `PY2TS_PYTHON='${process.env.PY2TS_PYTHON}' does not exist` : "looked for /usr/bin/python3 and python3 on the PATH"}); the outputs were type-checked only`);
    return;
  }
  const byRel = new Map(found.map((f) => [f.rel, f]));
  const candidates = [...kept.keys()].flatMap((id) => {
    const m = plan.modules[id]!;
    const f = byRel.get(m.rel)!;
    const guard = mainGuardLine(readText(f.file) ?? "");
    if (guard === undefined) return [];
    const root = f.file.slice(0, f.file.length - m.rel.length);
    const parent = m.name.includes(".") ? plan.byName.get(m.name.slice(0, m.name.lastIndexOf("."))) : undefined;
    const asModule = parent !== undefined && plan.modules[parent]!.isPackage;
    return [{ file: f.file, root, moduleName: m.name, asModule, out: m.out, guardLine: guard, id }];
  });
  // Everything the programs import: this run's translations, the runtime, and other outputs already in the folder.
  const outputs = new Map<string, string>();
  for (const rel of out.list((n) => n.endsWith(".ts"))) outputs.set(rel, out.read(rel) ?? "");
  for (const [id, k] of kept) outputs.set(plan.modules[id]!.out, k.code);
  if (runtimeText !== undefined) outputs.set(RUNTIME_FILE, runtimeText);
  const mismatches = await runAndCompare(candidates, outputs, python, options.runtime === "import", options.jobs ?? defaultJobs(candidates.length));
  for (const c of candidates) {
    const d = mismatches.get(c.file);
    if (!d) continue;
    totals.runMismatches++;
    add(c.id, d);
  }
  reporter.note(`py2ts-async: --verify=run ran ${candidates.length} module${candidates.length === 1 ? "" : "s"} with a __main__ guard under ${python} and Node: ${candidates.length - mismatches.size} agree, ${mismatches.size} differ`);
}
