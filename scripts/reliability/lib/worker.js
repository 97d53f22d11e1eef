"use strict";
// The translating side of the runner: a child process (default) or a worker thread. It decodes each
// input exactly as the CLI does (dist/cli/files.js `decode`), runs `transpile()` on it in-process, and
// classifies the outcome. The parent owns the watchdog: on a hang it kills this worker and starts
// another one.
const path = require("node:path");
const fs = require("node:fs");
const Module = require("node:module");
const threads = require("node:worker_threads");

const channel = threads.parentPort
  ? { data: threads.workerData, send: (m) => threads.parentPort.postMessage(m), on: (f) => threads.parentPort.on("message", f) }
  : { data: JSON.parse(process.env.PY2TS_RELIABILITY_WORKER || "{}"), send: (m) => process.send(m), on: (f) => process.on("message", f) };
const dist = channel.data.dist;
if (process.setSourceMapsEnabled) process.setSourceMapsEnabled(true); // src/*.ts locations with a mapped build
const { transpile } = require(path.join(dist, "transpile.js"));
const { decode } = require(path.join(dist, "cli", "files.js"));

let ts; // loaded on first use: only needed to check that a translation parses
let instrumented; // see stackOfInternalError

const ERROR = "error";
Error.stackTraceLimit = 25;
const INTERNAL = "PY2TS9999";

channel.on((job) => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let result;
  try {
    result = classify(job);
  } catch (error) {
    // A bug in this harness, not in the translator: reported as such.
    result = { status: "harness-error", message: String(error && error.stack ? error.stack : error) };
  }
  result.ms = Math.round(performance.now() - started);
  const used = process.cpuUsage(cpu);
  result.cpuMs = Math.round((used.user + used.system) / 1000);
  result.maxRssKb = process.resourceUsage().maxRSS;
  channel.send({ id: job.id, result });
});
channel.send({ ready: true });

function classify(job) {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const read = decode(bytes);
  const lines = countLines(bytes);
  if (!read.ok) {
    // The CLI reports PY2TS1004 (or 4001) and stops: an input problem, "with diagnostics".
    return { status: "diagnostics", lines, errors: 1, firstError: `PY2TS1004 ${read.reason} (offset ${read.badByteOffset})`, codes: ["PY2TS1004"], notUtf8: true };
  }
  const text = read.text;
  let out;
  try {
    out = transpile(text, job.options || {});
  } catch (error) {
    return { status: "crash", lines, message: messageOf(error), stack: stackOf(error) };
  }
  if (!out || typeof out.code !== "string" || !Array.isArray(out.diagnostics)) {
    return { status: "crash", lines, message: "transpile() returned a malformed result", stack: "" };
  }
  const internal = out.diagnostics.filter((d) => d.code === INTERNAL);
  if (internal.length > 0) {
    const caught = stackOfInternalError(text, job.options || {});
    return { status: "internal", lines, message: internal[0].message, errorMessage: caught.message, stack: caught.stack };
  }
  const errors = out.diagnostics.filter((d) => d.severity === ERROR);
  if (errors.length > 0) {
    return { status: "diagnostics", lines, errors: errors.length, firstError: `${errors[0].code} ${errors[0].message}`, codes: [...new Set(errors.map((d) => d.code))] };
  }
  if (job.checkTs) {
    const problem = tsParseProblem(out.code);
    if (problem) return { status: "unparseable", lines, message: problem.message, tsLine: problem.line, tsColumn: problem.column, tsText: problem.text, codeLength: out.code.length, code: job.keepCode ? out.code : undefined };
  }
  return { status: "ok", lines, codeLength: out.code.length, code: job.keepCode ? out.code : undefined, warnings: out.diagnostics.length };
}

const REGION_START = "// #region py2ts-async runtime";
const REGION_END = "// #endregion py2ts-async runtime";
const parsedRegions = new Map(); // runtime region text -> its first parse problem (or null)

