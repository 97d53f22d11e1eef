#!/usr/bin/env node
// Batch mode on the installed CPython standard library: the CLI with --jobs 1 and --jobs 2 against
// raw tree-sitter parsing of the same files in the same run (the floor), then peak RSS of batches of
// ~1,000 and ~10,000 files (the standard library repeated) to show that memory stays flat.
//
// Usage: node bench/batch-stdlib.js [--stdlib DIR] [--exclude GLOB]... [--timeout S] [--rounds N] [--no-scale] [--scale-only]
//   --stdlib   defaults to /usr/lib/python3.11 (Debian's), else python3's sysconfig stdlib path
//   --exclude  passed to the CLI (repeatable)
//   --timeout  passed to the CLI for every batch (seconds per unit; default none)
// Needs `npm run build`. Prints a Markdown table; takes several minutes (the 10,000-file run is the longest).
"use strict";
const { spawnSync, execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "py2ts-async");

if (process.argv[2] === "--child-cli") return childCli(process.argv.slice(3));
if (process.argv[2] === "--child-parse") return childParse(process.argv[3]);

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const excludes = args.flatMap((a, i) => (a === "--exclude" ? [args[i + 1]] : []));
const timeout = opt("--timeout");
const stdlib = opt("--stdlib") ?? findStdlib();
const work = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-bench-batch-"));

