import { at, dynAdd, gt, len, print, setdefault, str, zip } from "py2ts-async/runtime";

// Functions over plain TypeVars become generic TypeScript functions; a constrained TypeVar (N) stays dynamic.

function largest<K, T>(items: T[], key: (arg0: T) => K): T | null {
  let best: T | null = null;
  let best_key: null | K = null;
  for (const item of items) {
    const k = key(item);
    if (best === null || gt(k, best_key)) {
      [best, best_key] = [item, k];
    }
  }
  return best;
}

function pairs<T>(items: T[]): [T, T][] {
  return [...zip(items, items.slice(1))].map(([a, b]) => [a, b]);
}

function total(xs: unknown[]): unknown {
  let result: unknown = at(xs, 0);
  for (const x of xs.slice(1)) {
    result = dynAdd(result, x);
  }
  return result;
}

function group<K, T>(items: T[], key: (arg0: T) => K): Map<K, T[]> {
  const out: Map<K, T[]> = new Map();
  for (const it of items) {
    setdefault(out, key(it), []).push(it);
  }
  return out;
}

print([largest(["aa", "b", "cccc"], len), largest([], len), str(pairs([1, 2, 3]), "[(?,?)]"), total([1, 2, 3]), total([1.5, 2.25])]);
console.log(str(group(["ant", "bee", "cat", "ape"], (w: string) => at(w, 0))));
