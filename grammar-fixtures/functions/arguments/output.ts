import { bindCall, dynMul, listRepeat, print, sorted, str, sum } from "py2ts-async/runtime";

// Keyword arguments map to parameters; defaults are evaluated once; *args and **kwargs.

function describe(name: string, greeting: string = "Hello", punctuation: string = "!", times: number = 1): string {
  return listRepeat([`${greeting}, ${name}${punctuation}`], times).join(" ");
}

function total(numbers: number[] = [], start: number = 0): number {
  return start + sum(numbers);
}

function options(kwargs: Map<string, unknown> = new Map()): [string, unknown][] {
  return sorted(kwargs.entries());
}

const append_to_bucket_default: number[] = [];
function append_to(item: number, bucket: number[] = append_to_bucket_default): number[] {
  bucket.push(item);
  return bucket;
}

function point(x: number, y: number, z: number = 0): [number, number, number] {
  return [x, y, z];
}

console.log(describe("Ada"));
console.log(describe("Bob", undefined, "?"));
console.log(describe("Cy", "Hi", undefined, 2));
console.log(total([1, 2, 3]), total(undefined, 10), total([...[4, 5]], 1));
console.log(str(options(new Map<string, unknown>([["b", 2], ["a", 1]])), "[(?,?)]"));
print([append_to(1), append_to(2)]);
print([str(point(1, 2), "(?,?,?)"), str(point(1, 2, 3), "(?,?,?)")]);
const square = (n: unknown) => dynMul(n, n);
print([square(7), [...[...["a", "b"]].map((item2) => ((s: string) => s.toUpperCase())(item2))]]);

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

console.log(factorial(10));
const args: Map<string, string | number> = new Map<string, string | number>([["name", "Dee"], ["times", 2]]);
console.log(describe(...bindCall<[string, string | undefined, string | undefined, number | undefined]>("describe", ["name","greeting?","$punctuation?","$times?"], [], null, args)));
