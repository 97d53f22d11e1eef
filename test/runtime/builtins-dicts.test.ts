// Expected values were produced by running each Python expression under CPython 3.11.2.
import { Counter, DefaultDict, Deque } from "../../src/runtime/collections";
import { contains, eq } from "../../src/runtime/compare";
import { delItem, dictGet, dictMerge, dictPop, dictUpdate, fromkeys, getItem, popitem, setdefault, setItem, typedDictGet } from "../../src/runtime/dicts";
import { RuntimeError } from "../../src/runtime/exceptions";
import { len, range, reversed } from "../../src/runtime/sequences";
import { truthy } from "../../src/runtime/truth";
import { dictItems, dictKeys, dictValues } from "../../src/runtime/dict-views";
import { repr } from "../../src/runtime/repr";

/** Runs a mutating call and returns the mutated value, like the Python helpers do. */
function after<T>(value: T, f: (value: T) => unknown): T {
  f(value);
  return value;
}
// Installs Python formatting of exception arguments (KeyError's str is the key's repr).
import "../../src/runtime/repr";
import { err, bytes, runRows } from "../support/cpython-rows";

describe('dict helpers', () => {
  runRows([
    ["getItem(new Map(), 'a')", () => getItem(new Map(), 'a'), err("KeyError", "'a'")],
    ["getItem(new Map([['a', 1]]), 'a')", () => getItem(new Map([['a', 1]]), 'a'), 1],
    ["getItem(new Map([['a', null]]), 'a')", () => getItem(new Map([['a', null]]), 'a'), null],
    ["getItem(new Map(), 5)", () => getItem(new Map(), 5), err("KeyError", "5")],
    ["getItem(new Map([[1, 'x']]), 1.0)", () => getItem(new Map([[1, 'x']]), 1.0), "x"],
    ["getItem([1, 2, 3], -1)", () => getItem([1, 2, 3], -1), 3],
    ["getItem('abc', 5)", () => getItem('abc', 5), err("IndexError", "string index out of range")],
    ["getItem(bytes([7]), 0)", () => getItem(bytes([7]), 0), 7],
    ["getItem(5, 0)", () => getItem(5, 0), err("TypeError", "'int' object is not subscriptable")],
    ["getItem([1, 2], 'a')", () => getItem([1, 2], 'a'), err("TypeError", "list indices must be integers or slices, not str")],
    ["getItem(null, 'a')", () => getItem(null, 'a'), err("TypeError", "'NoneType' object is not subscriptable")],
    ["dictGet(new Map([['a', 1]]), 'a')", () => dictGet(new Map([['a', 1]]), 'a'), 1],
    ["dictGet(new Map([['a', 1]]), 'b')", () => dictGet(new Map([['a', 1]]), 'b'), null],
    ["dictGet(new Map([['a', 1]]), 'b', 0)", () => dictGet(new Map([['a', 1]]), 'b', 0), 0],
    ["dictGet(new Map([['a', null]]), 'a', 0)", () => dictGet(new Map([['a', null]]), 'a', 0), null],
    ["((d: Map<string, number>) => [dictPop(d, 'a'), d])(new Map())", () => ((d: Map<string, number>) => [dictPop(d, 'a'), d])(new Map()), err("KeyError", "'a'")],
    ["((d: Map<string, number>) => [dictPop(d, 'a', 3), d])(new Map())", () => ((d: Map<string, number>) => [dictPop(d, 'a', 3), d])(new Map()), [3, new Map<unknown, unknown>([])]],
    ["((d) => [dictPop(d, 'a'), d])(new Map([['a', 1], ['b', 2]]))", () => ((d) => [dictPop(d, 'a'), d])(new Map([['a', 1], ['b', 2]])), [1, new Map<unknown, unknown>([["b", 2]])]],
    ["((d) => [dictPop(d, 'a', null), d])(new Map([['a', 1]]))", () => ((d) => [dictPop(d, 'a', null), d])(new Map([['a', 1]])), [1, new Map<unknown, unknown>([])]],
    ["((d) => [popitem(d), d])(new Map())", () => ((d) => [popitem(d), d])(new Map()), err("KeyError", "'popitem(): dictionary is empty'")],
    ["((d) => [popitem(d), d])(new Map([[1, 2], [3, 4]]))", () => ((d) => [popitem(d), d])(new Map([[1, 2], [3, 4]])), [[3, 4], new Map<unknown, unknown>([[1, 2]])]],
    ["fromkeys('ab')", () => fromkeys('ab'), new Map<unknown, unknown>([["a", null], ["b", null]])],
    ["fromkeys('ab', 0)", () => fromkeys('ab', 0), new Map<unknown, unknown>([["a", 0], ["b", 0]])],
    ["fromkeys(new Map([[1, 2]]))", () => fromkeys(new Map([[1, 2]])), new Map<unknown, unknown>([[1, null]])],
    ["fromkeys([3, 1, 3])", () => fromkeys([3, 1, 3]), new Map<unknown, unknown>([[3, null], [1, null]])],
    ["dictMerge(new Map([[1, 2]]), new Map([[1, 3], [4, 5]]))", () => dictMerge(new Map([[1, 2]]), new Map([[1, 3], [4, 5]])), new Map<unknown, unknown>([[1, 3], [4, 5]])],
    ["dictMerge(new Map([[2, 0], [1, 0]]), new Map([[1, 1]]))", () => dictMerge(new Map([[2, 0], [1, 0]]), new Map([[1, 1]])), new Map<unknown, unknown>([[2, 0], [1, 1]])],
  ]);
});

