import { format, index, join, listCount, max, min, print, range, repr, round, sorted, split, str, strFormat, sum, title } from "py2ts-async/runtime";

// User names that look like runtime helper names must not collide with the helpers the output uses.

function split_(text: string): string[] {
  return text.split(",");
}

function count(items: number[], target: number): number {
  return sum(items.filter((i) => i === target).map((i) => 1));
}

function format_(value: number): string {
  return `<${format(value, ".2f")}>`;
}

function title_(s: string): string {
  return title(s) + "!";
}

function range_of(values: number[]): number {
  return max(values) - min(values);
}

function join_(parts: (number | string)[]): string {
  return join(" + ", parts.map((p) => str(p)));
}

const index_: Map<string, number> = new Map([["a", 1]]);
const repr_cache: string[] = [repr(0.5, "f"), repr([1.0], "[f]")];
const floorDiv = Math.floor(7 / 2);
const sorted_list = sorted([3, 1, 2]);
const truthy = [].length > 0;
print([split_("a, b,c"), split(" x "), count([1, 2, 1], 1), listCount([1, 2, 1], 1)]);
console.log(`${format_(2)} ${`${format(3.14159, ".1f", "f")}`} ${strFormat("{:>4}", [7])} ${title_("hello world")} ${title("ab")}`);
print([range_of([3, 9, 4]), [...range(3)], join_([1, 2, "x"]), ["a", "b"].join("-")]);
print([index_, index("abc", "c"), repr_cache, floorDiv, Math.floor(-7 / 2), sorted_list, truthy, round(2.5)]);
console.log("four".length, str(1.0, "f"), str(null), str(max([0.5, 1.5]), "f"), str(min([2, 1.0]), "f"), str(Math.abs(-2.0), "f"), str(sum([1.5, 1.5]), "f"));

function sleep(seconds: number): string {
  return `pretend to sleep ${str(seconds, "f")}s`;
}

function run(task: () => (number | null)[]): (number | null)[] {
  return task();
}

console.log(`${sleep(1.5)} ${str(run(() => [1.0, null]), "[f]")}`);
