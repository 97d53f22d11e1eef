import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { batchV8Flags } from "../../src/cli/v8-tuning";
import { cli, requireBuild } from "./helpers";
import { createWorkdir } from "../support/workdir";

/**
 * A large batch runs in a new process with V8 flags set at its start (on worker threads, without
 * V8's helper threads, which compete with the workers for the cores); small batches, --watch and
 * --verify stay put.
 */
const dir = createWorkdir("batch-relaunch");
const src = path.join(dir, "src");
fs.mkdirSync(src, { recursive: true });
// Over a megabyte of source that translates in no time: comments.
const comments = `# ${"x".repeat(998)}\n`.repeat(1100);
fs.writeFileSync(path.join(src, "big.py"), `${comments}print("big")\n`);
fs.writeFileSync(path.join(src, "small.py"), 'print("small")\n');

/** The V8 flags `main` asked to relaunch with, for a batch run from `dir` (the relaunch itself only recorded). */
async function relaunchesOf(args: readonly string[]): Promise<(readonly string[])[]> {
  const asked: (readonly string[])[] = [];
  const relaunch = (flags: readonly string[]): Promise<number> => (asked.push(flags), Promise.resolve(0));
  const io = { stdout: () => {}, stderr: () => {}, stdin: () => new Uint8Array(), isTty: false, relaunch };
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    await main(args, io);
  } finally {
    process.chdir(cwd);
  }
  return asked;
}

test("a large batch starts again with V8 flags for its number of threads", async () => {
  expect(await relaunchesOf(["src", "--out-dir", "out", "--jobs", "2"])).toEqual([batchV8Flags(2)]);
  expect(await relaunchesOf(["src", "--out-dir", "out", "--jobs", "1"])).toEqual([batchV8Flags(1)]);
  const budget = (flags: string[]): string | undefined => flags.find((f) => f.startsWith("--interrupt-budget="));
  expect(batchV8Flags(2)).toContain("--single-threaded");
  expect(budget(batchV8Flags(2))).toBeDefined();
  expect(batchV8Flags(1)).not.toContain("--single-threaded");
  expect(budget(batchV8Flags(1))).toBeUndefined();
});

test("a small batch and --verify are not relaunched", async () => {
  expect(await relaunchesOf(["src/small.py", "--out-dir", "out", "--jobs", "2"])).toEqual([]);
  expect(await relaunchesOf(["src", "--out-dir", "out", "--jobs", "2", "--verify"])).toEqual([]);
});

test("the relaunched batch writes its outputs, reports on the same streams and exits with its code", () => {
  requireBuild();
  // Each Node process and worker thread of the run notes its V8 flags.
  const probe = path.join(dir, "probe.cjs");
  const seen = path.join(dir, "execArgv.txt");
  fs.writeFileSync(probe, `require("node:fs").appendFileSync(${JSON.stringify(seen)}, JSON.stringify(process.execArgv) + "\\n");\n`);
  const ok = cli(dir, ["src", "--out-dir", "out2", "--jobs", "2"], { NODE_OPTIONS: `--require=${probe}` });
  const [first, ...relaunched] = fs.readFileSync(seen, "utf8").trim().split("\n").map((l) => JSON.parse(l) as string[]);
  expect(first).toEqual([]);
  // The new process and its worker threads.
  expect(relaunched.length).toBeGreaterThanOrEqual(2);
  for (const flags of relaunched) expect(flags).toEqual(batchV8Flags(2));
  expect(ok.stderr).toMatch(/2 files .*2 translated/);
  expect(ok.status).toBe(0);
  expect(fs.readFileSync(path.join(dir, "out2", "big.ts"), "utf8")).toContain('console.log("big")');
  fs.writeFileSync(path.join(src, "bad.py"), "import nowhere_to_be_found\n");
  const failed = cli(dir, ["src", "--out-dir", "out3", "--jobs", "2"]);
  fs.rmSync(path.join(src, "bad.py"));
  expect(failed.stderr).toContain("PY2TS2010");
  expect(failed.status).toBe(1);
});
