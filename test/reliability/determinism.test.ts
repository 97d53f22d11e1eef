// The same input gives the same bytes: run twice, in one process or two, and whatever else the
// process translated before (the parser, the rule registry and the runtime manifest are shared
// per process, so leaked state would show up as order-dependent output).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { BIN, DIST, ROOT, requireBuild } from "./harness";
import { loadFixtures, TRANSLATE_OPTIONS } from "../support/fixtures";

const fixtures = loadFixtures();
const inputs = [
  ...fixtures.map((f) => ({ name: `${f.area}/${f.name}`, file: path.join(f.dir, "input.py"), options: TRANSLATE_OPTIONS(f) })),
  ...fs
    .readdirSync(path.join(ROOT, "examples"))
    .filter((n) => n.endsWith(".py"))
    .sort()
    .map((n) => ({ name: `examples/${n}`, file: path.join(ROOT, "examples", n), options: {} })),
];

beforeAll(() => requireBuild());

/** Translates the inputs in the given order in one fresh process; a digest per input. */
function translateInOrder(order: typeof inputs): Record<string, string> {
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "reliability", "lib", "translate-batch.js"), DIST], { input: JSON.stringify(order), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`translate-batch failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, string>;
}

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test("translating every fixture twice, and in other orders, gives identical outputs", () => {
  expect(inputs.length).toBeGreaterThan(3);
  // Forward, then the whole list again in the same process: the second pass must repeat the first.
  const again = (name: string): string => `${name} (again)`;
  const forward = translateInOrder([...inputs, ...inputs.map((i) => ({ ...i, name: again(i.name) }))]);
  expect(inputs.map((i) => i.name).filter((n) => forward[again(n)] !== forward[n])).toEqual([]);
  // Other orders, each in a fresh process.
  const backward = translateInOrder([...inputs].reverse());
  const mixed = translateInOrder(shuffled(inputs, 7));
  const differ = (other: Record<string, string>): string[] => inputs.map((i) => i.name).filter((n) => other[n] !== forward[n]);
  expect(differ(backward)).toEqual([]);
  expect(differ(mixed)).toEqual([]);
});

test("the command line writes identical bytes on two runs", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-reliability-det-"));
  try {
    // The largest fixture input: the most room for an unstable order (maps, sets, renaming).
    const largest = [...inputs].sort((a, b) => fs.statSync(b.file).size - fs.statSync(a.file).size)[0]!;
    const outs = [1, 2].map((n) => {
      const out = path.join(dir, `out${n}.ts`);
      const r = spawnSync(process.execPath, [BIN, largest.file, "--emit-on-error", "-o", out], { encoding: "utf8" });
      expect(r.status === 0 || r.status === 1).toBe(true);
      return fs.readFileSync(out);
    });
    expect(outs[0]!.equals(outs[1]!)).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
