import { parsePython, type SyntaxNode } from "../../src/parse/parser";

/** Every node below `root`, in source order. */
function nodes(root: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const walk = (n: SyntaxNode): void => {
    out.push(n);
    n.children.forEach(walk);
  };
  walk(root);
  return out;
}

test("the copied tree keeps types, named-ness and field names (looked up by id)", () => {
  const root = parsePython("x = f(a, b=1)\n").rootNode;
  const assignment = root.descendantsOfType("assignment")[0]!;
  expect(assignment.childForFieldName("left")?.text).toBe("x");
  expect(assignment.childForFieldName("right")?.type).toBe("call");
  const args = root.descendantsOfType("argument_list")[0]!;
  expect(args.children.map((c) => [c.type, c.isNamed])).toEqual([
    ["(", false],
    ["identifier", true],
    [",", false],
    ["keyword_argument", true],
    [")", false],
  ]);
  const kw = args.namedChildren[1]!;
  expect([kw.childForFieldName("name")?.text, kw.childForFieldName("value")?.text]).toEqual(["b", "1"]);
  expect(nodes(root).some((n) => n.isMissing)).toBe(false);
});

test("missing nodes are marked in a tree with errors", () => {
  const root = parsePython("def f(:\n  pass\n").rootNode;
  const missing = nodes(root).filter((n) => n.isMissing);
  expect(missing.map((n) => n.type)).toEqual([")"]);
  expect(missing[0]!.startIndex).toBe(missing[0]!.endIndex);
});
