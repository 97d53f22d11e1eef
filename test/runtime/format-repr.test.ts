import { asciiRepr, floatRepr, markTuple, markTuples, parseShape, repr, str } from "../../src/runtime/repr";
import { BaseException, KeyError, RuntimeError, TypeError, ValueError } from "../../src/runtime/exceptions";

class Point {
  constructor(
    readonly x: unknown,
    readonly y: unknown,
  ) {}
  __repr__(): string {
    return `Point(${repr(this.x)}, ${repr(this.y)})`;
  }
}
class Named {
  __str__(): string {
    return "a named thing";
  }
}
class Both {
  __repr__(): string {
    return "Both<repr>";
  }
  __str__(): string {
    return "Both<str>";
  }
}

// [make value, shape, repr(value), str(value)]; expectations produced by CPython 3.11.
type Case = [() => unknown, string | undefined, string, string];
const cases: Case[] = [
  [() => null, undefined, "None", "None"],
  [() => undefined, undefined, "None", "None"],
  [() => true, undefined, "True", "True"],
  [() => false, undefined, "False", "False"],
  [() => 0, undefined, "0", "0"],
  [() => -7, undefined, "-7", "-7"],
  [() => 123456789, undefined, "123456789", "123456789"],
  [() => 2 ** 53, undefined, "9007199254740992", "9007199254740992"],
  [() => 1e21, undefined, "1000000000000000000000", "1000000000000000000000"],
  [() => 2 ** 70, undefined, "1180591620717411303424", "1180591620717411303424"],
  [() => [2 ** 60, -(2 ** 63)], undefined, "[1152921504606846976, -9223372036854775808]", "[1152921504606846976, -9223372036854775808]"],
  [() => -1e22, undefined, "-10000000000000000000000", "-10000000000000000000000"],
  [() => 12345678901234567890123n, undefined, "12345678901234567890123", "12345678901234567890123"],
  [() => -0, undefined, "0", "0"],
  [() => -0, "i", "0", "0"],
  [() => 1, "f", "1.0", "1.0"],
  [() => 0.1, undefined, "0.1", "0.1"],
  [() => 0.1, "f", "0.1", "0.1"],
  [() => 1e-5, undefined, "1e-05", "1e-05"],
  [() => 0.00001, "f", "1e-05", "1e-05"],
  [() => 0.0001, undefined, "0.0001", "0.0001"],
  [() => 0.00011, undefined, "0.00011", "0.00011"],
  [() => 1e16, "f", "1e+16", "1e+16"],
  [() => 1.5e16, "f", "1.5e+16", "1.5e+16"],
  [() => 123456789012345, "f", "123456789012345.0", "123456789012345.0"],
  [() => 9999999999999998, "f", "9999999999999998.0", "9999999999999998.0"],
  [() => 1e16, "f", "1e+16", "1e+16"],
  [() => Infinity, undefined, "inf", "inf"],
  [() => -Infinity, undefined, "-inf", "-inf"],
  [() => NaN, undefined, "nan", "nan"],
  [() => Infinity, "f", "inf", "inf"],
  [() => -0, "f", "-0.0", "-0.0"],
  [() => 0, "f", "0.0", "0.0"],
  [() => 5e-324, undefined, "5e-324", "5e-324"],
  [() => 1.7976931348623157e308, "f", "1.7976931348623157e+308", "1.7976931348623157e+308"],
  [() => -1e-7, undefined, "-1e-07", "-1e-07"],
  [() => 1e22, "f", "1e+22", "1e+22"],
  [() => 1e100, "f", "1e+100", "1e+100"],
  [() => 2.5, "i", "2.5", "2.5"],
  [() => 0.1 + 0.2, undefined, "0.30000000000000004", "0.30000000000000004"],
  [() => 1 / 3, undefined, "0.3333333333333333", "0.3333333333333333"],
  [() => 100, "f", "100.0", "100.0"],
  [() => 1e15, "f", "1000000000000000.0", "1000000000000000.0"],
  [() => 123.456, undefined, "123.456", "123.456"],
  [() => "", undefined, "''", ""],
  [() => "abc", undefined, "'abc'", "abc"],
  [() => "it's", undefined, "\"it's\"", "it's"],
  [() => 'say "hi"', undefined, "'say \"hi\"'", "say \"hi\""],
  [() => 'both \' and "', undefined, "'both \\' and \"'", "both ' and \""],
  [() => 'back\\slash', undefined, "'back\\\\slash'", "back\\slash"],
  [() => 'a\nb\tc\rd', undefined, "'a\\nb\\tc\\rd'", "a\nb\tc\rd"],
  [() => '\x00\x01\x1f\x7f', undefined, "'\\x00\\x01\\x1f\\x7f'", "\u0000\u0001\u001f\u007f"],
  [() => '\x80\x9f\xa0\xad\xff', undefined, "'\\x80\\x9f\\xa0\\xad\u00ff'", "\u0080\u009f\u00a0\u00ad\u00ff"],
  [() => 'h\xe9llo w\xf6rld', undefined, "'h\u00e9llo w\u00f6rld'", "h\u00e9llo w\u00f6rld"],
  [() => '\u2028\u200b\ufeff', undefined, "'\\u2028\\u200b\\ufeff'", "\u2028\u200b\ufeff"],
  [() => '\u4e2d\u6587', undefined, "'\u4e2d\u6587'", "\u4e2d\u6587"],
  [() => '\u{1f600}', undefined, "'\ud83d\ude00'", "\ud83d\ude00"],
  [() => '\u{1fae8}', undefined, "'\\U0001fae8'", "\ud83e\udee8"],
  [() => '\ud800', undefined, "'\\ud800'", "\ud800"],
  [() => '\u{e0001}', undefined, "'\\U000e0001'", "\udb40\udc01"],
  [() => '\u{10ffff}', undefined, "'\\U0010ffff'", "\udbff\udfff"],
  [() => '\u0378', undefined, "'\\u0378'", "\u0378"],
  [() => '\u3000', undefined, "'\\u3000'", "\u3000"],
  [() => '\ue000', undefined, "'\\ue000'", "\ue000"],
  [() => [], undefined, "[]", "[]"],
  [() => [1, "a", null, true], undefined, "[1, 'a', None, True]", "[1, 'a', None, True]"],
  [() => [[1, 2], [3.5]], undefined, "[[1, 2], [3.5]]", "[[1, 2], [3.5]]"],
  [() => [1, 2], "[f]", "[1.0, 2.0]", "[1.0, 2.0]"],
  [() => [], "()", "()", "()"],
  [() => [1], "(i)", "(1,)", "(1,)"],
  [() => [1, 2], "(i,i)", "(1, 2)", "(1, 2)"],
  [() => [1, 2], "(i,f)", "(1, 2.0)", "(1, 2.0)"],
  [() => [1, 2, 3], "(f...)", "(1.0, 2.0, 3.0)", "(1.0, 2.0, 3.0)"],
  [() => [[1, 2], "x"], "((i,f),s)", "((1, 2.0), 'x')", "((1, 2.0), 'x')"],
  [() => [[1, 2]], "[(i,f)]", "[(1, 2.0)]", "[(1, 2.0)]"],
  [() => [[1], [2]], "[(i)]", "[(1,), (2,)]", "[(1,), (2,)]"],
  [() => new Map(), undefined, "{}", "{}"],
  [() => new Map<string, unknown>([["ids", [1, 2]], ["flags", markTuple([true, null])], ["one", markTuple([1])], ["none", markTuple([])]]), "{s:?}", "{'ids': [1, 2], 'flags': (True, None), 'one': (1,), 'none': ()}", "{'ids': [1, 2], 'flags': (True, None), 'one': (1,), 'none': ()}"],
  // A union's one alternative applies to values of its kind only: `dict[str, list[int] | dict[str, float]]`.
  [() => new Map<string, unknown>([["a", [1, 2]], ["b", new Map([["x", 2.5]])]]), "{s:<{s:f}>}", "{'a': [1, 2], 'b': {'x': 2.5}}", "{'a': [1, 2], 'b': {'x': 2.5}}"],
  [() => new Map([["k", 1]]), undefined, "{'k': 1}", "{'k': 1}"],
  [() => new Map([["a", 1]]), "{s:f}", "{'a': 1.0}", "{'a': 1.0}"],
  [() => new Map<unknown, unknown>([[1, "x"], [2.5, null], [null, [1]]]), undefined, "{1: 'x', 2.5: None, None: [1]}", "{1: 'x', 2.5: None, None: [1]}"],
  [() => new Map([[[1, 2], [3]]]), "{(i,i):[f]}", "{(1, 2): [3.0]}", "{(1, 2): [3.0]}"],
  [() => new Map([["a", new Map([["b", new Map()]])]]), undefined, "{'a': {'b': {}}}", "{'a': {'b': {}}}"],
  [() => new Set(), undefined, "set()", "set()"],
  [() => new Set([1, 2]), undefined, "{1, 2}", "{1, 2}"],
  [() => new Set([1]), "{f}", "{1.0}", "{1.0}"],
  [() => new Set(["a"]), undefined, "{'a'}", "{'a'}"],
  [() => new Uint8Array([]), undefined, "b''", "b''"],
  [() => new Uint8Array([0, 97, 98]), undefined, "b'\\x00ab'", "b'\\x00ab'"],
  [() => new Uint8Array([39]), undefined, "b\"'\"", "b\"'\""],
  [() => new Uint8Array([39, 34]), undefined, "b'\\'\"'", "b'\\'\"'"],
  [() => Uint8Array.from({ length: 18 }, (_, i) => i * 15), undefined, "b'\\x00\\x0f\\x1e-<KZix\\x87\\x96\\xa5\\xb4\\xc3\\xd2\\xe1\\xf0\\xff'", "b'\\x00\\x0f\\x1e-<KZix\\x87\\x96\\xa5\\xb4\\xc3\\xd2\\xe1\\xf0\\xff'"],
  [() => new Uint8Array([9, 10, 13, 92]), undefined, "b'\\t\\n\\r\\\\'", "b'\\t\\n\\r\\\\'"],
  [() => new Point(1, "a"), undefined, "Point(1, 'a')", "Point(1, 'a')"],
  [() => [new Point(1, 2.5)], undefined, "[Point(1, 2.5)]", "[Point(1, 2.5)]"],
  [() => new Both(), undefined, "Both<repr>", "Both<str>"],
  [() => [new Both()], undefined, "[Both<repr>]", "[Both<repr>]"],
  [() => new ValueError("bad"), undefined, "ValueError('bad')", "bad"],
  [() => new ValueError(), undefined, "ValueError()", ""],
  [() => new ValueError("a", 1), undefined, "ValueError('a', 1)", "('a', 1)"],
  [() => new KeyError("k"), undefined, "KeyError('k')", "'k'"],
  [() => [new ValueError("x")], undefined, "[ValueError('x')]", "[ValueError('x')]"],
  [() => new RuntimeError("it's"), undefined, "RuntimeError(\"it's\")", "it's"],
  [() => ValueError, undefined, "<class 'ValueError'>", "<class 'ValueError'>"],
  [() => KeyError, undefined, "<class 'KeyError'>", "<class 'KeyError'>"],
];

