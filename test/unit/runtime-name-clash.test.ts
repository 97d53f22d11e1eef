import { transpile } from "../../src/transpile";
import { analyzeModule } from "../../src/pipeline/analyze-module";
import { NameTable } from "../../src/lower/names";

// A module is lowered again, avoiding the runtime's names, only when a name the output declares
// would clash with a runtime helper it needs; names the program merely uses never do.

function scopeOf(source: string) {
  const analyzed = analyzeModule(source, { name: "__main__", isPackage: false });
  if (!analyzed.module) throw new Error("did not parse");
  return analyzed.module.bindings.moduleScope;
}

test("a variable named like a runtime helper the output needs is renamed", () => {
  const { code, diagnostics } = transpile('def label():\n    str = "s"\n    return str\n\ndef show(xs):\n    print(label(), str(xs))\n\nshow([1, 2])\n', { runtime: "import" });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(code).toMatch(/import \{[^}]*\bstr\b[^}]*\} from "py2ts-async\/runtime"/);
  expect(code).toContain('const str_ = "s";');
  expect(code).toContain("return str_;");
  expect(code).toContain("str(xs)");
});

test("names the program only uses (builtins, attributes, keywords) do not clash", () => {
  const names = new NameTable(["len", "join", "sorted", "key", "xs"], new Set());
  names.renameClashes(scopeOf("xs = [3, 1]\nprint(len(xs), ','.join(sorted(map(str, xs), key=len)))\n"));
  expect(names.clashesWith(new Set(["len", "join", "sorted", "key", "str"]))).toBe(false);
  expect(names.clashesWith(new Set(["xs"]))).toBe(true);
});

test("a fresh name handed out clashes with a runtime name of the same spelling, unless that is avoided", () => {
  const names = new NameTable([], new Set());
  expect(names.fresh("items")).toBe("items");
  expect(names.clashesWith(new Set(["items"]))).toBe(true);
  const avoiding = new NameTable([], new Set(["items"]));
  expect(avoiding.fresh("items")).toBe("items2");
  expect(avoiding.clashesWith(new Set(["items"]))).toBe(false);
});

test("imports and class members are never renamed, so they do not make a module lower again", () => {
  const names = new NameTable([], new Set());
  names.renameClashes(scopeOf("from reprlib import repr\nclass Box:\n    len = 3\n"));
  expect(names.clashesWith(new Set(["repr", "len"]))).toBe(false);
});
