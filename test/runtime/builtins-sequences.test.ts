// Expected values were produced by running each Python expression under CPython 3.11.2.
import { IndexError, StopIteration } from "../../src/runtime/exceptions";
import { makeSlice } from "../../src/runtime/slice-objects";
import { repr } from "../../src/runtime/repr";
import {
  all,
  any,
  at,
  delAt,
  delSlice,
  enumerate,
  iter,
  len,
  listCount,
  listExtend,
  listIndex,
  listInsert,
  listPop,
  listRemove,
  listRepeat,
  listSort,
  max,
  maxArgs,
  min,
  minArgs,
  next,
  range,
  reversed,
  setAt,
  setSlice,
  slice,
  sorted,
  sum,
  toList,
  tupleIndex,
  zip,
  zipStrict,
} from "../../src/runtime/sequences";

/** Runs a mutating call and returns the mutated list, like the Python helpers do. */
function after<T>(list: T, f: (list: T) => unknown): T {
  f(list);
  return list;
}
// Installs Python formatting of exception arguments (KeyError's str is the key's repr).
import "../../src/runtime/repr";
import { err, bytes, runRows } from "../support/cpython-rows";

describe('indexing', () => {
  runRows([
    ["at([1, 2, 3], 0)", () => at([1, 2, 3], 0), 1],
    ["at([1, 2, 3], -1)", () => at([1, 2, 3], -1), 3],
    ["at([1, 2, 3], -3)", () => at([1, 2, 3], -3), 1],
    ["at([1, 2, 3], 3)", () => at([1, 2, 3], 3), err("IndexError", "list index out of range")],
    ["at([1, 2, 3], -4)", () => at([1, 2, 3], -4), err("IndexError", "list index out of range")],
    ["at([], 0)", () => at([], 0), err("IndexError", "list index out of range")],
    ["at([1, 2], 0.5)", () => at([1, 2], 0.5), err("TypeError", "list indices must be integers or slices, not float")],
    ["at([1, 2], null as unknown as number)", () => at([1, 2], null as unknown as number), err("TypeError", "list indices must be integers or slices, not NoneType")],
    ["at([1, 2], true as unknown as number)", () => at([1, 2], true as unknown as number), 2],
    ["at([1, 2], 5, 'tuple')", () => at([1, 2], 5, 'tuple'), err("IndexError", "tuple index out of range")],
    ["at([1, 2], 1.5, 'tuple')", () => at([1, 2], 1.5, 'tuple'), err("TypeError", "tuple indices must be integers or slices, not float")],
    ["at('abc', 1)", () => at('abc', 1), "b"],
    ["at('abc', -1)", () => at('abc', -1), "c"],
    ["at('abc', 5)", () => at('abc', 5), err("IndexError", "string index out of range")],
    ["at('abc', 1.5)", () => at('abc', 1.5), err("TypeError", "string indices must be integers, not 'float'")],
    ["at('a\\u{1f600}b', 2)", () => at('a\u{1f600}b', 2), "b"],
    ["at('a\\u{1f600}b', 1)", () => at('a\u{1f600}b', 1), "\ud83d\ude00"],
    ["at('a\\u{1f600}b', -2)", () => at('a\u{1f600}b', -2), "\ud83d\ude00"],
    ["at('a\\u{1f600}b', 3)", () => at('a\u{1f600}b', 3), err("IndexError", "string index out of range")],
    ["at(bytes([97, 98]), 1)", () => at(bytes([97, 98]), 1), 98],
    ["at(bytes([97, 98]), -1)", () => at(bytes([97, 98]), -1), 98],
    ["at(bytes([97, 98]), 5)", () => at(bytes([97, 98]), 5), err("IndexError", "index out of range")],
    ["at(bytes([97, 98]), 1.5)", () => at(bytes([97, 98]), 1.5), err("TypeError", "byte indices must be integers or slices, not float")],
    ["at(range(0, 10, 3), -1)", () => at(range(0, 10, 3), -1), 9],
    ["at(range(3), 5)", () => at(range(3), 5), err("IndexError", "range object index out of range")],
    ["at(range(5, 0, -1), 1)", () => at(range(5, 0, -1), 1), 4],
    ["at(range(0, 10, 2), -6)", () => at(range(0, 10, 2), -6), err("IndexError", "range object index out of range")],
    ["at(range(3), 1.5)", () => at(range(3), 1.5), err("TypeError", "range indices must be integers or slices, not float")],
    ["at(5 as unknown, 0)", () => at(5 as unknown, 0), err("TypeError", "'int' object is not subscriptable")],
    ["at(null as unknown, 0)", () => at(null as unknown, 0), err("TypeError", "'NoneType' object is not subscriptable")],
    ["after([1, 2], (l) => setAt(l, -1, 9))", () => after([1, 2], (l) => setAt(l, -1, 9)), [1, 9]],
    ["after([1], (l) => setAt(l, 5, 1))", () => after([1], (l) => setAt(l, 5, 1)), err("IndexError", "list assignment index out of range")],
    ["after(bytes([97, 98]), (l) => setAt(l, 0, 5))", () => after(bytes([97, 98]), (l) => setAt(l, 0, 5)), bytes([5, 98])],
    ["after(bytes([97]), (l) => setAt(l, 0, 300))", () => after(bytes([97]), (l) => setAt(l, 0, 300)), err("ValueError", "byte must be in range(0, 256)")],
    ["after(bytes([97]), (l) => setAt(l, 5, 3))", () => after(bytes([97]), (l) => setAt(l, 5, 3)), err("IndexError", "bytearray index out of range")],
    ["after([1, 2, 3], (l) => delAt(l, -1))", () => after([1, 2, 3], (l) => delAt(l, -1)), [1, 2]],
    ["after([1], (l) => delAt(l, 5))", () => after([1], (l) => delAt(l, 5)), err("IndexError", "list assignment index out of range")],
  ]);
});

