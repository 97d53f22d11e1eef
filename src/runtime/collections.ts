/**
 * `collections.Counter`, `collections.defaultdict` and `collections.deque`.
 *
 * Counter and DefaultDict are Maps (Python's are dict subclasses), so every dict helper and
 * `repr` of a dict works on them; their `__missing__` makes `getItem` behave as in Python.
 */
import { IndexError, KeyError, RuntimeError, TypeError, ValueError } from "./exceptions";
import { findDunder, iterOf } from "./truth";
import { eq, mapsEqual } from "./compare";
import { repr } from "./repr";
import { dictKey } from "./hash-keys";

function collDictBody(entries: Iterable<readonly [unknown, unknown]>): string {
  let out = "";
  for (const [k, v] of entries) out += (out === "" ? "" : ", ") + repr(k) + ": " + repr(v);
  return `{${out}}`;
}

const collRawGet = Map.prototype.get;

/** A dict subclass's Map: tuple keys (`Counter(zip(a, b))`) are one key per Python-equal tuple. */
class CollHashedMap<K, V> extends Map<K, V> {
  override get(key: K): V | undefined {
    return super.get(dictKey(key));
  }

  override set(key: K, value: V): this {
    return super.set(dictKey(key), value);
  }

  override has(key: K): boolean {
    return super.has(dictKey(key));
  }

  override delete(key: K): boolean {
    return super.delete(dictKey(key));
  }
}

/**
 * Python's `Counter`. `get(key)` is Python's `c[key]` (0 when missing), so `c[k] += 1` is
 * `c.set(k, c.get(k) + 1)`; Python's `c.get(k)` is `dictGet(c, k)`.
 */
export class Counter<K> extends CollHashedMap<K, number> {
  static readonly __name__ = "Counter";

  constructor(source: ReadonlyMap<K, number>);
  constructor(source?: Iterable<K> | null);
  constructor(source?: Iterable<K> | ReadonlyMap<K, number> | null) {
    super();
    this.addCounts(source, 1);
  }

  override get(key: K): number {
    const v = super.get(key);
    return v === undefined ? 0 : v;
  }

  __missing__(_key: K): number {
    return 0;
  }

  /** Adds counts: from a mapping of counts, or one per item of an iterable. */
  update(source: ReadonlyMap<K, number>): void;
  update(source?: Iterable<K> | null): void;
  update(source?: Iterable<K> | ReadonlyMap<K, number> | null): void {
    this.addCounts(source, 1);
  }

  /** Subtracts counts (results may be zero or negative). */
  subtract(source: ReadonlyMap<K, number>): void;
  subtract(source?: Iterable<K> | null): void;
  subtract(source?: Iterable<K> | ReadonlyMap<K, number> | null): void {
    this.addCounts(source, -1);
  }

  private addCounts(source: Iterable<K> | ReadonlyMap<K, number> | null | undefined, sign: 1 | -1): void {
    if (source == null) return;
    if (source instanceof Map) {
      for (const [k, n] of source as ReadonlyMap<K, number>) this.set(k, this.get(k) + sign * n);
      return;
    }
    const it = iterOf(source);
    for (let r = it.next(); !r.done; r = it.next()) {
      const k = r.value as K;
      this.set(k, this.get(k) + sign);
    }
  }

