import { IndexError, all, any, at, enumerate, eq, iter, len, listCount, listIndex, listInsert, listPop, listRemove, listRepeat, listSort, max, min, mod, next, print, range, slice, sorted, str, sum, truthy, unpackStarred, zip } from "py2ts-async/runtime";

// Lists and tuples: negative indexes, slices with steps, unpacking, sorting and the usual builtins.
const xs: number[] = [5, 3, 8, 1, 9, 2];
console.log(at(xs, 0), at(xs, -1), str(xs.slice(1, 3)), str(slice(xs, null, null, -1)), str(slice(xs, null, null, 2)), str(xs.slice(-3)));
let first!: number;
let middle!: number[];
let last!: number;
const items = unpackStarred(xs, 1, 1);
first = items[0]!;
middle = items.slice(1, items.length - 1);
last = items[items.length - 1]!;
console.log(first, str(middle), last);
let [a, b] = [1, 2];
[a, b] = [b, a];
console.log(a, b);
console.log(`${str(sorted(xs))} ${str(sorted(xs, { reverse: true }))} ${str(sorted(["b", "A", "c"], { key: (s: string) => s.toLowerCase() }))}`);
const words: string[] = ["pear", "fig", "apple", "kiwi"];
console.log(`${str(sorted(words, { key: len }))} ${str(sorted(words, { key: (w: string) => [w.length, w] }))}`);
print([xs.length, sum(xs), min(xs), max(xs), any((function* (): Generator<boolean> { for (const x of xs) { yield x > 8; } })()), all((function* (): Generator<boolean> { for (const x of xs) { yield x > 0; } })())]);
console.log(str([...enumerate(words, 1)], "[(?,?)]"));
print([str([...zip(words, xs)], "[(?,?)]"), [...[...words].reverse()]]);
print([[...[...xs].map((item) => str(item))], [...[...xs].filter((item2) => truthy(((x: number) => mod(x, 2) === 0)(item2)))]]);
xs.push(7);
xs.push(...[10, 11]);
listInsert(xs, 0, 0);
console.log(listPop(xs), listPop(xs, 0), listIndex(xs, 8), listCount(xs, 3));
listRemove(xs, 3);
listSort(xs);
console.log(`${str(xs)} ${str(xs.length < 3 ? listRepeat(xs, 2) : listRepeat(xs.slice(0, 2), 2))} ${str(listRepeat([0], 3))}`);
try {
  console.log(at(xs, 100));
} catch (e) {
  if (e instanceof IndexError) {
    console.log("IndexError:", str(e));
  } else {
    throw e;
  }
}
print([[...range(5)], [...range(2, 10, 3)], [...range(5, 0, -2)]]);
const nums = iter([1, 2]);
console.log(next(nums), next(nums), str(next(nums, "done")));
console.log(str(eq([1, 2], [1, 2])), str(eq([1, 2], [1, 2])), str(eq([1, [2, 3]], [1, [2, 3]])), str(xs.includes(3)), str(!xs.includes(99)));