describe("repr and str match CPython", () => {
  test.each(cases.map((c) => [c[2], ...c] as const))("%s", (_title, make, shape, expectedRepr, expectedStr) => {
    expect(repr(make(), shape)).toBe(expectedRepr);
    expect(str(make(), shape)).toBe(expectedStr);
  });
});

describe("floatRepr", () => {
  test.each([
    [1, "1.0"],
    [0.1, "0.1"],
    [1e-5, "1e-05"],
    [1e16, "1e+16"],
    [1.5e16, "1.5e+16"],
    [123456789012345, "123456789012345.0"],
    [Infinity, "inf"],
    [-Infinity, "-inf"],
    [NaN, "nan"],
    [-0, "-0.0"],
    [0, "0.0"],
    [1e-4, "0.0001"],
    [9.999999999999999e-5, "9.999999999999999e-05"],
    [9999999999999998, "9999999999999998.0"],
    [-2.5e-300, "-2.5e-300"],
    [1e300, "1e+300"],
    [123e20, "1.23e+22"],
    [1e21, "1e+21"],
    [5e-324, "5e-324"],
  ])("floatRepr(%p) is %p", (x, expected) => {
    expect(floatRepr(x)).toBe(expected);
  });
});

describe("containers", () => {
  test("recursive containers print [...] and {...}", () => {
    const a: unknown[] = [1];
    a.push(a);
    expect(repr(a)).toBe("[1, [...]]");
    expect(str(a)).toBe("[1, [...]]");
    const d = new Map<string, unknown>();
    d.set("self", d);
    expect(repr(d)).toBe("{'self': {...}}");
    const t: unknown[] = [[]];
    (t[0] as unknown[]).push(t);
    expect(repr(t)).toBe("[[[...]]]");
    // The same list twice is not a cycle.
    const shared = [1];
    expect(repr([shared, shared])).toBe("[[1], [1]]");
  });

  test("subclasses of Map and Array with their own __repr__ use it (Counter, deque)", () => {
    class Counter extends Map<unknown, number> {
      __repr__(): string {
        return `Counter(${repr(new Map(this))})`;
      }
    }
    const counter = new Counter([
      ["a", 2],
      ["b", 1],
    ]);
    expect(repr(counter)).toBe("Counter({'a': 2, 'b': 1})");
    expect(str(counter)).toBe("Counter({'a': 2, 'b': 1})");
    expect(repr([new Counter([["a", 1]])])).toBe("[Counter({'a': 1})]");
  });

  test("a container's str uses its items' repr", () => {
    expect(str(["a", new Both()])).toBe("['a', Both<repr>]");
    expect(str(new Map([["k", "v"]]))).toBe("{'k': 'v'}");
  });

  test("a repr that throws leaves no container marked as in progress", () => {
    const bad = {
      __repr__(): string {
        throw new ValueError("boom");
      },
    };
    const list = [bad];
    expect(() => repr(list)).toThrow(ValueError);
    list.pop();
    expect(repr(list)).toBe("[]");
  });
});

