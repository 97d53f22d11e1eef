// Expected values were produced by running each Python expression under CPython 3.11.2.
import { compareKeys, contains, eq, ge, gt, le, lt, ne } from "../../src/runtime/compare";
import { IndexError } from "../../src/runtime/exceptions";
import { truthy } from "../../src/runtime/truth";
// Installs Python formatting of exception arguments (KeyError's str is the key's repr).
import "../../src/runtime/repr";
import { err, bytes, runRows } from "../support/cpython-rows";

describe('equality', () => {
  runRows([
    ["eq(1, true)", () => eq(1, true), true],
    ["eq(0, false)", () => eq(0, false), true],
    ["eq(1.0, 1)", () => eq(1.0, 1), true],
    ["eq(NaN, NaN)", () => eq(NaN, NaN), false],
    ["eq('1', 1)", () => eq('1', 1), false],
    ["eq(null, null)", () => eq(null, null), true],
    ["eq(null, undefined)", () => eq(null, undefined), true],
    ["eq(null, 0)", () => eq(null, 0), false],
    ["eq('a', 'a')", () => eq('a', 'a'), true],
    ["eq([1, 2], [1, 2])", () => eq([1, 2], [1, 2]), true],
    ["eq([1, 2], [1, 2, 3])", () => eq([1, 2], [1, 2, 3]), false],
    ["eq([1, [2, 3]], [1, [2, 3]])", () => eq([1, [2, 3]], [1, [2, 3]]), true],
    ["eq([1, true], [true, 1])", () => eq([1, true], [true, 1]), true],
    ["eq([NaN], [NaN])", () => eq([NaN], [NaN]), true],
    ["eq(new Map([[1, 2]]), new Map([[1, 2.0]]))", () => eq(new Map([[1, 2]]), new Map([[1, 2.0]])), true],
    ["eq(new Map([[1, 2], [3, 4]]), new Map([[3, 4], [1, 2]]))", () => eq(new Map([[1, 2], [3, 4]]), new Map([[3, 4], [1, 2]])), true],
    ["eq(new Map([[1, 2]]), new Map([[1, 3]]))", () => eq(new Map([[1, 2]]), new Map([[1, 3]])), false],
    ["eq(new Map([[1, [1]]]), new Map([[1, [1]]]))", () => eq(new Map([[1, [1]]]), new Map([[1, [1]]])), true],
    ["eq(new Map(), [])", () => eq(new Map(), []), false],
    ["eq(new Set([1, 2]), new Set([2, 1]))", () => eq(new Set([1, 2]), new Set([2, 1])), true],
    ["eq(new Set([1, 2]), new Set([1]))", () => eq(new Set([1, 2]), new Set([1])), false],
    ["eq(new Set(), new Map())", () => eq(new Set(), new Map()), false],
    ["eq(bytes([97]), 'a')", () => eq(bytes([97]), 'a'), false],
    ["eq(bytes([97, 98]), bytes([97, 98]))", () => eq(bytes([97, 98]), bytes([97, 98])), true],
    ["eq(bytes([97, 98]), bytes([97]))", () => eq(bytes([97, 98]), bytes([97])), false],
    ["eq('a', bytes([97]))", () => eq('a', bytes([97])), false],
    ["ne(1, true)", () => ne(1, true), false],
    ["ne([1], [2])", () => ne([1], [2]), true],
    ["ne(NaN, NaN)", () => ne(NaN, NaN), true],
    ["ne('a', 'b')", () => ne('a', 'b'), true],
  ]);
});