describe('dict mutation', () => {
  runRows([
    ["after(new Map<number, number>(), (d) => dictUpdate(d, [[1, 2, 3] as unknown as [number, number]]))", () => after(new Map<number, number>(), (d) => dictUpdate(d, [[1, 2, 3] as unknown as [number, number]])), err("ValueError", "dictionary update sequence element #0 has length 3; 2 is required")],
    ["after(new Map<number, number>(), (d) => dictUpdate(d, [[1, 2]]))", () => after(new Map<number, number>(), (d) => dictUpdate(d, [[1, 2]])), new Map<unknown, unknown>([[1, 2]])],
    ["after(new Map<number, number>(), (d) => dictUpdate(d, [1] as unknown as [number, number][]))", () => after(new Map<number, number>(), (d) => dictUpdate(d, [1] as unknown as [number, number][])), err("TypeError", "cannot convert dictionary update sequence element #0 to a sequence")],
    ["after(new Map<string, string>(), (d) => dictUpdate(d, ['ab', 'cd'] as unknown as [string, string][]))", () => after(new Map<string, string>(), (d) => dictUpdate(d, ['ab', 'cd'] as unknown as [string, string][])), new Map<unknown, unknown>([["a", "b"], ["c", "d"]])],
    ["after(new Map([[1, 1]]), (d) => dictUpdate(d, new Map([[2, 2], [1, 3]])))", () => after(new Map([[1, 1]]), (d) => dictUpdate(d, new Map([[2, 2], [1, 3]]))), new Map<unknown, unknown>([[1, 3], [2, 2]])],
    ["after(new Map<number, number>(), (d) => dictUpdate(d, [[1, 2], [3]] as unknown as [number, number][]))", () => after(new Map<number, number>(), (d) => dictUpdate(d, [[1, 2], [3]] as unknown as [number, number][])), err("ValueError", "dictionary update sequence element #1 has length 1; 2 is required")],
    ["((d) => [setdefault(d, 1), d])(new Map<number, number | null>())", () => ((d) => [setdefault(d, 1), d])(new Map<number, number | null>()), [null, new Map<unknown, unknown>([[1, null]])]],
    ["((d) => [setdefault(d, 1, 5), d])(new Map([[1, 2]]))", () => ((d) => [setdefault(d, 1, 5), d])(new Map([[1, 2]])), [2, new Map<unknown, unknown>([[1, 2]])]],
    ["((d) => [setdefault(d, 2, 5), d])(new Map([[1, 2]]))", () => ((d) => [setdefault(d, 2, 5), d])(new Map([[1, 2]])), [5, new Map<unknown, unknown>([[1, 2], [2, 5]])]],
    ["after(new Map([[1, 2]]), (d) => delItem(d, 1))", () => after(new Map([[1, 2]]), (d) => delItem(d, 1)), new Map<unknown, unknown>([])],
    ["after(new Map([[1, 2]]), (d) => delItem(d, 3))", () => after(new Map([[1, 2]]), (d) => delItem(d, 3)), err("KeyError", "3")],
    ["after([1, 2, 3], (l) => delItem(l, 0))", () => after([1, 2, 3], (l) => delItem(l, 0)), [2, 3]],
    ["after(new Map([[1, 2]]), (d) => setItem(d, 3, 4))", () => after(new Map([[1, 2]]), (d) => setItem(d, 3, 4)), new Map<unknown, unknown>([[1, 2], [3, 4]])],
    ["after([1, 2], (l) => setItem(l, -1, 0))", () => after([1, 2], (l) => setItem(l, -1, 0)), [1, 0]],
    ["after('ab', (s) => setItem(s, 0, 'x'))", () => after('ab', (s) => setItem(s, 0, 'x')), err("TypeError", "'str' object does not support item assignment")],
    ["after(5, (s) => delItem(s, 0))", () => after(5, (s) => delItem(s, 0)), err("TypeError", "'int' object does not support item deletion")],
  ]);
});

