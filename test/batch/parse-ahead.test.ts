import * as fs from "node:fs";
import * as path from "node:path";
import { runPlan, type ModuleOutcome } from "../../src/batch/engine";
import { ParseAhead } from "../../src/batch/parse-ahead";
import { planBatch } from "../../src/batch/plan";
import { protectSpecFill } from "../../src/parse/format-spec-fill";
import { isParsedAhead, parsePython, type SyntaxNode } from "../../src/parse/parser";
import { normalizeSource } from "../../src/pipeline/analyze-module";
import { requireBuild, scratch, TINY, writeTree } from "./helpers";

/** A one-worker batch may parse on a thread of its own, ahead of the translation (src/batch/parse-ahead.ts). */
beforeAll(requireBuild);

const FILES: Record<string, string> = {
  ...TINY,
  "cycle/a.py": "from cycle.b import g\n\n\ndef f(n: int) -> int:\n    return g(n - 1) + 1 if n > 0 else 0\n",
  "cycle/b.py": "from cycle.a import f\n\n\ndef g(n: int) -> int:\n    return f(n)\n",
  "broken.py": "def f(:\n    pass\n",
  "fstrings.py": 'width = 8\nprint(f"{3.14159:{width}.2f}|{\'x\':>{width}}|")\n',
  "crlf.py": "x = 1\r\nprint(x)\r\n",
};

function corpus(name: string): { root: string; rels: string[] } {
  const root = scratch(name);
  writeTree(root, FILES);
  // Not UTF-8: the translation reports it; the parsing thread has nothing to parse.
  fs.writeFileSync(path.join(root, "latin1.py"), Buffer.from([0x73, 0x20, 0x3d, 0x20, 0x27, 0xe9, 0x27, 0x0a]));
  return { root, rels: [...Object.keys(FILES), "latin1.py"].sort() };
}

test("the translations are the same, byte for byte, with and without parsing ahead", async () => {
  const { root, rels } = corpus("parse-ahead-same");
  const plan = planBatch(rels.map((rel) => ({ rel, text: fs.readFileSync(path.join(root, rel), "latin1") })));
  const run = async (parseAhead: boolean): Promise<ModuleOutcome[]> => {
    const out: ModuleOutcome[] = [];
    await runPlan(plan, (id) => path.join(root, plan.modules[id]!.rel), { jobs: 1, parseAhead, runtime: "import", runtimeFile: "_rt.ts" }, (o) => out.push(o));
    return out.sort((a, b) => a.id - b.id);
  };
  const inline = await run(false);
  const ahead = await run(true);
  expect(inline.length).toBe(rels.length);
  expect(inline.some((o) => o.result.diagnostics.length > 0)).toBe(true);
  expect(ahead).toEqual(inline);
});

test("a parsed file waits for the translation, which takes it instead of parsing again", async () => {
  const { root } = corpus("parse-ahead-take");
  const file = path.join(root, "fstrings.py");
  const text = protectSpecFill(normalizeSource(fs.readFileSync(file, "utf8")));
  const shape = (n: SyntaxNode): unknown => [n.type, n.fieldName, n.startIndex, n.endIndex, n.isNamed, n.children.map(shape)];
  const expected = shape(parsePython(text).rootNode);
  const ahead = new ParseAhead();
  try {
    await ahead.ready([file, path.join(root, "latin1.py")]);
    expect(isParsedAhead(text)).toBe(true);
    expect(shape(parsePython(text).rootNode)).toEqual(expected);
    expect(isParsedAhead(text)).toBe(false);
  } finally {
    await ahead.close();
  }
});

test("closing while the thread still has work queued ends it, and drops what it parsed", async () => {
  const { root } = corpus("parse-ahead-close");
  const ahead = new ParseAhead();
  const big = Array.from({ length: 2000 }, (_, i) => `def f${i}(x: int) -> int:\n    return x + ${i}\n`).join("\n");
  const stubs = Array.from({ length: 20 }, (_, i) => `${big}\nN = ${i}\n`);
  for (const stub of stubs) ahead.requestStub(stub);
  ahead.request(Object.keys(FILES).map((rel) => path.join(root, rel)));
  await ahead.close();
  expect(stubs.some(isParsedAhead)).toBe(false);
});
