import { at, isupper, max, mod, next, print, range, sorted, str, sum } from "py2ts-async/runtime";

// Comprehensions and generator expressions, nested and filtered; the walrus operator.
const matrix: number[][] = [[1, 2, 3], [4, 5, 6]];
const flat: number[] = (() => { const result: number[] = []; for (const row of matrix) { for (const x of row) { result.push(x); } } return result; })();
console.log(str(flat));
console.log(str(flat.filter((x) => mod(x, 2) === 1).map((x) => x * x)));
console.log(str([...range(3)].map((i) => matrix.map((row) => at(row, i)))));
console.log(str(new Map([...range(4)].map((n) => [n, n ** 2] as const))));
console.log(str(new Set(["a", "bb", "cc"].map((w) => w.length))));
console.log(sum(flat), max(["aa", "b"].map((w) => w.length)));
const gen = (function* (): Generator<number> { for (const x of range(3)) { yield x * 10; } })();
console.log(next(gen), str([...gen]));
const data: number[] = [3, 8, 1];
let n!: number;
if ((n = data.length) > 2) {
  console.log("long list of", n);
}
const pairs: [number, number][] = (() => { const result3: [number, number][] = []; for (const i of range(3)) { for (const j of range(i)) { result3.push([i, j]); } } return result3; })();
console.log(str(pairs, "[(?,?)]"));
const words: string[] = ["apple", "Banana", "cherry"];
print([sorted(words.map((w) => w.toLowerCase())), words.filter((w) => isupper(at(w, 0)))]);
