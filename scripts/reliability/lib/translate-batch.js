"use strict";
// Translates a list of files in the order given, in this one process, and prints a JSON object
// { name: sha256 of the output code and diagnostics }. Used to check that a translation does not
// depend on what the process translated before it (tests/reliability/determinism.test.ts).
//
//   node scripts/reliability/lib/translate-batch.js DIST < [{ "name": …, "file": …, "options": {…} }, …]
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");

const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "..", "..", "dist"));
const { transpile } = require(path.join(dist, "transpile.js"));
const items = JSON.parse(fs.readFileSync(0, "utf8"));
const out = {};
for (const item of items) {
  const result = transpile(fs.readFileSync(item.file, "utf8"), item.options || {});
  const text = `${result.code}\n--- diagnostics ---\n${JSON.stringify(result.diagnostics)}`;
  out[item.name] = crypto.createHash("sha256").update(text).digest("hex");
}
process.stdout.write(JSON.stringify(out));
