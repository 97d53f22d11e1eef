/**
 * Python's dict views (`d.keys()`, `d.values()`, `d.items()`) where a program keeps one as a value:
 * live (they see later changes to the dict), sized, with `in`, printed as `dict_keys([...])`. Where
 * a view is read at once (`for k in d.keys()`), the translator uses the Map's own iterator instead.
 */
import { contains, eq } from "./compare";
import { dictKey } from "./hash-keys";
import { markTuple, repr } from "./repr";

type DictViewKind = "keys" | "values" | "items";

export class DictView<T> implements Iterable<T> {
  constructor(
    private readonly map: ReadonlyMap<unknown, unknown>,
    private readonly kind: DictViewKind,
  ) {}

  [Symbol.iterator](): Iterator<T> {
    const m = this.map;
    if (this.kind === "keys") return m.keys() as Iterator<T>;
    if (this.kind === "values") return m.values() as Iterator<T>;
    // Pairs are tuples: they print as such wherever they go (`list(data.items())` of JSON data).
    return (function* () {
      for (const entry of m.entries()) yield markTuple(entry);
    })() as Iterator<T>;
  }

  __len__(): number {
    return this.map.size;
  }

  __contains__(x: unknown): boolean {
    if (this.kind === "keys") return this.map.has(dictKey(x));
    if (this.kind === "values") return contains([...this.map.values()], x);
    if (!Array.isArray(x) || x.length !== 2) return false;
    const key = dictKey(x[0]);
    return this.map.has(key) && eq(this.map.get(key), x[1]);
  }

  __repr__(): string {
    const items = [...this].map((x) => repr(x));
    return `dict_${this.kind}([${items.join(", ")}])`;
  }
}

export function dictKeys<K>(map: ReadonlyMap<K, unknown>): DictView<K> {
  return new DictView<K>(map, "keys");
}

export function dictValues<V>(map: ReadonlyMap<unknown, V>): DictView<V> {
  return new DictView<V>(map, "values");
}

export function dictItems<K, V>(map: ReadonlyMap<K, V>): DictView<[K, V]> {
  return new DictView<[K, V]>(map, "items");
}
