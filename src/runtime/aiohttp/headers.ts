/**
 * The `multidict` package as aiohttp uses it: `MultiDict` (URL queries) and `CIMultiDict` (headers,
 * case-insensitive keys that keep their original spelling), and their read-only proxies
 * (`resp.headers` is a `CIMultiDictProxy`, `url.query` a `MultiDictProxy`).
 *
 * Python's `d[k]` is `getItem(k)` (KeyError when missing), `d.get(k, default)` is `get`, `d.getall` is
 * `getAll`, `k in d` is `has(k)` / `__contains__`, `len(d)` is `size` / `__len__`; iterating yields the
 * keys (repeated keys repeated, as in Python); `keys()`, `values()` and `items()` return arrays.
 */
import { KeyError, TypeError } from "../exceptions";
import { repr } from "../repr";

/** What aiohttp accepts as headers / query pairs: a dict (Map or plain object), pairs, or a multidict. */
export type LooseMultiDict<V> = ReadonlyMap<string, V> | Readonly<Record<string, V>> | readonly (readonly [string, V])[] | MultiDict<V> | null | undefined;

const AIOHTTP_NO_DEFAULT: unique symbol = Symbol("no default");

function aiohttpPairsOf<V>(source: LooseMultiDict<V>): [string, V][] {
  if (source === null || source === undefined) return [];
  if (source instanceof MultiDict) return source.items();
  if (source instanceof Map) return [...(source as ReadonlyMap<string, V>)];
  if (Array.isArray(source)) return (source as readonly (readonly [string, V])[]).map((p) => [p[0], p[1]]);
  return Object.entries(source as Readonly<Record<string, V>>);
}

export class MultiDict<V = string> implements Iterable<string> {
  /** [key as given, value] in insertion order. */
  protected entriesList: [string, V][] = [];
  protected readonly: boolean;

  constructor(source?: LooseMultiDict<V>, options?: { readonly?: boolean }) {
    this.readonly = false;
    for (const [k, v] of aiohttpPairsOf(source)) this.add(k, v);
    this.readonly = options?.readonly ?? false;
  }

  /** How keys compare (identity here, case-insensitively in CIMultiDict). */
  protected norm(key: string): string {
    return key;
  }

  protected pyName(): string {
    return this.readonly ? "MultiDictProxy" : "MultiDict";
  }

  protected checkWritable(): void {
    if (this.readonly) throw new TypeError(`'multidict._multidict.${this.pyName()}' object does not support item assignment`);
  }

  get size(): number {
    return this.entriesList.length;
  }

  __len__(): number {
    return this.entriesList.length;
  }

  has(key: string): boolean {
    const n = this.norm(key);
    return this.entriesList.some(([k]) => this.norm(k) === n);
  }

  __contains__(key: unknown): boolean {
    return typeof key === "string" && this.has(key);
  }

  /** `d[key]`: the first value (KeyError when missing). */
  getItem(key: string): V {
    const n = this.norm(key);
    for (const [k, v] of this.entriesList) if (this.norm(k) === n) return v;
    throw new KeyError(key);
  }

  __getitem__(key: string): V {
    return this.getItem(key);
  }

  /** `d.get(key, default=None)`. */
  get<D = null>(key: string, defaultValue?: D): V | D {
    const n = this.norm(key);
    for (const [k, v] of this.entriesList) if (this.norm(k) === n) return v;
    return (defaultValue === undefined ? null : defaultValue) as D;
  }

  /** `d.getone(key[, default])`. */
  getOne<D = never>(key: string, defaultValue: D | typeof AIOHTTP_NO_DEFAULT = AIOHTTP_NO_DEFAULT): V | D {
    const n = this.norm(key);
    for (const [k, v] of this.entriesList) if (this.norm(k) === n) return v;
    if (defaultValue === AIOHTTP_NO_DEFAULT) throw new KeyError(key);
    return defaultValue;
  }

  /** `d.getall(key[, default])`: every value for the key (KeyError when missing and no default). */
  getAll<D = never>(key: string, defaultValue: D | typeof AIOHTTP_NO_DEFAULT = AIOHTTP_NO_DEFAULT): V[] | D {
    const n = this.norm(key);
    const out = this.entriesList.filter(([k]) => this.norm(k) === n).map(([, v]) => v);
    if (out.length > 0) return out;
    if (defaultValue === AIOHTTP_NO_DEFAULT) throw new KeyError(key);
    return defaultValue;
  }

  /** `d.add(key, value)`: appends, keeping the other values. */
  add(key: string, value: V): void {
    this.checkWritable();
    this.entriesList.push([key, value]);
  }

  /** `d[key] = value`: replaces the first occurrence in place and drops the others. */
  set(key: string, value: V): this {
    this.checkWritable();
    const n = this.norm(key);
    const index = this.entriesList.findIndex(([k]) => this.norm(k) === n);
    if (index < 0) {
      this.entriesList.push([key, value]);
      return this;
    }
    this.entriesList[index] = [key, value];
    this.entriesList = this.entriesList.filter(([k], i) => i <= index || this.norm(k) !== n);
    return this;
  }

  __setitem__(key: string, value: V): void {
    this.set(key, value);
  }

