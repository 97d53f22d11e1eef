import * as fs from "node:fs";
import * as path from "node:path";
import { transpileProject } from "../../src/project";
import { cli, readTree, requireBuild, scratch, SHOP, TINY, writeTree } from "./helpers";

/**
 * A batch's output depends only on its inputs: not on the number of worker threads, not on the
 * order the inputs are given in, and shards together give exactly the unsharded result.
 * The corpus mixes packages, an import cycle, a module with errors (written with
 * --emit-on-error) and, when installed, copies of two standard-library packages.
 */
beforeAll(requireBuild);

const STDLIB = ["/usr/lib/python3.11/json", "/usr/lib/python3.11/concurrent"].filter((p) => fs.existsSync(p));

function corpus(work: string): string[] {
  const root = path.join(work, "corpus");
  writeTree(root, {
    // (main.py renamed: the shop has one, and two inputs may not share an output path)
    ...Object.fromEntries(Object.entries(TINY).map(([k, v]) => [`tiny/${k === "main.py" ? "tiny_main.py" : k}`, v])),
    "cycle/a.py": "from b import g\n\n\ndef f(n: int) -> int:\n    return g(n - 1) + 1 if n > 0 else 0\n",
    "cycle/b.py": "from a import f\n\n\ndef g(n: int) -> int:\n    return f(n)\n",
    "cycle/lazy.py": "def later():\n    import tiny_helpers\n    return tiny_helpers.twice(2)\n",
    "cycle/tiny_helpers.py": "def twice(x: int) -> int:\n    return 2 * x\n",
    "cycle/broken.py": "import asyncio\n\nasync def main():\n    await asyncio.sleep(0)\n    print(undefined_name)\n\nasyncio.run(main())\n",
  });
  for (const pkg of STDLIB) fs.cpSync(pkg, path.join(root, "lib", path.basename(pkg)), { recursive: true });
  return [path.join(SHOP, "src"), path.join(root, "tiny"), path.join(root, "cycle"), ...(STDLIB.length ? [path.join(root, "lib")] : [])];
}

test("--jobs 1 and --jobs 2, inputs in any order, give byte-identical trees", () => {
  const work = scratch("determinism-jobs");
  const inputs = corpus(work);
  const one = cli(work, [...inputs, "--out-dir", "out1", "--jobs", "1", "--emit-on-error"]);
  const two = cli(work, [...[...inputs].reverse(), "--out-dir", "out2", "--jobs", "2", "--emit-on-error"]);
  expect(one.status).toBe(1); // broken.py has an error
  expect(two.status).toBe(1);
  const a = readTree(path.join(work, "out1"));
  const b = readTree(path.join(work, "out2"));
  expect(a.size).toBeGreaterThan(10);
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [k, v] of a) expect(`${k}\n${b.get(k)}`).toBe(`${k}\n${v}`);
  // Diagnostics are reported in source order, whatever the order of completion.
  expect(two.stderr).toBe(one.stderr.replace(/ in \d+\.\d s\n$/, two.stderr.match(/ in \d+\.\d s\n$/)![0]));
}, 180000);

test("shards together give exactly the unsharded result", () => {
  const work = scratch("determinism-shards");
  const inputs = corpus(work);
  expect(cli(work, [...inputs, "--out-dir", "whole", "--emit-on-error"]).status).toBe(1);
  const whole = readTree(path.join(work, "whole"));
  const union = new Map<string, string>();
  for (let i = 1; i <= 3; i++) {
    const r = cli(work, [...inputs, "--out-dir", `shard${i}`, "--shard", `${i}/3`, "--emit-on-error", "--jobs", "2"]);
    expect(r.status === 0 || r.status === 1).toBe(true);
    for (const [k, v] of readTree(path.join(work, `shard${i}`))) {
      expect(union.has(k)).toBe(false);
      union.set(k, v);
    }
  }
  expect([...union.keys()].sort()).toEqual([...whole.keys()].sort());
  for (const [k, v] of whole) expect(`${k}\n${union.get(k)}`).toBe(`${k}\n${v}`);
  // Only shard 1 writes the shared runtime module.
  expect(fs.existsSync(path.join(work, "shard1", "_py2ts_runtime.ts"))).toBe(true);
  expect(fs.existsSync(path.join(work, "shard2", "_py2ts_runtime.ts"))).toBe(false);
}, 180000);

test("transpileProject does not depend on the order of its files", () => {
  const files = Object.entries(TINY).map(([p, source]) => ({ path: p, source }));
  const a = transpileProject(files);
  const b = transpileProject([...files].reverse());
  expect([...b.files]).toEqual([...a.files]);
  expect(b.runtime).toEqual(a.runtime);
});