describe('Counter', () => {
  runRows([
    ["new Counter('abracadabra').mostCommon()", () => new Counter('abracadabra').mostCommon(), [["a", 5], ["b", 2], ["r", 2], ["c", 1], ["d", 1]]],
    ["new Counter('abracadabra').mostCommon(2)", () => new Counter('abracadabra').mostCommon(2), [["a", 5], ["b", 2]]],
    ["new Counter('abracadabra').mostCommon(0)", () => new Counter('abracadabra').mostCommon(0), []],
    ["new Counter('abracadabra').mostCommon(-1)", () => new Counter('abracadabra').mostCommon(-1), []],
    ["new Counter('abracadabra').mostCommon(99)", () => new Counter('abracadabra').mostCommon(99), [["a", 5], ["b", 2], ["r", 2], ["c", 1], ["d", 1]]],
    ["new Counter('aab').total()", () => new Counter('aab').total(), 3],
    ["new Counter('aab').get('z')", () => new Counter('aab').get('z'), 0],
    ["getItem(new Counter('aab'), 'z')", () => getItem(new Counter('aab'), 'z'), 0],
    ["dictGet(new Counter('aab'), 'z')", () => dictGet(new Counter('aab'), 'z'), null],
    ["Array.from(new Counter(new Map([['a', 2], ['b', 0], ['c', -1], ['d', 1]])).elements())", () => Array.from(new Counter(new Map([['a', 2], ['b', 0], ['c', -1], ['d', 1]])).elements()), ["a", "a", "d"]],
    ["new Counter('abracadabra').__repr__()", () => new Counter('abracadabra').__repr__(), "Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})"],
    ["new Counter().__repr__()", () => new Counter().__repr__(), "Counter()"],
    ["new Counter([1, 2, 2]).__repr__()", () => new Counter([1, 2, 2]).__repr__(), "Counter({2: 2, 1: 1})"],
    ["after(new Counter('ab'), (c) => c.subtract('aaz'))", () => after(new Counter('ab'), (c) => c.subtract('aaz')), new Map<unknown, unknown>([["a", -1], ["b", 1], ["z", -1]])],
    ["after(new Counter('ab'), (c) => c.update(new Map([['a', 5]])))", () => after(new Counter('ab'), (c) => c.update(new Map([['a', 5]]))), new Map<unknown, unknown>([["a", 6], ["b", 1]])],
    ["after(new Counter('ab'), (c) => c.update('ba'))", () => after(new Counter('ab'), (c) => c.update('ba')), new Map<unknown, unknown>([["a", 2], ["b", 2]])],
    ["new Counter(new Map([['a', 1]])).get('a')", () => new Counter(new Map([['a', 1]])).get('a'), 1],
    ["new Counter('abc').__eq__(new Counter('cba'))", () => new Counter('abc').__eq__(new Counter('cba')), true],
    ["new Counter('ab').__eq__(new Counter(new Map([['a', 1], ['b', 1], ['c', 0]])))", () => new Counter('ab').__eq__(new Counter(new Map([['a', 1], ['b', 1], ['c', 0]]))), true],
    ["eq(new Counter('ab'), new Map([['a', 1], ['b', 1]]))", () => eq(new Counter('ab'), new Map([['a', 1], ['b', 1]])), true],
    ["eq(new Map([['a', 1], ['b', 1]]), new Counter('ab'))", () => eq(new Map([['a', 1], ['b', 1]]), new Counter('ab')), true],
    ["eq(new Counter('ab'), new Map([['a', 1], ['b', 1], ['c', 0]]))", () => eq(new Counter('ab'), new Map([['a', 1], ['b', 1], ['c', 0]])), false],
    ["new Counter('aab').__add__(new Counter('abc'))", () => new Counter('aab').__add__(new Counter('abc')), new Map<unknown, unknown>([["a", 3], ["b", 2], ["c", 1]])],
    ["new Counter('aab').__sub__(new Counter('abc'))", () => new Counter('aab').__sub__(new Counter('abc')), new Map<unknown, unknown>([["a", 1]])],
    ["new Counter('aab').__or__(new Counter('abbc'))", () => new Counter('aab').__or__(new Counter('abbc')), new Map<unknown, unknown>([["a", 2], ["b", 2], ["c", 1]])],
    ["new Counter('aab').__and__(new Counter('abbc'))", () => new Counter('aab').__and__(new Counter('abbc')), new Map<unknown, unknown>([["a", 1], ["b", 1]])],
    ["new Counter(['x', 'y', 'x']).mostCommon(1)", () => new Counter(['x', 'y', 'x']).mostCommon(1), [["x", 2]]],
    ["len(new Counter('hello'))", () => len(new Counter('hello')), 4],
  ]);
});

