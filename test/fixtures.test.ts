import * as fs from "node:fs";
import * as path from "node:path";
import { transpile } from "../src/transpile";
import { loadFixtures, TRANSLATE_OPTIONS, type Fixture } from "./support/fixtures";
import { createWorkdir, inBatches, runNode, toRunnable, typeCheck, type RunResult } from "./support/workdir";

/**
 * The fixture triad for every `grammar-fixtures/<area>/<case>/`: (a) the translation equals the
 * golden `output.ts`; (b) every golden file type-checks under `--strict` (one compiler run for all);
 * (c) running the golden file with Node prints exactly `stdout.txt` and exits with `exit.txt`, against
 * the project's loopback test server. `UPDATE_FIXTURES=1` rewrites goldens (refused when CI is set).
 */
const fixtures = loadFixtures();
const update = process.env.UPDATE_FIXTURES === "1";
if (update && process.env.CI) throw new Error("UPDATE_FIXTURES is refused when CI is set: goldens change only in a reviewed local run");

const formatDiagnostics = (ds: readonly { severity: string; code: string; message: string; start?: { line: number; column: number } }[]): string =>
  ds.map((d) => `${d.start ? `${d.start.line}:${d.start.column} ` : ""}${d.severity} ${d.code}: ${d.message}`).join("\n") + (ds.length ? "\n" : "");

describe.each(groupByArea(fixtures))("%s", (_area, cases) => {
  test.each(cases.map((f) => [f.name, f] as const))("%s translates to its golden output", (_name, f) => {
    const result = transpile(f.input, TRANSLATE_OPTIONS(f));
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    if (update) {
      if (errors.length === 0) fs.writeFileSync(path.join(f.dir, "output.ts"), result.code);
      else fs.rmSync(path.join(f.dir, "output.ts"), { force: true });
      if (result.diagnostics.length > 0) fs.writeFileSync(path.join(f.dir, "diagnostics.txt"), formatDiagnostics(result.diagnostics));
      else fs.rmSync(path.join(f.dir, "diagnostics.txt"), { force: true });
      return;
    }
    expect(formatDiagnostics(result.diagnostics)).toBe(f.expectedDiagnostics ?? "");
    if (f.expectedOutput === undefined) expect(errors.length).toBeGreaterThan(0);
    else expect(result.code).toBe(f.expectedOutput);
  });
});

describe("golden outputs", () => {
  const withOutput = fixtures.filter((f) => f.expectedOutput !== undefined);
  const runnable = withOutput.filter((f) => f.expectedStdout !== undefined);
  const typeErrors = new Map<Fixture, string[]>();
  const runs = new Map<Fixture, RunResult>();

  // Type-check all goldens in one compiler run and run them in parallel once; the tests below assert per case.
  beforeAll(async () => {
    const workdir = createWorkdir("fixtures");
    const copies = new Map<Fixture, string>();
    for (const f of withOutput) {
      const dir = path.join(workdir, f.area, f.name);
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, "output.ts");
      fs.writeFileSync(file, f.expectedOutput!);
      copies.set(f, file);
    }
    const checked = typeCheck([...copies.values()]);
    for (const f of withOutput) typeErrors.set(f, checked.get(path.resolve(copies.get(f)!)) ?? []);
    const run = (f: Fixture): Promise<RunResult> => runNode(toRunnable(copies.get(f)!), { TEST_BASE_URL: process.env.TEST_BASE_URL ?? "" });
    const results = await inBatches(runnable, 4, run);
    runnable.forEach((f, i) => runs.set(f, results[i]!));
    // Concurrency fixtures run on real timers: one that differs is run once more on its own, so that a
    // machine busy with the other test files cannot reorder its events. A real difference fails both times.
    for (const f of runnable) {
      const r = runs.get(f)!;
      if (r.stdout !== f.expectedStdout || r.exitCode !== f.expectedExit || r.timedOut) runs.set(f, await run(f));
    }
  }, 600000);

  test.each(withOutput.map((f) => [`${f.area}/${f.name}`, f] as const))("%s type-checks under --strict", (_name, f) => {
    expect(typeErrors.get(f)).toEqual([]);
  });

  test.each(runnable.map((f) => [`${f.area}/${f.name}`, f] as const))("%s prints what CPython printed", (_name, f) => {
    const r = runs.get(f)!;
    expect({ stdout: r.stdout, exit: r.exitCode, timedOut: r.timedOut }).toEqual({ stdout: f.expectedStdout, exit: f.expectedExit, timedOut: false });
  });
});

function groupByArea(all: readonly Fixture[]): [string, Fixture[]][] {
  const areas = new Map<string, Fixture[]>();
  for (const f of all) areas.set(f.area, [...(areas.get(f.area) ?? []), f]);
  return [...areas];
}
