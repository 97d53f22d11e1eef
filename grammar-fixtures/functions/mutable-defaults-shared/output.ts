import { dictGet, dynAdd, getItem, print, str } from "py2ts-async/runtime";

// Default values are evaluated once at definition time: mutable defaults are shared across calls.
let factor = 2;

const scale_by_default: number = factor;
function scale(x: number, by: number = scale_by_default): number {
  return x * by;
}

const remember_seen_default: string[] = [];
function remember(item: string, seen: string[] = remember_seen_default): string[] {
  seen.push(item);
  return seen;
}

const tally_counts_default: Map<string, unknown> = new Map();
function tally(key: string, counts: Map<string, unknown> = tally_counts_default): Map<string, unknown> {
  counts.set(key, dynAdd(dictGet(counts, key, 0), 1));
  return counts;
}

function safe_append(item: number, bucket: null | number[] = null): number[] {
  if (bucket === null) {
    bucket = [];
  }
  bucket.push(item);
  return bucket;
}

class Registry {
  static readonly register_names_default: string[] = [];
  register(name: string, names: string[] = Registry.register_names_default): number {
    names.push(name);
    return names.length;
  }
}

factor = 10;
console.log(scale(3), scale(3, factor));
const first = remember("a");
const second = remember("b");
console.log(`${str(first)} ${str(second)} ${str(first === second)}`);
print([remember("c", []), remember("d")]);
print([tally("x"), tally("y"), tally("x")]);
print([safe_append(1), safe_append(2), safe_append(3, [0])]);
const [r1, r2] = [new Registry(), new Registry()];
console.log(r1.register("one"), r2.register("two"), r1.register("three"));
print([remember("e").slice(-2), getItem(tally("z"), "x")]);