describe('slicing', () => {
  runRows([
    ["slice([1, 2, 3, 4, 5], null, null, -2)", () => slice([1, 2, 3, 4, 5], null, null, -2), [5, 3, 1]],
    ["slice([1, 2, 3, 4, 5], -100, 100)", () => slice([1, 2, 3, 4, 5], -100, 100), [1, 2, 3, 4, 5]],
    ["slice([1, 2, 3, 4, 5], 3, 1, -1)", () => slice([1, 2, 3, 4, 5], 3, 1, -1), [4, 3]],
    ["slice([1, 2, 3, 4, 5], 1, 3)", () => slice([1, 2, 3, 4, 5], 1, 3), [2, 3]],
    ["slice([1, 2, 3, 4, 5], -2)", () => slice([1, 2, 3, 4, 5], -2), [4, 5]],
    ["slice([1, 2, 3, 4, 5], null, -2)", () => slice([1, 2, 3, 4, 5], null, -2), [1, 2, 3]],
    ["slice([1, 2, 3], 2, 1)", () => slice([1, 2, 3], 2, 1), []],
    ["slice([1, 2, 3], null, null, -1)", () => slice([1, 2, 3], null, null, -1), [3, 2, 1]],
    ["slice([1, 2], null, null, 0)", () => slice([1, 2], null, null, 0), err("ValueError", "slice step cannot be zero")],
    ["slice([1, 2, 3, 4, 5, 6, 7], 1, null, 3)", () => slice([1, 2, 3, 4, 5, 6, 7], 1, null, 3), [2, 5]],
    ["slice([1, 2, 3, 4, 5], 10, -10, -1)", () => slice([1, 2, 3, 4, 5], 10, -10, -1), [5, 4, 3, 2, 1]],
    ["slice([1, 2, 3, 4, 5], -1, -10, -2)", () => slice([1, 2, 3, 4, 5], -1, -10, -2), [5, 3, 1]],
    ["slice([1, 2, 3, 4, 5], -10, 10, -1)", () => slice([1, 2, 3, 4, 5], -10, 10, -1), []],
    ["slice([1, 2, 3], 0.5)", () => slice([1, 2, 3], 0.5), err("TypeError", "slice indices must be integers or None or have an __index__ method")],
    ["slice('abcdef', null, null, -1)", () => slice('abcdef', null, null, -1), "fedcba"],
    ["slice('abcdef', -2)", () => slice('abcdef', -2), "ef"],
    ["slice('abc', null, null, 2)", () => slice('abc', null, null, 2), "ac"],
    ["slice('a\\u{1f600}b\\u{1f601}c', 1, 4)", () => slice('a\u{1f600}b\u{1f601}c', 1, 4), "\ud83d\ude00b\ud83d\ude01"],
    ["slice('a\\u{1f600}b\\u{1f601}c', null, null, -1)", () => slice('a\u{1f600}b\u{1f601}c', null, null, -1), "c\ud83d\ude01b\ud83d\ude00a"],
    ["slice('a\\u{1f600}b\\u{1f601}c', 1, null, 2)", () => slice('a\u{1f600}b\u{1f601}c', 1, null, 2), "\ud83d\ude00\ud83d\ude01"],
    ["slice(bytes([97, 98, 99, 100]), null, null, -2)", () => slice(bytes([97, 98, 99, 100]), null, null, -2), bytes([100, 98])],
    ["slice(bytes([97, 98, 99, 100]), 1, 3)", () => slice(bytes([97, 98, 99, 100]), 1, 3), bytes([98, 99])],
    ["slice(range(10), 2, 8, 3).__repr__()", () => slice(range(10), 2, 8, 3).__repr__(), "range(2, 8, 3)"],
    ["slice(range(10), 100).__repr__()", () => slice(range(10), 100).__repr__(), "range(10, 10)"],
    ["slice(range(10), null, null, -1).__repr__()", () => slice(range(10), null, null, -1).__repr__(), "range(9, -1, -1)"],
    ["Array.from(slice(range(5), null, null, -2))", () => Array.from(slice(range(5), null, null, -2)), [4, 2, 0]],
    ["slice(range(0, 20, 3), 1, -1).__repr__()", () => slice(range(0, 20, 3), 1, -1).__repr__(), "range(3, 18, 3)"],
    ["after([1, 2, 3], (l) => setSlice(l, 0, 2, null, [9, 9, 9]))", () => after([1, 2, 3], (l) => setSlice(l, 0, 2, null, [9, 9, 9])), [9, 9, 9, 3]],
    ["after([1, 2, 3], (l) => setSlice(l, 0, 3, 2, [9]))", () => after([1, 2, 3], (l) => setSlice(l, 0, 3, 2, [9])), err("ValueError", "attempt to assign sequence of size 1 to extended slice of size 2")],
    ["after([1, 2, 3], (l) => setSlice(l, null, null, -1, [7, 8, 9]))", () => after([1, 2, 3], (l) => setSlice(l, null, null, -1, [7, 8, 9])), [9, 8, 7]],
    ["after([1, 2, 3], (l) => setSlice(l, 5, 9, null, [4]))", () => after([1, 2, 3], (l) => setSlice(l, 5, 9, null, [4])), [1, 2, 3, 4]],
    ["after([1, 2, 3], (l) => setSlice(l, 2, 1, null, [4, 5]))", () => after([1, 2, 3], (l) => setSlice(l, 2, 1, null, [4, 5])), [1, 2, 4, 5, 3]],
    ["after([1, 2, 3], (l) => setSlice(l, 0, 2, null, 5 as unknown as number[]))", () => after([1, 2, 3], (l) => setSlice(l, 0, 2, null, 5 as unknown as number[])), err("TypeError", "can only assign an iterable")],
    ["after([1, 2, 3], (l) => setSlice(l, 0, 2, 2, 5 as unknown as number[]))", () => after([1, 2, 3], (l) => setSlice(l, 0, 2, 2, 5 as unknown as number[])), err("TypeError", "must assign iterable to extended slice")],
    ["after([1, 2, 3], (l) => setSlice(l, 1, 2, null, 'ab' as unknown as number[]))", () => after([1, 2, 3], (l) => setSlice(l, 1, 2, null, 'ab' as unknown as number[])), [1, "a", "b", 3]],
    ["after([1, 2, 3, 4, 5], (l) => delSlice(l, null, null, 2))", () => after([1, 2, 3, 4, 5], (l) => delSlice(l, null, null, 2)), [2, 4]],
    ["after([1, 2, 3, 4, 5], (l) => delSlice(l, 1, 3))", () => after([1, 2, 3, 4, 5], (l) => delSlice(l, 1, 3)), [1, 4, 5]],
    ["after([1, 2, 3, 4, 5], (l) => delSlice(l, null, null, -2))", () => after([1, 2, 3, 4, 5], (l) => delSlice(l, null, null, -2)), [2, 4]],
    ["after([1, 2, 3, 4, 5], (l) => delSlice(l, 3, 1))", () => after([1, 2, 3, 4, 5], (l) => delSlice(l, 3, 1)), [1, 2, 3, 4, 5]],
  ]);
});