describe('ordering', () => {
  runRows([
    ["lt(1, 2)", () => lt(1, 2), true],
    ["lt(true, 2)", () => lt(true, 2), true],
    ["lt(false, true)", () => lt(false, true), true],
    ["lt(1, 'a')", () => lt(1, 'a'), err("TypeError", "'<' not supported between instances of 'int' and 'str'")],
    ["lt('a', 1)", () => lt('a', 1), err("TypeError", "'<' not supported between instances of 'str' and 'int'")],
    ["lt(null, 1)", () => lt(null, 1), err("TypeError", "'<' not supported between instances of 'NoneType' and 'int'")],
    ["lt(null, null)", () => lt(null, null), err("TypeError", "'<' not supported between instances of 'NoneType' and 'NoneType'")],
    ["lt([1, 2], [1, 'a'])", () => lt([1, 2], [1, 'a']), err("TypeError", "'<' not supported between instances of 'int' and 'str'")],
    ["lt([1, 'a'], [1, 2])", () => lt([1, 'a'], [1, 2]), err("TypeError", "'<' not supported between instances of 'str' and 'int'")],
    ["lt([1, 2], [1, 2, 0])", () => lt([1, 2], [1, 2, 0]), true],
    ["lt([1, [2, 3]], [1, [2, 4]])", () => lt([1, [2, 3]], [1, [2, 4]]), true],
    ["lt([], [])", () => lt([], []), false],
    ["le([], [])", () => le([], []), true],
    ["lt([1, 2], [1, 3])", () => lt([1, 2], [1, 3]), true],
    ["gt([2], [1, 9])", () => gt([2], [1, 9]), true],
    ["le([1, 'a'], [1, 'a'])", () => le([1, 'a'], [1, 'a']), true],
    ["lt(new Set([1]), new Set([1, 2]))", () => lt(new Set([1]), new Set([1, 2])), true],
    ["lt(new Set([1, 2]), new Set([1, 2]))", () => lt(new Set([1, 2]), new Set([1, 2])), false],
    ["le(new Set([1, 2]), new Set([1, 2]))", () => le(new Set([1, 2]), new Set([1, 2])), true],
    ["gt(new Set([1, 2]), new Set([1]))", () => gt(new Set([1, 2]), new Set([1])), true],
    ["ge(new Set([1, 2]), new Set([3]))", () => ge(new Set([1, 2]), new Set([3])), false],
    ["ge(new Set([1, 2]), 1)", () => ge(new Set([1, 2]), 1), err("TypeError", "'>=' not supported between instances of 'set' and 'int'")],
    ["lt(new Map([[1, 2]]), new Map([[1, 2]]))", () => lt(new Map([[1, 2]]), new Map([[1, 2]])), err("TypeError", "'<' not supported between instances of 'dict' and 'dict'")],
    ["lt(bytes([97]), bytes([98]))", () => lt(bytes([97]), bytes([98])), true],
    ["lt(bytes([97]), bytes([97, 0]))", () => lt(bytes([97]), bytes([97, 0])), true],
    ["gt(bytes([98]), bytes([97, 99]))", () => gt(bytes([98]), bytes([97, 99])), true],
    ["gt(1, 'a')", () => gt(1, 'a'), err("TypeError", "'>' not supported between instances of 'int' and 'str'")],
    ["le(1, 'a')", () => le(1, 'a'), err("TypeError", "'<=' not supported between instances of 'int' and 'str'")],
    ["ge(1, 'a')", () => ge(1, 'a'), err("TypeError", "'>=' not supported between instances of 'int' and 'str'")],
    ["lt('\\uffff', '\\u{10000}')", () => lt('\uffff', '\u{10000}'), true],
    ["gt('\\u{10000}', '\\ue000')", () => gt('\u{10000}', '\ue000'), true],
    ["lt('a', 'ab')", () => lt('a', 'ab'), true],
    ["lt('B', 'a')", () => lt('B', 'a'), true],
    ["lt('\\u00e9', 'f')", () => lt('\u00e9', 'f'), false],
    ["ge('abc', 'abc')", () => ge('abc', 'abc'), true],
    ["lt(NaN, 1)", () => lt(NaN, 1), false],
    ["ge(NaN, NaN)", () => ge(NaN, NaN), false],
    ["lt(1, NaN)", () => lt(1, NaN), false],
    ["lt(-Infinity, -1e308)", () => lt(-Infinity, -1e308), true],
    ["lt(1.5, 2)", () => lt(1.5, 2), true],
    ["lt([1, 2], 'a')", () => lt([1, 2], 'a'), err("TypeError", "'<' not supported between instances of 'list' and 'str'")],
    ["gt(null, null)", () => gt(null, null), err("TypeError", "'>' not supported between instances of 'NoneType' and 'NoneType'")],
    ["compareKeys(1, 2)", () => compareKeys(1, 2), -1],
    ["compareKeys('b', 'a')", () => compareKeys('b', 'a'), 1],
    ["compareKeys([1, 2], [1, 2])", () => compareKeys([1, 2], [1, 2]), 0],
    ["compareKeys(1, 'a')", () => compareKeys(1, 'a'), err("TypeError", "'<' not supported between instances of 'int' and 'str'")],
  ]);
});

describe('membership', () => {
  runRows([
    ["contains([1, 2, 3], 2)", () => contains([1, 2, 3], 2), true],
    ["contains([1, 2, 3.0], 3)", () => contains([1, 2, 3.0], 3), true],
    ["contains([1, 2], true)", () => contains([1, 2], true), true],
    ["contains([[1]], [1])", () => contains([[1]], [1]), true],
    ["contains([], 1)", () => contains([], 1), false],
    ["contains(new Map([[1, 2]]), 2)", () => contains(new Map([[1, 2]]), 2), false],
    ["contains(new Map([[1, 2]]), 1)", () => contains(new Map([[1, 2]]), 1), true],
    ["contains('abcd', 'bc')", () => contains('abcd', 'bc'), true],
    ["contains('a', '')", () => contains('a', ''), true],
    ["contains('a', 1)", () => contains('a', 1), err("TypeError", "'in <string>' requires string as left operand, not int")],
    ["contains('a', null)", () => contains('a', null), err("TypeError", "'in <string>' requires string as left operand, not NoneType")],
    ["contains(bytes([1]), 1)", () => contains(bytes([1]), 1), true],
    ["contains(bytes([97, 98, 99]), bytes([98, 99]))", () => contains(bytes([97, 98, 99]), bytes([98, 99])), true],
    ["contains(bytes([97, 98, 99]), bytes([99, 98]))", () => contains(bytes([97, 98, 99]), bytes([99, 98])), false],
    ["contains(bytes([97]), 256)", () => contains(bytes([97]), 256), err("ValueError", "byte must be in range(0, 256)")],
    ["contains(bytes([97]), 'a')", () => contains(bytes([97]), 'a'), err("TypeError", "a bytes-like object is required, not 'str'")],
    ["contains(new Set([1, 2]), 2)", () => contains(new Set([1, 2]), 2), true],
    ["contains(new Set(['a']), 'b')", () => contains(new Set(['a']), 'b'), false],
    ["contains(5, 1)", () => contains(5, 1), err("TypeError", "argument of type 'int' is not iterable")],
    ["contains(null, 1)", () => contains(null, 1), err("TypeError", "argument of type 'NoneType' is not iterable")],
    ["contains([NaN], NaN)", () => contains([NaN], NaN), true],
  ]);
});

