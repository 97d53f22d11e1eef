#!/usr/bin/env node
// Translates every module of the installed CPython standard library in-process (dist/transpile.js)
// and counts the outcomes. transpile() must never throw, never report PY2TS9999 and never hang: the
// script exits with 1 when any file does one of these. Run `npm run build` first.
//
//   node scripts/reliability/stdlib.js [--json FILE] [--jobs N] [--timeout MS] [--stdlib DIR]
//                                      [--only SUBSTRING] [--dist DIR | --mapped]
//                                      [--isolation process|thread] [--limit-by cpu|wall] [--quiet]
//
// The standard library is where sysconfig says (/usr/bin/python3), else /usr/lib/python3.11; folders
// named site-packages, dist-packages, test and __pycache__ are skipped. Each file is translated by a
// long-lived worker with a watchdog: a file whose translation takes more than --timeout (10 s) is a
// hang. By default the limit applies to the CPU time of the translation (a loaded machine does not
// make slow files hang) and the watchdog kills and replaces a worker after 3 times the limit of
// wall-clock time; --limit-by wall applies the limit to wall-clock time. Workers are child processes by default: terminating a worker *thread* in
// the middle of transpile() aborts the whole process (tree-sitter's binding throws a C++ exception
// during teardown), see lib/runner.js. Files that are not UTF-8 are decoded as the CLI does
// (dist/cli/files.js) and count as "with diagnostics" (PY2TS1004). A translation without errors is
// also parsed with TypeScript; output that does not parse is listed (it does not change the exit code).
// --mapped builds src/ with source maps into .work/reliability/dist and uses it, so that the stack
// of an internal error names src/*.ts lines.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { Runner, topFrame } = require("./lib/runner");
const { DEFAULT_DIST, checkDist, buildMapped } = require("./lib/dist");

const FALLBACK_STDLIB = "/usr/lib/python3.11";
const SKIP_DIRS = new Set(["site-packages", "dist-packages", "test", "__pycache__"]);

function parseCli(argv) {
  const opts = { json: undefined, jobs: 1, timeoutMs: 10000, stdlib: undefined, only: undefined, dist: DEFAULT_DIST, mapped: false, isolation: "process", limitBy: "cpu", quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--json") opts.json = value();
    else if (a === "--jobs") opts.jobs = Number(value());
    else if (a === "--timeout") opts.timeoutMs = Number(value());
    else if (a === "--stdlib") opts.stdlib = value();
    else if (a === "--only") opts.only = value();
    else if (a === "--dist") opts.dist = path.resolve(value());
    else if (a === "--mapped") opts.mapped = true;
    else if (a === "--isolation") opts.isolation = value();
    else if (a === "--limit-by") opts.limitBy = value();
    else if (a === "--quiet") opts.quiet = true;
    else if (a === "-h" || a === "--help") usage();
    else usage(`unknown argument ${a}`);
  }
  if (opts.isolation !== "process" && opts.isolation !== "thread") usage("--isolation is process or thread");
  if (opts.limitBy !== "cpu" && opts.limitBy !== "wall") usage("--limit-by is cpu or wall");
  if (!(opts.jobs >= 1) || !(opts.timeoutMs > 0)) usage("--jobs and --timeout take positive numbers");
  return opts;
}

function usage(problem) {
  const text = "Usage: node scripts/reliability/stdlib.js [--json FILE] [--jobs N] [--timeout MS] [--stdlib DIR] [--only SUBSTRING] [--dist DIR | --mapped] [--isolation process|thread] [--limit-by cpu|wall] [--quiet]";
  if (problem) {
    process.stderr.write(`stdlib.js: ${problem}\n${text}\n`);
    process.exit(2);
  }
  process.stdout.write(`${text}\n`);
  process.exit(0);
}

/** The installed CPython standard library, as `sysconfig` reports it; /usr/lib/python3.11 without python3. */
function findStdlib() {
  try {
    const out = execFileSync("/usr/bin/python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (out && fs.existsSync(out)) return out;
  } catch {
    // no python3: fall back
  }
  return FALLBACK_STDLIB;
}

function listPython(root) {
  const found = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(full);
      } else if (entry.name.endsWith(".py") && (entry.isFile() || (entry.isSymbolicLink() && isFile(full)))) found.push(full);
    }
  };
  walk(root);
  return found;
}

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

