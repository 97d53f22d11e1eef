import * as fs from "node:fs";
import * as path from "node:path";
import { parsePython, type SyntaxNode } from "../../src/parse/parser";
import { bind } from "../../src/analysis/binder";
import { placeDeclarations } from "../../src/analysis/declarations";
import { TypeInference } from "../../src/analysis/infer";
import { typeKey } from "../../src/analysis/types";
import type { Scope } from "../../src/analysis/scope";
import { allRules } from "../../src/lower/rules";
import { forEachNode } from "../../src/parse/nodes";

// Replaying the steps of an inference pass that read nothing changed (src/analysis/replay.ts) must
// give exactly what running every step gives: every symbol's type and every expression's type.

const FIXTURES = path.join(__dirname, "..", "..", "grammar-fixtures");
const inputs = fs
  .readdirSync(FIXTURES)
  .flatMap((area) => fs.readdirSync(path.join(FIXTURES, area)).map((name) => path.join(area, name, "input.py")))
  .filter((rel) => fs.existsSync(path.join(FIXTURES, rel)));

/** Every symbol's type, then every expression's type, in one fixed order. */
function inferredTypes(source: string, replay: boolean): string[] {
  const root = parsePython(source).rootNode;
  const bindings = bind(root);
  placeDeclarations(bindings.moduleScope);
  const inference = new TypeInference(root, bindings, allRules(), "__main__", undefined, { replay });
  inference.run();
  const out: string[] = [];
  // Local classes are named by node id, which differ between parses: made relative to the root's.
  const key = (t: Parameters<typeof typeKey>[0]): string => typeKey(t).replace(/#(\d+)/g, (_, id: string) => `#${Number(id) - root.id}`);
  const visit = (scope: Scope): void => {
    for (const sym of scope.symbols.values()) out.push(`${sym.name}: ${key(inference.symbolType(sym))}`);
    scope.children.forEach(visit);
  };
  visit(bindings.moduleScope);
  forEachNode(root, (node: SyntaxNode) => {
    if (node.isNamed && node.type !== "comment" && node.type !== "block" && !node.type.endsWith("statement")) out.push(`${node.type}@${node.startIndex}: ${key(inference.typeOf(node))}`);
  });
  return out;
}

test("the fixtures are found", () => {
  expect(inputs.length).toBeGreaterThan(100);
});

test.each(inputs)("%s: replayed passes infer what full passes do", (rel) => {
  const source = fs.readFileSync(path.join(FIXTURES, rel), "utf8");
  expect(inferredTypes(source, true)).toEqual(inferredTypes(source, false));
});