describe('len and range', () => {
  runRows([
    ["len('a\\u{1f600}')", () => len('a\u{1f600}'), 2],
    ["len('abc')", () => len('abc'), 3],
    ["len([1, 2])", () => len([1, 2]), 2],
    ["len(new Map([[1, 2]]))", () => len(new Map([[1, 2]])), 1],
    ["len(new Set([1, 2, 3]))", () => len(new Set([1, 2, 3])), 3],
    ["len(bytes([1, 2]))", () => len(bytes([1, 2])), 2],
    ["len(range(0, 10, 3))", () => len(range(0, 10, 3)), 4],
    ["len(range(10, 0, -3))", () => len(range(10, 0, -3)), 4],
    ["len(range(-5))", () => len(range(-5)), 0],
    ["len(5)", () => len(5), err("TypeError", "object of type 'int' has no len()")],
    ["len(null)", () => len(null), err("TypeError", "object of type 'NoneType' has no len()")],
    ["len({ __len__: () => 4 })", () => len({ __len__: () => 4 }), 4],
    ["len({ __len__: () => -1 })", () => len({ __len__: () => -1 }), err("ValueError", "__len__() should return >= 0")],
    ["Array.from(range(10, 0, -3))", () => Array.from(range(10, 0, -3)), [10, 7, 4, 1]],
    ["Array.from(range(5))", () => Array.from(range(5)), [0, 1, 2, 3, 4]],
    ["Array.from(range(2, -3, -1))", () => Array.from(range(2, -3, -1)), [2, 1, 0, -1, -2]],
    ["Array.from(range(0))", () => Array.from(range(0)), []],
    ["range(1, 2, 0)", () => range(1, 2, 0), err("ValueError", "range() arg 3 must not be zero")],
    ["range(1.5)", () => range(1.5), err("TypeError", "'float' object cannot be interpreted as an integer")],
    ["range(null as unknown as number)", () => range(null as unknown as number), err("TypeError", "'NoneType' object cannot be interpreted as an integer")],
    ["range(0, 10, 5).includes(5)", () => range(0, 10, 5).includes(5), true],
    ["range(10).includes(5.0)", () => range(10).includes(5.0), true],
    ["range(10).includes(5.5)", () => range(10).includes(5.5), false],
    ["range(10).includes('5')", () => range(10).includes('5'), false],
    ["range(10, 0, -2).includes(4)", () => range(10, 0, -2).includes(4), true],
    ["range(10, 0, -2).includes(3)", () => range(10, 0, -2).includes(3), false],
    ["range(10, 0, -2).includes(0)", () => range(10, 0, -2).includes(0), false],
    ["range(0, 10, 2).index(4)", () => range(0, 10, 2).index(4), 2],
    ["range(0, 10, 2).index(5)", () => range(0, 10, 2).index(5), err("ValueError", "5 is not in range")],
    ["range(0, 10, 2).count(4)", () => range(0, 10, 2).count(4), 1],
    ["range(0, 3).__eq__(range(0, 3, 1))", () => range(0, 3).__eq__(range(0, 3, 1)), true],
    ["range(0).__eq__(range(5, 2))", () => range(0).__eq__(range(5, 2)), true],
    ["range(0, 5, 2).__eq__(range(0, 6, 2))", () => range(0, 5, 2).__eq__(range(0, 6, 2)), true],
    ["range(0, 1, 2).__eq__(range(0, 1, 3))", () => range(0, 1, 2).__eq__(range(0, 1, 3)), true],
    ["range(3).__eq__([0, 1, 2])", () => range(3).__eq__([0, 1, 2]), false],
    ["range(0, 5).__repr__()", () => range(0, 5).__repr__(), "range(0, 5)"],
    ["range(0, 5, 2).__repr__()", () => range(0, 5, 2).__repr__(), "range(0, 5, 2)"],
    ["range(7).__repr__()", () => range(7).__repr__(), "range(0, 7)"],
    ["Array.from(reversed(range(1, 10, 3)))", () => Array.from(reversed(range(1, 10, 3))), [7, 4, 1]],
  ]);
});