describe('DefaultDict', () => {
  runRows([
    ["after(new DefaultDict<string, number[]>(() => []), (d) => d.getItem('a').push(1))", () => after(new DefaultDict<string, number[]>(() => []), (d) => d.getItem('a').push(1)), new Map<unknown, unknown>([["a", [1]]])],
    ["after(new DefaultDict<string, number>(() => 0), (d) => d.set('x', d.getItem('x') + 1))", () => after(new DefaultDict<string, number>(() => 0), (d) => d.set('x', d.getItem('x') + 1)), new Map<unknown, unknown>([["x", 1]])],
    ["new DefaultDict<number, number>(null).getItem(1)", () => new DefaultDict<number, number>(null).getItem(1), err("KeyError", "1")],
    ["getItem(new DefaultDict<number, number>(() => 7), 1)", () => getItem(new DefaultDict<number, number>(() => 7), 1), 7],
    ["dictGet(new DefaultDict<number, number>(() => 7), 1)", () => dictGet(new DefaultDict<number, number>(() => 7), 1), null],
    ["contains(new DefaultDict<number, number>(() => 7), 1)", () => contains(new DefaultDict<number, number>(() => 7), 1), false],
    ["after(new DefaultDict<number, number>(() => 7), (d) => getItem(d, 1))", () => after(new DefaultDict<number, number>(() => 7), (d) => getItem(d, 1)), new Map<unknown, unknown>([[1, 7]])],
    ["new DefaultDict<string, number>(() => 0, new Map([['a', 1]]), \"<class 'int'>\").__repr__()", () => new DefaultDict<string, number>(() => 0, new Map([['a', 1]]), "<class 'int'>").__repr__(), "defaultdict(<class 'int'>, {'a': 1})"],
    ["new DefaultDict<string, number[]>(() => [], null, \"<class 'list'>\").__repr__()", () => new DefaultDict<string, number[]>(() => [], null, "<class 'list'>").__repr__(), "defaultdict(<class 'list'>, {})"],
  ]);
});

