import { join, max, print, str, sum } from "py2ts-async/runtime";

function total(...nums: number[]): number {
  return sum(nums);
}

function scaled(factor: number, ...values: number[]): number[] {
  return values.map((v) => factor * v);
}

function longest(...words: string[]): number {
  return max(words.map((w) => w.length));
}

function shout(...parts: string[]): string {
  return join(" ", parts.map((p) => p.toUpperCase()));
}

const more: number[] = [4, 5];
console.log(total(1, 2, 3), total(), total(...more), total(1, ...more));
print([str(scaled(2, 1.5, 2.5), "[f]"), str(scaled(3), "[f]")]);
console.log(longest("ab", "cde", "f"));
console.log(shout("hi", "there"));
