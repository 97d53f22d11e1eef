import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { runNode, typeCheck } from "../support/workdir";
import { cli, readTree, requireBuild, scratch, SHOP } from "./helpers";

/**
 * The batch command line on the shop project (packages, relative imports, a dataclass defined in
 * one module and constructed with keyword arguments in another): the output folder type-checks
 * under --strict and runs like CPython; `--check` passes on it and fails, with a diff, after an
 * edit, a deletion and an extra file.
 */
beforeAll(requireBuild);

describe.each(["shared", "import"] as const)("shop with --runtime %s", (runtime) => {
  test("converts, type-checks and runs main like CPython", async () => {
    const work = scratch(`shop-${runtime}`);
    const out = path.join(work, "ts");
    const r = cli(work, [path.join(SHOP, "src"), "--out-dir", out, "--runtime", runtime]);
    expect(r.stderr).toMatch(/6 files \(\d+ lines\), 6 translated, 0 with warnings, 0 with errors in/);
    expect(r.status).toBe(0);
    const written = [...readTree(out).keys()];
    expect(written).toEqual([...(runtime === "shared" ? ["_py2ts_runtime.ts"] : []), "main.ts", "shop/__init__.ts", "shop/models.ts", "shop/pricing.ts", "shop/util/__init__.ts", "shop/util/fmt.ts"]);
    const files = written.map((w) => path.join(out, w));
    const checked = typeCheck(files);
    expect([...checked].flatMap(([f, ds]) => ds.map((d) => `${path.relative(out, f)}: ${d}`))).toEqual([]);
    for (const file of files) {
      const js = ts.transpileModule(fs.readFileSync(file, "utf8"), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
      fs.writeFileSync(file.replace(/\.ts$/, ".js"), js);
    }
    const run = await runNode(path.join(out, "main.js"), {});
    expect(run.stdout).toBe(fs.readFileSync(path.join(SHOP, "stdout.txt"), "utf8"));
    expect(run.exitCode).toBe(0);
  }, 120000);
});

test("--check passes on a fresh conversion and fails with a diff after an edit, a deletion and an extra file", () => {
  const work = scratch("shop-check");
  const out = path.join(work, "ts");
  const src = path.join(SHOP, "src");
  expect(cli(work, [src, "--out-dir", out]).status).toBe(0);
  const before = readTree(out);

  const clean = cli(work, [src, "--out-dir", out, "--check"]);
  expect(clean.stderr).toMatch(/6 translated, 0 with warnings, 0 with errors in/);
  expect(clean.status).toBe(0);

  fs.appendFileSync(path.join(out, "shop", "models.ts"), "// edited by hand\n");
  fs.rmSync(path.join(out, "shop", "util", "fmt.ts"));
  fs.writeFileSync(path.join(out, "shop", "old.ts"), "export const gone = 1;\n");
  const r = cli(work, [src, "--out-dir", out, "--check"]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("PY2TS4004: The translation in 'ts/shop/models.ts' is out of date");
  expect(r.stderr).toContain("--- a/shop/models.ts\n+++ b/shop/models.ts");
  expect(r.stderr).toContain("-// edited by hand");
  expect(r.stderr).toContain("PY2TS4005: The translation 'ts/shop/util/fmt.ts' is missing");
  expect(r.stderr).toContain("ts/shop/old.ts - error: stale translation: no source file produces it");
  expect(r.stderr).toContain("-export const gone = 1;");
  expect(r.stderr).toMatch(/1 drifted, 1 missing, 1 stale/);
  // --check writes nothing.
  expect(fs.existsSync(path.join(out, "shop", "util", "fmt.ts"))).toBe(false);

  // A normal run repairs the folder (the stale file is the user's to delete), and --check then passes again.
  fs.rmSync(path.join(out, "shop", "old.ts"));
  expect(cli(work, [src, "--out-dir", out]).status).toBe(0);
  expect(readTree(out)).toEqual(before);
  expect(cli(work, [src, "--out-dir", out, "--check"]).status).toBe(0);
}, 120000);