describe('truthiness', () => {
  runRows([
    ["truthy(NaN)", () => truthy(NaN), true],
    ["truthy(-0.0)", () => truthy(-0.0), false],
    ["truthy(0)", () => truthy(0), false],
    ["truthy(0.1)", () => truthy(0.1), true],
    ["truthy(bytes([]))", () => truthy(bytes([])), false],
    ["truthy(bytes([0]))", () => truthy(bytes([0])), true],
    ["truthy('')", () => truthy(''), false],
    ["truthy(' ')", () => truthy(' '), true],
    ["truthy([])", () => truthy([]), false],
    ["truthy([0])", () => truthy([0]), true],
    ["truthy(new Map())", () => truthy(new Map()), false],
    ["truthy(new Map([[0, 0]]))", () => truthy(new Map([[0, 0]])), true],
    ["truthy(new Set())", () => truthy(new Set()), false],
    ["truthy(null)", () => truthy(null), false],
    ["truthy(undefined)", () => truthy(undefined), false],
    ["truthy(false)", () => truthy(false), false],
    ["truthy(true)", () => truthy(true), true],
    ["truthy({})", () => truthy({}), true],
    ["truthy(() => 0)", () => truthy(() => 0), true],
    ["truthy({ __bool__: () => false, __len__: () => 3 })", () => truthy({ __bool__: () => false, __len__: () => 3 }), false],
    ["truthy({ __len__: () => 0 })", () => truthy({ __len__: () => 0 }), false],
    ["truthy({ __bool__: () => 1 })", () => truthy({ __bool__: () => 1 }), err("TypeError", "__bool__ should return bool, returned int")],
  ]);
});


class Version {
  constructor(readonly n: number) {}
  __eq__(other: unknown): boolean {
    return other instanceof Version && other.n === this.n;
  }
  __lt__(other: Version): boolean {
    return this.n < other.n;
  }
}

describe("dunder methods", () => {
  test("__eq__ is used on either side, and inside containers", () => {
    expect(eq(new Version(1), new Version(1))).toBe(true);
    expect(eq([new Version(1)], [new Version(1)])).toBe(true);
    expect(eq(new Map([["k", new Version(2)]]), new Map([["k", new Version(2)]]))).toBe(true);
    expect(eq(1, new Version(1))).toBe(false);
    const always = { __eq__: () => true };
    expect(eq(3, always)).toBe(true);
    expect(contains([1, always], "x")).toBe(true);
  });
  test("without __eq__ objects compare by identity", () => {
    const a = {};
    expect(eq(a, a)).toBe(true);
    expect(eq({}, {})).toBe(false);
  });
  test("__lt__ and the reflected __gt__", () => {
    expect(lt(new Version(1), new Version(2))).toBe(true);
    // Python: `a > b` falls back to `b < a`.
    expect(gt(new Version(3), new Version(2))).toBe(true);
    expect(lt([new Version(1), 5], [new Version(1), 6])).toBe(true);
  });
  test("__contains__ and iteration for `in`", () => {
    expect(contains({ __contains__: (x: unknown) => x === 42 }, 42)).toBe(true);
    expect(contains({ *[Symbol.iterator]() { yield 1; yield 2; } }, 2)).toBe(true);
    expect(contains({ __getitem__: (i: number) => { if (i > 3) throw new IndexError(); return i * 10; } }, 30)).toBe(true);
  });
  test("`in` over an iterator stops early without closing it", () => {
    function* gen(): Generator<number> {
      yield 1;
      yield 2;
      yield 3;
    }
    const it = gen();
    expect(contains(it, 2)).toBe(true);
    expect(it.next()).toEqual({ done: false, value: 3 });
  });
  test("strings order by code point", () => {
    const words = ["\uffff", "\u{10000}", "a", "\ue000"];
    expect([...words].sort(compareKeys)).toEqual(["a", "\ue000", "\uffff", "\u{10000}"]);
  });
});
