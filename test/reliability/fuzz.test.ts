// Robustness of transpile() on inputs nobody wrote on purpose: a deterministic prefix of the mutation
// fuzzer (scripts/reliability/fuzz.js runs thousands), the fixed pathological inputs, and library
// calls with arguments the rules do not expect. Every input must give a translation or diagnostics:
// no PY2TS9999, no exception escaping transpile(), nothing slower than 5 s, and a translation
// without errors must at least parse as TypeScript.
import { DIST, FUZZ_SEED, describeFailure, generateLib, requireBuild, runnerLib, type Input, type RunResult, type Runner } from "./harness";

const LIMIT_MS = 5000;
const MUTANTS = 200;

let runner: Runner;

beforeAll(() => {
  requireBuild();
  // Child processes: a hang is killed without taking the test run down (see lib/runner.js). The
  // limit is on CPU time, so that a busy machine does not fail the suite; the watchdog kills a worker
  // after twice the limit of wall-clock time.
  runner = new runnerLib.Runner({ dist: DIST, jobs: 2, timeoutMs: LIMIT_MS, limitBy: "cpu", wallFactor: 2 });
});

afterAll(async () => {
  await runner?.close();
});

async function failuresOf(inputs: readonly Input[], options: object = {}): Promise<string[]> {
  const results: RunResult[] = await Promise.all(inputs.map((input) => runner.run(input.bytes, { checkTs: true, options })));
  return inputs.flatMap((input, i) => (runnerLib.isFailure(results[i]!) ? [describeFailure(input, results[i]!)] : []));
}

test(`the first ${MUTANTS} fuzzer inputs (seed ${FUZZ_SEED}) translate or give diagnostics`, async () => {
  const inputs = generateLib.generateMutants(generateLib.seedFiles(), { seed: FUZZ_SEED, count: MUTANTS });
  expect(inputs).toHaveLength(MUTANTS);
  expect(await failuresOf(inputs)).toEqual([]);
});

test("the generator is deterministic", () => {
  const seeds = generateLib.seedFiles();
  const a = generateLib.generateMutants(seeds, { seed: FUZZ_SEED, count: 30 });
  const b = generateLib.generateMutants(seeds, { seed: FUZZ_SEED, count: 30 });
  expect(b.map((m) => [m.id, m.ops, m.bytes.toString("base64")])).toEqual(a.map((m) => [m.id, m.ops, m.bytes.toString("base64")]));
});

describe("pathological inputs", () => {
  const inputs = generateLib.pathologicalInputs();
  // All of them start at once (two worker processes share the queue); each test awaits its own.
  const results = new Map<string, Promise<RunResult>>();
  beforeAll(() => {
    for (const input of inputs) results.set(input.id, runner.run(input.bytes, { checkTs: true }));
  });
  // One test per input, so that the report names each one that fails.
  test.each(inputs.map((input) => [input.id, input] as const))("%s", async (_id, input) => {
    const result = await results.get(input.id)!;
    expect(runnerLib.isFailure(result) ? describeFailure(input, result) : result.status).toMatch(/^(ok|diagnostics)$/);
  });
});

test("library calls with missing or splatted arguments give diagnostics, not internal errors", async () => {
  const { inputs, warning } = generateLib.libraryCallInputs(DIST);
  expect(warning).toBeUndefined();
  // The "no arguments" and "*args" variants of every rule: the ones that find the bugs. The first
  // with the default inlined runtime (a helper missing from the runtime fails only there), the
  // second with the imported runtime (the same lowering, a much smaller output to parse).
  const none = inputs.filter((i) => i.id.endsWith("/none"));
  const star = inputs.filter((i) => i.id.endsWith("/star"));
  expect(none.length).toBeGreaterThan(100);
  const failures = [...(await failuresOf(none)), ...(await failuresOf(star, { runtime: "import" }))];
  expect(failures).toEqual([]);
});
