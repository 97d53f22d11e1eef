import * as fs from "node:fs";
import * as path from "node:path";

/** One case folder: `grammar-fixtures/<area>/<case>/`. */
export interface Fixture {
  readonly area: string;
  readonly name: string;
  readonly dir: string;
  readonly input: string;
  readonly options: FixtureOptions;
  /** Golden TypeScript, absent for cases that must fail to translate. */
  readonly expectedOutput?: string;
  readonly expectedStdout?: string;
  readonly expectedExit: number;
  /** Expected diagnostics, one `line:col severity CODE: message` per line. */
  readonly expectedDiagnostics?: string;
}

export interface FixtureOptions {
  readonly runtime?: "inline" | "import";
}

export const ROOT = path.resolve(__dirname, "..", "..");
export const FIXTURES = path.join(ROOT, "grammar-fixtures");

const read = (file: string): string | undefined => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined);

const readOptions = (file: string): FixtureOptions => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as FixtureOptions) : {});

/** Every case, sorted; area-level `options.json` is merged under the case's own. */
export function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const area of fs.readdirSync(FIXTURES).sort()) {
    const areaDir = path.join(FIXTURES, area);
    if (!fs.statSync(areaDir).isDirectory()) continue;
    const areaOptions = readOptions(path.join(areaDir, "options.json"));
    for (const name of fs.readdirSync(areaDir).sort()) {
      const dir = path.join(areaDir, name);
      if (!fs.statSync(dir).isDirectory()) continue;
      const input = read(path.join(dir, "input.py"));
      if (input === undefined) throw new Error(`${dir} has no input.py`);
      fixtures.push({
        area,
        name,
        dir,
        input,
        options: { ...areaOptions, ...readOptions(path.join(dir, "options.json")) },
        expectedOutput: read(path.join(dir, "output.ts")),
        expectedStdout: read(path.join(dir, "stdout.txt")),
        expectedExit: Number(read(path.join(dir, "exit.txt"))?.trim() ?? "0"),
        expectedDiagnostics: read(path.join(dir, "diagnostics.txt")),
      });
    }
  }
  return fixtures;
}

export const TRANSLATE_OPTIONS = (f: Fixture): { runtime: "inline" | "import" } => ({ runtime: f.options.runtime ?? "import" });
