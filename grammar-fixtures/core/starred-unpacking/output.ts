import { ValueError, bindCall, callMethod, max, range, sorted, str, strFormat, unpack, unpackStarred, zip } from "py2ts-async/runtime";

// Starred assignment targets, nested unpacking, unpacking in loops, and * / ** in displays and calls.
let first!: number;
let rest!: number[];
[first, ...rest] = [1, 2, 3, 4];
let init!: string[];
let last!: string;
const items = unpackStarred("abc", 0, 1);
init = items.slice(0, items.length - 1);
last = items[items.length - 1]!;
let head!: number;
let middle!: number[];
let tail!: number;
const items2 = unpackStarred([10, 20], 1, 1);
head = items2[0]!;
middle = items2.slice(1, items2.length - 1);
tail = items2[items2.length - 1]!;
console.log(first, str(rest), str(init), last, head, str(middle), tail);
const [[a, b], c] = [[1, 2], 3];
let x!: number | number[];
let y!: number | number[];
let z!: number[];
[x, [y, ...z]] = [0, [1, 2, 3]];
console.log(a, b, c, str(x), str(y), str(z));
const records: [string, number, string][] = [["ada", 36, "london"], ["bob", 41, "paris"]];
for (const [name, ...details] of records) {
  console.log(`${name} ${str(details)}`);
}
for (const [i, [name, age, _]] of records.entries()) {
  console.log(i, name, age);
}
const combined: (number | string)[] = [...range(3), ..."ab", ...[9]];
console.log(str(combined));
const merged: Map<string, number> = new Map([...new Map([["a", 1], ["b", 2]]), ["b", 20], ...new Map([["c", 3]])]);
console.log(str(merged));
const unique: Set<number> = new Set([...[1, 2], ...[2, 3]]);
console.log(str(sorted(unique)));

function show(args: number[] = [], kwargs: Map<string, unknown> = new Map()): void {
  console.log("args", str(args, "(?...)"), "kwargs", str(kwargs));
}

show(...bindCall<[number[], Map<string, unknown>]>("show", ["*args","**kwargs"], [...[1, 2], 3, ...[]], new Map<string, unknown>([["sep", "-"]]), new Map([["end", "!"]])));
show();
const point: [number, number] = [3, 4];
console.log(`${strFormat("{} {}", [...point])} ${max([...point])} ${str([...zip(...[[1, "a"], [2, "b"]])], "[(?...)]")}`);
for (const line of ["host=example.org", "mode=a=b", "broken"]) {
  try {
    const [key, value] = unpack(line.split("="), 2);
    console.log(`${key} ${value}`);
  } catch (e) {
    if (e instanceof ValueError) {
      console.log("ValueError:", str(e));
    } else {
      throw e;
    }
  }
}
const value2: number[] = [0];
x = value2;
y = value2;
callMethod(x, "append", [1]);
console.log(`${str(x)} ${str(y)} ${str(x === y)}`);