describe("objects, functions and classes", () => {
  test("plain objects print their class name", () => {
    class Thing {}
    expect(str(new Named())).toBe("a named thing");
    expect(repr(new Named())).toMatch(/^<__main__\.Named object at 0x[0-9a-f]+>$/);
    const thing = new Thing();
    expect(repr(thing)).toMatch(/^<__main__\.Thing object at 0x[0-9a-f]+>$/);
    expect(str(thing)).toBe(repr(thing));
    expect(repr(new Thing())).not.toBe(repr(thing));
    // A plain object is a TypedDict value in translations: it prints as a dict.
    expect(repr({})).toBe("{}");
    expect(repr({ name: "ada", age: 3 })).toBe("{'name': 'ada', 'age': 3}");
  });

  test("functions and classes", () => {
    function handler(): void {}
    const arrow = (): number => 0;
    async function main(): Promise<void> {}
    class Widget {}
    class MyError extends ValueError {}
    expect(repr(handler)).toBe("<function handler>");
    expect(repr(arrow)).toBe("<function arrow>");
    expect(repr(main)).toBe("<function main>");
    expect(repr([(): number => 1][0])).toBe("<function <lambda>>");
    expect(repr(Widget)).toBe("<class '__main__.Widget'>");
    expect(repr(MyError)).toBe("<class '__main__.MyError'>");
    expect(repr(RuntimeError)).toBe("<class 'RuntimeError'>");
    expect(repr(new MyError("x"))).toBe("MyError('x')");
    expect(str(new MyError("x"))).toBe("x");
  });

  test("__repr__ and __str__ must return strings", () => {
    const bad = {
      __repr__(): unknown {
        return 5;
      },
    };
    expect(() => repr(bad)).toThrow(TypeError);
    expect(() => repr(bad)).toThrow("__repr__ returned non-string (type int)");
  });

  test("JavaScript errors that are not Python exceptions", () => {
    expect(str(new globalThis.Error("plain"))).toBe("plain");
    expect(repr(new globalThis.RangeError("r"))).toBe("RangeError('r')");
  });
});

