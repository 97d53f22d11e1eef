import { len, mod, print, setdefault, str } from "py2ts-async/runtime";

function group<K, T>(items: T[], key: (arg0: T) => K): Map<K, T[]> {
  const out: Map<K, T[]> = new Map();
  for (const item of items) {
    setdefault(out, key(item), []).push(item);
  }
  return out;
}

function first_len(s: string): number {
  return s.length;
}

console.log(str(group(["a", "bb", "cc", "d"], len)));
console.log(str(group([1, 2, 3, 4], (n: number) => mod(n, 2) === 0)));
console.log(str(group(["x", "yy"], first_len)));

function apply_all<K, T>(items: T[], fn: (arg0: T) => K): K[] {
  return items.map((x) => fn(x));
}

print([apply_all([1, 2, 3], (n: number) => n * 10), apply_all(["a", "b"], (s: string) => s.toUpperCase())]);
