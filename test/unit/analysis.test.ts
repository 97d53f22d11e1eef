import { parsePython } from "../../src/parse/parser";
import { bind } from "../../src/analysis/binder";
import { placeDeclarations } from "../../src/analysis/declarations";
import { TypeInference } from "../../src/analysis/infer";
import { displayType } from "../../src/analysis/types";
import { allRules } from "../../src/lower/rules";
import type { SyntaxNode } from "../../src/parse/parser";
import type { PySymbol } from "../../src/analysis/scope";

function analyze(source: string) {
  const root = parsePython(source).rootNode;
  const bindings = bind(root);
  placeDeclarations(bindings.moduleScope);
  const inference = new TypeInference(root, bindings, allRules(), "__main__");
  inference.run();
  const find = (text: string, nth = 0): SyntaxNode => {
    const found: SyntaxNode[] = [];
    const walk = (n: SyntaxNode): void => {
      if (n.text === text && n.namedChildCount === 0) found.push(n);
      n.namedChildren.forEach(walk);
    };
    walk(root);
    if (!found[nth]) throw new Error(`no node '${text}' #${nth}`);
    return found[nth]!;
  };
  const symbol = (name: string, nth = 0): PySymbol => {
    const s = inference.symbolOf(find(name, nth));
    if (!s) throw new Error(`no symbol for ${name}`);
    return s;
  };
  return { root, bindings, inference, find, symbol };
}

describe("imports and qualified names", () => {
  test.each([
    ["import asyncio as aio\naio.sleep(1)\n", "aio.sleep", "asyncio.sleep"],
    ["from asyncio import sleep\nsleep(1)\n", "sleep", "asyncio.sleep"],
    ["import aiohttp\naiohttp.ClientSession()\n", "aiohttp.ClientSession", "aiohttp.ClientSession"],
    ["print(1)\n", "print", "print"],
  ])("%j: %s resolves to %s", (source, expression, qualified) => {
    const { root, inference } = analyze(source);
    const call = root.descendantsOfType("call")[0]!;
    expect(call.childForFieldName("function")!.text).toBe(expression);
    expect(inference.qualifiedName(call.childForFieldName("function")!)).toBe(qualified);
  });

  test("a local name shadowing an import does not resolve to the library", () => {
    const { root, inference } = analyze("import asyncio\ndef f(asyncio):\n    asyncio.sleep(1)\n");
    const call = root.descendantsOfType("call")[0]!;
    expect(inference.qualifiedName(call.childForFieldName("function")!)).toBeUndefined();
  });
});

describe("scopes and declarations", () => {
  test("a name assigned in a function is local to the whole function", () => {
    const { symbol } = analyze("x = 1\ndef f():\n    print(x)\n    x = 2\n");
    expect(symbol("x", 1).scope.kind).toBe("function");
  });

  test("global and nonlocal refer to the outer binding", () => {
    const { symbol } = analyze("count = 0\ndef f():\n    global count\n    count += 1\n");
    expect(symbol("count", 0)).toBe(symbol("count", 2));
    expect(symbol("count").isConst).toBe(false);
  });

  test("bound once at the top of the function: const at its assignment", () => {
    const { symbol } = analyze("def f():\n    y = 2\n    return y\n");
    expect(symbol("y").declaration).toBe("inline");
    expect(symbol("y").isConst).toBe(true);
  });

  test("first bound inside a branch and read after it: hoisted", () => {
    const { symbol } = analyze("def f(c):\n    if c:\n        y = 1\n    else:\n        y = 2\n    return y\n");
    expect(symbol("y").declaration).toBe("hoisted");
  });

  test("read in a loop before its assignment: hoisted out of the loop", () => {
    const { symbol } = analyze("def f(xs):\n    for x in xs:\n        if x:\n            print(prev)\n        prev = x\n");
    expect(symbol("prev").declaration).toBe("hoisted");
    expect(symbol("prev").hoistBlock?.parent?.type).toBe("function_definition");
  });

  test("one name reused by separate loops is declared by each loop", () => {
    const { symbol } = analyze("for i in range(3):\n    print(i)\nfor i in range(2):\n    print(i)\n");
    expect(symbol("i").loopLocal).toBe(true);
  });
});

describe("types", () => {
  test.each([
    ["x = 1", "int"],
    ["x = 1.5", "float"],
    ["x = 1 / 2", "float"],
    ["x = 7 // 2", "int"],
    ["x = 'a' * 3", "str"],
    ["x = [1, 2]", "list[int]"],
    ["x = (1, 'a', 2.0)", "tuple[int, str, float]"],
    ["x = {'a': 1}", "dict[str, int]"],
    ["x = []\nx.append('s')", "list[str]"],
    ["x = None\nx = 3", "None | int"],
    ["x = 1\nx = 2.5", "float"],
    ["x = len('abc')", "int"],
    ["x = sorted([3, 1])", "list[int]"],
    ["x = 'a,b'.split(',')", "list[str]"],
  ])("%j gives x: %s", (source, type) => {
    const { symbol, inference } = analyze(`${source}\n`);
    expect(displayType(inference.symbolType(symbol("x")))).toBe(type);
  });

  test("parameters learn from call sites; return types from returns", () => {
    const { symbol, inference } = analyze("def f(a, b):\n    return a + b\nr = f(1, 2.5)\n");
    expect(displayType(inference.symbolType(symbol("a")))).toBe("int");
    expect(displayType(inference.symbolType(symbol("r")))).toBe("float");
  });

  test("an awaited coroutine gives its result", () => {
    const { symbol, inference } = analyze("async def f() -> int:\n    return 1\nasync def g():\n    v = await f()\n    c = f()\n");
    expect(displayType(inference.symbolType(symbol("v")))).toBe("int");
    expect(displayType(inference.symbolType(symbol("c")))).toBe("Coroutine[int]");
  });
});
