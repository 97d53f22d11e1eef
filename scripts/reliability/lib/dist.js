"use strict";
// Where the translator under test lives: the built dist/ by default, or another build (--dist DIR),
// for example a source-mapped one made by buildMapped() so that stack traces point into src/*.ts.
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..", "..", "..");
const DEFAULT_DIST = path.join(ROOT, "dist");

function checkDist(dist) {
  for (const file of ["transpile.js", path.join("cli", "files.js")]) {
    if (!fs.existsSync(path.join(dist, file))) {
      throw new Error(`${path.join(dist, file)} is missing: run \`npm run build\` first`);
    }
  }
  return dist;
}

/**
 * Builds src/ with source maps into .work/reliability/dist (git-ignored), beside a copy of the
 * runtime manifest, so that the stack of an internal error names src/*.ts lines. Returns the folder.
 */
function buildMapped() {
  const out = path.join(ROOT, ".work", "reliability", "dist");
  fs.rmSync(out, { recursive: true, force: true });
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.build.json"), "--sourceMap", "--declaration", "false", "--outDir", out], { stdio: "inherit", cwd: ROOT });
  // src/emit/runtime-sources.ts reads <dist>/../../dist/runtime-manifest.json relative to its own folder.
  const manifest = path.join(DEFAULT_DIST, "runtime-manifest.json");
  if (!fs.existsSync(manifest)) throw new Error(`${manifest} is missing: run \`npm run build\` first`);
  fs.copyFileSync(manifest, path.join(out, "runtime-manifest.json"));
  return out;
}

module.exports = { ROOT, DEFAULT_DIST, checkDist, buildMapped };