describe("exceptions format their args the Python way", () => {
  test("messages use str() of a single argument and repr() of several", () => {
    expect(new ValueError("x", 2.5).__str__()).toBe("('x', 2.5)");
    expect(repr(new ValueError("x", 2.5))).toBe("ValueError('x', 2.5)");
    expect(str(new KeyError(1))).toBe("1");
    expect(str(new KeyError("k"))).toBe("'k'");
    expect(str(new ValueError(null))).toBe("None");
    expect(new ValueError("a", null, true).message).toBe("('a', None, True)");
    expect(new BaseException("only").__str__()).toBe("only");
  });

  test("arguments with shapes print as what they were: floats, tuples, lists", () => {
    expect(str(new ValueError(1.0).withArgShapes(["f"]))).toBe("1.0");
    expect(str(new ValueError(1.0))).toBe("1");
    expect(repr(new ValueError("x", 2).withArgShapes([undefined, "f"]))).toBe("ValueError('x', 2.0)");
    expect(str(new ValueError("x", 2).withArgShapes([undefined, "f"]))).toBe("('x', 2.0)");
    expect(str(new KeyError(3).withArgShapes(["f"]))).toBe("3.0");
    expect(str(new ValueError([1]).withArgShapes(["[f]"]))).toBe("[1.0]");
    expect(str(new ValueError([1, 2]).withArgShapes(["(i,i)"]))).toBe("(1, 2)");
    // `e.args` itself, whose static type says only `tuple[object, ...]`.
    expect(str(new ValueError([1]).withArgShapes(["[f]"]).args, "(?...)")).toBe("([1.0],)");
  });
});

