import { parseStub } from "../../src/batch/stub-trees";

test("a stub is parsed once per module name and text", () => {
  const a = parseStub("pkg.a", "def f(x):\n    ...\n");
  expect(parseStub("pkg.a", "def f(x):\n    ...\n")).toBe(a);
  expect(a.usable).toBe(true);
  // Another module with the same text gets its own tree: analyses are found by tree.
  expect(parseStub("pkg.b", "def f(x):\n    ...\n").tree).not.toBe(a.tree);
  expect(parseStub("pkg.a", "def g():\n    ...\n").tree).not.toBe(a.tree);
});

test("a stub that does not parse is not usable", () => {
  expect(parseStub("pkg.bad", "def (:\n").usable).toBe(false);
});
