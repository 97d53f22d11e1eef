import * as fs from "node:fs";
import * as path from "node:path";
import { cli, readTree, requireBuild, scratch, TINY, writeTree } from "./helpers";

/**
 * Which files a batch takes, where it writes, and what it refuses: skipped folders and --exclude
 * globs, confinement to the output folder, inputs left untouched, bad files that do not stop the
 * batch, and outputs with errors that never replace a good one.
 */
beforeAll(requireBuild);

const OK = 'def hello() -> str:\n    return "hi"\n';

test("skips caches, virtual environments, hidden folders and --exclude globs", () => {
  const work = scratch("files-exclude");
  writeTree(path.join(work, "src"), {
    "pkg/__init__.py": "",
    "pkg/mod.py": OK,
    "pkg/tests/test_mod.py": OK,
    "pkg/schema_gen.py": OK,
    "legacy/old.py": OK,
    "legacy2/kept.py": OK,
    "__pycache__/cached.py": OK,
    ".hidden/h.py": OK,
    "venv/lib/v.py": OK,
    ".venv/lib/v.py": OK,
    "lib/site-packages/s.py": OK,
    "myenv/pyvenv.cfg": "home = /usr/bin\n",
    "myenv/e.py": OK,
    "notes.txt": "not python",
  });
  const r = cli(work, ["src", "--out-dir", "out", "--exclude", "tests", "--exclude", "legacy/**", "--exclude", "*_gen.py"]);
  expect(r.stderr).toMatch(/^py2ts-async: 3 files/m);
  expect(r.status).toBe(0);
  expect([...readTree(path.join(work, "out")).keys()]).toEqual(["_py2ts_runtime.ts", "legacy2/kept.ts", "pkg/__init__.ts", "pkg/mod.ts"]);
  // A glob with a slash also matches from the current folder.
  const again = cli(work, ["src", "--out-dir", "out2", "--exclude", "src/pkg/**"]);
  expect(again.status).toBe(0);
  expect([...readTree(path.join(work, "out2")).keys()].filter((k) => k.startsWith("pkg/"))).toEqual([]);
}, 60000);

test("an output folder inside an input folder is refused unless excluded; one holding an input too", () => {
  const work = scratch("files-out-inside");
  writeTree(path.join(work, "src"), { "a.py": OK });
  const inside = cli(work, ["src", "--out-dir", "src/ts"]);
  expect(inside.status).toBe(2);
  expect(inside.stderr).toContain("the output folder 'src/ts' is inside the input folder 'src'; exclude it (--exclude 'ts')");
  expect(fs.existsSync(path.join(work, "src", "ts"))).toBe(false);
  expect(cli(work, ["src", "--out-dir", "src/ts", "--exclude", "ts"]).status).toBe(0);
  expect(fs.existsSync(path.join(work, "src", "ts", "a.ts"))).toBe(true);
  expect(cli(work, ["src", "--out-dir", "src/.out"]).status).toBe(0); // hidden: never walked
  const holding = cli(work, ["src", "--out-dir", "."]);
  expect(holding.status).toBe(2);
  expect(holding.stderr).toContain("contains the input folder 'src'");
}, 60000);

test("never writes through a symbolic link out of the output folder, nor follows linked source folders", () => {
  const work = scratch("files-symlinks");
  writeTree(path.join(work, "src"), { "pkg/__init__.py": "", "pkg/mod.py": OK, "top.py": OK });
  const outside = path.join(work, "outside");
  fs.mkdirSync(outside);
  fs.mkdirSync(path.join(work, "out"));
  fs.symlinkSync(outside, path.join(work, "out", "pkg"), "dir");
  fs.symlinkSync(path.join(work, "src", "pkg"), path.join(work, "src", "linked"), "dir");
  const r = cli(work, ["src", "--out-dir", "out"]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/src\/pkg\/mod\.py - error PY2TS4002: Cannot write 'out\/pkg\/mod\.ts': 'pkg' in the output folder is a symbolic link; refusing to write through it/);
  expect(fs.readdirSync(outside)).toEqual([]);
  expect(fs.existsSync(path.join(work, "out", "top.ts"))).toBe(true);
  expect(fs.existsSync(path.join(work, "out", "linked"))).toBe(false);
}, 60000);