describe('Deque', () => {
  runRows([
    ["new Deque().pop()", () => new Deque().pop(), err("IndexError", "pop from an empty deque")],
    ["new Deque().popleft()", () => new Deque().popleft(), err("IndexError", "pop from an empty deque")],
    ["new Deque([1, 2, 3], 2).__repr__()", () => new Deque([1, 2, 3], 2).__repr__(), "deque([2, 3], maxlen=2)"],
    ["new Deque([1, 2]).__repr__()", () => new Deque([1, 2]).__repr__(), "deque([1, 2])"],
    ["after(new Deque([1, 2, 3]), (d) => d.rotate(1)).__repr__()", () => after(new Deque([1, 2, 3]), (d) => d.rotate(1)).__repr__(), "deque([3, 1, 2])"],
    ["after(new Deque([1, 2, 3]), (d) => d.rotate(-1)).__repr__()", () => after(new Deque([1, 2, 3]), (d) => d.rotate(-1)).__repr__(), "deque([2, 3, 1])"],
    ["after(new Deque([1, 2, 3, 4, 5]), (d) => d.rotate(7)).__repr__()", () => after(new Deque([1, 2, 3, 4, 5]), (d) => d.rotate(7)).__repr__(), "deque([4, 5, 1, 2, 3])"],
    ["new Deque([1]).at(5)", () => new Deque([1]).at(5), err("IndexError", "deque index out of range")],
    ["new Deque([1, 2, 3]).at(-1)", () => new Deque([1, 2, 3]).at(-1), 3],
    ["new Deque([1]).remove(2)", () => new Deque([1]).remove(2), err("ValueError", "2 is not in deque")],
    ["new Deque([1]).index(2)", () => new Deque([1]).index(2), err("ValueError", "2 is not in deque")],
    ["new Deque([5, 6, 7, 6]).index(6, 2)", () => new Deque([5, 6, 7, 6]).index(6, 2), 3],
    ["after(new Deque([1, 2], 2), (d) => d.appendleft(0)).__repr__()", () => after(new Deque([1, 2], 2), (d) => d.appendleft(0)).__repr__(), "deque([0, 1], maxlen=2)"],
    ["after(new Deque([1, 2], 2), (d) => d.append(3)).__repr__()", () => after(new Deque([1, 2], 2), (d) => d.append(3)).__repr__(), "deque([2, 3], maxlen=2)"],
    ["after(new Deque([1, 2]), (d) => d.extendleft([7, 8])).__repr__()", () => after(new Deque([1, 2]), (d) => d.extendleft([7, 8])).__repr__(), "deque([8, 7, 1, 2])"],
    ["new Deque([1, 2], 0).__repr__()", () => new Deque([1, 2], 0).__repr__(), "deque([], maxlen=0)"],
    ["new Deque([1, 2], 2).insert(0, 5)", () => new Deque([1, 2], 2).insert(0, 5), err("IndexError", "deque already at its maximum size")],
    ["after(new Deque([1, 2, 3]), (d) => d.insert(-1, 9)).__repr__()", () => after(new Deque([1, 2, 3]), (d) => d.insert(-1, 9)).__repr__(), "deque([1, 2, 9, 3])"],
    ["after(new Deque([1, 2, 3]), (d) => d.insert(99, 9)).__repr__()", () => after(new Deque([1, 2, 3]), (d) => d.insert(99, 9)).__repr__(), "deque([1, 2, 3, 9])"],
    ["after(new Deque([1, 2, 1]), (d) => d.remove(1)).__repr__()", () => after(new Deque([1, 2, 1]), (d) => d.remove(1)).__repr__(), "deque([2, 1])"],
    ["after(new Deque([1, 2, 3]), (d) => d.reverse()).__repr__()", () => after(new Deque([1, 2, 3]), (d) => d.reverse()).__repr__(), "deque([3, 2, 1])"],
    ["new Deque([1, 2, 1]).count(1)", () => new Deque([1, 2, 1]).count(1), 2],
    ["len(new Deque('abc'))", () => len(new Deque('abc')), 3],
    ["contains(new Deque([1, 2]), 2)", () => contains(new Deque([1, 2]), 2), true],
    ["eq(new Deque([1, 2]), new Deque([1, 2]))", () => eq(new Deque([1, 2]), new Deque([1, 2])), true],
    ["eq(new Deque([1, 2]), [1, 2])", () => eq(new Deque([1, 2]), [1, 2]), false],
    ["truthy(new Deque())", () => truthy(new Deque()), false],
    ["Array.from(reversed(new Deque([1, 2, 3])))", () => Array.from(reversed(new Deque([1, 2, 3]))), [3, 2, 1]],
    ["new Deque([1, 2], -1)", () => new Deque([1, 2], -1), err("ValueError", "maxlen must be non-negative")],
    ["new Deque(Array.from(range(20)), 5).__repr__()", () => new Deque(Array.from(range(20)), 5).__repr__(), "deque([15, 16, 17, 18, 19], maxlen=5)"],
    ["after(new Deque([1, 2]), (d) => d.clear()).__repr__()", () => after(new Deque([1, 2]), (d) => d.clear()).__repr__(), "deque([])"],
    ["after(new Deque([1, 2]), (d) => d.extend(d)).__repr__()", () => after(new Deque([1, 2]), (d) => d.extend(d)).__repr__(), "deque([1, 2, 1, 2])"],
  ]);
});