  /** Python's `most_common(n=None)`: by count, descending; equal counts keep insertion order. */
  mostCommon(n?: number | null): [K, number][] {
    const items = Array.from(this.entries());
    items.sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0));
    if (n == null) return items;
    return n <= 0 ? [] : items.slice(0, n);
  }

  /** Python's `total()` (3.10+): the sum of the counts. */
  total(): number {
    let t = 0;
    for (const v of this.values()) t += v;
    return t;
  }

  /** Python's `elements()`: each key repeated by its count (counts below 1 skipped), in insertion order. */
  *elements(): Generator<K, void, undefined> {
    for (const [k, n] of this) for (let i = 0; i < n; i++) yield k;
  }

  /** Python 3.10+: missing elements count as zero (`Counter(a=1) == Counter(a=1, b=0)`). */
  __eq__(other: unknown): boolean {
    if (other instanceof Counter) {
      for (const [k, v] of this) if (!eq(v, other.get(k))) return false;
      for (const [k, v] of other as Counter<unknown>) if (!eq(v, this.get(k as K))) return false;
      return true;
    }
    return other instanceof Map && !findDunder(other, "__eq__") ? mapsEqual(this, other) : false;
  }

  /** `c + d`: counts added, keeping only positive results. */
  __add__(other: Counter<K>): Counter<K> {
    const out = new Counter<K>();
    for (const [k, v] of this) {
      const n = v + other.get(k);
      if (n > 0) out.set(k, n);
    }
    for (const [k, v] of other) if (!this.has(k) && v > 0) out.set(k, v);
    return out;
  }

  /** `c - d`: counts subtracted, keeping only positive results. */
  __sub__(other: Counter<K>): Counter<K> {
    const out = new Counter<K>();
    for (const [k, v] of this) {
      const n = v - other.get(k);
      if (n > 0) out.set(k, n);
    }
    for (const [k, v] of other) if (!this.has(k) && v < 0) out.set(k, -v);
    return out;
  }

  /** `c | d`: maximum of counts, keeping only positive results. */
  __or__(other: Counter<K>): Counter<K> {
    const out = new Counter<K>();
    for (const [k, v] of this) {
      const o = other.get(k);
      const n = o > v ? o : v;
      if (n > 0) out.set(k, n);
    }
    for (const [k, v] of other) if (!this.has(k) && v > 0) out.set(k, v);
    return out;
  }

  /** `c & d`: minimum of counts, keeping only positive results. */
  __and__(other: Counter<K>): Counter<K> {
    const out = new Counter<K>();
    for (const [k, v] of this) {
      const o = other.get(k);
      const n = v < o ? v : o;
      if (n > 0) out.set(k, n);
    }
    return out;
  }

  /** `Counter({'a': 5, 'b': 2})`, in most-common order as CPython prints it. */
  __repr__(): string {
    if (this.size === 0) return "Counter()";
    let items: [K, number][];
    try {
      items = this.mostCommon();
    } catch {
      items = Array.from(this.entries());
    }
    return `Counter(${collDictBody(items)})`;
  }

  __str__(): string {
    return this.__repr__();
  }
}

/** Python's `defaultdict(factory)`: `getItem(key)` (Python's `d[key]`) stores and returns `factory()` for a missing key. */
export class DefaultDict<K, V> extends CollHashedMap<K, V> {
  static readonly __name__ = "defaultdict";
  /** How the factory prints, e.g. `<class 'list'>`; the translator passes it when it knows. */
  factoryRepr: string | null;

  constructor(
    readonly defaultFactory: (() => V) | null,
    source?: ReadonlyMap<K, V> | Iterable<readonly [K, V]> | null,
    factoryRepr?: string,
  ) {
    super();
    this.factoryRepr = factoryRepr ?? null;
    if (source != null) for (const [k, v] of source) this.set(k, v);
  }

  /** Python's `d[key]`. */
  getItem(key: K): V {
    key = dictKey(key);
    const v = super.get(key);
    if (v !== undefined || this.has(key)) return v as V;
    return this.__missing__(key);
  }

  __missing__(key: K): V {
    if (this.defaultFactory === null) throw new KeyError(key);
    const v = this.defaultFactory();
    this.set(key, v);
    return v;
  }

  __repr__(): string {
    const factory = this.factoryRepr ?? (this.defaultFactory === null ? "None" : repr(this.defaultFactory));
    return `defaultdict(${factory}, ${collDictBody(this)})`;
  }

  __str__(): string {
    return this.__repr__();
  }
}

