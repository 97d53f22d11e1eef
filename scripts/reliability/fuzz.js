#!/usr/bin/env node
// Mutation fuzzer for the translator. Deterministic: a fixed seed, the project's fixtures
// (grammar-fixtures/**/input.py, examples/*.py) as the seed corpus, plus fixed pathological inputs.
// Every input must give a translation or diagnostics: no PY2TS9999, no exception escaping
// transpile(), no input taking more than --timeout ms (5 s; of CPU time unless --limit-by wall, the
// watchdog killing a worker after 3 times that), and a translation without errors must be
// TypeScript that parses. Each distinct failure is minimized to a small reproducer.
// Exits with 1 when anything failed. Run `npm run build` first.
//
//   node scripts/reliability/fuzz.js [--seed N] [--count N] [--timeout MS] [--jobs N] [--json FILE]
//                                    [--out DIR] [--no-minimize] [--no-pathological] [--no-library-calls] [--no-python] [--dist DIR | --mapped] [--isolation process|thread] [--limit-by cpu|wall]
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { Runner, topFrame, isFailure, failureKey } = require("./lib/runner");
const { seedFiles, generateMutants, pathologicalInputs, libraryCallInputs } = require("./lib/generate");
const { minimize } = require("./lib/minimize");
const { ROOT, DEFAULT_DIST, checkDist, buildMapped } = require("./lib/dist");
const { PythonOracle, disagreement } = require("./lib/python-oracle");

const DEFAULT_SEED = 20251126;

function parseCli(argv) {
  const opts = { seed: DEFAULT_SEED, count: 3000, timeoutMs: 5000, jobs: 1, json: undefined, out: path.join(ROOT, ".work", "reliability", "fuzz"), minimize: true, pathological: true, libraryCalls: true, python: true, dist: DEFAULT_DIST, mapped: false, isolation: "process", limitBy: "cpu" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--seed") opts.seed = Number(value());
    else if (a === "--count") opts.count = Number(value());
    else if (a === "--timeout") opts.timeoutMs = Number(value());
    else if (a === "--jobs") opts.jobs = Number(value());
    else if (a === "--json") opts.json = value();
    else if (a === "--out") opts.out = path.resolve(value());
    else if (a === "--no-minimize") opts.minimize = false;
    else if (a === "--no-pathological") opts.pathological = false;
    else if (a === "--no-library-calls") opts.libraryCalls = false;
    else if (a === "--no-python") opts.python = false;
    else if (a === "--dist") opts.dist = path.resolve(value());
    else if (a === "--mapped") opts.mapped = true;
    else if (a === "--isolation") opts.isolation = value();
    else if (a === "--limit-by") opts.limitBy = value();
    else if (a === "-h" || a === "--help") usage();
    else usage(`unknown argument ${a}`);
  }
  if (opts.isolation !== "process" && opts.isolation !== "thread") usage("--isolation is process or thread");
  if (opts.limitBy !== "cpu" && opts.limitBy !== "wall") usage("--limit-by is cpu or wall");
  if (!Number.isInteger(opts.seed) || !(opts.count >= 0) || !(opts.timeoutMs > 0) || !(opts.jobs >= 1)) usage("--seed, --count, --timeout and --jobs take numbers");
  return opts;
}

function usage(problem) {
  const text = "Usage: node scripts/reliability/fuzz.js [--seed N] [--count N] [--timeout MS] [--jobs N] [--json FILE] [--out DIR] [--no-minimize] [--no-pathological] [--no-library-calls] [--no-python] [--dist DIR | --mapped] [--isolation process|thread] [--limit-by cpu|wall]";
  if (problem) {
    process.stderr.write(`fuzz.js: ${problem}\n${text}\n`);
    process.exit(2);
  }
  process.stdout.write(`${text}\n`);
  process.exit(0);
}

