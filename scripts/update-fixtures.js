#!/usr/bin/env node
// Rewrites the golden output.ts (and diagnostics.txt) of grammar-fixtures from the current translator.
// Review the diff before committing. Refused in CI, where goldens must only be compared.
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");

if (process.env.CI) {
  console.error("fixtures:update refuses to run when CI is set; update goldens locally and commit the reviewed diff.");
  process.exit(2);
}
const filter = process.argv.slice(2);
const jest = require.resolve("jest/bin/jest");
const args = [jest, "test/fixtures.test.ts", "-t", filter.length ? filter.join("|") : "translates to its golden output"];
const r = spawnSync(process.execPath, args, { stdio: "inherit", cwd: path.join(__dirname, ".."), env: { ...process.env, UPDATE_FIXTURES: "1" } });
process.exit(r.status ?? 1);