/** Python's `deque(iterable=(), maxlen=None)`: a ring buffer with O(1) appends and pops at both ends. */
export class Deque<T> implements Iterable<T> {
  static readonly __name__ = "deque";
  readonly maxlen: number | null;
  private buf: (T | undefined)[] = new Array<T | undefined>(8);
  private head = 0;
  private n = 0;
  /** Bumped by every mutation, so that iteration can detect them like CPython. */
  private state = 0;

  constructor(iterable?: Iterable<T> | null, maxlen: number | null = null) {
    if (maxlen !== null) {
      if (!Number.isInteger(maxlen)) throw new TypeError("an integer is required");
      if (maxlen < 0) throw new ValueError("maxlen must be non-negative");
    }
    this.maxlen = maxlen;
    if (iterable != null) this.extend(iterable);
  }

  /** Python's `len(d)`. */
  get length(): number {
    return this.n;
  }

  __len__(): number {
    return this.n;
  }

  private grow(): void {
    const old = this.buf;
    const next = new Array<T | undefined>(old.length * 2);
    for (let i = 0; i < this.n; i++) next[i] = old[(this.head + i) & (old.length - 1)];
    this.buf = next;
    this.head = 0;
  }

  private slot(i: number): number {
    return (this.head + i) & (this.buf.length - 1);
  }

