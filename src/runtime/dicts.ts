/**
 * Python dict operations on `Map`, and generic subscripting. A Map compares keys with
 * SameValueZero: strings, numbers (1 and 1.0 are one key, as in Python) and null work as Python
 * keys; tuples (arrays) and hashable objects go through `dictKey` (one canonical instance per
 * Python-equal key); `True` is not the key `1`.
 *
 * `__missing__` is honoured as in Python's dict subclasses (DefaultDict, Counter).
 */
import { KeyError, TypeError, ValueError } from "./exceptions";
import { findDunder, iterOf, pythonTypeName } from "./truth";
import { at, delAt, setAt } from "./sequences";
import { dictKey } from "./hash-keys";

const dictRawGet = Map.prototype.get;

/** Python's `container[key]`: a dict (KeyError, `__missing__`), a sequence (via `at`), or `__getitem__`. */
export function getItem<K, V>(container: ReadonlyMap<K, V>, key: K): V;
export function getItem<T>(container: readonly T[], key: number): T;
export function getItem(container: string, key: number): string;
export function getItem(container: Uint8Array, key: number): number;
export function getItem(container: unknown, key: unknown): unknown;
export function getItem(container: unknown, key: unknown): unknown {
  if (container instanceof Map) {
    key = dictKey(key);
    const v: unknown = container.get(key);
    if (v !== undefined || container.has(key)) return v;
    const missing = findDunder(container, "__missing__");
    if (missing) return missing.call(container, key);
    throw new KeyError(key);
  }
  if (typeof key === "number" || typeof key === "boolean") {
    if (Array.isArray(container) || typeof container === "string" || container instanceof Uint8Array) return at(container, Number(key));
  }
  const f = findDunder(container, "__getitem__");
  if (f) return f.call(container, key);
  if (Array.isArray(container) || typeof container === "string" || container instanceof Uint8Array) return at(container, key as number);
  throw new TypeError(`'${pythonTypeName(container)}' object is not subscriptable`);
}

/** Python's `container[key] = value` for a dict, a list/bytearray, or `__setitem__`. */
export function setItem(container: unknown, key: unknown, value: unknown): void {
  if (container instanceof Map) {
    container.set(dictKey(key), value);
    return;
  }
  if (Array.isArray(container) || container instanceof Uint8Array) {
    setAt(container, key as number, value);
    return;
  }
  const f = findDunder(container, "__setitem__");
  if (f) {
    f.call(container, key, value);
    return;
  }
  throw new TypeError(`'${pythonTypeName(container)}' object does not support item assignment`);
}

/** Python's `del container[key]`. */
export function delItem(container: unknown, key: unknown): void {
  if (container instanceof Map) {
    key = dictKey(key);
    if (!container.delete(key)) throw new KeyError(key);
    return;
  }
  if (Array.isArray(container)) {
    delAt(container, key as number);
    return;
  }
  const f = findDunder(container, "__delitem__");
  if (f) {
    f.call(container, key);
    return;
  }
  throw new TypeError(`'${pythonTypeName(container)}' object does not support item deletion`);
}

/** Python's `d.get(key, default=None)` (ignores `__missing__` and Counter's zero default, as Python does). */
export function dictGet<K, V>(map: ReadonlyMap<K, V>, key: K): V | null;
export function dictGet<K, V, D>(map: ReadonlyMap<K, V>, key: K, dflt: D): V | D;
export function dictGet<K, V>(map: ReadonlyMap<K, V>, key: K, dflt: unknown = null): unknown {
  key = dictKey(key);
  return map.has(key) ? dictRawGet.call(map, key) : dflt;
}

/** Python's `d.pop(key[, default])`; KeyError without a default. */
export function dictPop<K, V>(map: Map<K, V>, key: K): V;
export function dictPop<K, V, D>(map: Map<K, V>, key: K, dflt: D): V | D;
export function dictPop<K, V>(map: Map<K, V>, key: K, ...dflt: unknown[]): unknown {
  key = dictKey(key);
  if (map.has(key)) {
    const v: unknown = dictRawGet.call(map, key);
    map.delete(key);
    return v;
  }
  if (dflt.length > 0) return dflt[0];
  throw new KeyError(key);
}

