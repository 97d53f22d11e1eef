#!/usr/bin/env node
// Minimizes a Python file that makes the translator fail (internal error, crash, hang, unparseable
// output): deletes lines, then characters, while the failure stays the same (same kind and message).
// Prints the reproducer; --write FILE saves it. For hangs, --timeout sets what counts as one (a
// smaller value minimizes faster, down to the smallest input still slower than that).
//
//   node scripts/reliability/minimize.js FILE [--timeout MS] [--limit-by cpu|wall] [--tests N] [--seconds S] [--write OUT] [--dist DIR | --mapped]
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { Runner, failureKey, isFailure, topFrame } = require("./lib/runner");
const { minimize } = require("./lib/minimize");
const { DEFAULT_DIST, checkDist, buildMapped } = require("./lib/dist");

async function main() {
  const argv = process.argv.slice(2);
  const opts = { file: undefined, limitBy: "cpu", timeoutMs: 5000, tests: 3000, seconds: 600, write: undefined, dist: DEFAULT_DIST, mapped: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === "--timeout") opts.timeoutMs = Number(value());
    else if (a === "--tests") opts.tests = Number(value());
    else if (a === "--limit-by") opts.limitBy = value();
    else if (a === "--seconds") opts.seconds = Number(value());
    else if (a === "--write") opts.write = value();
    else if (a === "--dist") opts.dist = path.resolve(value());
    else if (a === "--mapped") opts.mapped = true;
    else if (!a.startsWith("-") && opts.file === undefined) opts.file = a;
    else {
      process.stderr.write("Usage: node scripts/reliability/minimize.js FILE [--timeout MS] [--limit-by cpu|wall] [--tests N] [--seconds S] [--write OUT] [--dist DIR | --mapped]\n");
      process.exit(2);
    }
  }
  if (!opts.file) {
    process.stderr.write("minimize.js: give the failing Python file\n");
    process.exit(2);
  }
  const dist = checkDist(opts.mapped ? buildMapped() : opts.dist);
  const runner = new Runner({ dist, timeoutMs: opts.timeoutMs, limitBy: opts.limitBy });
  const text = fs.readFileSync(opts.file, "utf8");
  const first = await runner.run(Buffer.from(text, "utf8"), { checkTs: true });
  if (!isFailure(first)) {
    process.stderr.write(`minimize.js: ${opts.file} does not fail (${first.status}); nothing to minimize\n`);
    await runner.close();
    process.exit(1);
  }
  const key = failureKey(first);
  process.stderr.write(`Minimizing ${key}\n`);
  const { text: small, tests } = await minimize(text, async (candidate) => failureKey(await runner.run(Buffer.from(candidate, "utf8"), { checkTs: true })) === key, {
    maxTests: opts.tests,
    deadline: Date.now() + opts.seconds * 1000,
  });
  const last = await runner.run(Buffer.from(small, "utf8"), { checkTs: true, timeoutMs: Math.max(opts.timeoutMs, 60000) });
  await runner.close();
  process.stderr.write(`${tests} tests; ${Buffer.byteLength(text)} -> ${Buffer.byteLength(small)} bytes; ${last.status} in ${last.ms} ms${last.message ? `: ${last.message.split("\n")[0]}` : ""}${last.stack ? `\n  at ${topFrame(last.stack)}` : ""}\n`);
  if (opts.write) fs.writeFileSync(opts.write, small);
  process.stdout.write(small.endsWith("\n") ? small : `${small}\n`);
}

main().catch((error) => {
  process.stderr.write(`minimize.js: ${error && error.stack ? error.stack : error}\n`);
  process.exit(2);
});