describe('iteration builtins', () => {
  runRows([
    ["Array.from(enumerate('ab', 5))", () => Array.from(enumerate('ab', 5)), [[5, "a"], [6, "b"]]],
    ["Array.from(enumerate(new Map([['k', 1]])))", () => Array.from(enumerate(new Map([['k', 1]]))), [[0, "k"]]],
    ["Array.from(enumerate([]))", () => Array.from(enumerate([])), []],
    ["Array.from(zip([1, 2], ['a', 'b', 'c']))", () => Array.from(zip([1, 2], ['a', 'b', 'c'])), [[1, "a"], [2, "b"]]],
    ["Array.from(zip())", () => Array.from(zip()), []],
    ["Array.from(zip([1, 2]))", () => Array.from(zip([1, 2])), [[1], [2]]],
    ["Array.from(zip(new Map([[1, 2]]), 'xy'))", () => Array.from(zip(new Map([[1, 2]]), 'xy')), [[1, "x"]]],
    ["Array.from(zipStrict([1, 2], [3]))", () => Array.from(zipStrict([1, 2], [3])), err("ValueError", "zip() argument 2 is shorter than argument 1")],
    ["Array.from(zipStrict([1], [3, 4]))", () => Array.from(zipStrict([1], [3, 4])), err("ValueError", "zip() argument 2 is longer than argument 1")],
    ["Array.from(zipStrict([1, 2], [3, 4], [5]))", () => Array.from(zipStrict([1, 2], [3, 4], [5])), err("ValueError", "zip() argument 3 is shorter than arguments 1-2")],
    ["Array.from(zipStrict([1], [3], [5, 6]))", () => Array.from(zipStrict([1], [3], [5, 6])), err("ValueError", "zip() argument 3 is longer than arguments 1-2")],
    ["Array.from(zipStrict([1, 2, 3], [1, 2], [5, 6, 7]))", () => Array.from(zipStrict([1, 2, 3], [1, 2], [5, 6, 7])), err("ValueError", "zip() argument 2 is shorter than argument 1")],
    ["Array.from(zipStrict([1, 2], 'ab'))", () => Array.from(zipStrict([1, 2], 'ab')), [[1, "a"], [2, "b"]]],
    ["Array.from(zip(5 as unknown as number[]))", () => Array.from(zip(5 as unknown as number[])), err("TypeError", "'int' object is not iterable")],
    ["Array.from(reversed([1, 2, 3]))", () => Array.from(reversed([1, 2, 3])), [3, 2, 1]],
    ["Array.from(reversed('a\\u{1f600}b'))", () => Array.from(reversed('a\u{1f600}b')), ["b", "\ud83d\ude00", "a"]],
    ["Array.from(reversed(new Map([[1, 2], [3, 4]])))", () => Array.from(reversed(new Map([[1, 2], [3, 4]]))), [3, 1]],
    ["reversed(new Set([1, 2]))", () => reversed(new Set([1, 2])), err("TypeError", "'set' object is not reversible")],
    ["reversed(5)", () => reversed(5), err("TypeError", "'int' object is not reversible")],
    ["Array.from(reversed(bytes([1, 2])))", () => Array.from(reversed(bytes([1, 2]))), [2, 1]],
    ["any([])", () => any([]), false],
    ["all([])", () => all([]), true],
    ["any([0, '', null, [], 0.0])", () => any([0, '', null, [], 0.0]), false],
    ["any([0, NaN])", () => any([0, NaN]), true],
    ["all([1, 'a', [0]])", () => all([1, 'a', [0]]), true],
    ["all([1, new Map()])", () => all([1, new Map()]), false],
    ["any('')", () => any(''), false],
    ["any(5 as unknown as number[])", () => any(5 as unknown as number[]), err("TypeError", "'int' object is not iterable")],
    ["all(new Map([[0, 1]]))", () => all(new Map([[0, 1]])), false],
    ["iter(5)", () => iter(5), err("TypeError", "'int' object is not iterable")],
    ["next(iter([]))", () => next(iter([])), err("StopIteration", "")],
    ["next(iter([]), 'd')", () => next(iter([]), 'd'), "d"],
    ["next(iter([7]), 'd')", () => next(iter([7]), 'd'), 7],
    ["next(iter(new Map([['a', 1]])))", () => next(iter(new Map([['a', 1]]))), "a"],
    ["next(5 as unknown as Iterator<number>)", () => next(5 as unknown as Iterator<number>), err("TypeError", "'int' object is not an iterator")],
    ["next([1] as unknown as Iterator<number>)", () => next([1] as unknown as Iterator<number>), err("TypeError", "'list' object is not an iterator")],
    ["next(iter('\\u{1f600}x'))", () => next(iter('\u{1f600}x')), "\ud83d\ude00"],
    ["toList('a\\u{1f600}')", () => toList('a\u{1f600}'), ["a", "\ud83d\ude00"]],
    ["toList(new Map([[1, 2], [3, 4]]))", () => toList(new Map([[1, 2], [3, 4]])), [1, 3]],
    ["toList(bytes([5, 6]))", () => toList(bytes([5, 6])), [5, 6]],
    ["toList(5)", () => toList(5), err("TypeError", "'int' object is not iterable")],
  ]);
});

describe('sum, min, max', () => {
  runRows([
    ["sum([1, 2, 3])", () => sum([1, 2, 3]), 6],
    ["sum([])", () => sum([]), 0],
    ["sum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])", () => sum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]), 0.9999999999999999],
    ["sum([true, true])", () => sum([true, true]), 2],
    ["sum([1, 2], 0.5)", () => sum([1, 2], 0.5), 3.5],
    ["sum(['a', 'b'] as unknown as number[])", () => sum(['a', 'b'] as unknown as number[]), err("TypeError", "unsupported operand type(s) for +: 'int' and 'str'")],
    ["sum([[1], [2]], [])", () => sum([[1], [2]], []), [1, 2]],
    ["sum([], [])", () => sum([], []), []],
    ["sum([1, 'a'] as unknown as number[])", () => sum([1, 'a'] as unknown as number[]), err("TypeError", "unsupported operand type(s) for +: 'int' and 'str'")],
    ["sum(['a'], 'b')", () => sum(['a'], 'b'), err("TypeError", "sum() can't sum strings [use ''.join(seq) instead]")],
    ["sum([bytes([97])], bytes([]))", () => sum([bytes([97])], bytes([])), err("TypeError", "sum() can't sum bytes [use b''.join(seq) instead]")],
    ["sum(['a'], [])", () => sum(['a'], []), err("TypeError", "can only concatenate list (not \"str\") to list")],
    ["sum(range(101))", () => sum(range(101)), 5050],
    ["sum(new Map([[1, 'x'], [2, 'y']]))", () => sum(new Map([[1, 'x'], [2, 'y']])), 3],
    ["sum([1e308, 1e308, -1e308])", () => sum([1e308, 1e308, -1e308]), Infinity],
    ["sum([1, 2, 3], 10)", () => sum([1, 2, 3], 10), 16],
    ["sum([null] as unknown as number[])", () => sum([null] as unknown as number[]), err("TypeError", "unsupported operand type(s) for +: 'int' and 'NoneType'")],
    ["max([])", () => max([]), err("ValueError", "max() arg is an empty sequence")],
    ["min([])", () => min([]), err("ValueError", "min() arg is an empty sequence")],
    ["maxArgs([1, 'a'] as unknown[])", () => maxArgs([1, 'a'] as unknown[]), err("TypeError", "'>' not supported between instances of 'str' and 'int'")],
    ["minArgs([1, 'a'] as unknown[])", () => minArgs([1, 'a'] as unknown[]), err("TypeError", "'<' not supported between instances of 'str' and 'int'")],
    ["max([], { default: null })", () => max([], { default: null }), null],
    ["maxArgs([3, 1, 4, 1, 5])", () => maxArgs([3, 1, 4, 1, 5]), 5],
    ["max([1, NaN])", () => max([1, NaN]), 1],
    ["max([NaN, 1])", () => max([NaN, 1]), NaN],
    ["min([NaN, 1])", () => min([NaN, 1]), NaN],
    ["min('bca')", () => min('bca'), "a"],
    ["max([1, 2, 3], { key: (x) => -x })", () => max([1, 2, 3], { key: (x) => -x }), 1],
    ["min([[1, 'a'], [1, 'b']])", () => min([[1, 'a'], [1, 'b']]), [1, "a"]],
    ["max([[1, 2], [1, 'a']] as unknown[])", () => max([[1, 2], [1, 'a']] as unknown[]), err("TypeError", "'>' not supported between instances of 'str' and 'int'")],
    ["max(['b', 'A', 'a'], { key: (s) => s.toLowerCase() })", () => max(['b', 'A', 'a'], { key: (s) => s.toLowerCase() }), "b"],
    ["max(['a', 'B', 'b'], { key: (s) => s.toLowerCase() })", () => max(['a', 'B', 'b'], { key: (s) => s.toLowerCase() }), "B"],
    ["min(['a', 'B', 'b'], { key: (s) => s.toLowerCase() })", () => min(['a', 'B', 'b'], { key: (s) => s.toLowerCase() }), "a"],
    ["max(new Map([[1, 'z'], [3, 'a']]))", () => max(new Map([[1, 'z'], [3, 'a']])), 3],
    ["max([true, 1])", () => max([true, 1]), true],
    ["max([1, true])", () => max([1, true]), 1],
    ["max([], { default: 7, key: (x: number) => x })", () => max([], { default: 7, key: (x: number) => x }), 7],
    ["maxArgs([])", () => maxArgs([]), err("TypeError", "max expected at least 1 argument, got 0")],
    ["max(5 as unknown as number[])", () => max(5 as unknown as number[]), err("TypeError", "'int' object is not iterable")],
    ["min(range(3, 9))", () => min(range(3, 9)), 3],
    ["max(['\\uffff', '\\u{10000}'])", () => max(['\uffff', '\u{10000}']), "\ud800\udc00"],
    ["maxArgs([[1, 2], [1, 2, 0]])", () => maxArgs([[1, 2], [1, 2, 0]]), [1, 2, 0]],
  ]);
});

