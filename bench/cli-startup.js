#!/usr/bin/env node
// Times the single-file CLI (`py2ts-async file.py -o out.ts`) on a tiny program and on a ~1000-line
// program, against two baselines measured in the same run, pair by pair: `node -e 0` (process start)
// and raw tree-sitter parsing of the same file in a fresh process (the floor for anything that parses).
// Usage: node bench/cli-startup.js [runs=20]. Prints a Markdown table of medians and ratios.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const runs = Number(process.argv[2] ?? 20);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-bench-"));

/** One unit of realistic asyncio code (~40 lines); repeated with fresh names for the large input. */
function unit(i) {
  return `
class Worker${i}:
    """Pulls jobs from a queue and records what it did."""

    def __init__(self, name: str, limit: int) -> None:
        self.name = name
        self.limit = limit
        self.done: list[int] = []

    async def handle(self, job: int) -> int:
        await asyncio.sleep(0)
        if job % 3 == 0:
            return job * 2
        elif job % 3 == 1:
            return job + ${i}
        return -job


async def run_workers_${i}(count: int) -> list[int]:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(count):
        queue.put_nowait(n)
    worker = Worker${i}(f"w${i}", count)
    results: list[int] = []
    while not queue.empty():
        job = queue.get_nowait()
        try:
            results.append(await asyncio.wait_for(worker.handle(job), timeout=1))
        except asyncio.TimeoutError:
            print("timed out", job)
        finally:
            queue.task_done()
    return results


async def gather_${i}() -> int:
    parts = await asyncio.gather(run_workers_${i}(3), run_workers_${i}(2))
    return sum(len(p) for p in parts)
`;
}

const tiny = path.join(work, "tiny.py");
fs.writeFileSync(tiny, 'import asyncio\n\nasync def main() -> None:\n    print("hello")\n    await asyncio.sleep(0.01)\n    print("world")\n\nasyncio.run(main())\n');
const large = path.join(work, "large.py");
let text = "import asyncio\n";
for (let i = 0; text.split("\n").length < 1000; i++) text += unit(i);
fs.writeFileSync(large, text);
const parseOnly = path.join(work, "parse-only.js");
fs.writeFileSync(
  parseOnly,
  `const Parser = require(${JSON.stringify(require.resolve("tree-sitter", { paths: [root] }))});
const Python = require(${JSON.stringify(require.resolve("tree-sitter-python", { paths: [root] }))});
const p = new Parser(); p.setLanguage(Python);
p.parse(require("fs").readFileSync(process.argv[2], "utf8"));\n`,
);

const cli = path.join(root, "bin", "py2ts-async");
function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows = [];
for (const [label, file] of [["tiny (8 lines)", tiny], [`large (${text.split("\n").length} lines)`, large]]) {
  const node = [], parse = [], ours = [], vsNode = [], vsParse = [];
  time([cli, file, "-o", path.join(work, "warm.ts")]); // warm the disk cache
  for (let r = 0; r < runs; r++) {
    const n = time(["-e", "0"]);
    const p = time([parseOnly, file]);
    const c = time([cli, file, "-o", path.join(work, "out.ts")]);
    node.push(n), parse.push(p), ours.push(c), vsNode.push(c / n), vsParse.push(c / p);
  }
  rows.push(`| ${label} | ${median(node).toFixed(0)} ms | ${median(parse).toFixed(0)} ms | ${median(ours).toFixed(0)} ms | ${median(vsNode).toFixed(2)}× | ${median(vsParse).toFixed(2)}× |`);
}
console.log(`Single-file CLI, ${runs} paired runs, medians (Node ${process.version}, ${os.cpus().length} cores):\n`);
console.log("| input | `node -e 0` | tree-sitter parse only | `py2ts-async` | × `node -e 0` | × parse only |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const r of rows) console.log(r);
fs.rmSync(work, { recursive: true, force: true });