describe("deque as a ring buffer", () => {
  test("matches a list model through many mixed operations", () => {
    const d = new Deque<number>();
    const model: number[] = [];
    let seed = 42;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 5000; i++) {
      const r = rnd();
      if (r < 0.3) {
        d.append(i);
        model.push(i);
      } else if (r < 0.55) {
        d.appendleft(i);
        model.unshift(i);
      } else if (r < 0.7 && model.length > 0) {
        expect(d.pop()).toBe(model.pop());
      } else if (r < 0.85 && model.length > 0) {
        expect(d.popleft()).toBe(model.shift());
      } else if (r < 0.9 && model.length > 0) {
        const k = Math.floor(rnd() * 7) - 3;
        d.rotate(k);
        const n = model.length;
        const s = ((k % n) + n) % n;
        model.unshift(...model.splice(n - s, s));
      } else if (model.length > 0) {
        const idx = Math.floor(rnd() * model.length);
        expect(d.at(idx)).toBe(model[idx]);
      }
      expect(d.length).toBe(model.length);
    }
    expect(Array.from(d)).toEqual(model);
  });
  test("mutation during iteration raises RuntimeError, even after the last item", () => {
    const d = new Deque([1, 2, 3]);
    expect(() => {
      for (const x of d) if (x === 1) d.append(9);
    }).toThrow(RuntimeError);
    const e = new Deque([1]);
    expect(() => {
      for (const _ of e) e.append(2);
    }).toThrow("deque mutated during iteration");
  });
  test("bounded deque keeps the newest items", () => {
    const d = new Deque<number>(null, 3);
    for (const i of range(10)) d.append(i);
    expect(Array.from(d)).toEqual([7, 8, 9]);
    d.appendleft(100);
    expect(Array.from(d)).toEqual([100, 7, 8]);
  });
});

describe("dict views", () => {
  test("live, sized, with `in`, printed like CPython's", () => {
    const d = new Map<string, number>([["pears", 2], ["kiwis", 4]]);
    const keys = dictKeys(d);
    const values = dictValues(d);
    const items = dictItems(d);
    d.set("late", 9);
    expect(len(keys)).toBe(3);
    expect([contains(keys, "late"), contains(keys, "nope")]).toEqual([true, false]);
    expect([contains(values, 4), contains(values, 5)]).toEqual([true, false]);
    expect([contains(items, ["kiwis", 4]), contains(items, ["kiwis", 5]), contains(items, "kiwis")]).toEqual([true, false, false]);
    expect([repr(keys), repr(values), repr(items)]).toEqual(["dict_keys(['pears', 'kiwis', 'late'])", "dict_values([2, 4, 9])", "dict_items([('pears', 2), ('kiwis', 4), ('late', 9)])"]);
    expect([...items]).toEqual([["pears", 2], ["kiwis", 4], ["late", 9]]);
    expect(repr(dictKeys(new Map()))).toBe("dict_keys([])");
  });
});

describe("TypedDict values (plain objects)", () => {
  interface Movie {
    title?: string;
    rating?: number | null;
  }
  const m: Movie = { title: "Alien", rating: null };
  test("get: the key's value when present (even None), else the default", () => {
    expect(typedDictGet(m, "title")).toBe("Alien");
    expect(typedDictGet(m, "rating", 0.0)).toBe(null); // {"rating": None}.get("rating", 0.0)
    expect(typedDictGet({} as Movie, "rating")).toBe(null);
    expect(typedDictGet({} as Movie, "rating", 0.0)).toBe(0.0);
    expect(typedDictGet(m, "toString", "?")).toBe("?"); // not a key, even if the prototype has it
  });
});
