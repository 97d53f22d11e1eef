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
import { planBatch } from "../../src/batch/plan";
import { worldFor } from "../../src/batch/sequential";
import { StubStore } from "../../src/batch/stub-store";
import type { ModuleSummary } from "../../src/batch/summary";
import { translateUnit } from "../../src/batch/unit";

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

// The modules of an import cycle are analysed together in rounds, each reading the others' types;
// their steps replay from one round to the next only where nothing they read of any module changed.
test("an import cycle translates the same with replayed rounds as with full ones", () => {
  const files: Record<string, string> = {
    "shop/models.py": [
      "from shop.prices import discount",
      "",
      "class Item:",
      "    def __init__(self, name, price):",
      "        self.name = name",
      "        self.price = price",
      "        self.tags = []",
      "",
      "    def tag(self, t):",
      "        self.tags.append(t)",
      "        return self",
      "",
      "    def final(self):",
      "        return discount(self, 0.1)",
      "",
    ].join("\n"),
    "shop/prices.py": [
      "from shop import models",
      "from shop.cart import total",
      "",
      "def discount(item, rate):",
      "    return item.price * (1 - rate)",
      "",
      "def cheapest(items):",
      "    best = None",
      "    for it in items:",
      "        if best is None or it.price < best.price:",
      "            best = it",
      "    return best",
      "",
      "def demo():",
      "    a = models.Item('a', 3).tag('x')",
      "    return total([a, models.Item('b', 2)]), cheapest([a])",
      "",
    ].join("\n"),
    "shop/cart.py": [
      "from shop.prices import discount, cheapest",
      "",
      "def total(items):",
      "    s = 0",
      "    for it in items:",
      "        s += discount(it, 0.0)",
      "    return s",
      "",
      "def summary(items):",
      "    c = cheapest(items)",
      "    return f'{len(items)} items, cheapest {c.name if c else None}, total {total(items)}'",
      "",
    ].join("\n"),
    "shop/__init__.py": "",
  };
  const plan = planBatch(Object.entries(files).map(([rel, text]) => ({ rel, text })));
  const cycle = plan.units.find((u) => u.length > 1)!;
  expect(cycle.length).toBe(3);
  const translate = (replay: boolean) => {
    const summaries = new Map<number, ModuleSummary>();
    const members = cycle.map((id) => ({ ...plan.modules[id]!, source: files[plan.modules[id]!.rel]! }));
    return translateUnit(members, worldFor(plan, plan.unitOf[cycle[0]!]!, summaries), { runtime: "import", runtimeFile: "runtime.ts", replay }, new StubStore(plan, summaries)).results;
  };
  const replayed = translate(true);
  expect(replayed.map((r) => r.code)).toEqual(translate(false).map((r) => r.code));
  expect(replayed.map((r) => r.diagnostics)).toEqual(translate(false).map((r) => r.diagnostics));
  expect(replayed.every((r) => r.code.length > 0)).toBe(true);
});
