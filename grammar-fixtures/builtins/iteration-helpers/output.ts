import { StopIteration, ValueError, all, any, contains, enumerate, getItem, iter, join, len, max, min, next, print, range, reversed, slice, sorted, str, sum, toInt, truthy, zip, zipStrict } from "py2ts-async/runtime";

// range, enumerate, zip (strict), reversed, iter/next, map/filter, any/all and their reprs.
const r = range(2, 20, 3);
print([r, range(5), range(0), [...r], len(r), getItem(r, 1), getItem(r, -1), slice(r, 1, 3, null), contains(r, 8), contains(r, 9)]);
print([[...range(10, 0, -3)], [...range(-3)], slice(range(1, 10), null, null, 2), [...reversed(range(4))]]);
const names: string[] = ["ada", "bob", "cy"];
const ages: number[] = [36, 41];
print([str([...zip(names, ages)], "[(?,?)]"), str([...zip(names, ages, "xyz")], "[(?,?,?)]"), new Map(zip(names, ages)), str([...zip()], "[()]")]);
try {
  [...zipStrict(names, ages)];
} catch (e) {
  if (e instanceof ValueError) {
    console.log("ValueError:", str(e));
  } else {
    throw e;
  }
}
print([str([...enumerate("abc")], "[(?,?)]"), str([...enumerate(names, 10)], "[(?,?)]"), str([...names.entries()].filter(([i, n]) => i !== 0).map(([i, n]) => [i, n]), "[(?,?)]")]);
print([[...[...names].map((item) => len(item))], [...[...[1, 2, 3]].map((item2) => ((a: number) => a * 2)(item2))], [...[...names].map((item3) => ((s: string) => s.toUpperCase())(item3))]]);
print([[...[...[0, 1, "", "x", null, [], [0], false]].filter((item4) => truthy(item4))], [...[...[0, 1, 2, 3]].filter((item5) => truthy(((n: number) => n > 1)(item5)))]]);
print([any([]), all([]), any([0, "", null]), all([1, "x", [0]]), any((function* (): Generator<boolean> { for (const n of ages) { yield n > 40; } })())]);
const it = iter(names);
print([next(it), [...it], next(it, "exhausted")]);
try {
  next(iter([]));
} catch (error) {
  if (error instanceof StopIteration) {
    console.log("StopIteration raised");
  } else {
    throw error;
  }
}
print([[...[...names].reverse()], [...[...[1, 2]].reverse()], join("", reversed("abc")), [...names].reverse() !== null]);
const m = (function* (): Iterable<unknown> { for (const item6 of ["1", "2"]) { yield toInt(item6); } })();
print([[...m], [...m]]);
const squares = (function* (): Generator<number> { for (const n of range(4)) { yield n * n; } })();
console.log(sum(squares), sum(squares));
print([str(sorted(zip(ages, names)), "[(?,?)]"), str(max(zip(ages, names)), "(?,?)"), str(min(names.entries(), { key: (p: [number, string]) => p[1] }), "(?,?)")]);
const pairs = [...zip(...[[1, 2, 3], [4, 5, 6]])];
print([str(pairs, "[(?...)]"), [...zip(...pairs)].map((p) => [...p])]);
let total = 0;
for (const [i, [name, age]] of enumerate(zip(names, ages), 1)) {
  total += age;
  console.log(`${i}. ${name} (${age})`);
}
console.log("total age:", total);