describe('sorting', () => {
  runRows([
    ["sorted([3, 1, 2])", () => sorted([3, 1, 2]), [1, 2, 3]],
    ["sorted([1, 'a'] as unknown[])", () => sorted([1, 'a'] as unknown[]), err("TypeError", "'<' not supported between instances of 'str' and 'int'")],
    ["sorted(['a', 1] as unknown[])", () => sorted(['a', 1] as unknown[]), err("TypeError", "'<' not supported between instances of 'int' and 'str'")],
    ["sorted([3, 1, 'a'] as unknown[])", () => sorted([3, 1, 'a'] as unknown[]), err("TypeError", "'<' not supported between instances of 'str' and 'int'")],
    ["sorted([[1, 2], [1, 'a']] as unknown[])", () => sorted([[1, 2], [1, 'a']] as unknown[]), err("TypeError", "'<' not supported between instances of 'str' and 'int'")],
    ["sorted([3, NaN, 1, 2])", () => sorted([3, NaN, 1, 2]), [3, NaN, 1, 2]],
    ["sorted([NaN, 3, 1, 2, NaN, 0])", () => sorted([NaN, 3, 1, 2, NaN, 0]), [NaN, 0, 1, 2, 3, NaN]],
    ["sorted([2, 1, 3], { reverse: true })", () => sorted([2, 1, 3], { reverse: true }), [3, 2, 1]],
    ["sorted(['b', 'A', 'a', 'B'], { key: (s) => s.toLowerCase() })", () => sorted(['b', 'A', 'a', 'B'], { key: (s) => s.toLowerCase() }), ["A", "a", "b", "B"]],
    ["sorted(['b', 'A', 'a', 'B'], { key: (s) => s.toLowerCase(), reverse: true })", () => sorted(['b', 'A', 'a', 'B'], { key: (s) => s.toLowerCase(), reverse: true }), ["b", "B", "A", "a"]],
    ["sorted([[1, 'b'], [0, 'a'], [1, 'a'], [0, 'b']], { key: (p) => p[0] })", () => sorted([[1, 'b'], [0, 'a'], [1, 'a'], [0, 'b']], { key: (p) => p[0] }), [[0, "a"], [0, "b"], [1, "b"], [1, "a"]]],
    ["sorted([[1, 'b'], [0, 'a'], [1, 'a'], [0, 'b']], { key: (p) => p[0], reverse: true })", () => sorted([[1, 'b'], [0, 'a'], [1, 'a'], [0, 'b']], { key: (p) => p[0], reverse: true }), [[1, "b"], [1, "a"], [0, "a"], [0, "b"]]],
    ["sorted([0.0, -0.0, 0, -0.0])", () => sorted([0.0, -0.0, 0, -0.0]), [0.0, -0, 0, -0]],
    ["sorted([0.0, -0.0, 0, -0.0], { reverse: true })", () => sorted([0.0, -0.0, 0, -0.0], { reverse: true }), [0.0, -0, 0, -0]],
    ["sorted(['\\u{10000}', '\\uffff', 'a'])", () => sorted(['\u{10000}', '\uffff', 'a']), ["a", "\uffff", "\ud800\udc00"]],
    ["sorted('hello')", () => sorted('hello'), ["e", "h", "l", "l", "o"]],
    ["sorted(new Map([[2, 'a'], [1, 'b']]))", () => sorted(new Map([[2, 'a'], [1, 'b']])), [1, 2]],
    ["sorted(new Set([3, 1, 2]))", () => sorted(new Set([3, 1, 2])), [1, 2, 3]],
    ["sorted([true, 0, false, 1, -1])", () => sorted([true, 0, false, 1, -1]), [-1, 0, false, true, 1]],
    ["sorted([[2, 1], [1, 2], [1, 1], [2]])", () => sorted([[2, 1], [1, 2], [1, 1], [2]]), [[1, 1], [1, 2], [2], [2, 1]]],
    ["sorted([null, 1] as unknown[])", () => sorted([null, 1] as unknown[]), err("TypeError", "'<' not supported between instances of 'int' and 'NoneType'")],
    ["sorted([new Set([1, 2]), new Set([1])])", () => sorted([new Set([1, 2]), new Set([1])]), [new Set<unknown>([1]), new Set<unknown>([1, 2])]],
    ["sorted(5 as unknown as number[])", () => sorted(5 as unknown as number[]), err("TypeError", "'int' object is not iterable")],
    ["sorted(Array.from(range(100)).map((i) => (i * 37) % 101))", () => sorted(Array.from(range(100)).map((i) => (i * 37) % 101)), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100]],
    ["sorted(Array.from(range(200)).map((i) => [(i * 7) % 13, i]), { key: (p) => p[0] })", () => sorted(Array.from(range(200)).map((i) => [(i * 7) % 13, i]), { key: (p) => p[0] }), [[0, 0], [0, 13], [0, 26], [0, 39], [0, 52], [0, 65], [0, 78], [0, 91], [0, 104], [0, 117], [0, 130], [0, 143], [0, 156], [0, 169], [0, 182], [0, 195], [1, 2], [1, 15], [1, 28], [1, 41], [1, 54], [1, 67], [1, 80], [1, 93], [1, 106], [1, 119], [1, 132], [1, 145], [1, 158], [1, 171], [1, 184], [1, 197], [2, 4], [2, 17], [2, 30], [2, 43], [2, 56], [2, 69], [2, 82], [2, 95], [2, 108], [2, 121], [2, 134], [2, 147], [2, 160], [2, 173], [2, 186], [2, 199], [3, 6], [3, 19], [3, 32], [3, 45], [3, 58], [3, 71], [3, 84], [3, 97], [3, 110], [3, 123], [3, 136], [3, 149], [3, 162], [3, 175], [3, 188], [4, 8], [4, 21], [4, 34], [4, 47], [4, 60], [4, 73], [4, 86], [4, 99], [4, 112], [4, 125], [4, 138], [4, 151], [4, 164], [4, 177], [4, 190], [5, 10], [5, 23], [5, 36], [5, 49], [5, 62], [5, 75], [5, 88], [5, 101], [5, 114], [5, 127], [5, 140], [5, 153], [5, 166], [5, 179], [5, 192], [6, 12], [6, 25], [6, 38], [6, 51], [6, 64], [6, 77], [6, 90], [6, 103], [6, 116], [6, 129], [6, 142], [6, 155], [6, 168], [6, 181], [6, 194], [7, 1], [7, 14], [7, 27], [7, 40], [7, 53], [7, 66], [7, 79], [7, 92], [7, 105], [7, 118], [7, 131], [7, 144], [7, 157], [7, 170], [7, 183], [7, 196], [8, 3], [8, 16], [8, 29], [8, 42], [8, 55], [8, 68], [8, 81], [8, 94], [8, 107], [8, 120], [8, 133], [8, 146], [8, 159], [8, 172], [8, 185], [8, 198], [9, 5], [9, 18], [9, 31], [9, 44], [9, 57], [9, 70], [9, 83], [9, 96], [9, 109], [9, 122], [9, 135], [9, 148], [9, 161], [9, 174], [9, 187], [10, 7], [10, 20], [10, 33], [10, 46], [10, 59], [10, 72], [10, 85], [10, 98], [10, 111], [10, 124], [10, 137], [10, 150], [10, 163], [10, 176], [10, 189], [11, 9], [11, 22], [11, 35], [11, 48], [11, 61], [11, 74], [11, 87], [11, 100], [11, 113], [11, 126], [11, 139], [11, 152], [11, 165], [11, 178], [11, 191], [12, 11], [12, 24], [12, 37], [12, 50], [12, 63], [12, 76], [12, 89], [12, 102], [12, 115], [12, 128], [12, 141], [12, 154], [12, 167], [12, 180], [12, 193]]],
    ["sorted(Array.from(range(200)).map((i) => [(i * 7) % 13, i]), { key: (p) => p[0], reverse: true })", () => sorted(Array.from(range(200)).map((i) => [(i * 7) % 13, i]), { key: (p) => p[0], reverse: true }), [[12, 11], [12, 24], [12, 37], [12, 50], [12, 63], [12, 76], [12, 89], [12, 102], [12, 115], [12, 128], [12, 141], [12, 154], [12, 167], [12, 180], [12, 193], [11, 9], [11, 22], [11, 35], [11, 48], [11, 61], [11, 74], [11, 87], [11, 100], [11, 113], [11, 126], [11, 139], [11, 152], [11, 165], [11, 178], [11, 191], [10, 7], [10, 20], [10, 33], [10, 46], [10, 59], [10, 72], [10, 85], [10, 98], [10, 111], [10, 124], [10, 137], [10, 150], [10, 163], [10, 176], [10, 189], [9, 5], [9, 18], [9, 31], [9, 44], [9, 57], [9, 70], [9, 83], [9, 96], [9, 109], [9, 122], [9, 135], [9, 148], [9, 161], [9, 174], [9, 187], [8, 3], [8, 16], [8, 29], [8, 42], [8, 55], [8, 68], [8, 81], [8, 94], [8, 107], [8, 120], [8, 133], [8, 146], [8, 159], [8, 172], [8, 185], [8, 198], [7, 1], [7, 14], [7, 27], [7, 40], [7, 53], [7, 66], [7, 79], [7, 92], [7, 105], [7, 118], [7, 131], [7, 144], [7, 157], [7, 170], [7, 183], [7, 196], [6, 12], [6, 25], [6, 38], [6, 51], [6, 64], [6, 77], [6, 90], [6, 103], [6, 116], [6, 129], [6, 142], [6, 155], [6, 168], [6, 181], [6, 194], [5, 10], [5, 23], [5, 36], [5, 49], [5, 62], [5, 75], [5, 88], [5, 101], [5, 114], [5, 127], [5, 140], [5, 153], [5, 166], [5, 179], [5, 192], [4, 8], [4, 21], [4, 34], [4, 47], [4, 60], [4, 73], [4, 86], [4, 99], [4, 112], [4, 125], [4, 138], [4, 151], [4, 164], [4, 177], [4, 190], [3, 6], [3, 19], [3, 32], [3, 45], [3, 58], [3, 71], [3, 84], [3, 97], [3, 110], [3, 123], [3, 136], [3, 149], [3, 162], [3, 175], [3, 188], [2, 4], [2, 17], [2, 30], [2, 43], [2, 56], [2, 69], [2, 82], [2, 95], [2, 108], [2, 121], [2, 134], [2, 147], [2, 160], [2, 173], [2, 186], [2, 199], [1, 2], [1, 15], [1, 28], [1, 41], [1, 54], [1, 67], [1, 80], [1, 93], [1, 106], [1, 119], [1, 132], [1, 145], [1, 158], [1, 171], [1, 184], [1, 197], [0, 0], [0, 13], [0, 26], [0, 39], [0, 52], [0, 65], [0, 78], [0, 91], [0, 104], [0, 117], [0, 130], [0, 143], [0, 156], [0, 169], [0, 182], [0, 195]]],
    ["sorted(Array.from(range(150)).map((i) => [String((i * 31) % 17), i]))", () => sorted(Array.from(range(150)).map((i) => [String((i * 31) % 17), i])), [["0", 0], ["0", 17], ["0", 34], ["0", 51], ["0", 68], ["0", 85], ["0", 102], ["0", 119], ["0", 136], ["1", 11], ["1", 28], ["1", 45], ["1", 62], ["1", 79], ["1", 96], ["1", 113], ["1", 130], ["1", 147], ["10", 8], ["10", 25], ["10", 42], ["10", 59], ["10", 76], ["10", 93], ["10", 110], ["10", 127], ["10", 144], ["11", 2], ["11", 19], ["11", 36], ["11", 53], ["11", 70], ["11", 87], ["11", 104], ["11", 121], ["11", 138], ["12", 13], ["12", 30], ["12", 47], ["12", 64], ["12", 81], ["12", 98], ["12", 115], ["12", 132], ["12", 149], ["13", 7], ["13", 24], ["13", 41], ["13", 58], ["13", 75], ["13", 92], ["13", 109], ["13", 126], ["13", 143], ["14", 1], ["14", 18], ["14", 35], ["14", 52], ["14", 69], ["14", 86], ["14", 103], ["14", 120], ["14", 137], ["15", 12], ["15", 29], ["15", 46], ["15", 63], ["15", 80], ["15", 97], ["15", 114], ["15", 131], ["15", 148], ["16", 6], ["16", 23], ["16", 40], ["16", 57], ["16", 74], ["16", 91], ["16", 108], ["16", 125], ["16", 142], ["2", 5], ["2", 22], ["2", 39], ["2", 56], ["2", 73], ["2", 90], ["2", 107], ["2", 124], ["2", 141], ["3", 16], ["3", 33], ["3", 50], ["3", 67], ["3", 84], ["3", 101], ["3", 118], ["3", 135], ["4", 10], ["4", 27], ["4", 44], ["4", 61], ["4", 78], ["4", 95], ["4", 112], ["4", 129], ["4", 146], ["5", 4], ["5", 21], ["5", 38], ["5", 55], ["5", 72], ["5", 89], ["5", 106], ["5", 123], ["5", 140], ["6", 15], ["6", 32], ["6", 49], ["6", 66], ["6", 83], ["6", 100], ["6", 117], ["6", 134], ["7", 9], ["7", 26], ["7", 43], ["7", 60], ["7", 77], ["7", 94], ["7", 111], ["7", 128], ["7", 145], ["8", 3], ["8", 20], ["8", 37], ["8", 54], ["8", 71], ["8", 88], ["8", 105], ["8", 122], ["8", 139], ["9", 14], ["9", 31], ["9", 48], ["9", 65], ["9", 82], ["9", 99], ["9", 116], ["9", 133]]],
    ["sorted(Array.from(range(40)).map((i) => (i % 3 === 0 ? NaN : (i * 13) % 7)))", () => sorted(Array.from(range(40)).map((i) => (i % 3 === 0 ? NaN : (i * 13) % 7))), [NaN, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 6, NaN, NaN, 5, 6, NaN, NaN, NaN, NaN, NaN, 5, 6, NaN, NaN, 5, 6, NaN, NaN, NaN, NaN]],
    ["after([3, 1, 2], (l) => listSort(l))", () => after([3, 1, 2], (l) => listSort(l)), [1, 2, 3]],
    ["after([3, 1, 2], (l) => listSort(l, { reverse: true }))", () => after([3, 1, 2], (l) => listSort(l, { reverse: true })), [3, 2, 1]],
    ["after(['bb', 'a', 'ccc'], (l) => listSort(l, { key: (s) => s.length }))", () => after(['bb', 'a', 'ccc'], (l) => listSort(l, { key: (s) => s.length })), ["a", "bb", "ccc"]],
  ]);
});

