import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { transpileProject, type ProjectFile } from "../src/project";
import { createWorkdir, runNode, typeCheck } from "./support/workdir";

/**
 * Whole programs translated together (the batch mode's core): packages, relative imports, a class
 * defined in one module and constructed with keyword arguments in another. Each output tree must
 * type-check under --strict and print what CPython printed (`stdout.txt`, recorded from `src/main.py`).
 */
const PROJECTS = path.join(__dirname, "projects");

function sources(root: string, dir = ""): ProjectFile[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return sources(root, rel);
    return rel.endsWith(".py") ? [{ path: rel, source: fs.readFileSync(path.join(root, rel), "utf8") }] : [];
  });
}

describe.each(fs.readdirSync(PROJECTS).sort())("project %s", (name) => {
  const dir = path.join(PROJECTS, name);
  const files = sources(path.join(dir, "src"));

  test.each(["shared", "import"] as const)("with the runtime %s: translates, type-checks and runs", async (runtime) => {
    const result = transpileProject(files, { runtime });
    const errors = [...result.files].flatMap(([p, r]) => r.diagnostics.filter((d) => d.severity === "error").map((d) => `${p}: ${d.code} ${d.message}`));
    expect(errors).toEqual([]);
    const work = createWorkdir(`projects/${name}-${runtime}`);
    const written: string[] = [];
    for (const [p, r] of [...result.files, ...(result.runtime ? [[result.runtime.path, { code: result.runtime.code }] as const] : [])]) {
      const file = path.join(work, p);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, r.code);
      written.push(file);
    }
    const checked = typeCheck(written);
    expect([...checked].flatMap(([f, ds]) => ds.map((d) => `${path.relative(work, f)}: ${d}`))).toEqual([]);
    for (const file of written) {
      const js = ts.transpileModule(fs.readFileSync(file, "utf8"), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
      fs.writeFileSync(file.replace(/\.ts$/, ".js"), js);
    }
    const run = await runNode(path.join(work, "main.js"), { TEST_BASE_URL: process.env.TEST_BASE_URL ?? "" });
    expect(run.stdout).toBe(fs.readFileSync(path.join(dir, "stdout.txt"), "utf8"));
    expect(run.exitCode).toBe(0);
  }, 120000);
});
