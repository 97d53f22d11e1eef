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
    ["x = [1, 2]\nx[0:1] = ['a']", "list[int | str]"],
    ["x = {'a': {'b': 1}}\nx['a']['c'] = 'z'", "dict[str, dict[str, int | str]]"],
    ["x = [[1]]\nx[0:1][0] = 'copy'", "list[list[int]]"],
  ])("%j gives x: %s", (source, type) => {
    const { symbol, inference } = analyze(`${source}\n`);
    expect(displayType(inference.symbolType(symbol("x")))).toBe(type);
  });

  test("parameters learn from call sites; return types from returns", () => {
    const { symbol, inference } = analyze("def f(a, b):\n    return a + b\nr = f(1, 2.5)\n");
    expect(displayType(inference.symbolType(symbol("a")))).toBe("int");
    expect(displayType(inference.symbolType(symbol("r")))).toBe("float");
  });

  test.each([
    ["def f(a):\n    return a\nr = f(1)\nf(2.5)\n", "int | float", "int | float"],
    ["def f(a):\n    return a * 2.0\nr = f(1)\nf(2.5)\n", "int | float", "float"],
    ["def f(a: float) -> float:\n    return a * a\nr = f(3)\n", "int | float", "int | float"],
    ["def f(a: float) -> float:\n    return a * a\nr = f(2.5)\n", "float", "float"],
    ["def f(a: list[float]):\n    return a\nr = f([1, 2])\n", "list[int | float]", "list[int | float]"],
    ["def f(a: float = 0):\n    return a / 2\nr = f()\n", "int | float", "float"],
  ])("a parameter takes the kind of number its arguments have: %j gives a: %s, r: %s", (source, a, r) => {
    const { symbol, inference } = analyze(source);
    expect(displayType(inference.symbolType(symbol("a")))).toBe(a);
    expect(displayType(inference.symbolType(symbol("r")))).toBe(r);
  });

  test.each([
    ["x = [1, 2.5]", "list[int | float]"],
    ["x = 0\nx += 1.5", "float"],
  ])("numbers of both kinds: %j gives x: %s", (source, type) => {
    const { symbol, inference } = analyze(`${source}\n`);
    expect(displayType(inference.symbolType(symbol("x")))).toBe(type);
  });

  test.each([
    ["x: float = 0\na = A(10)", "int | float"],
    ["x: float = 0.5\na = A(2.5)", "float"],
    ["x: float = 0.5\na = A(x=2)", "int | float"],
  ])("a dataclass field takes the kind of number it is given: %j gives x: %s", (body, type) => {
    const [field, made] = body.split("\n");
    const { inference } = analyze(`from dataclasses import dataclass\n@dataclass\nclass A:\n    ${field}\n${made}\n`);
    expect(displayType(inference.classes.get("__main__.A")!.fields.get("x")!)).toBe(type);
  });

  test("a number variable has the type its last plain assignment gives it", () => {
    const { find, inference } = analyze("for x in [1.5]:\n    pass\nx = 17\nx //= 5\nprint(x)\n");
    const arg = find("print").parent!.childForFieldName("arguments")!.namedChildren[0]!;
    expect(displayType(inference.typeOf(arg))).toBe("int");
  });

  test.each([
    ["m = re.match('a', s)\nif m := re.match('b', s):\n    m.group()\n", "re.Match"],
    ["m = re.match('a', s)\nassert m is not None\nm.group()\n", "re.Match"],
    ["m = re.match('a', s)\nif m is None:\n    m = re.match('', s)\nm.group()\n", "re.Match | None"],
    ["m = re.match('a', s)\nif m is None:\n    m = 0\nm.group()\n", "re.Match | int"],
    ["m = re.match('a', s)\nm.group()\n", "re.Match | None"],
  ])("narrowing: %j gives m: %s where it is used", (source, type) => {
    const { find, inference } = analyze(`import re\ns = 'x'\n${source}`);
    const uses = find("group").parent!;
    expect(displayType(inference.typeOf(uses.childForFieldName("object")!))).toBe(type);
  });

  test("an awaited coroutine gives its result", () => {
    const { symbol, inference } = analyze("async def f() -> int:\n    return 1\nasync def g():\n    v = await f()\n    c = f()\n");
    expect(displayType(inference.symbolType(symbol("v")))).toBe("int");
    expect(displayType(inference.symbolType(symbol("c")))).toBe("Coroutine[int]");
  });
});

