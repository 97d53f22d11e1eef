import { scanModuleImports } from "../../src/batch/import-scan";
import { planBatch } from "../../src/batch/plan";
import { sourceMapText } from "../../src/batch/source-map";
import { transpileProject } from "../../src/project";

/** The batch engine's parts: the import scan, the plan (units and their order), summaries, source maps. */
describe("scanModuleImports", () => {
  const scan = (text: string, name = "pkg.mod", isPackage = false) => scanModuleImports(text, { name, isPackage });

  test("module-level imports, including inside if/try, apart from imports inside functions", () => {
    const text = [
      '"""Docstring mentioning',
      "import not_this",
      '"""',
      "import a.b as ab, c",
      "from .sibling import (x,",
      "    y as z)",
      "from ..up import thing  # comment import nope",
      "try:",
      "    import d",
      "except ImportError:",
      "    d = None",
      "if True: import e; import f",
      "s = 'import g'",
      "def later():",
      "    import h",
      "    from . import i",
      "class K:",
      "    import j",
      "import k",
    ].join("\n");
    const found = scan(text);
    // `..up` from `pkg.mod` goes above the top package: resolved as the binder does (`up`).
    expect([...found.moduleLevel].sort()).toEqual(["a.b", "c", "d", "e", "f", "k", "pkg.sibling", "pkg.sibling.x", "pkg.sibling.y", "up", "up.thing"]);
    expect([...found.inFunctions].sort()).toEqual(["h", "j", "pkg", "pkg.i"]);
  });

  test("relative imports from a package's __init__ start at the package", () => {
    expect(scan("from . import a\nfrom .b import c\n", "pkg", true).moduleLevel).toEqual(["pkg", "pkg.a", "pkg.b", "pkg.b.c"]);
  });
});

describe("planBatch", () => {
  const plan = (files: Record<string, string>) => planBatch(Object.entries(files).map(([rel, text]) => ({ rel, text })));
  const names = (p: ReturnType<typeof planBatch>) => p.units.map((u) => u.map((id) => p.modules[id]!.name).join("+"));

  test("modules that import each other form one unit; units come dependencies first", () => {
    const p = plan({ "main.py": "import a\nimport c\n", "a.py": "from b import x\n", "b.py": "import a\nx = 1\n", "c.py": "" });
    expect(names(p)).toEqual(["a+b", "c", "main"]);
    expect(p.deps[2]!.map((u) => names(p)[u])).toEqual(["a+b", "c"]);
  });

  test("an import inside a function orders the work unless it closes a cycle", () => {
    const p = plan({ "a.py": "def f():\n    import z\n", "z.py": "", "b.py": "import c\n", "c.py": "def g():\n    import b\n" });
    expect(names(p)).toEqual(["c", "b", "z", "a"]);
    const a = p.unitOf[p.byName.get("a")!]!;
    expect(p.deps[a]!.map((u) => names(p)[u])).toEqual(["z"]);
    const c = p.unitOf[p.byName.get("c")!]!;
    expect(p.deps[c]).toEqual([]);
  });

  test("a package wins over a module file of the same name", () => {
    const p = plan({ "x.py": "", "x/__init__.py": "" });
    expect(p.modules[p.byName.get("x")!]!.rel).toBe("x/__init__.py");
  });
});

test("summaries carry types across modules: a class and a function defined elsewhere keep their signatures", () => {
  const result = transpileProject([
    { path: "lib/__init__.py", source: "from .shapes import Box, area\n" },
    { path: "lib/shapes.py", source: "from dataclasses import dataclass, field\n\n\n@dataclass\nclass Box:\n    w: float\n    h: float = 1.0\n    tags: list[str] = field(default_factory=list)\n\n\ndef area(b: Box) -> float:\n    return b.w * b.h\n" },
    { path: "main.py", source: "from lib import Box, area\n\n\ndef main():\n    b = Box(2.0, h=3.0)\n    return area(b), b.tags\n" },
  ]);
  const main = result.files.get("main.ts")!;
  expect(main.diagnostics).toEqual([]);
  expect(main.code).toContain("export function main(): [number, string[]] {");
  expect(main.code).toContain("const b = new Box(2.0, 3.0);");
});

test("source maps: version 3, one segment per mapped line", () => {
  const map = JSON.parse(sourceMapText("m.ts", "../src/m.py", [0, 1, 1, 3, 0, 10])) as { version: number; sources: string[]; mappings: string };
  expect(map.version).toBe(3);
  expect(map.sources).toEqual(["../src/m.py"]);
  // Lines 2-3 → Python line 1 (delta 0), line 4 → line 3 (+2), line 6 → line 10 (+7).
  expect(map.mappings).toBe(";AAAA;AAAA;AAEA;;AAOA");
});