describe("markTuples", () => {
  test("marks the tuples a shape names, so that they print as tuples without it", () => {
    expect(repr(markTuples(new Map([["k", [1]]]), "{s:(i)}"))).toBe("{'k': (1,)}");
    expect(repr(markTuples(new Map([["l", [[2, 3]]]]), "{s:[(i,i)]}"))).toBe("{'l': [(2, 3)]}");
    expect(repr(markTuples([1, 2], "[i]"))).toBe("[1, 2]");
  });
});

describe("asciiRepr", () => {
  test("escapes every non-ASCII character of the repr", () => {
    expect(asciiRepr("\u00e9\u{1f600}\x7f")).toBe("'\\xe9\\U0001f600\\x7f'");
    expect(asciiRepr(["\u00e9"])).toBe("['\\xe9']");
    expect(asciiRepr("plain")).toBe("'plain'");
  });
});

describe("shapes", () => {
  test("are parsed once and cached", () => {
    expect(parseShape("{s:[(i,f)]}")).toBe(parseShape("{s:[(i,f)]}"));
    expect(parseShape("f")).toBe(parseShape("f"));
  });

  test("a one-element tuple may be written with a trailing comma", () => {
    expect(repr([1], "(f,)")).toBe("(1.0,)");
  });

  test("unknown or malformed shapes fall back to run-time decisions", () => {
    expect(repr([1, 2.5], "Widget")).toBe("[1, 2.5]");
    expect(repr([1, 2.5], "(i,")).toBe("[1, 2.5]");
    expect(repr([1, 2], "?")).toBe("[1, 2]");
    expect(repr([1, 2], "[?]")).toBe("[1, 2]");
  });

  test("a shape that does not match the value is ignored", () => {
    expect(repr("x", "f")).toBe("'x'");
    expect(repr(new Map([["a", 1]]), "(i,i)")).toBe("{'a': 1}");
    expect(repr(null, "f")).toBe("None");
    expect(repr([1, 2, 3], "(i,f)")).toBe("(1, 2.0, 3)");
  });
});