async function main() {
  const opts = parseCli(process.argv.slice(2));
  const dist = checkDist(opts.mapped ? buildMapped() : opts.dist);
  const seeds = seedFiles();
  const pathological = opts.pathological ? pathologicalInputs() : [];
  const library = opts.libraryCalls ? libraryCallInputs(dist) : { inputs: [] };
  if (library.warning) process.stderr.write(`fuzz.js: ${library.warning}\n`);
  const mutants = generateMutants(seeds, { seed: opts.seed, count: opts.count });
  const inputs = [...pathological, ...library.inputs, ...mutants];
  process.stderr.write(`Fuzzing with ${inputs.length} inputs (seed ${opts.seed}, ${seeds.length} seed files, ${opts.timeoutMs} ms limit each) against ${dist}\n`);

  const started = Date.now();
  const runner = new Runner({ dist, jobs: opts.jobs, timeoutMs: opts.timeoutMs, isolation: opts.isolation, limitBy: opts.limitBy });
  const results = new Array(inputs.length);
  let done = 0;
  await Promise.all(
    inputs.map(async (input, i) => {
      results[i] = await runner.run(input.bytes, { checkTs: true });
      done++;
      if (done % 250 === 0 || done === inputs.length) process.stderr.write(`  ${done}/${inputs.length}\n`);
    }),
  );
  const runSeconds = (Date.now() - started) / 1000;

  // Group the failures.
  const groups = new Map();
  results.forEach((result, i) => {
    if (!isFailure(result)) return;
    const key = failureKey(result);
    const group = groups.get(key) ?? groups.set(key, { key, status: result.status, items: [] }).get(key);
    group.items.push({ input: inputs[i], result });
  });

  // Minimize the smallest example of each group.
  fs.mkdirSync(opts.out, { recursive: true });
  for (const file of fs.readdirSync(opts.out)) if (/^(failure|syntax)-\d+/.test(file)) fs.rmSync(path.join(opts.out, file));
  let n = 0;
  for (const group of groups.values()) {
    n++;
    group.items.sort((a, b) => a.input.bytes.length - b.input.bytes.length);
    const smallest = group.items[0];
    group.example = smallest;
    let text = Buffer.from(smallest.input.bytes).toString("utf8");
    if (opts.minimize && Buffer.from(text, "utf8").equals(Buffer.from(smallest.input.bytes))) {
      process.stderr.write(`Minimizing ${group.key.slice(0, 100)} (${smallest.input.bytes.length} bytes)…\n`);
      const hang = group.status === "hang";
      const { text: small, tests } = await minimize(
        text,
        async (candidate) => failureKey(await runner.run(Buffer.from(candidate, "utf8"), { checkTs: true })) === group.key,
        { maxTests: hang ? 40 : 1500, deadline: Date.now() + (hang ? 300000 : 60000) },
      );
      text = small;
      group.minimizeTests = tests;
    }
    group.reproducer = text;
    group.reproducerResult = await runner.run(Buffer.from(text, "utf8"), { checkTs: true, keepCode: group.status === "unparseable" });
    group.file = path.join(opts.out, `failure-${String(n).padStart(2, "0")}-${group.status}.py`);
    fs.writeFileSync(group.file, text);
  }
  // CPython as a syntax oracle (informational: not counted as failures).
  const syntax = new Map();
  const oracle = opts.python ? PythonOracle.start() : undefined;
  if (oracle) {
    process.stderr.write("Comparing syntax verdicts with CPython…\n");
    const verdicts = await Promise.all(inputs.map((input, i) => (results[i].status === "ok" || results[i].status === "diagnostics" ? oracle.compile(input.bytes) : { ok: null })));
    inputs.forEach((input, i) => {
      const d = disagreement(results[i], verdicts[i]);
      if (!d) return;
      const group = syntax.get(d.key) ?? syntax.set(d.key, { ...d, items: [] }).get(d.key);
      group.items.push({ input, result: results[i], python: verdicts[i] });
    });
    let k = 0;
    for (const group of syntax.values()) {
      k++;
      group.items.sort((x, y) => x.input.bytes.length - y.input.bytes.length);
      let text = Buffer.from(group.items[0].input.bytes).toString("utf8");
      if (opts.minimize && Buffer.from(text, "utf8").equals(Buffer.from(group.items[0].input.bytes))) {
        const stillDisagrees = async (candidate) => {
          const bytes = Buffer.from(candidate, "utf8");
          const [r, p] = await Promise.all([runner.run(bytes, { checkTs: true }), oracle.compile(bytes)]);
          const d = disagreement(r, p);
          return d !== undefined && d.key === group.key;
        };
        text = (await minimize(text, stillDisagrees, { maxTests: 600, deadline: Date.now() + 30000 })).text;
      }
      group.reproducer = text;
      group.file = path.join(opts.out, `syntax-${String(k).padStart(2, "0")}-${group.kind}.py`);
      fs.writeFileSync(group.file, text);
    }
    oracle.close();
  } else if (opts.python) process.stderr.write("fuzz.js: no python3; syntax verdicts not compared with CPython\n");
  await runner.close();

  const count = (status) => results.filter((r) => r.status === status).length;
  const summary = {
    seed: opts.seed,
    seedFiles: seeds.length,
    inputs: inputs.length,
    mutants: mutants.length,
    pathological: pathological.length,
    libraryCalls: library.inputs.length,
    translated: count("ok"),
    withDiagnostics: count("diagnostics"),
    internalErrors: count("internal"),
    crashes: count("crash"),
    hangs: count("hang"),
    unparseableOutput: count("unparseable"),
    harnessErrors: count("harness-error"),
    distinctFailures: groups.size,
    seconds: Math.round(runSeconds * 10) / 10,
    totalSeconds: Math.round((Date.now() - started) / 100) / 10,
    peakRssMb: runner.peakRssMb(),
    workersReplaced: runner.replaced,
    slowest: results
      .map((r, i) => ({ id: inputs[i].id, ms: r.ms ?? 0, cpuMs: r.cpuMs }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5),
    failures: [...groups.values()].map((g) => ({
      key: g.key,
      status: g.status,
      count: g.items.length,
      examples: g.items.slice(0, 5).map((x) => ({ id: x.input.id, seed: x.input.seed, ops: x.input.ops })),
      message: g.example.result.message,
      error: g.example.result.errorMessage,
      at: topFrame(g.example.result.stack),
      stack: g.example.result.stack,
      reproducer: g.reproducer,
      reproducerFile: path.relative(ROOT, g.file),
      reproducerStatus: g.reproducerResult.status,
      reproducerMessage: g.reproducerResult.message,
      reproducerStack: g.reproducerResult.stack,
      ts: g.reproducerResult.tsText ? { line: g.reproducerResult.tsLine, column: g.reproducerResult.tsColumn, text: g.reproducerResult.tsText } : undefined,
    })),
    syntaxComparedWithCPython: !!oracle,
    syntaxDisagreements: [...syntax.values()].map((g) => ({
      key: g.key,
      kind: g.kind,
      count: g.items.length,
      examples: g.items.slice(0, 5).map((x) => ({ id: x.input.id, seed: x.input.seed, ops: x.input.ops })),
      python: g.items[0].python.message,
      translator: g.items[0].result.firstError ?? g.items[0].result.status,
      reproducer: g.reproducer,
      reproducerFile: path.relative(ROOT, g.file),
    })),
  };

  const out = process.stdout;
  out.write(`\nFuzzer (seed ${summary.seed}): ${summary.inputs} inputs (${summary.mutants} mutants of ${summary.seedFiles} files, ${summary.pathological} pathological, ${summary.libraryCalls} library calls with unexpected arguments)\n`);
  out.write(`  translated (output parses)   ${summary.translated}\n`);
  out.write(`  with diagnostics             ${summary.withDiagnostics}\n`);
  out.write(`  internal errors (PY2TS9999)  ${summary.internalErrors}\n`);
  out.write(`  crashes (transpile threw)    ${summary.crashes}\n`);
  out.write(`  hangs (> ${opts.timeoutMs / 1000} s${opts.limitBy === "cpu" ? " of CPU" : ""})         ${summary.hangs}\n`);
  out.write(`  output TypeScript unparseable ${summary.unparseableOutput}\n`);
  if (summary.harnessErrors) out.write(`  harness errors               ${summary.harnessErrors}\n`);
  out.write(`  distinct failures            ${summary.distinctFailures}\n`);
  out.write(`  seconds                      ${summary.seconds} (with minimization ${summary.totalSeconds})\n`);
  out.write(`  peak RSS                     ${summary.peakRssMb} MB\n`);
  for (const f of summary.failures) {
    out.write(`\n[${f.status}] ${f.key}  (${f.count} input${f.count > 1 ? "s" : ""}, e.g. ${f.examples[0].id}${f.examples[0].ops ? ` = ${f.examples[0].seed} ${f.examples[0].ops.join(" ")}` : ""})\n`);
    if (f.message) out.write(`  message: ${String(f.message).split("\n")[0]}\n`);
    if (f.at) out.write(`  at ${f.at}\n`);
    if (f.ts) out.write(`  output.ts:${f.ts.line}:${f.ts.column}: ${f.ts.text.trim().slice(0, 200)}\n`);
    out.write(`  reproducer (${f.reproducerFile}, ${Buffer.byteLength(f.reproducer)} bytes${f.reproducerStatus !== f.status ? `, NOW ${f.reproducerStatus}` : ""}):\n`);
    const shown = f.reproducer.length > 600 ? `${f.reproducer.slice(0, 600)}…` : f.reproducer;
    out.write(`${shown.replace(/^/gm, "    | ")}\n`);
  }
  if (summary.syntaxDisagreements.length > 0) {
    const accepts = summary.syntaxDisagreements.filter((g) => g.kind === "accepts-invalid");
    const rejects = summary.syntaxDisagreements.filter((g) => g.kind === "rejects-valid");
    out.write(`\nSyntax verdicts that differ from CPython's compile() (informational, not counted above):\n`);
    out.write(`  translated without errors, CPython raises SyntaxError: ${accepts.reduce((n, g) => n + g.count, 0)} inputs, ${accepts.length} kinds\n`);
    out.write(`  reported as invalid syntax, CPython compiles it:      ${rejects.reduce((n, g) => n + g.count, 0)} inputs, ${rejects.length} kinds\n`);
    for (const g of summary.syntaxDisagreements) {
      out.write(`\n[${g.kind}] ${g.kind === "accepts-invalid" ? g.python : g.translator} (${g.count} input${g.count > 1 ? "s" : ""}, e.g. ${g.examples[0].id})\n`);
      out.write(`  reproducer (${g.reproducerFile}):\n${(g.reproducer.length > 400 ? `${g.reproducer.slice(0, 400)}…` : g.reproducer).replace(/^/gm, "    | ")}\n`);
    }
  }
  if (opts.json) {
    fs.mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true });
    fs.writeFileSync(opts.json, `${JSON.stringify(summary, null, 2)}\n`);
    out.write(`\nJSON summary written to ${opts.json}\n`);
  }
  process.exitCode = groups.size > 0 ? 1 : 0;
}

main().catch((error) => {
  process.stderr.write(`fuzz.js: ${error && error.stack ? error.stack : error}\n`);
  process.exit(2);
});