/** Python's `d.setdefault(key, default=None)`. */
export function setdefault<K, V>(map: Map<K, V>, key: K, dflt: V): V;
export function setdefault<K, V>(map: Map<K, V | null>, key: K): V | null;
export function setdefault<K, V>(map: Map<K, V>, key: K, dflt: unknown = null): unknown {
  key = dictKey(key);
  if (map.has(key)) return dictRawGet.call(map, key);
  map.set(key, dflt as V);
  return dflt;
}

/** Python's `d.update(other)`: another mapping, or an iterable of key/value pairs. */
export function dictUpdate<K, V>(map: Map<K, V>, other: ReadonlyMap<K, V> | Iterable<readonly [K, V]>): void {
  if (other instanceof Map) {
    for (const [k, v] of other as ReadonlyMap<K, V>) map.set(dictKey(k), v);
    return;
  }
  const it = iterOf(other);
  let i = 0;
  for (let r = it.next(); !r.done; r = it.next(), i++) {
    const item = r.value;
    let pair: unknown[];
    if (Array.isArray(item)) pair = item;
    else {
      try {
        pair = Array.from(iterOf(item));
      } catch (e) {
        if (e instanceof TypeError) throw new TypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        throw e;
      }
    }
    if (pair.length !== 2) throw new ValueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    map.set(dictKey(pair[0] as K), pair[1] as V);
  }
}

/** Python's `a | b` for dicts: a new dict, `b` winning on shared keys (a's key order first). */
export function dictMerge<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): Map<K, V> {
  const out = new Map<K, V>(a);
  for (const [k, v] of b) out.set(k, v);
  return out;
}

/** Python's `d.popitem()`: removes and returns the last inserted pair. O(n): Maps have no last-entry access. */
export function popitem<K, V>(map: Map<K, V>): [K, V] {
  if (map.size === 0) throw new KeyError("popitem(): dictionary is empty");
  let last: [K, V] | undefined;
  for (const entry of map) last = entry;
  const [k, v] = last as [K, V];
  map.delete(k);
  return [k, v];
}

/** Python's `dict(pairs)` for keys that need hashing (tuples, objects with `__hash__`): one key per equal tuple. */
export function keyedMap<K, V>(entries?: Iterable<readonly [K, V]> | ReadonlyMap<K, V> | null): Map<K, V> {
  const out = new Map<K, V>();
  if (entries != null) dictUpdate(out, entries);
  return out;
}

/** Python's `dict.fromkeys(iterable, value=None)`. */
export function fromkeys<K>(iterable: Iterable<K>): Map<K, null>;
export function fromkeys<K, V>(iterable: Iterable<K>, value: V): Map<K, V>;
export function fromkeys<K>(iterable: Iterable<K>, value: unknown = null): Map<K, unknown> {
  const out = new Map<K, unknown>();
  const it = iterOf(iterable);
  for (let r = it.next(); !r.done; r = it.next()) out.set(dictKey(r.value as K), value);
  return out;
}

/** The entries of a mapping for `**mapping` (a TypeError, as in Python, for anything else). */
export function dictEntries(mapping: unknown): [string, unknown][] {
  if (!(mapping instanceof Map)) throw new TypeError(`argument after ** must be a mapping, not ${pythonTypeName(mapping)}`);
  return [...mapping.entries()].map(([k, v]) => [String(k), v]);
}

/** `movie.get("year", d)`: a TypedDict value is a plain object; a key it does not have gives the default. */
export function typedDictGet<O extends object, K extends keyof O>(obj: O, key: K): Exclude<O[K], undefined> | null;
export function typedDictGet<O extends object, K extends keyof O, D>(obj: O, key: K, dflt: D): Exclude<O[K], undefined> | D;
export function typedDictGet(obj: object, key: string, dflt?: unknown): unknown;
export function typedDictGet(obj: object, key: PropertyKey, dflt: unknown = null): unknown {
  return Object.hasOwn(obj, key) ? (obj as Record<PropertyKey, unknown>)[key] : dflt;
}