try {
  main();
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

function main() {
  const { discover, Skipper } = require(path.join(ROOT, "dist", "batch", "discover.js"));
  const { files } = discover([stdlib], new Skipper(excludes, process.cwd()));
  const lines = files.reduce((n, f) => n + lineCount(f.file), 0);
  console.log(`Standard library: ${stdlib}, ${files.length} files, ${lines.toLocaleString("en-US")} lines (excluded: ${excludes.join(", ") || "none"})`);
  console.log(`Node ${process.version}, ${os.availableParallelism()} CPUs\n`);
  const cliFlags = [...excludes.flatMap((e) => ["--exclude", e]), ...(timeout ? ["--timeout", timeout] : [])];

  const rows = [];
  if (!args.includes("--scale-only")) {
    const list = path.join(work, "files.txt");
    fs.writeFileSync(list, files.map((f) => f.file).join("\n"));
    // Interleaved rounds, best of each: the machine may be shared, and the best run is the least disturbed.
    const rounds = Number(opt("--rounds") ?? 2);
    const best = (runs) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const parses = [];
    const ones = [];
    const twos = [];
    for (let r = 0; r < rounds; r++) {
      parses.push(runChild(["--child-parse", list]), runChild(["--child-parse", list]));
      ones.push(runChild(["--child-cli", stdlib, "--out-dir", path.join(work, "out1"), "--jobs", "1", ...cliFlags]));
      twos.push(runChild(["--child-cli", stdlib, "--out-dir", path.join(work, "out2"), "--jobs", "2", ...cliFlags]));
    }
    const parse = best(parses).ms;
    const one = best(ones);
    const two = best(twos);
    rows.push([`raw tree-sitter parse (1 thread, best of ${parses.length})`, parse, lines, undefined, undefined, undefined]);
    rows.push([`py2ts-async --jobs 1 (best of ${rounds})`, one.ms, lines, Math.max(...ones.map((o) => o.maxRssKb)), one.exit, one.cpuMs]);
    rows.push([`py2ts-async --jobs 2 (best of ${rounds})`, two.ms, lines, Math.max(...twos.map((o) => o.maxRssKb)), two.exit, two.cpuMs]);
    const same = sameTree(path.join(work, "out1"), path.join(work, "out2"));
    console.log("| run | wall time | CPU time | lines/s | × parse | peak RSS | exit |\n|---|---:|---:|---:|---:|---:|---:|");
    for (const [name, ms, n, rss, exit, cpu] of rows) {
      console.log(`| ${name} | ${(ms / 1000).toFixed(2)} s | ${cpu ? `${(cpu / 1000).toFixed(1)} s` : ""} | ${Math.round(n / (ms / 1000)).toLocaleString("en-US")} | ${(ms / parse).toFixed(1)}× | ${rss ? `${Math.round(rss / 1024)} MB` : ""} | ${exit ?? ""} |`);
    }
    const load = os.loadavg()[0].toFixed(1);
    console.log(`\nLoad average at the end: ${load} on ${os.availableParallelism()} CPUs (other work on the machine slows the parallel run most).`);
    console.log(`\n2 workers vs 1: ${(one.ms / two.ms).toFixed(2)}× faster; outputs byte-identical: ${same ? "yes" : "NO"}\n`);
  }

  if (!args.includes("--no-scale")) {
    console.log("| batch | files | wall time | peak RSS |\n|---|---:|---:|---:|");
    for (const target of [1000, 10000]) {
      const dir = path.join(work, `x${target}`);
      let n = 0;
      for (let copy = 0; n < target; copy++) {
        for (const f of files) {
          if (n >= target) break;
          const dest = path.join(dir, `copy${copy}`, f.rel);
          fs.mkdirSync(path.dirname(dest), { recursive: true });
          fs.symlinkSync(f.file, dest);
          n++;
        }
      }
      const r = runChild(["--child-cli", dir, "--out-dir", path.join(work, `out${target}`), "--jobs", "2", ...cliFlags]);
      console.log(`| stdlib repeated, --jobs 2 | ${n.toLocaleString("en-US")} | ${(r.ms / 1000).toFixed(1)} s | ${Math.round(r.maxRssKb / 1024)} MB |`);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(path.join(work, `out${target}`), { recursive: true, force: true });
    }
  }
}

/**
 * Runs this script in child mode; its last stdout line is a JSON result. A CLI run gets the V8
 * flags the CLI relaunches a large batch with (src/cli/batch-main.ts).
 */
function runChild(childArgs) {
  const cli = childArgs[0] === "--child-cli";
  const flags = cli ? require(path.join(ROOT, "dist", "cli", "v8-tuning.js")).batchV8Flags(Number(childArgs[childArgs.indexOf("--jobs") + 1])) : [];
  const r = spawnSync(process.execPath, [...flags, __filename, ...childArgs], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
  const last = r.stdout.trim().split("\n").pop();
  try {
    return JSON.parse(last);
  } catch {
    throw new Error(`child ${childArgs[0]} failed (status ${r.status}): ${r.stdout.slice(-500)}`);
  }
}

/** The CLI in this process, so that maxRSS covers it and its worker threads. */
function childCli(argv) {
  const start = process.hrtime.bigint();
  // As bin/py2ts-async starts the CLI.
  require(path.join(ROOT, "dist", "cli", "v8-tuning.js")).tuneV8ForCli();
  const { main } = require(path.join(ROOT, "dist", "cli", "main.js"));
  const io = { stdout: () => {}, stderr: () => {}, stdin: () => new Uint8Array(), isTty: false };
  Promise.resolve(main(argv, io)).then((exit) => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const usage = process.resourceUsage();
    process.stdout.write(`${JSON.stringify({ exit, ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS })}\n`);
  });
}

/** tree-sitter alone: read each file and parse it, yielding to the event loop every 10 files. */
function childParse(listFile) {
  const Parser = require(path.join(ROOT, "node_modules", "tree-sitter"));
  const Python = require(path.join(ROOT, "node_modules", "tree-sitter-python"));
  const files = fs.readFileSync(listFile, "utf8").split("\n");
  const parser = new Parser();
  parser.setLanguage(Python);
  const start = process.hrtime.bigint();
  let i = 0;
  const step = () => {
    for (const end = Math.min(i + 10, files.length); i < end; i++) {
      const text = fs.readFileSync(files[i], "utf8");
      parser.parse(text, null, { bufferSize: Math.max(32 * 1024, text.length * 2 + 16) });
    }
    if (i < files.length) setImmediate(step);
    else process.stdout.write(`${JSON.stringify({ ms: Number(process.hrtime.bigint() - start) / 1e6 })}\n`);
  };
  step();
}

function findStdlib() {
  // Debian's standard library (the project's reference machine) first, then python3's own.
  if (fs.existsSync("/usr/lib/python3.11/asyncio")) return "/usr/lib/python3.11";
  try {
    return execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
  } catch {
    return "/usr/lib/python3.11";
  }
}

function lineCount(file) {
  const text = fs.readFileSync(file, "utf8");
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

function sameTree(a, b) {
  const list = (d, rel = "") =>
    fs.readdirSync(path.join(d, rel), { withFileTypes: true }).flatMap((e) => {
      const r = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? list(d, r) : [r];
    });
  const la = list(a).sort();
  const lb = list(b).sort();
  return la.length === lb.length && la.every((f, i) => f === lb[i] && fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))));
}