describe("named tuples, TypedDicts, callables", () => {
  test("collections.namedtuple declares a class whose fields take the types they are given", () => {
    const { symbol, inference } = analyze("from collections import namedtuple\nP = namedtuple('Point', 'x y', defaults=[0.5])\np = P(1, 'a')\nq = p._replace(y=2)\nv = p[0]\n");
    const cls = inference.classes.get("__main__.P")!;
    expect(cls.name).toBe("Point");
    expect(displayType(cls.fields.get("x")!)).toBe("int");
    expect(displayType(cls.fields.get("y")!)).toBe("str | int | float");
    expect(displayType(inference.symbolType(symbol("p")))).toBe("__main__.P");
    expect(displayType(inference.symbolType(symbol("v")))).toBe("int");
  });

  test("argparse: parse_args() gives a namespace whose attributes have the types the add_argument calls imply", () => {
    const source = [
      "import argparse",
      "def parse_pair(s):",
      "    return (s, 1)",
      "p = argparse.ArgumentParser()",
      "p.add_argument('host')",
      "p.add_argument('-p', '--port', type=int, default=80)",
      "p.add_argument('--dry-run', action='store_true')",
      "p.add_argument('--limit', type=float)",
      "p.add_argument('--tag', action='append')",
      "p.add_argument('files', nargs=argparse.ZERO_OR_MORE)",
      "p.add_argument('-v', action='count', default=0)",
      "p.add_argument('--pair', type=parse_pair, required=True)",
      "g = p.add_argument_group('more')",
      "g.add_argument('--mode', choices=['a', 'b'], dest='how')",
      "p.add_argument('--cache', action=argparse.BooleanOptionalAction)",
      "p.set_defaults(debug=False)",
      "sub = p.add_subparsers(dest='command')",
      "run = sub.add_parser('run')",
      "run.add_argument('--fast', action='store_true')",
      "args = p.parse_args()",
      "port = args.port",
      "",
    ].join("\n");
    const { symbol, inference } = analyze(source);
    const args = inference.symbolType(symbol("args"));
    const fields = Object.fromEntries(["host", "port", "dry_run", "limit", "tag", "files", "v", "pair", "how", "cache", "debug", "command", "fast"].map((f) => [f, displayType(inference.memberType(args, f))]));
    expect(fields).toEqual({ host: "str", port: "int", dry_run: "bool", limit: "float | None", tag: "list[str] | None", files: "list[str]", v: "int", pair: "tuple[str, int]", how: "str | None", cache: "bool | None", debug: "bool", command: "str | None", fast: "bool" });
    expect(displayType(inference.symbolType(symbol("port")))).toBe("int");
  });

  test("a TypedDict read with a literal key has the key's type", () => {
    const { symbol, inference } = analyze("from typing import TypedDict\nclass M(TypedDict, total=False):\n    year: int\nm: M = {}\na = m.get('year')\nb = m.get('year', 0.5)\n");
    expect(displayType(inference.symbolType(symbol("a")))).toBe("int | None");
    expect(displayType(inference.symbolType(symbol("b")))).toBe("int | float");
  });

  test("calling an instance calls its __call__; a function calling itself has its own result type", () => {
    const { symbol, inference } = analyze("class A:\n    def __call__(self, n):\n        return [n]\na = A()\nr = a(1)\ndef f(n):\n    return 1 if n < 2 else f(n - 1) * n\nx = f(3)\n");
    expect(displayType(inference.symbolType(symbol("r")))).toBe("list[int]");
    expect(displayType(inference.symbolType(symbol("n")))).toBe("int");
    expect(displayType(inference.symbolType(symbol("x")))).toBe("int");
  });

  test("a bare Final takes the value's type; a quoted annotation is read as a type", () => {
    const { symbol, inference } = analyze("from typing import Final, Generic, TypeVar\nT = TypeVar('T')\nLIMIT: Final = 3\nclass S(Generic[T]):\n    def me(self) -> 'S[T]':\n        return self\ns = S[str]()\nt = s.me()\n");
    expect(displayType(inference.symbolType(symbol("LIMIT")))).toBe("int");
    expect(displayType(inference.symbolType(symbol("s")))).toBe("__main__.S[str]");
    expect(displayType(inference.symbolType(symbol("t")))).toBe("__main__.S[str]");
  });
});
