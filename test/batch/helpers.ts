import * as fs from "node:fs";
import * as path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { ROOT } from "../support/fixtures";
import { createWorkdir } from "../support/workdir";

/** The built command line (npm test builds first; run `npm run build` before running one file with jest). */
export const BIN = path.join(ROOT, "bin", "py2ts-async");

export function requireBuild(): void {
  if (!fs.existsSync(path.join(ROOT, "dist", "batch", "worker.js"))) throw new Error("dist/ is missing or stale: run `npm run build` first");
}

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in `cwd` (no colour, no CI-specific behaviour unless `env` says so). */
export function cli(cwd: string, args: readonly string[], env: Record<string, string | undefined> = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1", ...env }, encoding: "utf8", timeout: 120000, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The same, without blocking this process: needed when the run talks to the loopback test server,
 * which lives in the jest process itself when jest runs one file in band.
 */
export function cliAsync(cwd: string, args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** A scratch folder under .work/batch/ (with `"type": "module"` and py2ts-async resolvable). */
export function scratch(name: string): string {
  return createWorkdir(`batch/${name}`);
}

/** Writes files (path → text) under `dir`. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

/** Every file under `dir`, relative, with its content (for comparing output trees). */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, rel: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else out.set(r, fs.readFileSync(path.join(d, e.name), "utf8"));
    }
  };
  if (fs.existsSync(dir)) walk(dir, "");
  return out;
}

export const SHOP = path.join(ROOT, "test", "projects", "shop");

/** A small program in three modules: a package with a relative import and a cross-module class. */
export const TINY: Record<string, string> = {
  "app/__init__.py": "from .models import Point\n",
  "app/models.py": "from dataclasses import dataclass\n\n\n@dataclass\nclass Point:\n    x: int\n    y: int = 0\n\n    def norm1(self) -> int:\n        return abs(self.x) + abs(self.y)\n",
  "app/geometry.py": "from .models import Point\n\n\ndef shift(p: Point, dx: int) -> Point:\n    return Point(x=p.x + dx, y=p.y)\n",
  "main.py": 'from app import Point\nfrom app.geometry import shift\n\n\ndef main() -> None:\n    p = shift(Point(1, y=2), dx=3)\n    print(p, p.norm1())\n\n\nif __name__ == "__main__":\n    main()\n',
};
