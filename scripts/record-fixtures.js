#!/usr/bin/env node
// Records stdout.txt (and exit.txt when not 0) for grammar-fixtures from CPython, against the
// project's loopback test server. Needs Debian's python3 with python3-aiohttp (default
// /usr/bin/python3; override with PYTHON). Each program runs twice, each time against a fresh
// server; a case whose two runs differ is reported as nondeterministic and nothing is written.
//
//   node scripts/record-fixtures.js [area[/case] ...]
"use strict";
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const FIXTURES = path.join(ROOT, "grammar-fixtures");
const PYTHON = process.env.PYTHON || "/usr/bin/python3";

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "test", "server", "server.mjs"), "0"], { stdio: ["ignore", "pipe", "inherit"] });
    let buf = "";
    child.stdout.on("data", (c) => {
      buf += c;
      const m = /listening (\S+)/.exec(buf);
      if (m) resolve({ url: m[1], stop: () => child.kill() });
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`test server exited with ${code}`)));
  });
}

async function runOnce(dir) {
  const server = await startServer();
  try {
    const r = spawnSync(PYTHON, ["input.py"], { cwd: dir, env: { ...process.env, TEST_BASE_URL: server.url, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" }, encoding: "utf8", timeout: 60000 });
    return { stdout: r.stdout, status: r.status, stderr: r.stderr };
  } finally {
    server.stop();
  }
}

async function main() {
  const check = spawnSync(PYTHON, ["-c", "import aiohttp"], { encoding: "utf8" });
  if (check.status !== 0) {
    console.error(`${PYTHON} cannot import aiohttp: install Debian's python3-aiohttp (apt-get install python3-aiohttp) or set PYTHON.`);
    process.exit(2);
  }
  const filters = process.argv.slice(2);
  let failed = 0;
  for (const area of fs.readdirSync(FIXTURES).sort()) {
    const areaDir = path.join(FIXTURES, area);
    if (!fs.statSync(areaDir).isDirectory()) continue;
    for (const name of fs.readdirSync(areaDir).sort()) {
      const dir = path.join(areaDir, name);
      if (!fs.existsSync(path.join(dir, "input.py"))) continue;
      const id = `${area}/${name}`;
      if (filters.length && !filters.some((f) => id === f || id.startsWith(`${f}/`) || area === f)) continue;
      if (fs.existsSync(path.join(dir, "diagnostics.txt")) && !fs.existsSync(path.join(dir, "output.ts"))) continue;
      const a = await runOnce(dir);
      const b = await runOnce(dir);
      if (a.stdout !== b.stdout || a.status !== b.status) {
        console.error(`NONDETERMINISTIC ${id}`);
        failed++;
        continue;
      }
      const stdoutFile = path.join(dir, "stdout.txt");
      const exitFile = path.join(dir, "exit.txt");
      const before = fs.existsSync(stdoutFile) ? fs.readFileSync(stdoutFile, "utf8") : undefined;
      fs.writeFileSync(stdoutFile, a.stdout);
      if (a.status !== 0) fs.writeFileSync(exitFile, `${a.status}\n`);
      else fs.rmSync(exitFile, { force: true });
      console.log(`${before === undefined ? "new" : before === a.stdout ? "unchanged" : "changed"} ${id}${a.status ? ` (exit ${a.status})` : ""}`);
      if (a.status !== 0 && a.stderr) console.log(a.stderr.trim().split("\n").slice(-1)[0]);
    }
  }
  process.exit(failed ? 1 : 0);
}

main();
