import { KeyError, contains, delItem, dictGet, dictItems, dictKey, dictKeys, dictPop, dictUpdate, dictValues, dynAdd, eq, getItem, len, max, popitem, print, range, repr, setdefault, sorted, str, zip } from "py2ts-async/runtime";

// Dicts keyed by ints, tuples, floats, bools and None; KeyError messages; views and in-place updates.
const grid: Map<[number, number], number> = new Map();
for (let r = 0; r < 2; r++) {
  for (let c = 0; c < 3; c++) {
    grid.set(dictKey([r, c]), r * 3 + c);
  }
}
console.log(str(grid, "{(?,?):?}"));
print([getItem(grid, [1, 2]), contains(grid, [0, 1]), contains(grid, [5, 5]), grid.get(dictKey([9, 9])) ?? -1]);
const squares: Map<number, number> = new Map([...range(-2, 3)].map((n) => [n, n * n] as const));
print([squares, getItem(squares, -2), [...squares.keys()]]);
const counts: Map<string, unknown> = new Map();
for (const ch of "abracadabra") {
  counts.set(ch, dynAdd(dictGet(counts, ch, 0), 1));
}
console.log(`${str(counts)} ${max(counts.keys(), { key: (key2: string) => dictGet(counts, key2) })}`);
for (const key of [[0, 0], 7, "z", [1]]) {
  try {
    console.log(getItem(grid, key));
  } catch (e) {
    if (e instanceof KeyError) {
      console.log("KeyError:", str(e), repr(e), str(e.args, "(?...)"));
    } else {
      throw e;
    }
  }
}
let inventory: Map<string, number> = new Map([["apples", 3]]);
dictUpdate(inventory, new Map([["pears", 2]])), dictUpdate(inventory, [["kiwis", 4]]);
dictUpdate(inventory, [["plums", 1]]);
dictUpdate(inventory, new Map([["apples", 0]]));
print([inventory, dictPop(inventory, "missing", "n/a"), str(popitem(inventory), "(?,?)"), inventory]);
delItem(inventory, "apples");
print([inventory, str([...inventory.entries()], "[(?,?)]"), new Map(zip("xy", [1, 2]))]);
const keys = dictKeys(inventory);
inventory.set("late", 9);
print([keys, len(keys), contains(keys, "late"), dictValues(inventory), dictItems(inventory)]);
const by_len: Map<number, unknown[]> = new Map();
for (const w of ["to", "be", "or", "not", "to", "be"]) {
  setdefault(by_len, w.length, []).push(w);
}
print([by_len, new Map([...by_len.entries()].map(([k, v]) => [k, sorted(new Set(v))] as const))]);
const nested: Map<string, Map<string, Map<string, number | number[]>>> = new Map([["a", new Map([["b", new Map([["c", 1]])]])]]);
getItem(getItem(nested, "a"), "b").set("d", [1.0]);
console.log(`${str(nested, "{?:{?:{?:<[f]>}}}")} ${str(eq(nested, new Map([["a", new Map([["b", new Map<string, number | number[]>([["c", 1], ["d", [1]]])]])]])))}`);
try {
  delItem(inventory, "nope");
} catch (e) {
  if (e instanceof KeyError) {
    console.log("del KeyError:", str(e));
  } else {
    throw e;
  }
}
const empty: Map<unknown, unknown> = new Map();
try {
  popitem(empty);
} catch (e) {
  if (e instanceof KeyError) {
    console.log("popitem KeyError:", str(e));
  } else {
    throw e;
  }
}
