import { planBatch } from "../../src/batch/plan";
import { worldFor } from "../../src/batch/sequential";
import { StubStore } from "../../src/batch/stub-store";
import type { ModuleSummary } from "../../src/batch/summary";
import { translateUnit } from "../../src/batch/unit";

/** The stubs a thread loads once and shares between the units it translates. */
const files: Record<string, string> = {
  "shapes.py": "class Box:\n    def __init__(self, w: int):\n        self.w = w\n\n    def area(self):\n        return self.w * self.w\n\ndef make(w):\n    return Box(w)\n",
  "a.py": "from shapes import make\n\nprint(make(2).area() + 1)\n",
  "b.py": "import shapes\n\nbox = shapes.make(3)\nprint(box.w, box.area())\n",
};

function setUp() {
  const plan = planBatch(Object.entries(files).map(([rel, text]) => ({ rel, text })));
  const summaries = new Map<number, ModuleSummary>();
  const options = { runtime: "import", runtimeFile: "runtime.ts" } as const;
  const newStore = () => new StubStore(plan, summaries);
  const translate = (name: string, stubs: StubStore) => {
    const id = plan.byName.get(name)!;
    const u = plan.unitOf[id]!;
    const { results, summaries: made } = translateUnit([{ ...plan.modules[id]!, source: files[plan.modules[id]!.rel]! }], worldFor(plan, u, summaries), options, stubs);
    summaries.set(id, made[0]!);
    return results[0]!;
  };
  return { plan, newStore, translate };
}

test("a stub is loaded once and shared by the units that import its module, until forgotten", () => {
  const { plan, newStore, translate } = setUp();
  const stubs = newStore();
  translate("shapes", stubs);
  const loaded = stubs.stub("shapes");
  expect(loaded?.inference.classes.has("shapes.Box")).toBe(true);
  translate("a", stubs);
  expect(stubs.stub("shapes")).toBe(loaded);
  stubs.forget([plan.byName.get("shapes")!]);
  expect(stubs.stub("shapes")).not.toBe(loaded);
});

test("a unit translates the same whether other units used the stubs before it or not", () => {
  const { newStore, translate } = setUp();
  const shared = newStore();
  translate("shapes", shared);
  translate("a", shared);
  const afterOthers = translate("b", shared);
  const alone = translate("b", newStore());
  expect(afterOthers.code).toBe(alone.code);
  expect(afterOthers.code).toContain("box.area()");
  expect(afterOthers.diagnostics).toEqual([]);
});