  /** `del d[key]`: removes every value (KeyError when missing). */
  delItem(key: string): void {
    this.checkWritable();
    const n = this.norm(key);
    const kept = this.entriesList.filter(([k]) => this.norm(k) !== n);
    if (kept.length === this.entriesList.length) throw new KeyError(key);
    this.entriesList = kept;
  }

  __delitem__(key: string): void {
    this.delItem(key);
  }

  /** Removes every value of `key`; whether there was one. */
  delete(key: string): boolean {
    this.checkWritable();
    const before = this.entriesList.length;
    const n = this.norm(key);
    this.entriesList = this.entriesList.filter(([k]) => this.norm(k) !== n);
    return this.entriesList.length !== before;
  }

  /** `d.pop(key[, default])` / `d.popone`: removes and returns the first value. */
  pop<D = never>(key: string, defaultValue: D | typeof AIOHTTP_NO_DEFAULT = AIOHTTP_NO_DEFAULT): V | D {
    this.checkWritable();
    const n = this.norm(key);
    const index = this.entriesList.findIndex(([k]) => this.norm(k) === n);
    if (index < 0) {
      if (defaultValue === AIOHTTP_NO_DEFAULT) throw new KeyError(key);
      return defaultValue;
    }
    const [[, value]] = this.entriesList.splice(index, 1);
    return value;
  }

  popOne<D = never>(key: string, defaultValue: D | typeof AIOHTTP_NO_DEFAULT = AIOHTTP_NO_DEFAULT): V | D {
    return this.pop(key, defaultValue);
  }

  /** `d.popall(key[, default])`. */
  popAll<D = never>(key: string, defaultValue: D | typeof AIOHTTP_NO_DEFAULT = AIOHTTP_NO_DEFAULT): V[] | D {
    this.checkWritable();
    const values = this.getAll(key, defaultValue);
    this.delete(key);
    return values;
  }

  /** `d.setdefault(key, default)`. */
  setDefault(key: string, defaultValue: V): V {
    const n = this.norm(key);
    for (const [k, v] of this.entriesList) if (this.norm(k) === n) return v;
    this.add(key, defaultValue);
    return defaultValue;
  }

  /** `d.extend(other)`: adds every pair. */
  extend(other: LooseMultiDict<V>): void {
    this.checkWritable();
    for (const [k, v] of aiohttpPairsOf(other)) this.entriesList.push([k, v]);
  }

  /** `d.update(other)`: replaces existing keys (the n-th value of a key replaces its n-th occurrence). */
  update(other: LooseMultiDict<V>): void {
    this.checkWritable();
    const used = new Map<string, number>();
    for (const [k, v] of aiohttpPairsOf(other)) {
      const n = this.norm(k);
      const start = used.get(n) ?? 0;
      let index = -1;
      for (let i = start; i < this.entriesList.length; i++) {
        if (this.norm(this.entriesList[i][0]) === n) {
          index = i;
          break;
        }
      }
      if (index < 0) {
        this.entriesList.push([k, v]);
        used.set(n, this.entriesList.length);
      } else {
        this.entriesList[index] = [k, v];
        used.set(n, index + 1);
      }
    }
    // Later occurrences of updated keys that were not reached are dropped, as multidict does.
    const kept: [string, V][] = [];
    for (let i = 0; i < this.entriesList.length; i++) {
      const n = this.norm(this.entriesList[i][0]);
      const limit = used.get(n);
      if (limit === undefined || i < limit) kept.push(this.entriesList[i]);
    }
    this.entriesList = kept;
  }

  clear(): void {
    this.checkWritable();
    this.entriesList = [];
  }

  /** `d.copy()`: a mutable copy. */
  copy(): this {
    const Ctor = this.constructor as new (source?: LooseMultiDict<V>) => this;
    return new Ctor(this.entriesList);
  }

  keys(): string[] {
    return this.entriesList.map(([k]) => k);
  }

  values(): V[] {
    return this.entriesList.map(([, v]) => v);
  }

  items(): [string, V][] {
    return this.entriesList.map(([k, v]) => [k, v]);
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.keys()[Symbol.iterator]();
  }

  __iter__(): IterableIterator<string> {
    return this[Symbol.iterator]();
  }

  __eq__(other: unknown): boolean {
    let pairs: [string, unknown][];
    if (other instanceof MultiDict) pairs = other.items();
    else if (other instanceof Map) pairs = [...(other as Map<string, unknown>)];
    else return false;
    if (pairs.length !== this.entriesList.length) return false;
    if (other instanceof MultiDict) return pairs.every(([k, v], i) => this.norm(this.entriesList[i][0]) === this.norm(k) && this.entriesList[i][1] === v);
    return pairs.every(([k, v]) => this.has(k) && this.getItem(k) === v);
  }

  __repr__(): string {
    return `<${this.pyName()}(${this.entriesList.map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(", ")})>`;
  }

  __str__(): string {
    return this.__repr__();
  }

  toString(): string {
    return this.__repr__();
  }
}

/** Case-insensitive keys (header names). */
export class CIMultiDict<V = string> extends MultiDict<V> {
  protected override norm(key: string): string {
    return key.toLowerCase();
  }

  protected override pyName(): string {
    return this.readonly ? "CIMultiDictProxy" : "CIMultiDict";
  }
}
