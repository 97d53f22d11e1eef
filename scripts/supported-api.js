#!/usr/bin/env node
// Regenerates the API lists in docs/supported-api.md from the translator's rule registry, so the
// document cannot claim more (or less) than the translator maps. `--check` only compares (used by the tests).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const DOC = path.join(__dirname, "..", "docs", "supported-api.md");
const START = "<!-- generated: npm run docs:api -->";
const END = "<!-- end generated -->";

/** Markdown lists of every mapped name under the given modules, grouped by module and by class. */
function generate(registry, modules) {
  const keys = new Set([...registry.calls.keys(), ...registry.attrs.keys(), ...registry.classes.keys(), ...registry.values.keys()]);
  const classes = new Set(registry.classes.keys());
  const out = [];
  for (const mod of modules) {
    const mine = [...keys].filter((k) => k.startsWith(`${mod}.`)).sort();
    const owners = new Map([[mod, []]]);
    for (const k of mine) {
      const owner = k.slice(0, k.lastIndexOf("."));
      if (owner !== mod && classes.has(owner)) {
        if (!owners.has(owner)) owners.set(owner, []);
        owners.get(owner).push(k.slice(owner.length + 1));
      } else owners.get(mod).push(k.slice(mod.length + 1));
    }
    out.push(`### \`${mod}\``, "", owners.get(mod).map((n) => `\`${n}\``).join(", "), "");
    for (const [owner, members] of owners) {
      if (owner === mod || members.length === 0) continue;
      out.push(`- \`${owner.slice(mod.length + 1)}\`: ${members.map((n) => `\`${n}\``).join(", ")}`);
    }
    out.push("");
  }
  return out.join("\n").trimEnd();
}

function expected() {
  const { allRules } = require(path.join(__dirname, "..", "dist", "lower", "rules.js"));
  const doc = fs.readFileSync(DOC, "utf8");
  const [before, rest] = doc.split(START);
  const after = rest.split(END)[1];
  return { doc, text: `${before}${START}\n\n${generate(allRules(), ["asyncio", "aiohttp", "contextlib"])}\n\n${END}${after}` };
}

module.exports = { expected };

if (require.main === module) {
  const { doc, text } = expected();
  if (process.argv.includes("--check")) {
    if (doc !== text) {
      console.error("docs/supported-api.md is out of date: run `npm run docs:api`");
      process.exit(1);
    }
  } else fs.writeFileSync(DOC, text);
}