  append(x: T): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.n === this.maxlen) {
      this.buf[this.head] = undefined;
      this.head = this.slot(1);
      this.n--;
    }
    if (this.n === this.buf.length) this.grow();
    this.buf[this.slot(this.n)] = x;
    this.n++;
  }

  appendleft(x: T): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.n === this.maxlen) {
      this.buf[this.slot(this.n - 1)] = undefined;
      this.n--;
    }
    if (this.n === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = x;
    this.n++;
  }

  pop(): T {
    if (this.n === 0) throw new IndexError("pop from an empty deque");
    this.state++;
    const i = this.slot(this.n - 1);
    const x = this.buf[i] as T;
    this.buf[i] = undefined;
    this.n--;
    return x;
  }

  popleft(): T {
    if (this.n === 0) throw new IndexError("pop from an empty deque");
    this.state++;
    const x = this.buf[this.head] as T;
    this.buf[this.head] = undefined;
    this.head = this.slot(1);
    this.n--;
    return x;
  }

  /** `extend(iterable)`; extending by itself reads a snapshot first, as CPython does. */
  extend(iterable: Iterable<T>): void {
    const items = (iterable as unknown) === this ? Array.from(this) : iterable;
    const it = iterOf(items);
    for (let r = it.next(); !r.done; r = it.next()) this.append(r.value as T);
  }

  /** `extendleft(iterable)`: each item is prepended, so they end up reversed. */
  extendleft(iterable: Iterable<T>): void {
    const items = (iterable as unknown) === this ? Array.from(this) : iterable;
    const it = iterOf(items);
    for (let r = it.next(); !r.done; r = it.next()) this.appendleft(r.value as T);
  }

  /** `rotate(n=1)`: to the right for positive n. */
  rotate(n = 1): void {
    const len = this.n;
    if (len <= 1) return;
    let k = n % len;
    if (k < 0) k += len;
    if (k === 0) return;
    const items = Array.from(this);
    const rotated = items.slice(len - k).concat(items.slice(0, len - k));
    this.clearSlots();
    for (const x of rotated) this.pushRaw(x);
    this.state++;
  }

  clear(): void {
    this.clearSlots();
    this.state++;
  }

  private clearSlots(): void {
    this.buf = new Array<T | undefined>(8);
    this.head = 0;
    this.n = 0;
  }

  private pushRaw(x: T): void {
    if (this.n === this.buf.length) this.grow();
    this.buf[this.slot(this.n)] = x;
    this.n++;
  }

  private index0(index: number): number {
    if (!Number.isInteger(index)) throw new TypeError("sequence index must be integer, not 'float'");
    const i = index < 0 ? index + this.n : index;
    if (i < 0 || i >= this.n) throw new IndexError("deque index out of range");
    return i;
  }

  /** `d[index]`, negative indexes allowed. */
  at(index: number): T {
    return this.buf[this.slot(this.index0(index))] as T;
  }

  __getitem__(index: number): T {
    return this.at(index);
  }

  __setitem__(index: number, value: T): void {
    this.buf[this.slot(this.index0(index))] = value;
  }

  __delitem__(index: number): void {
    const i = this.index0(index);
    const items = Array.from(this);
    items.splice(i, 1);
    this.clearSlots();
    for (const x of items) this.pushRaw(x);
    this.state++;
  }

  /** `insert(i, x)` with list.insert's clamping; IndexError when a bounded deque is full. */
  insert(index: number, x: T): void {
    if (this.maxlen !== null && this.n >= this.maxlen) throw new IndexError("deque already at its maximum size");
    const items = Array.from(this);
    let i = index < 0 ? Math.max(0, index + items.length) : Math.min(index, items.length);
    if (!Number.isInteger(i)) i = Math.trunc(i);
    items.splice(i, 0, x);
    this.clearSlots();
    for (const y of items) this.pushRaw(y);
    this.state++;
  }

  /** `remove(x)`: the first item equal to x; ValueError `x is not in deque`. */
  remove(x: T): void {
    for (let i = 0; i < this.n; i++) {
      if (eq(this.buf[this.slot(i)], x)) {
        this.__delitem__(i);
        return;
      }
    }
    throw new ValueError(`${repr(x)} is not in deque`);
  }

  /** `index(x[, start[, stop]])`; ValueError `x is not in deque`. */
  index(x: T, start = 0, stop: number = this.n): number {
    let a = start < 0 ? Math.max(0, start + this.n) : start;
    const b = stop < 0 ? Math.max(0, stop + this.n) : Math.min(stop, this.n);
    for (; a < b; a++) if (eq(this.buf[this.slot(a)], x)) return a;
    throw new ValueError(`${repr(x)} is not in deque`);
  }

  /** `count(x)`: how many items equal x. */
  count(x: T): number {
    let c = 0;
    for (let i = 0; i < this.n; i++) if (eq(this.buf[this.slot(i)], x)) c++;
    return c;
  }

  reverse(): void {
    const items = Array.from(this).reverse();
    this.clearSlots();
    for (const x of items) this.pushRaw(x);
    this.state++;
  }

  copy(): Deque<T> {
    return new Deque<T>(this, this.maxlen);
  }

  __contains__(x: unknown): boolean {
    for (let i = 0; i < this.n; i++) if (eq(this.buf[this.slot(i)], x)) return true;
    return false;
  }

  __eq__(other: unknown): boolean {
    if (!(other instanceof Deque)) return false;
    if (other.length !== this.n) return false;
    for (let i = 0; i < this.n; i++) if (!eq(this.at(i), other.at(i))) return false;
    return true;
  }

  // CPython checks for mutation before anything else on each step, including the final one.
  *[Symbol.iterator](): Generator<T, void, undefined> {
    const state = this.state;
    const n = this.n;
    for (let i = 0; ; i++) {
      if (this.state !== state) throw new RuntimeError("deque mutated during iteration");
      if (i >= n) return;
      yield this.buf[this.slot(i)] as T;
    }
  }

  *__reversed__(): Generator<T, void, undefined> {
    const state = this.state;
    for (let i = this.n - 1; ; i--) {
      if (this.state !== state) throw new RuntimeError("deque mutated during iteration");
      if (i < 0) return;
      yield this.buf[this.slot(i)] as T;
    }
  }

  __repr__(): string {
    const body = Array.from(this, (x) => repr(x)).join(", ");
    return this.maxlen === null ? `deque([${body}])` : `deque([${body}], maxlen=${this.maxlen})`;
  }

  __str__(): string {
    return this.__repr__();
  }
}
