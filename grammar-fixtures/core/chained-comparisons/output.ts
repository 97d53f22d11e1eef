import { eq, gt, le, lt, max, str } from "py2ts-async/runtime";

// Chained comparisons evaluate each operand once; sequences compare lexicographically.
const calls: string[] = [];

function probe(label: string, value: number): number {
  calls.push(label);
  return value;
}

console.log(str(1 < 2 && 2 < 3), str(1 < 3 && 3 < 2), str(3 > 2 && 2 > 1 && 1 > 0), str(true && true), str(1 < 2 && 2 > 0));
let operand: number;
console.log(str(probe("a", 1) < (operand = probe("b", 5)) && operand < probe("c", 3)), str(calls));
calls.splice(0);
let operand2: number;
console.log(str(probe("a", 9) < (operand2 = probe("b", 5)) && operand2 < probe("c", 3)), str(calls));
const x = 5;
console.log(str(0 <= x && x < 10), str(0 <= x && x < 5), str(x === 5 && true), str(1 < x && x !== null));
console.log(str(lt([1, 2], [1, 3])), str(lt([1, 2], [1, 2, 0])), str(gt([2], [1, 9, 9])), str("apple" < "banana"), str("Z" < "a"));
console.log(str(eq([1, 2], [1, 2])), str(eq([1, 2], [1, 2])), str(!eq([1, 2], [2, 1])), str(eq(new Map([["a", 1], ["b", 2]]), new Map([["b", 2], ["a", 1]]))));
console.log(str(eq(new Set([1, 2]), new Set([2, 1]))), str(le(new Set([1, 2]), new Set([1, 2, 3]))), str(lt(new Set([1, 2]), new Set([1, 2]))), str(eq([[1], [2]], [[1], [2]])));
console.log(str(true), str(Number(true) === 1), str(null === null), str(null === null), str("a".repeat(2) === "aa"));
const grades: string[] = [];
for (const score of [95, 85, 72, 50, 100, 0]) {
  if (90 <= score && score <= 100) {
    grades.push("A");
  } else if (80 <= score && score < 90) {
    grades.push("B");
  } else if (70 <= score && score < 80) {
    grades.push("C");
  } else {
    grades.push("F");
  }
}
console.log(str(grades));
const [a, b, c] = [3, 3, 4];
console.log(str(a === b && b < c), str(a < b && b === c), str(a !== b), str(max([a, b, c]) === c && c > a));
