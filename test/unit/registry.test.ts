import * as fs from "node:fs";
import * as path from "node:path";
import { allRules } from "../../src/lower/rules";
import { isRuntimeExport } from "../../src/emit/runtime-sources";

const LOWER = path.join(__dirname, "..", "..", "src", "lower");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [fs.readFileSync(path.join(dir, e.name), "utf8")] : []));
}

describe("rule registry", () => {
  const registry = allRules();

  test("node-type rules name real tree-sitter-python node types", () => {
    // The grammar's own list (read as data: loading the native binding again in this test file would break it).
    const info = JSON.parse(fs.readFileSync(require.resolve("tree-sitter-python/src/node-types.json"), "utf8")) as { type: string }[];
    const known = new Set(info.map((t) => t.type));
    const unknown = [...registry.expressions.keys(), ...registry.statements.keys()].filter((k) => !known.has(k));
    expect(unknown).toEqual([]);
  });

  test("every runtime helper a rule asks for exists in the runtime", () => {
    const pattern = /(?:helper|helperCall\(cx,|viaHelper\("[^"]*",|methodViaHelper\("[^"]*",|runtime:|runtimeClass\(|exceptionClass\(|managerClass\(|moduleFn\(|flag\()\s*\(?"([A-Za-z_]\w*)"/g;
    const names = new Set(sources(LOWER).flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1]!)));
    expect(names.size).toBeGreaterThan(50);
    expect([...names].filter((n) => !isRuntimeExport(n)).sort()).toEqual([]);
  });

  test("library signatures parse", () => {
    for (const key of registry.calls.keys()) expect(() => registry.callable(key)).not.toThrow();
    for (const key of registry.attrs.keys()) expect(() => registry.attribute(key)).not.toThrow();
  });
});
