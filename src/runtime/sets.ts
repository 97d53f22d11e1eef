/** Set operations whose JavaScript spelling differs (or is missing before ES2025) and Python's `set.remove`/`pop` errors. */
import { KeyError } from "./exceptions";
import { dictKey } from "./hash-keys";

export function setUnion<T>(a: ReadonlySet<T>, ...others: Iterable<T>[]): Set<T> {
  const out = new Set(a);
  for (const o of others) for (const x of o) out.add(dictKey(x));
  return out;
}

export function setIntersection<T>(a: ReadonlySet<T>, ...others: Iterable<T>[]): Set<T> {
  let out = new Set(a);
  for (const o of others) {
    const other = o instanceof Set ? (o as Set<T>) : stKeyed(o);
    out = new Set([...out].filter((x) => other.has(x)));
  }
  return out;
}

export function setDifference<T>(a: ReadonlySet<T>, ...others: Iterable<T>[]): Set<T> {
  const out = new Set(a);
  for (const o of others) for (const x of o) out.delete(dictKey(x));
  return out;
}

export function setSymmetricDifference<T>(a: ReadonlySet<T>, b: Iterable<T>): Set<T> {
  const other = stKeyed(b);
  const out = new Set([...a].filter((x) => !other.has(x)));
  for (const x of other) if (!a.has(x)) out.add(x);
  return out;
}

export function setUpdate<T>(target: Set<T>, ...others: Iterable<T>[]): void {
  for (const o of others) for (const x of o) target.add(dictKey(x));
}

export function setDifferenceUpdate<T>(target: Set<T>, other: Iterable<T>): void {
  for (const x of other) target.delete(dictKey(x));
}

export function setIntersectionUpdate<T>(target: Set<T>, other: Iterable<T>): void {
  const keep = stKeyed(other);
  for (const x of [...target]) if (!keep.has(x)) target.delete(x);
}

export function setRemove<T>(target: Set<T>, item: T): void {
  item = dictKey(item);
  if (!target.delete(item)) throw new KeyError(item);
}

export function setPop<T>(target: Set<T>): T {
  for (const x of target) {
    target.delete(x);
    return x;
  }
  throw new KeyError("pop from an empty set");
}

export function isSubset<T>(a: ReadonlySet<T>, b: Iterable<T>): boolean {
  const other = stKeyed(b);
  return [...a].every((x) => other.has(x));
}

export function isSuperset<T>(a: ReadonlySet<T>, b: Iterable<T>): boolean {
  for (const x of b) if (!a.has(dictKey(x))) return false;
  return true;
}

export function isDisjoint<T>(a: ReadonlySet<T>, b: Iterable<T>): boolean {
  for (const x of b) if (a.has(dictKey(x))) return false;
  return true;
}

/**
 * Python's `set(iterable)` for members that need hashing (tuples, objects with `__hash__`): one
 * canonical instance each, so that equal tuples are one member.
 */
export function keyedSet<T>(items?: Iterable<T> | null): Set<T> {
  return stKeyed(items ?? []);
}

function stKeyed<T>(items: Iterable<T>): Set<T> {
  const out = new Set<T>();
  for (const x of items) out.add(dictKey(x));
  return out;
}