describe('list methods', () => {
  runRows([
    ["listRepeat([1, 2], -1)", () => listRepeat([1, 2], -1), []],
    ["listRepeat([1, 2], 2)", () => listRepeat([1, 2], 2), [1, 2, 1, 2]],
    ["listRepeat([1, 2], 0)", () => listRepeat([1, 2], 0), []],
    ["listRepeat([1], 1.5)", () => listRepeat([1], 1.5), err("TypeError", "can't multiply sequence by non-int of type 'float'")],
    ["listRepeat([[1]], 2)", () => listRepeat([[1]], 2), [[1], [1]]],
    ["((l) => [listPop(l), l])([])", () => ((l) => [listPop(l), l])([]), err("IndexError", "pop from empty list")],
    ["((l) => [listPop(l, 5), l])([1])", () => ((l) => [listPop(l, 5), l])([1]), err("IndexError", "pop index out of range")],
    ["((l) => [listPop(l, -2), l])([1, 2, 3, 4, 5, 6])", () => ((l) => [listPop(l, -2), l])([1, 2, 3, 4, 5, 6]), [5, [1, 2, 3, 4, 6]]],
    ["((l) => [listPop(l, -3), l])([1, 2])", () => ((l) => [listPop(l, -3), l])([1, 2]), err("IndexError", "pop index out of range")],
    ["((l) => [listPop(l, 0), l])([1, 2, 3])", () => ((l) => [listPop(l, 0), l])([1, 2, 3]), [1, [2, 3]]],
    ["((l) => [listPop(l), l])([1, 2, 3])", () => ((l) => [listPop(l), l])([1, 2, 3]), [3, [1, 2]]],
    ["((l) => [listPop(l, 0.5), l])([1, 2])", () => ((l) => [listPop(l, 0.5), l])([1, 2]), err("TypeError", "'float' object cannot be interpreted as an integer")],
    ["((l) => [listPop(l, 0), l])([])", () => ((l) => [listPop(l, 0), l])([]), err("IndexError", "pop from empty list")],
    ["after([1], (l) => listRemove(l, 2))", () => after([1], (l) => listRemove(l, 2)), err("ValueError", "list.remove(x): x not in list")],
    ["after([1, 2, 1], (l) => listRemove(l, 1))", () => after([1, 2, 1], (l) => listRemove(l, 1)), [2, 1]],
    ["after([1, [2]], (l) => listRemove(l, [2]))", () => after([1, [2]], (l) => listRemove(l, [2])), [1]],
    ["after([1, 2], (l) => listRemove(l, true as unknown as number))", () => after([1, 2], (l) => listRemove(l, true as unknown as number)), [2]],
    ["listIndex([1], 2)", () => listIndex([1], 2), err("ValueError", "2 is not in list")],
    ["listIndex(['a'], 'b')", () => listIndex(['a'], 'b'), err("ValueError", "'b' is not in list")],
    ["listIndex([1, 2, 3], 2, -1)", () => listIndex([1, 2, 3], 2, -1), err("ValueError", "2 is not in list")],
    ["listIndex([1, 2, 3, 2], 2, 2)", () => listIndex([1, 2, 3, 2], 2, 2), 3],
    ["listIndex([1, 2, 3], 3, -100, 100)", () => listIndex([1, 2, 3], 3, -100, 100), 2],
    ["listIndex([1, 2, 3], 3, 0, -1)", () => listIndex([1, 2, 3], 3, 0, -1), err("ValueError", "3 is not in list")],
    ["listIndex([[1, 2]], [1, 2])", () => listIndex([[1, 2]], [1, 2]), 0],
    ["listIndex([null], 0)", () => listIndex([null], 0), err("ValueError", "0 is not in list")],
    ["tupleIndex([1], 2)", () => tupleIndex([1], 2), err("ValueError", "tuple.index(x): x not in tuple")],
    ["tupleIndex([1, 2], 2)", () => tupleIndex([1, 2], 2), 1],
    ["listCount([1, 1.0, true, 2], 1)", () => listCount([1, 1.0, true, 2], 1), 3],
    ["listCount([[1], [1]], [1])", () => listCount([[1], [1]], [1]), 2],
    ["after([5, 1, 4], (l) => listInsert(l, -100, 0))", () => after([5, 1, 4], (l) => listInsert(l, -100, 0)), [0, 5, 1, 4]],
    ["after([5, 1, 4], (l) => listInsert(l, 100, 9))", () => after([5, 1, 4], (l) => listInsert(l, 100, 9)), [5, 1, 4, 9]],
    ["after([5, 1, 4], (l) => listInsert(l, -1, 7))", () => after([5, 1, 4], (l) => listInsert(l, -1, 7)), [5, 1, 7, 4]],
    ["after([1], (l) => listExtend(l, new Map([[2, 3]])))", () => after([1], (l) => listExtend(l, new Map([[2, 3]]))), [1, 2]],
    ["after([1], (l) => listExtend(l, 'ab' as unknown as number[]))", () => after([1], (l) => listExtend(l, 'ab' as unknown as number[])), [1, "a", "b"]],
    ["after([1], (l) => listExtend(l, range(2, 4)))", () => after([1], (l) => listExtend(l, range(2, 4))), [1, 2, 3]],
    ["after([1], (l) => listExtend(l, 5 as unknown as number[]))", () => after([1], (l) => listExtend(l, 5 as unknown as number[])), err("TypeError", "'int' object is not iterable")],
  ]);
});


