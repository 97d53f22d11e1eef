import { ValueError, accumulate, at, chain, chainFromIterable, combinations, combinationsWithReplacement, compress, countFrom, cycle, dropwhile, dynPow, filterfalse, groupby, islice, mod, next, pairwise, permutations, print, product, productRepeat, range, repeat, starmap, str, takewhile, tee, unpack, zipLongest } from "py2ts-async/runtime";

// itertools: lazy where CPython is lazy (groupby's groups end when the outer iterator moves on), eager
// where CPython reads its inputs at once (product, permutations, combinations).

console.log(str([...chain([1, 2], ([3] as [number]), "ab")]));
console.log(str([...chainFromIterable<number | string>([[1, 2], [3], new Map([["k", 1]])])]));
for (const [k, g] of groupby("aaabccdaa")) {
  console.log(`${k} ${str([...g])}`);
}
const words: string[] = ["apple", "avocado", "banana", "blueberry", "cherry"];
console.log(str(Array.from(groupby(words, (w: string) => at(w, 0)), ([k, g]) => [k, [...g].length]), "[(?,?)]"));
print([[...islice(countFrom(10, 5), 3)], [...islice("abcdefg", 1, 6, 2)], [...islice(range(10), null, 4)]]);
console.log(str([...zipLongest("-", [1, 2, 3], "ab")], "[(?,?)]"));
print([str([...product("ab", [0, 1])], "[(?,?)]"), [...productRepeat(2, range(3))].length]);
console.log(str([...permutations([1, 2, 3], 2)], "[(?...)]"));
print([str([...combinations("abcd", 2)], "[(?...)]"), str([...combinationsWithReplacement([1, 2], 2)], "[(?...)]")]);
print([[...accumulate([1, 2, 3, 4])], [...accumulate([1, 2, 3], (a: number, b: number) => a * b)], [...accumulate([1, 2], null, 100)]]);
console.log(str([...pairwise([1, 2, 3, 4])], "[(?,?)]"));
print([[...takewhile((x: number) => x < 3, [1, 2, 3, 1])], [...dropwhile((x: number) => x < 3, [1, 2, 3, 1])]]);
print([[...starmap((b: unknown, e: unknown) => dynPow(b, e), ([[2, 3], [3, 2]] as [number, number][]))], [...islice(cycle("xy"), 5)], [...repeat("z", 3)]]);
const [a, b] = unpack(tee([1, 2, 3]), 2);
print([[...a], [...b]]);
print([[...compress("abcdef", [1, 0, 1, 0, 1, 1])], [...filterfalse((x: number) => mod(x, 2), range(6))]]);
const groups = groupby([1, 1, 2, 2, 2, 3]);
const [k1, g1] = next(groups);
const [k2, g2] = next(groups);
print([k1, [...g1], k2, [...g2]]);
try {
  [...combinations([1], -1)];
} catch (e) {
  if (e instanceof ValueError) {
    console.log("ValueError:", str(e));
  } else {
    throw e;
  }
}
const sources: (Map<string, number> | string)[] = [new Map([["k", 1]]), "xy"];
print([[...chain(...sources)], str([...zipLongest(null, ...sources)], "[(?...)]"), str([...product(...sources)], "[(?...)]")]);
