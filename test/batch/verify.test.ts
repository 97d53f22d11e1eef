import * as fs from "node:fs";
import * as path from "node:path";
import { FIXTURES } from "../support/fixtures";
import { cli, cliAsync, requireBuild, scratch, writeTree } from "./helpers";

/**
 * `--verify` type-checks every output in one program and maps each TypeScript error to the Python
 * line that produced it; `--verify=run` runs each module with a `__main__` guard under Python and
 * its translation under Node and compares (demonstrated on the project's own fixtures).
 */
beforeAll(requireBuild);

const PYTHON = fs.existsSync("/usr/bin/python3");
if (!PYTHON) console.warn("test/batch/verify.test.ts: /usr/bin/python3 is missing, so the --verify=run agreement tests are SKIPPED (install python3 and python3-aiohttp)");
const withPython = PYTHON ? test : test.skip;

test("--verify reports a TypeScript error at the Python line that produced it", () => {
  const work = scratch("verify-types");
  // A return hint that lies: the translation keeps the hint, and tsc rejects the return.
  writeTree(work, { "src/ok.py": "def two() -> int:\n    return 2\n", "src/lie.py": 'from ok import two\n\n\ndef count() -> int:\n    return "three"\n\n\nprint(count(), two())\n' });
  const r = cli(work, ["src", "--out-dir", "out", "--verify"]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("src/lie.py:5:1 - error PY2TS5001: The translation does not type-check: Type 'string' is not assignable to type 'number' (TS2322 at out/lie.ts:");
  expect(r.stderr).toMatch(/2 files \(\d+ lines\), 1 translated, 0 with warnings, 1 with errors, 1 type error in/);
  const json = JSON.parse(cli(work, ["src", "--out-dir", "out", "--verify", "--reporter", "json"]).stdout) as { files: { source: string; diagnostics: { code: string; line: number }[] }[]; summary: { typeErrors: number } };
  expect(json.summary.typeErrors).toBe(1);
  expect(json.files.find((f) => f.source === "src/lie.py")!.diagnostics).toEqual([expect.objectContaining({ code: "PY2TS5001", line: 5 })]);
}, 60000);

withPython("--verify=run agrees with CPython on the fixtures that have a __main__ guard", async () => {
  const work = scratch("verify-run-fixtures");
  const guarded = ["aiohttp/seed-get-status", "aiohttp/session-async-with", "asyncio/run-returns-value", "asyncio/uncaught-exception-exit"];
  for (const c of guarded) fs.cpSync(path.join(FIXTURES, c, "input.py"), path.join(work, "src", `${c.replace("/", "_").replace(/-/g, "_")}.py`));
  const r = await cliAsync(work, ["src", "--out-dir", "out", "--verify=run"]);
  expect(r.stderr).toContain("--verify=run ran 4 modules with a __main__ guard under /usr/bin/python3 and Node: 4 agree, 0 differ");
  expect(r.status).toBe(0);
}, 120000);

withPython("--verify=run reports a difference at the __main__ guard", () => {
  const work = scratch("verify-run-mismatch");
  // len() counts UTF-16 code units in JavaScript (a documented difference).
  writeTree(work, { "src/emoji.py": 'def main() -> None:\n    print(len("\u{1F600}"))\n\n\nif __name__ == "__main__":\n    main()\n' });
  const r = cli(work, ["src", "--out-dir", "out", "--verify=run"]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('src/emoji.py:5:1 - error PY2TS5002: Run under Node, the translation behaves differently from Python: standard output differs at line 1: Python printed "1", Node printed "2".');
  expect(r.stderr).toMatch(/1 agree, 0 differ|0 agree, 1 differ/);
}, 60000);

test("--verify=run without python3 says so and type-checks only", () => {
  const work = scratch("verify-run-no-python");
  writeTree(work, { "src/a.py": 'if __name__ == "__main__":\n    print("a")\n' });
  const r = cli(work, ["src", "--out-dir", "out", "--verify=run"], { PY2TS_PYTHON: "/nonexistent/python3" });
  expect(r.stderr).toContain("--verify=run skipped the runs: no python3 found (PY2TS_PYTHON='/nonexistent/python3' does not exist); the outputs were type-checked only");
  expect(r.status).toBe(0);
}, 60000);