describe("iterator protocol details", () => {
  function* gen(): Generator<number, string> {
    yield 1;
    yield 2;
    yield 3;
    return "done";
  }
  test("any/all/zip/next leave a generator resumable (no early close)", () => {
    const it = gen();
    expect(any(it)).toBe(true);
    expect(next(it)).toBe(2);
    const it2 = gen();
    // CPython: list(zip(it, [1])) reads 1 then 2 (and drops 2) before noticing [1] is exhausted.
    expect(Array.from(zip(it2, [10]))).toEqual([[1, 10]]);
    expect(next(it2)).toBe(3);
    const it3 = gen();
    expect(Array.from(zip([10], it3))).toEqual([[10, 1]]);
    expect(next(it3)).toBe(2);
  });
  test("next() raises StopIteration carrying the generator's return value", () => {
    const it = gen();
    next(it);
    next(it);
    next(it);
    let thrown: unknown;
    try {
      next(it);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(StopIteration);
    expect((thrown as StopIteration).value).toBe("done");
  });
  test("Python-style iterators (__iter__/__next__) and the __getitem__ sequence protocol", () => {
    class Countdown {
      constructor(private n: number) {}
      __iter__(): this {
        return this;
      }
      __next__(): number {
        if (this.n <= 0) throw new StopIteration();
        return this.n--;
      }
    }
    expect(toList(new Countdown(3))).toEqual([3, 2, 1]);
    expect(next(new Countdown(0), "empty")).toBe("empty");
    const squares = { __getitem__: (i: number) => { if (i >= 4) throw new IndexError("out"); return i * i; } };
    expect(toList(squares)).toEqual([0, 1, 4, 9]);
    expect(sum(squares as unknown as Iterable<number>)).toBe(14);
  });
  test("enumerate and reversed read a list live, as CPython's iterators do", () => {
    const xs = [1, 2];
    const seen: unknown[] = [];
    for (const [i, x] of enumerate(xs)) {
      seen.push([i, x]);
      if (xs.length < 4) xs.push(x * 10);
    }
    expect(seen).toEqual([[0, 1], [1, 2], [2, 10], [3, 20]]);
    const ys = [1, 2, 3, 4];
    const out: number[] = [];
    for (const y of reversed(ys)) {
      out.push(y);
      ys.length = 1;
    }
    expect(out).toEqual([4]);
  });
  test("sort calls key once per item in order and compares like CPython", () => {
    const calls: number[] = [];
    expect(sorted([3, 1, 2], { key: (x) => (calls.push(x), -x) })).toEqual([3, 2, 1]);
    expect(calls).toEqual([3, 1, 2]);
    const log: string[] = [];
    class Item {
      constructor(readonly v: number) {}
      __lt__(o: Item): boolean {
        log.push(`${this.v}<${o.v}`);
        return this.v < o.v;
      }
    }
    sorted([new Item(2), new Item(3), new Item(1)]);
    // CPython 3.11: count_run compares 3<2, then 1<3 ends the run; binary insertion of 1: 1<3, 1<2.
    expect(log).toEqual(["3<2", "1<3", "1<3", "1<2"]);
  });
  test("range is lazy, sized and iterable more than once", () => {
    const r = range(0, 1e15, 7);
    expect(len(r)).toBe(142857142857143);
    expect(at(r, -1)).toBe(999999999999994);
    const small = range(3);
    expect([...small, ...small]).toEqual([0, 1, 2, 0, 1, 2]);
    expect(iter(small).next()).toEqual({ done: false, value: 0 });
  });
  test("strings with astral characters index by code point", () => {
    const s = "\u{1f600}".repeat(40) + "x";
    expect(len(s)).toBe(41);
    expect(at(s, 40)).toBe("x");
    expect(at(s, 0)).toBe("\u{1f600}");
  });
});

describe("slice objects", () => {
  test("bounds, indices and repr as CPython's", () => {
    const s = makeSlice(1, 8, 2);
    expect(slice(range(10), ...s.bounds)).toEqual(range(1, 8, 2));
    expect(slice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], ...s.bounds)).toEqual([1, 3, 5, 7]);
    expect([s.indices(5), makeSlice(null, null, -1).indices(5), makeSlice(-100, 100).indices(3)]).toEqual([[1, 5, 2], [4, -1, -1], [0, 3, 1]]);
    expect([repr(s), repr(makeSlice(3)), repr(makeSlice(null, -1))]).toEqual(["slice(1, 8, 2)", "slice(None, 3, None)", "slice(None, -1, None)"]);
    expect(() => s.indices(-1)).toThrow("length should not be negative");
  });
});
