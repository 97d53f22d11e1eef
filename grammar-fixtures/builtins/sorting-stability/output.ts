import { TypeError, abs, getItem, listSort, max, mod, print, range, sorted, str } from "py2ts-async/runtime";

// sorted and list.sort: tuple keys, stability, reverse keeps stability, key functions, mixed criteria.
const people: [string, number, string][] = [["bob", 25, "paris"], ["ada", 36, "london"], ["cy", 25, "london"], ["dee", 36, "paris"], ["eve", 25, "rome"]];
console.log(str(sorted(people, { key: (p: [string, number, string]) => p[1] }), "[(?,?,?)]"));
console.log(str(sorted(people, { key: (p: [string, number, string]) => p[1], reverse: true }), "[(?,?,?)]"));
console.log(str(sorted(people, { key: (p: [string, number, string]) => [p[2], -p[1], p[0]] }), "[(?,?,?)]"));
console.log(str(sorted(people), "[(?,?,?)]"));
const by_city: [string, number, string][] = sorted(people, { key: (p: [string, number, string]) => p[0] });
listSort(by_city, { key: (p: [string, number, string]) => p[2] });
console.log(str(by_city.map((p) => p[0])));
const scores: Map<string, number> = new Map([["ada", 90], ["bob", 85], ["cy", 90], ["dee", 70]]);
const ranking: [string, number][] = sorted(scores.entries(), { key: (kv: [string, number]) => [-kv[1], kv[0]] });
console.log(str(ranking, "[(?,?)]"));
console.log(`${str(sorted(scores.keys(), { key: (key2: string) => scores.get(key2) ?? null }))} ${str(sorted(scores.keys(), { key: (k: string) => getItem(scores, k), reverse: true }))}`);
const words: string[] = ["banana", "Apple", "cherry", "apple", "Banana", "date"];
console.log(`${str(sorted(words))} ${str(sorted(words, { key: (s: string) => s.toLowerCase() }))} ${str(sorted(words, { key: (w: string) => [w.length, w] }))}`);
const nums: number[] = [3.5, -1.0, 2.0, -7.25, 0.0, 10.0];
console.log(`${str(sorted(nums), "[f]")} ${str(sorted(nums, { key: abs }), "[f]")} ${str(sorted(nums, { reverse: true }), "[f]")} ${str(max(nums, { key: abs }), "f")}`);
console.log(`${str(sorted([[2, "b"], [1, "z"], [2, "a"], [1, "a"]]))} ${str(sorted(([[1, 2.5], [1, 2.0], [0, 9.0]] as [number, number][])), "[(?,f)]")}`);
print([sorted("hello"), sorted(new Set([3, 1, 2])), sorted(new Map([["b", 1], ["a", 2]]).keys()), sorted(range(5), { key: (n: number) => mod(n, 3) })]);
listSort(nums, { key: (n: number) => -n });
console.log(str(nums, "[f]"));
const records: (Map<string, string | number>)[] = [new Map<string, string | number>([["name", "x"], ["age", 3]]), new Map<string, string | number>([["name", "y"], ["age", 1]]), new Map<string, string | number>([["name", "z"], ["age", 3]])];
listSort(records, { key: (r: Map<string, string | number>) => getItem(r, "age"), reverse: true });
console.log(str(records));
console.log(`${str(sorted([true, false, true]))} ${str(sorted([0.1 + 0.2, 0.3, 0.30000000000000004]), "[f]")}`);
try {
  sorted([1, "a"]);
} catch (e) {
  if (e instanceof TypeError) {
    console.log("TypeError:", str(e));
  } else {
    throw e;
  }
}