/**
 * The first syntax error TypeScript's parser finds in a translation (`parseDiagnostics` is internal).
 * The inlined runtime region is the same text for every program that needs the same helpers, and
 * parsing it dominates the time: it is parsed once per distinct text, and the program is parsed with
 * the region blanked out (lines kept, so positions stay right).
 */
function tsParseProblem(code) {
  const start = code.indexOf(REGION_START);
  const end = start === -1 ? -1 : code.indexOf(REGION_END, start);
  if (start === -1 || end === -1) return parseProblem(code);
  const region = code.slice(start, end);
  if (!parsedRegions.has(region)) {
    if (parsedRegions.size > 200) parsedRegions.clear();
    parsedRegions.set(region, parseProblem(region) || null);
  }
  const inRegion = parsedRegions.get(region);
  if (inRegion) {
    const before = code.slice(0, start).split("\n").length - 1;
    return { ...inRegion, line: inRegion.line + before };
  }
  const blanked = code.slice(0, start) + region.replace(/[^\n]/g, " ") + code.slice(end);
  return parseProblem(blanked, code);
}

function parseProblem(code, original = code) {
  ts ??= require(require.resolve("typescript", { paths: [dist, __dirname] }));
  const sf = ts.createSourceFile("output.ts", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const diagnostics = /** @type {{ parseDiagnostics?: import("typescript").DiagnosticWithLocation[] }} */ (/** @type {unknown} */ (sf)).parseDiagnostics || [];
  if (diagnostics.length === 0) return undefined;
  const d = diagnostics[0];
  const where = sf.getLineAndCharacterOfPosition(d.start);
  const lineText = original.split("\n")[where.line] || "";
  return {
    message: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
    line: where.line + 1,
    column: where.character + 1,
    text: lineText.length > 300 ? `${lineText.slice(Math.max(0, where.character - 150), where.character + 150)}` : lineText,
  };
}

/**
 * transpile() turns any exception into a PY2TS9999 diagnostic that keeps only the message. To report
 * where it was thrown, the same input is run again through a copy of dist/transpile.js whose catch
 * clauses also store the caught value (compiled beside the original, so it shares every other module).
 */
function stackOfInternalError(text, options) {
  if (instrumented === undefined) {
    const file = path.join(dist, "transpile.js");
    const source = fs.readFileSync(file, "utf8").replace(/catch\s*\((\w+)\)\s*\{/g, (whole, name) => `${whole} globalThis.__py2tsReliabilityCaught = ${name};`);
    const m = new Module(file, module);
    m.filename = file;
    m.paths = Module._nodeModulePaths(path.dirname(file));
    try {
      m._compile(source, file);
      instrumented = m.exports.transpile;
    } catch {
      instrumented = null;
    }
  }
  if (!instrumented) return { message: "", stack: "(stack unavailable)" };
  globalThis.__py2tsReliabilityCaught = undefined;
  try {
    instrumented(text, options);
  } catch (error) {
    return { message: messageOf(error), stack: stackOf(error) };
  }
  const caught = globalThis.__py2tsReliabilityCaught;
  globalThis.__py2tsReliabilityCaught = undefined;
  if (caught === undefined) return { message: "", stack: "(not reproduced by the instrumented copy)" };
  return { message: messageOf(caught), stack: stackOf(caught) };
}

/** Lines as `wc -l` counts them, plus an unterminated last line. */
function countLines(bytes) {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? n + 1 : n;
}

function messageOf(error) {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return String(error);
  } catch {
    return "(an unprintable value was thrown)";
  }
}

function stackOf(error) {
  if (!(error instanceof Error) || typeof error.stack !== "string") return "";
  // Keep the frames, drop the message (already reported) and the harness's own frames.
  return error.stack
    .split("\n")
    .filter((l) => /^\s+at /.test(l) && !l.includes("reliability/lib/worker.js") && !l.includes("node:internal"))
    .slice(0, 12)
    .map((l) => l.trim())
    .join("\n");
}
