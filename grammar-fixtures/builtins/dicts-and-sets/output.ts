import { Counter, DefaultDict, Deque, KeyError, LookupError, at, dictKey, dictMerge, dictPop, getItem, isSubset, len, mod, print, range, repr, setDifference, setIntersection, setUnion, setdefault, sorted, str } from "py2ts-async/runtime";

// Dicts keep insertion order and raise KeyError; sets; defaultdict, Counter and deque.

const stock: Map<string, number> = new Map([["apple", 3], ["pear", 0]]);
stock.set("kiwi", 5);
print([stock, stock.size, stock.has("apple"), stock.get("fig") ?? null, stock.get("fig") ?? 0]);
print([[...stock.keys()], [...stock.values()], str([...stock.entries()], "[(?,?)]")]);
console.log(dictPop(stock, "pear"), setdefault(stock, "plum", 7), str(stock));
try {
  getItem(stock, "missing");
} catch (e) {
  if (e instanceof KeyError) {
    console.log("KeyError:", str(e));
  } else {
    throw e;
  }
}
try {
  getItem(stock, "missing");
} catch (e) {
  if (e instanceof LookupError) {
    console.log("LookupError catches it too:", repr(e));
  } else {
    throw e;
  }
}
const merged = dictMerge(stock, new Map([["apple", 10]]));
print([merged, new Map([...stock.entries()].filter(([k, v]) => v > 3).map(([k, v]) => [k, v * 2] as const))]);
const by_num: Map<number | [number, number], string> = new Map<number | [number, number], string>([[1, "one"], [dictKey([2, 3]), "tuple key"], [2.5, "float"]]);
console.log(`${getItem(by_num, 1)} ${getItem(by_num, 2.5)}`);
for (const [key, value] of sorted(stock.entries())) {
  console.log(`${key} ${value}`);
}
const evens: Set<number> = new Set([...range(10)].filter((x) => mod(x, 2) === 0));
const odds: Set<number> = new Set([1, 3, 5]);
print([sorted(setUnion(evens, odds)), sorted(setIntersection(evens, new Set([2, 4, 5]))), sorted(setDifference(evens, new Set([0]))), isSubset(odds, new Set([1, 3, 5, 7]))]);
const counts = new Counter("mississippi");
console.log(`${str(counts.mostCommon(2), "[(?,?)]")} ${counts.get("s")} ${counts.get("z")}`);
const groups = new DefaultDict<unknown, unknown[]>(() => [], null, "<class 'list'>");
for (const word of ["apple", "avocado", "banana"]) {
  groups.getItem(at(word, 0)).push(word);
}
console.log(str(new Map(groups)));
const window: Deque<number> = new Deque(null, 3);
for (let i = 0; i < 5; i++) {
  window.append(i);
}
print([[...window], window.popleft(), len(window)]);