test("inputs are never touched; a bad file does not stop the batch; errors never replace a good output", () => {
  const work = scratch("files-bad");
  const src = path.join(work, "src");
  writeTree(src, { ...TINY, "bad_syntax.py": "def broken(:\n    pass\n", "later.py": "x: int = 1\nprint(x)\n" });
  fs.writeFileSync(path.join(src, "latin1.py"), Buffer.from([0x70, 0x72, 0x69, 0x6e, 0x74, 0x28, 0x22, 0xe9, 0x22, 0x29, 0x0a]));
  const before = readTree(src);
  const r = cli(work, ["src", "--out-dir", "out"]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("src/bad_syntax.py:1:");
  expect(r.stderr).toContain("src/latin1.py - error PY2TS1004");
  expect(r.stderr).toMatch(/7 files \(\d+ lines\), 5 translated, 0 with warnings, 2 with errors in/);
  expect(readTree(src)).toEqual(before);
  const out = readTree(path.join(work, "out"));
  expect(out.has("later.ts")).toBe(true);
  expect(out.has("bad_syntax.ts")).toBe(false);

  // A later error in later.py keeps its good output; --emit-on-error replaces it with the stubbed translation.
  const good = out.get("later.ts");
  fs.writeFileSync(path.join(src, "later.py"), "print(nowhere)\n");
  expect(cli(work, ["src", "--out-dir", "out"]).status).toBe(1);
  expect(fs.readFileSync(path.join(work, "out", "later.ts"), "utf8")).toBe(good);
  expect(cli(work, ["src", "--out-dir", "out", "--emit-on-error"]).status).toBe(1);
  expect(fs.readFileSync(path.join(work, "out", "later.ts"), "utf8")).not.toBe(good);
  expect(fs.readdirSync(path.join(work, "out")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}, 60000);

test("usage errors, and single-file mode unchanged", () => {
  const work = scratch("files-usage");
  writeTree(path.join(work, "src"), { "a.py": 'print("a")\n', "b.py": 'print("b")\n' });
  const inline = cli(work, ["src", "--out-dir", "out", "--runtime", "inline"]);
  expect(inline.status).toBe(2);
  expect(inline.stderr).toContain("--runtime inline is for one file");
  const folder = cli(work, ["src"]);
  expect(folder.status).toBe(2);
  expect(folder.stderr).toContain("the folder 'src' needs an output folder: add --out-dir DIR");
  const two = cli(work, ["src/a.py", "src/b.py"]);
  expect(two.status).toBe(2);
  expect(two.stderr).toContain("several inputs need an output folder");
  expect(cli(work, ["src/a.py", "--check"]).status).toBe(2);
  expect(cli(work, ["src/a.py", "--runtime", "shared"]).status).toBe(2);
  expect(cli(work, ["missing", "--out-dir", "out"]).stderr).toContain("the input 'missing' does not exist");
  const single = cli(work, ["src/a.py"]);
  expect(single.status).toBe(0);
  expect(single.stdout).toBe('console.log("a");\n\nexport {};\n');
  expect(single.stderr).toBe("");
  // Files given one by one are named by their base name.
  expect(cli(work, ["src/a.py", "src/b.py", "--out-dir", "files"]).status).toBe(0);
  expect([...readTree(path.join(work, "files")).keys()]).toEqual(["_py2ts_runtime.ts", "a.ts", "b.ts"]);
}, 60000);

/** Decodes a line-granular source map: for each generated line, the 1-based source line (0: unmapped). */
function decodeLines(mappings: string): number[] {
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let source = 0;
  return mappings.split(";").map((segments) => {
    if (!segments) return 0;
    const first = segments.split(",")[0]!;
    const values: number[] = [];
    let shift = 0;
    let value = 0;
    for (const ch of first) {
      const digit = B64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >> 1) : value >> 1);
        shift = 0;
        value = 0;
      }
    }
    source += values[2]!;
    return source + 1;
  });
}

test("--source-map writes a v3 map beside each output, mapping its lines to the Python lines", () => {
  const work = scratch("files-source-map");
  writeTree(path.join(work, "src"), TINY);
  expect(cli(work, ["src", "--out-dir", "out", "--source-map"]).status).toBe(0);
  const ts = fs.readFileSync(path.join(work, "out", "app", "geometry.ts"), "utf8");
  expect(ts.endsWith("//# sourceMappingURL=geometry.ts.map\n")).toBe(true);
  const map = JSON.parse(fs.readFileSync(path.join(work, "out", "app", "geometry.ts.map"), "utf8")) as { version: number; file: string; sources: string[]; mappings: string };
  expect(map).toMatchObject({ version: 3, file: "geometry.ts", sources: ["../../src/app/geometry.py"] });
  const lines = decodeLines(map.mappings);
  const tsLines = ts.split("\n");
  const at = (needle: string): number => lines[tsLines.findIndex((l) => l.includes(needle))]!;
  expect(at("export function shift(")).toBe(4);
  expect(at("return new Point(")).toBe(5);
  expect(at("import { Point }")).toBe(0);
  // --check knows about maps too: a fresh run matches, a deleted map is missing.
  expect(cli(work, ["src", "--out-dir", "out", "--source-map", "--check"]).status).toBe(0);
  fs.rmSync(path.join(work, "out", "app", "geometry.ts.map"));
  expect(cli(work, ["src", "--out-dir", "out", "--source-map", "--check"]).stderr).toContain("PY2TS4005: The translation 'out/app/geometry.ts.map' is missing");
}, 60000);