async function main() {
  const opts = parseCli(process.argv.slice(2));
  const dist = checkDist(opts.mapped ? buildMapped() : opts.dist);
  const stdlib = opts.stdlib ? path.resolve(opts.stdlib) : findStdlib();
  if (!fs.existsSync(stdlib)) {
    process.stderr.write(`stdlib.js: no standard library at ${stdlib}\n`);
    process.exit(2);
  }
  let files = listPython(stdlib);
  if (opts.only) files = files.filter((f) => f.includes(opts.only));
  const log = (text) => {
    if (!opts.quiet) process.stderr.write(text);
  };
  log(`Translating ${files.length} files of ${stdlib} with ${dist} (${opts.jobs} worker${opts.jobs > 1 ? "s" : ""}, ${opts.timeoutMs / 1000} s watchdog)\n`);

  const started = process.hrtime.bigint();
  const runner = new Runner({ dist, jobs: opts.jobs, timeoutMs: opts.timeoutMs, isolation: opts.isolation, limitBy: opts.limitBy });
  const results = new Array(files.length);
  let done = 0;
  await Promise.all(
    files.map(async (file, i) => {
      const bytes = fs.readFileSync(file);
      const result = await runner.run(bytes, { checkTs: true });
      if (result.lines === undefined) result.lines = countLines(bytes); // hangs and dead workers
      results[i] = { file: path.relative(stdlib, file), ...result };
      done++;
      if (done % 50 === 0 || done === files.length) log(`  ${done}/${files.length}\n`);
      if (result.status === "internal" || result.status === "crash" || result.status === "hang" || result.status === "harness-error") {
        log(`  ${result.status.toUpperCase()} ${path.relative(stdlib, file)}: ${firstLine(result.message)}\n`);
      }
    }),
  );
  await runner.close();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const count = (status) => results.filter((r) => r.status === status).length;
  const summary = {
    stdlib,
    dist,
    files: results.length,
    lines: results.reduce((n, r) => n + (r.lines || 0), 0),
    translated: count("ok") + count("unparseable"),
    withDiagnostics: count("diagnostics"),
    notUtf8: results.filter((r) => r.notUtf8).length,
    internalErrors: count("internal"),
    crashes: count("crash"),
    hangs: count("hang"),
    harnessErrors: count("harness-error"),
    unparseableOutput: count("unparseable"),
    seconds: Math.round(seconds * 10) / 10,
    peakRssMb: runner.peakRssMb(),
    workersReplaced: runner.replaced,
    cpuSeconds: Math.round(results.reduce((n, r) => n + (r.cpuMs || 0), 0) / 100) / 10,
    limitBy: opts.limitBy,
    slowest: [...results].sort((a, b) => (b.ms || 0) - (a.ms || 0)).slice(0, 8).map((r) => ({ file: r.file, status: r.status, ms: r.ms, cpuMs: r.cpuMs })),
    diagnosticCodes: tally(results.flatMap((r) => r.codes || [])),
    failures: results
      .filter((r) => ["internal", "crash", "hang", "harness-error", "unparseable"].includes(r.status))
      .map((r) => ({ file: r.file, status: r.status, message: r.message, error: r.errorMessage, at: topFrame(r.stack), stack: r.stack, ts: r.tsText ? { line: r.tsLine, column: r.tsColumn, text: r.tsText } : undefined })),
  };

  const out = process.stdout;
  out.write(`\nStandard library: ${stdlib}\n`);
  out.write(`  files                      ${summary.files}\n`);
  out.write(`  lines                      ${summary.lines}\n`);
  out.write(`  translated without errors  ${summary.translated}\n`);
  out.write(`  translated with diagnostics ${summary.withDiagnostics} (not UTF-8: ${summary.notUtf8})\n`);
  out.write(`  internal errors (PY2TS9999) ${summary.internalErrors}\n`);
  out.write(`  crashes (transpile threw)  ${summary.crashes}\n`);
  out.write(`  hangs (> ${opts.timeoutMs / 1000} s${opts.limitBy === "cpu" ? " of CPU" : ""})      ${summary.hangs}\n`);
  out.write(`  output TypeScript does not parse ${summary.unparseableOutput} (of the translated files)\n`);
  out.write(`  total seconds              ${summary.seconds} (translation CPU ${summary.cpuSeconds} s)\n`);
  out.write(`  peak RSS                   ${summary.peakRssMb} MB\n`);
  if (summary.harnessErrors) out.write(`  harness errors             ${summary.harnessErrors}\n`);
  for (const kind of ["internal", "crash", "hang", "harness-error", "unparseable"]) {
    const list = summary.failures.filter((f) => f.status === kind);
    if (list.length === 0) continue;
    out.write(`\n${kind === "internal" ? "Internal errors" : kind === "crash" ? "Crashes" : kind === "hang" ? "Hangs" : kind === "unparseable" ? "Translations that TypeScript cannot parse" : "Harness errors"}:\n`);
    for (const f of list) {
      out.write(`  ${f.file}: ${firstLine(f.message)}\n`);
      if (f.at) out.write(`      at ${f.at}\n`);
      if (f.ts) out.write(`      output.ts:${f.ts.line}:${f.ts.column}: ${f.ts.text.trim().slice(0, 160)}\n`);
    }
  }
  if (opts.json) {
    fs.mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true });
    fs.writeFileSync(opts.json, `${JSON.stringify(summary, null, 2)}\n`);
    out.write(`\nJSON summary written to ${opts.json}\n`);
  }
  const failed = summary.internalErrors + summary.crashes + summary.hangs + summary.harnessErrors;
  process.exitCode = failed > 0 ? 1 : 0;
}

function tally(values) {
  const counts = {};
  for (const v of values) counts[v] = (counts[v] || 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

function countLines(bytes) {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? n + 1 : n;
}

const firstLine = (text) => String(text ?? "").split("\n")[0];

main().catch((error) => {
  process.stderr.write(`stdlib.js: ${error && error.stack ? error.stack : error}\n`);
  process.exit(2);
});
