/**
 * Python's sequence builtins and list methods where JavaScript differs: negative indexes and
 * IndexError, slices with any step, `len` in code points, a lazy `range`, iterator builtins that do
 * not close the iterators they read (a JS `for…of` that stops early calls `return()`, which would
 * finish a Python generator that CPython leaves resumable), CPython's sort algorithm, and
 * Python's error messages.
 *
 * Strings are indexed by code point as in Python; strings with astral characters (surrogate
 * pairs) take a slower path.
 */
import { IndexError, StopIteration, TypeError, ValueError } from "./exceptions";
import { findDunder, iterOf, pythonTypeName, truthy } from "./truth";
import { eq, gt, lt } from "./compare";
import { repr } from "./repr";

// ---------------------------------------------------------------------------------------------
// Strings by code point

// A two-entry cache: loops like `for i in range(len(s)): s[i] == t[i]` alternate between two strings.
let astralCacheKey0 = "";
let astralCacheValue0 = false;
let astralCacheKey1 = "";
let astralCacheValue1 = false;

/** Whether `s` contains surrogates, i.e. whether its code point and UTF-16 indexes differ. */
export function hasAstralChars(s: string): boolean {
  const n = s.length;
  if (n < 64) {
    for (let i = 0; i < n; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return true;
    return false;
  }
  if (s === astralCacheKey0) return astralCacheValue0;
  if (s === astralCacheKey1) return astralCacheValue1;
  const v = /[\ud800-\udfff]/.test(s);
  astralCacheKey1 = astralCacheKey0;
  astralCacheValue1 = astralCacheValue0;
  astralCacheKey0 = s;
  astralCacheValue0 = v;
  return v;
}

let codePointCacheKey = "";
let codePointCacheValue: readonly string[] = [];

/** The code points of `s` as one-character strings (cached for the last string; do not mutate). */
export function codePointsOf(s: string): readonly string[] {
  if (s === codePointCacheKey) return codePointCacheValue;
  const v = Array.from(s);
  codePointCacheKey = s;
  codePointCacheValue = v;
  return v;
}

// ---------------------------------------------------------------------------------------------
// Indexing

/** Which Python sequence an array stands for, for error messages (`list index out of range`). */
export type SeqKind = "list" | "tuple";

/** An int index from Python's point of view: bool counts as int; anything else is a TypeError. */
function seqCheckIndex(index: unknown, what: string, quoteType = false): number {
  if (typeof index === "number" && Number.isInteger(index)) return index;
  if (typeof index === "boolean") return index ? 1 : 0;
  const t = pythonTypeName(index);
  if (quoteType) throw new TypeError(`${what} indices must be integers, not '${t}'`);
  throw new TypeError(`${what} indices must be integers or slices, not ${t}`);
}

function seqResolveIndex(index: number, length: number, message: string): number {
  const i = index < 0 ? index + length : index;
  if (i < 0 || i >= length) throw new IndexError(message);
  return i;
}

/** Python's `seq[index]` for a list/tuple, str, bytes, range or an object with `__getitem__`. */
export function at<T>(seq: readonly T[], index: number, kind?: SeqKind): T;
export function at(seq: string, index: number): string;
export function at(seq: Uint8Array, index: number): number;
export function at(seq: PyRange, index: number): number;
export function at(seq: unknown, index: number, kind?: SeqKind): unknown;
export function at(seq: unknown, index: number, kind?: SeqKind): unknown {
  if (Array.isArray(seq)) {
    // Fast path: a non-negative int in range (`>>> 0` is identity exactly for such ints).
    if (index >>> 0 === index && index < seq.length) return seq[index];
    const k = kind ?? "list";
    return seq[seqResolveIndex(seqCheckIndex(index, k), seq.length, `${k} index out of range`)];
  }
  if (typeof seq === "string") {
    if (index >>> 0 === index && index < seq.length && !hasAstralChars(seq)) return seq[index];
    const i = seqCheckIndex(index, "string", true);
    if (!hasAstralChars(seq)) return seq[seqResolveIndex(i, seq.length, "string index out of range")];
    const cps = codePointsOf(seq);
    return cps[seqResolveIndex(i, cps.length, "string index out of range")];
  }
  if (seq instanceof Uint8Array) {
    if (index >>> 0 === index && index < seq.length) return seq[index];
    return seq[seqResolveIndex(seqCheckIndex(index, "byte"), seq.length, "index out of range")];
  }
  if (seq instanceof PyRange) return seq.at(index);
  const f = findDunder(seq, "__getitem__");
  if (f) return f.call(seq, index);
  throw new TypeError(`'${pythonTypeName(seq)}' object is not subscriptable`);
}

/** Python's `list[index] = value` (also bytearray as a Uint8Array, and `__setitem__`). */
export function setAt<T>(list: T[], index: number, value: T): void;
export function setAt(list: Uint8Array, index: number, value: number): void;
export function setAt(list: unknown, index: number, value: unknown): void;
export function setAt(list: unknown, index: number, value: unknown): void {
  if (Array.isArray(list)) {
    if (index >>> 0 === index && index < list.length) {
      list[index] = value;
      return;
    }
    list[seqResolveIndex(seqCheckIndex(index, "list"), list.length, "list assignment index out of range")] = value;
    return;
  }
  if (list instanceof Uint8Array) {
    const i = seqResolveIndex(seqCheckIndex(index, "bytearray"), list.length, "bytearray index out of range");
    const v = typeof value === "boolean" ? (value ? 1 : 0) : value;
    if (typeof v !== "number" || !Number.isInteger(v)) throw new TypeError(`'${pythonTypeName(v)}' object cannot be interpreted as an integer`);
    if (v < 0 || v > 255) throw new ValueError("byte must be in range(0, 256)");
    list[i] = v;
    return;
  }
  const f = findDunder(list, "__setitem__");
  if (f) {
    f.call(list, index, value);
    return;
  }
  throw new TypeError(`'${pythonTypeName(list)}' object does not support item assignment`);
}

/** Python's `del list[index]`. */
export function delAt(list: unknown[], index: number): void {
  const i = seqResolveIndex(seqCheckIndex(index, "list"), list.length, "list assignment index out of range");
  list.splice(i, 1);
}

// ---------------------------------------------------------------------------------------------
// Slices

/** `[start, stop, step, length]` as CPython's PySlice_AdjustIndices computes them. */
export function sliceIndices(length: number, start?: number | null, stop?: number | null, step?: number | null): [number, number, number, number] {
  const st = step == null ? 1 : seqCheckSliceIndex(step);
  if (st === 0) throw new ValueError("slice step cannot be zero");
  let a: number;
  let b: number;
  if (start == null) a = st < 0 ? length - 1 : 0;
  else {
    a = seqCheckSliceIndex(start);
    if (a < 0) {
      a += length;
      if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= length) a = st < 0 ? length - 1 : length;
  }
  if (stop == null) b = st < 0 ? -1 : length;
  else {
    b = seqCheckSliceIndex(stop);
    if (b < 0) {
      b += length;
      if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= length) b = st < 0 ? length - 1 : length;
  }
  let n = 0;
  if (st < 0) {
    if (b < a) n = Math.floor((a - b - 1) / -st) + 1;
  } else if (a < b) n = Math.floor((b - a - 1) / st) + 1;
  return [a, b, st, n];
}

function seqCheckSliceIndex(x: unknown): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  throw new TypeError("slice indices must be integers or None or have an __index__ method");
}

/** Python's `seq[start:stop:step]` for lists/tuples, str, bytes and range. */
export function slice<T>(seq: readonly T[], start?: number | null, stop?: number | null, step?: number | null): T[];
export function slice(seq: string, start?: number | null, stop?: number | null, step?: number | null): string;
export function slice(seq: Uint8Array, start?: number | null, stop?: number | null, step?: number | null): Uint8Array;
export function slice(seq: PyRange, start?: number | null, stop?: number | null, step?: number | null): PyRange;
export function slice(seq: unknown, start?: number | null, stop?: number | null, step?: number | null): unknown;
export function slice(seq: unknown, start?: number | null, stop?: number | null, step?: number | null): unknown {
  const simple = step == null || step === 1;
  if (Array.isArray(seq)) {
    // JS's slice clamps and wraps exactly like Python for step 1.
    if (simple && seqIsPlainIndex(start) && seqIsPlainIndex(stop)) return seq.slice(start ?? 0, stop ?? seq.length);
    const [a, , st, n] = sliceIndices(seq.length, start, stop, step);
    const out = new Array<unknown>(n);
    for (let i = 0, j = a; i < n; i++, j += st) out[i] = seq[j];
    return out;
  }
  if (typeof seq === "string") {
    if (!hasAstralChars(seq)) {
      if (simple && seqIsPlainIndex(start) && seqIsPlainIndex(stop)) return seq.slice(start ?? 0, stop ?? seq.length);
      const [a, , st, n] = sliceIndices(seq.length, start, stop, step);
      let out = "";
      for (let i = 0, j = a; i < n; i++, j += st) out += seq[j];
      return out;
    }
    const cps = codePointsOf(seq);
    const [a, , st, n] = sliceIndices(cps.length, start, stop, step);
    let out = "";
    for (let i = 0, j = a; i < n; i++, j += st) out += cps[j];
    return out;
  }
  if (seq instanceof Uint8Array) {
    if (simple && seqIsPlainIndex(start) && seqIsPlainIndex(stop)) return seq.slice(start ?? 0, stop ?? seq.length);
    const [a, , st, n] = sliceIndices(seq.length, start, stop, step);
    const out = new Uint8Array(n);
    for (let i = 0, j = a; i < n; i++, j += st) out[i] = seq[j];
    return out;
  }
  if (seq instanceof PyRange) {
    const [a, b, st] = sliceIndices(seq.length, start, stop, step);
    return new PyRange(seq.start + a * seq.step, seq.start + b * seq.step, seq.step * st);
  }
  throw new TypeError(`'${pythonTypeName(seq)}' object is not subscriptable`);
}

function seqIsPlainIndex(x: number | null | undefined): boolean {
  return x == null || Number.isInteger(x);
}

/** Python's `list[start:stop:step] = values`. */
export function setSlice<T>(list: T[], start: number | null | undefined, stop: number | null | undefined, step: number | null | undefined, values: Iterable<T>): void {
  let items: T[];
  try {
    items = toList(values);
  } catch (e) {
    if (e instanceof TypeError) throw new TypeError(step == null || step === 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    throw e;
  }
  const [a, b, st, n] = sliceIndices(list.length, start, stop, step);
  if (st === 1) {
    seqSplice(list, a, Math.max(0, b - a), items);
    return;
  }
  if (items.length !== n) throw new ValueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${n}`);
  for (let i = 0, j = a; i < n; i++, j += st) list[j] = items[i];
}

/** Python's `del list[start:stop:step]`. */
export function delSlice(list: unknown[], start?: number | null, stop?: number | null, step?: number | null): void {
  const [a, b, st, n] = sliceIndices(list.length, start, stop, step);
  if (st === 1) {
    if (b > a) list.splice(a, b - a);
    return;
  }
  if (n === 0) return;
  const doomed = new Set<number>();
  for (let i = 0, j = a; i < n; i++, j += st) doomed.add(j);
  let w = 0;
  for (let r = 0; r < list.length; r++) if (!doomed.has(r)) list[w++] = list[r];
  list.length = w;
}

/** `list.splice(at, deleteCount, ...items)` without the argument-count limit of spreading. */
function seqSplice<T>(list: T[], at: number, deleteCount: number, items: readonly T[]): void {
  if (items.length < 10000) {
    list.splice(at, deleteCount, ...items);
    return;
  }
  const tail = list.splice(at + deleteCount);
  list.length = at;
  for (const x of items) list.push(x);
  for (const x of tail) list.push(x);
}

// ---------------------------------------------------------------------------------------------
// len, range

/** Python's `len(x)`: strings count code points; dicts/sets their size; objects their `__len__`. */
export function len(x: unknown): number {
  if (Array.isArray(x)) return x.length;
  if (typeof x === "string") return hasAstralChars(x) ? codePointsOf(x).length : x.length;
  if (x instanceof Map || x instanceof Set) return x.size;
  if (x instanceof Uint8Array) return x.length;
  const f = findDunder(x, "__len__");
  if (f) {
    const n = f.call(x);
    if (typeof n !== "number" || !Number.isInteger(n)) throw new TypeError(`'${pythonTypeName(n)}' object cannot be interpreted as an integer`);
    if (n < 0) throw new ValueError("__len__() should return >= 0");
    return n;
  }
  throw new TypeError(`object of type '${pythonTypeName(x)}' has no len()`);
}

function seqRangeArg(x: unknown): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  throw new TypeError(`'${pythonTypeName(x)}' object cannot be interpreted as an integer`);
}

/** Python's `range` object: lazy, sized, indexable, with O(1) `in` for ints. */
export class PyRange implements Iterable<number> {
  static readonly __name__ = "range";
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  /** Python's `len(r)`. */
  readonly length: number;

  constructor(start: number, stop: number, step = 1) {
    this.start = seqRangeArg(start);
    this.stop = seqRangeArg(stop);
    this.step = seqRangeArg(step);
    if (this.step === 0) throw new ValueError("range() arg 3 must not be zero");
    const lo = this.start;
    const hi = this.stop;
    const st = this.step;
    if (st > 0) this.length = lo < hi ? Math.floor((hi - lo - 1) / st) + 1 : 0;
    else this.length = lo > hi ? Math.floor((lo - hi - 1) / -st) + 1 : 0;
  }

  [Symbol.iterator](): IterableIterator<number> {
    return new PyRangeIterator(this.start, this.step, this.length);
  }

  __reversed__(): IterableIterator<number> {
    return new PyRangeIterator(this.start + (this.length - 1) * this.step, -this.step, this.length);
  }

  __len__(): number {
    return this.length;
  }

  /** `r[i]`, negative indexes allowed. */
  at(index: number): number {
    const i = seqResolveIndex(seqCheckIndex(index, "range"), this.length, "range object index out of range");
    return this.start + i * this.step;
  }

  __getitem__(index: number): number {
    return this.at(index);
  }

  /** Python's `x in r`: arithmetic for ints (and integral floats), equality search otherwise. */
  includes(x: unknown): boolean {
    if (typeof x === "number" || typeof x === "boolean") {
      const v = Number(x);
      if (!Number.isInteger(v)) return false;
      if (this.step > 0 ? v < this.start || v >= this.stop : v > this.start || v <= this.stop) return false;
      return (v - this.start) % this.step === 0;
    }
    if (findDunder(x, "__eq__") === undefined) return false;
    for (const v of this) if (eq(v, x)) return true;
    return false;
  }

  __contains__(x: unknown): boolean {
    return this.includes(x);
  }

  /** `r.index(x)`; ValueError `x is not in range`. */
  index(x: unknown): number {
    if (this.includes(x)) {
      if (typeof x === "number" || typeof x === "boolean") return (Number(x) - this.start) / this.step;
      let i = 0;
      for (const v of this) {
        if (eq(v, x)) return i;
        i++;
      }
    }
    throw new ValueError(`${repr(x)} is not in range`);
  }

  count(x: unknown): number {
    if (typeof x === "number" || typeof x === "boolean") return this.includes(x) ? 1 : 0;
    let n = 0;
    for (const v of this) if (eq(v, x)) n++;
    return n;
  }

  /** Ranges are equal when they produce the same sequence (`range(0) == range(5, 2)`). */
  __eq__(other: unknown): boolean {
    if (!(other instanceof PyRange)) return false;
    if (this.length !== other.length) return false;
    if (this.length === 0) return true;
    if (this.start !== other.start) return false;
    return this.length === 1 || this.step === other.step;
  }

  __repr__(): string {
    return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
  }

  __str__(): string {
    return this.__repr__();
  }
}

class PyRangeIterator implements IterableIterator<number> {
  private i = 0;
  constructor(
    private readonly first: number,
    private readonly step: number,
    private readonly n: number,
  ) {}
  next(): IteratorResult<number> {
    if (this.i < this.n) return { done: false, value: this.first + this.step * this.i++ };
    return { done: true, value: undefined };
  }
  [Symbol.iterator](): IterableIterator<number> {
    return this;
  }
}

/** Python's `range(stop)` / `range(start, stop[, step])`. */
export function range(start: number, stop?: number | null, step?: number): PyRange {
  if (stop == null) return new PyRange(0, start, 1);
  return new PyRange(start, stop, step ?? 1);
}

// ---------------------------------------------------------------------------------------------
// Iterator builtins

/** Python's `iter(x)`; a dict iterates its keys. */
export function iter<K>(x: ReadonlyMap<K, unknown>): IterableIterator<K>;
export function iter<T>(x: Iterable<T>): IterableIterator<T>;
export function iter(x: unknown): IterableIterator<unknown>;
export function iter(x: unknown): IterableIterator<unknown> {
  return iterOf(x);
}

/** Python's `next(iterator[, default])`: StopIteration (carrying a generator's return value) when exhausted. */
export function next<T>(iterator: Iterator<T>): T;
export function next<T, D>(iterator: Iterator<T>, dflt: D): T | D;
export function next(iterator: unknown, ...dflt: unknown[]): unknown;
export function next(iterator: unknown, ...dflt: unknown[]): unknown {
  if (iterator !== null && typeof iterator === "object" && typeof (iterator as { next?: unknown }).next === "function") {
    const r = (iterator as Iterator<unknown>).next();
    if (!r.done) return r.value;
    if (dflt.length > 0) return dflt[0];
    throw r.value === undefined ? new StopIteration() : new StopIteration(r.value);
  }
  const f = findDunder(iterator, "__next__");
  if (!f) throw new TypeError(`'${pythonTypeName(iterator)}' object is not an iterator`);
  if (dflt.length === 0) return f.call(iterator);
  try {
    return f.call(iterator);
  } catch (e) {
    if (e instanceof StopIteration) return dflt[0];
    throw e;
  }
}

/** Python's `list(iterable)` (a dict gives its keys, a str its characters). Always a new array. */
export function toList<K>(iterable: ReadonlyMap<K, unknown>): K[];
export function toList<T>(iterable: Iterable<T>): T[];
export function toList(iterable: unknown): unknown[];
export function toList(iterable: unknown): unknown[] {
  if (Array.isArray(iterable)) return iterable.slice();
  const out: unknown[] = [];
  const it = iterOf(iterable);
  for (let r = it.next(); !r.done; r = it.next()) out.push(r.value);
  return out;
}

/** Python's `enumerate(iterable, start)`. */
export function enumerate<K>(iterable: ReadonlyMap<K, unknown>, start?: number): Generator<[number, K], void, undefined>;
export function enumerate<T>(iterable: Iterable<T>, start?: number): Generator<[number, T], void, undefined>;
export function* enumerate(iterable: unknown, start = 0): Generator<[number, unknown], void, undefined> {
  if (Array.isArray(iterable)) {
    // Index loop: like CPython's list iterator it sees appends made during the loop.
    for (let i = 0; i < iterable.length; i++) yield [start + i, iterable[i]];
    return;
  }
  const it = iterOf(iterable);
  let i = start;
  for (let r = it.next(); !r.done; r = it.next()) yield [i++, r.value];
}

type ZipSources<T extends readonly unknown[]> = { [K in keyof T]: Iterable<T[K]> };

/** Python's `zip(*iterables)`: stops at the first exhausted iterable, having read the earlier ones. */
export function zip<T extends unknown[]>(...iterables: ZipSources<T>): Generator<T, void, undefined>;
/** `zip(*rows)`: as many iterables as the array spread into the call. */
export function zip<T>(...iterables: Iterable<T>[]): Generator<T[], void, undefined>;
export function* zip(...iterables: Iterable<unknown>[]): Generator<unknown[], void, undefined> {
  const n = iterables.length;
  if (n === 0) return;
  const its = iterables.map((x) => iterOf(x));
  for (;;) {
    const row = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const r = its[i].next();
      if (r.done) return;
      row[i] = r.value;
    }
    yield row;
  }
}

/** Python's `zip(*iterables, strict=True)`: ValueError when the lengths differ. */
export function* zipStrict<T extends unknown[]>(...iterables: ZipSources<T>): Generator<T, void, undefined> {
  const n = iterables.length;
  if (n === 0) return;
  const its = (iterables as readonly unknown[]).map((x) => iterOf(x));
  for (;;) {
    const row = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const r = its[i].next();
      if (r.done) {
        if (i > 0) throw new ValueError(`zip() argument ${i + 1} is shorter than argument${i === 1 ? " " : "s 1-"}${i}`);
        for (let j = 1; j < n; j++) {
          if (!its[j].next().done) throw new ValueError(`zip() argument ${j + 1} is longer than argument${j === 1 ? " " : "s 1-"}${j}`);
        }
        return;
      }
      row[i] = r.value;
    }
    yield row as T;
  }
}

/** Python's `reversed(seq)` (lists are read live by index, as CPython's reverse iterator does). */
export function reversed<K>(seq: ReadonlyMap<K, unknown>): IterableIterator<K>;
export function reversed(seq: string): IterableIterator<string>;
export function reversed<T>(seq: Iterable<T>): IterableIterator<T>;
export function reversed(seq: unknown): IterableIterator<unknown>;
export function reversed(seq: unknown): IterableIterator<unknown> {
  if (Array.isArray(seq)) return seqReverseArray(seq);
  if (typeof seq === "string") return seqReverseArray(hasAstralChars(seq) ? Array.from(seq) : seq.split(""));
  if (seq instanceof Uint8Array) return seqReverseArray(seq);
  if (seq instanceof Map) return seqReverseArray(Array.from(seq.keys()));
  const rev = findDunder(seq, "__reversed__");
  if (rev) return iterOf(rev.call(seq));
  const getItem = findDunder(seq, "__getitem__");
  if (getItem && findDunder(seq, "__len__") && !(seq instanceof Set)) return seqReverseGetItem(seq, getItem);
  throw new TypeError(`'${pythonTypeName(seq)}' object is not reversible`);
}

function* seqReverseArray(seq: ArrayLike<unknown>): Generator<unknown, void, undefined> {
  for (let i = seq.length - 1; i >= 0; i--) {
    if (i >= seq.length) return;
    yield seq[i];
  }
}

function* seqReverseGetItem(seq: unknown, getItem: (i: number) => unknown): Generator<unknown, void, undefined> {
  for (let i = len(seq) - 1; i >= 0; i--) yield getItem.call(seq, i);
}

/** Python's `any(iterable)`; stops at the first true item without closing the iterator. */
export function any(iterable: Iterable<unknown>): boolean {
  if (Array.isArray(iterable)) {
    for (let i = 0; i < iterable.length; i++) if (truthy(iterable[i])) return true;
    return false;
  }
  const it = iterOf(iterable);
  for (let r = it.next(); !r.done; r = it.next()) if (truthy(r.value)) return true;
  return false;
}

/** Python's `all(iterable)`. */
export function all(iterable: Iterable<unknown>): boolean {
  if (Array.isArray(iterable)) {
    for (let i = 0; i < iterable.length; i++) if (!truthy(iterable[i])) return false;
    return true;
  }
  const it = iterOf(iterable);
  for (let r = it.next(); !r.done; r = it.next()) if (!truthy(r.value)) return false;
  return true;
}

/** Python's `a + b` as `sum` needs it: numbers (bool counts as int), lists, bytes, `__add__`/`__radd__`. */
function seqAdd(a: unknown, b: unknown): unknown {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean")) return Number(a) + Number(b);
  if (Array.isArray(a)) {
    if (Array.isArray(b)) return a.concat(b);
    throw new TypeError(`can only concatenate list (not "${pythonTypeName(b)}") to list`);
  }
  if (ta === "string" && tb === "string") return (a as string) + (b as string);
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a, 0);
    out.set(b, a.length);
    return out;
  }
  const add = findDunder(a, "__add__");
  if (add) return add.call(a, b);
  const radd = findDunder(b, "__radd__");
  if (radd) return radd.call(b, a);
  throw new TypeError(`unsupported operand type(s) for +: '${pythonTypeName(a)}' and '${pythonTypeName(b)}'`);
}

/** Python's `sum(iterable, start=0)` (plain left-to-right float addition, as CPython 3.11). */
export function sum(iterable: Iterable<number | boolean>, start?: number): number;
export function sum<T>(iterable: Iterable<readonly T[]>, start: readonly T[]): T[];
export function sum(iterable: Iterable<unknown>, start?: unknown): unknown;
export function sum(iterable: Iterable<unknown>, start: unknown = 0): unknown {
  if (typeof start === "string") throw new TypeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof Uint8Array) throw new TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
  let acc = start;
  if (Array.isArray(iterable)) {
    const n = iterable.length;
    let i = 0;
    if (typeof acc === "number") {
      let total: number = acc;
      for (; i < n; i++) {
        const x: unknown = iterable[i];
        if (typeof x !== "number") break;
        total += x;
      }
      acc = total;
    }
    for (; i < n; i++) acc = seqAdd(acc, iterable[i]);
    return acc;
  }
  const it = iterOf(iterable);
  for (let r = it.next(); !r.done; r = it.next()) acc = seqAdd(acc, r.value);
  return acc;
}

// ---------------------------------------------------------------------------------------------
// min / max

/** Options of `min`/`max`: `key=`, and `default=` for the one-iterable form. */
export interface MinMaxOptions<T> {
  key?: ((item: T) => unknown) | null;
}
export interface MinMaxDefaultOptions<T, D> extends MinMaxOptions<T> {
  default: D;
}

/** Python's `max(iterable, *, key=None[, default])`. For `max(a, b, …)` use `maxArgs`. */
export function max<K>(iterable: ReadonlyMap<K, unknown>, options?: MinMaxOptions<K> | null): K;
export function max<K, D>(iterable: ReadonlyMap<K, unknown>, options: MinMaxDefaultOptions<K, D>): K | D;
export function max<T>(iterable: Iterable<T>, options?: MinMaxOptions<T> | null): T;
export function max<T, D>(iterable: Iterable<T>, options: MinMaxDefaultOptions<T, D>): T | D;
export function max(iterable: unknown, options?: MinMaxOptions<unknown> | null): unknown {
  return seqMinMax(iterable, options, true);
}

/** Python's `min(iterable, *, key=None[, default])`. For `min(a, b, …)` use `minArgs`. */
export function min<K>(iterable: ReadonlyMap<K, unknown>, options?: MinMaxOptions<K> | null): K;
export function min<K, D>(iterable: ReadonlyMap<K, unknown>, options: MinMaxDefaultOptions<K, D>): K | D;
export function min<T>(iterable: Iterable<T>, options?: MinMaxOptions<T> | null): T;
export function min<T, D>(iterable: Iterable<T>, options: MinMaxDefaultOptions<T, D>): T | D;
export function min(iterable: unknown, options?: MinMaxOptions<unknown> | null): unknown {
  return seqMinMax(iterable, options, false);
}

/** Python's `max(a, b, *rest, key=None)`. */
export function maxArgs<T>(args: readonly T[], options?: MinMaxOptions<T> | null): T {
  if (args.length === 0) throw new TypeError("max expected at least 1 argument, got 0");
  return seqMinMax(args, options, true) as T;
}

/** Python's `min(a, b, *rest, key=None)`. */
export function minArgs<T>(args: readonly T[], options?: MinMaxOptions<T> | null): T {
  if (args.length === 0) throw new TypeError("min expected at least 1 argument, got 0");
  return seqMinMax(args, options, false) as T;
}

function seqMinMax<T>(iterable: unknown, options: MinMaxOptions<T> | null | undefined, isMax: boolean): unknown {
  const key = options?.key ?? null;
  // CPython replaces the best item when `item > best` (max) / `item < best` (min): ties keep the first.
  const better = isMax ? gt : lt;
  let found = false;
  let best: unknown = undefined;
  let bestKey: unknown = undefined;
  const consider = (item: unknown): void => {
    const k = key ? key(item as T) : item;
    if (!found) {
      found = true;
      best = item;
      bestKey = k;
    } else if (typeof k === "number" && typeof bestKey === "number" ? (isMax ? k > bestKey : k < bestKey) : better(k, bestKey)) {
      best = item;
      bestKey = k;
    }
  };
  if (Array.isArray(iterable)) {
    for (let i = 0; i < iterable.length; i++) consider(iterable[i]);
  } else {
    const it = iterOf(iterable);
    for (let r = it.next(); !r.done; r = it.next()) consider(r.value);
  }
  if (!found) {
    if (options != null && "default" in options) return (options as MinMaxDefaultOptions<T, unknown>).default;
    throw new ValueError(`${isMax ? "max" : "min"}() arg is an empty sequence`);
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Sorting

/** Options of `sorted`/`listSort`. */
export interface SortOptions<T> {
  key?: ((item: T) => unknown) | null;
  reverse?: boolean | null;
}

/** Python's `sorted(iterable, key=None, reverse=False)`: a new, stably sorted list. */
export function sorted<K>(iterable: ReadonlyMap<K, unknown>, options?: SortOptions<K> | null): K[];
export function sorted<T>(iterable: Iterable<T>, options?: SortOptions<T> | null): T[];
export function sorted(iterable: unknown, options?: SortOptions<unknown> | null): unknown[];
export function sorted(iterable: unknown, options?: SortOptions<unknown> | null): unknown[] {
  const list = toList(iterable);
  listSort(list, options);
  return list;
}

/**
 * Python's `list.sort(key=None, reverse=False)` in place. Keys are computed once each, in order;
 * only `<` is used; `reverse` keeps equal items in their original order, as in CPython.
 */
export function listSort<T>(list: T[], options?: SortOptions<T> | null): void {
  const key = options?.key ?? null;
  const reverse = options?.reverse === true;
  const n = list.length;
  if (n < 2) return;
  if (!key && seqSortNative(list, reverse)) return;
  let keys: unknown[];
  if (key) {
    keys = new Array<unknown>(n);
    for (let i = 0; i < n; i++) keys[i] = key(list[i]);
  } else keys = list;
  if (reverse) {
    keys.reverse();
    if (keys !== list) list.reverse();
  }
  seqTimSort(keys, keys === list ? null : list);
  if (reverse) {
    keys.reverse();
    if (keys !== list) list.reverse();
  }
}

/**
 * Plain numbers (no NaN) and plain BMP strings have a total order without side effects, so the
 * engine's stable sort yields exactly CPython's result; returns false when that does not apply.
 */
function seqSortNative(list: unknown[], reverse: boolean): boolean {
  const first = list[0];
  const n = list.length;
  if (typeof first === "number") {
    for (let i = 0; i < n; i++) {
      const x = list[i];
      if (typeof x !== "number" || x !== x) return false;
    }
    (list as number[]).sort(reverse ? (a, b) => b - a : (a, b) => a - b);
    return true;
  }
  if (typeof first === "string") {
    for (let i = 0; i < n; i++) {
      const x = list[i];
      if (typeof x !== "string" || hasAstralChars(x)) return false;
    }
    (list as string[]).sort(reverse ? (a, b) => (a < b ? 1 : a > b ? -1 : 0) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return true;
  }
  return false;
}

/**
 * CPython's listsort on `keys` (moving `values` alongside): natural runs (descending ones
 * reversed), extended to `minrun` by binary insertion, then merged. For fewer than 64 items this
 * is exactly CPython's sequence of `<` comparisons, so side effects, errors (which operand types
 * the TypeError names) and inconsistent orders (NaN) come out the same; longer lists merge
 * without CPython's galloping, which gives the same result for any consistent order.
 */
function seqTimSort(keys: unknown[], values: unknown[] | null): void {
  const n = keys.length;
  if (n < 2) return;
  let minrun = n;
  let r = 0;
  while (minrun >= 64) {
    r |= minrun & 1;
    minrun >>= 1;
  }
  minrun += r;
  const runs: number[] = [];
  let lo = 0;
  while (lo < n) {
    let runLen = seqCountRun(keys, values, lo, n);
    if (runLen < minrun) {
      const force = Math.min(minrun, n - lo);
      seqBinarySort(keys, values, lo, lo + force, lo + runLen);
      runLen = force;
    }
    runs.push(lo);
    lo += runLen;
  }
  runs.push(n);
  // Bottom-up merging of adjacent runs keeps the sort stable.
  let bounds = runs;
  while (bounds.length > 2) {
    const merged: number[] = [];
    let i = 0;
    for (; i + 2 < bounds.length; i += 2) {
      seqMerge(keys, values, bounds[i], bounds[i + 1], bounds[i + 2]);
      merged.push(bounds[i]);
    }
    if (i + 1 < bounds.length) merged.push(bounds[i]);
    merged.push(n);
    bounds = merged;
  }
}

function seqSwapRange(keys: unknown[], values: unknown[] | null, lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    const k = keys[i];
    keys[i] = keys[j];
    keys[j] = k;
    if (values) {
      const v = values[i];
      values[i] = values[j];
      values[j] = v;
    }
  }
}

/** CPython's count_run: the length of the run at `lo`, reversing a strictly descending one. */
function seqCountRun(keys: unknown[], values: unknown[] | null, lo: number, hi: number): number {
  if (lo + 1 === hi) return 1;
  let n = 2;
  if (lt(keys[lo + 1], keys[lo])) {
    for (let i = lo + 2; i < hi && lt(keys[i], keys[i - 1]); i++) n++;
    seqSwapRange(keys, values, lo, lo + n);
  } else {
    for (let i = lo + 2; i < hi && !lt(keys[i], keys[i - 1]); i++) n++;
  }
  return n;
}

/** CPython's binarysort: [lo, start) is sorted; insert the items of [start, hi). */
function seqBinarySort(keys: unknown[], values: unknown[] | null, lo: number, hi: number, start: number): void {
  if (start === lo) start++;
  for (; start < hi; start++) {
    let l = lo;
    let r = start;
    const pivot = keys[start];
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, keys[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) keys[p] = keys[p - 1];
    keys[l] = pivot;
    if (values) {
      const pv = values[start];
      for (let p = start; p > l; p--) values[p] = values[p - 1];
      values[l] = pv;
    }
  }
}

/** Stable merge of the sorted ranges [lo, mid) and [mid, hi). */
function seqMerge(keys: unknown[], values: unknown[] | null, lo: number, mid: number, hi: number): void {
  const leftKeys = keys.slice(lo, mid);
  const leftValues = values ? values.slice(lo, mid) : null;
  let i = 0;
  let j = mid;
  let k = lo;
  const nl = leftKeys.length;
  while (i < nl && j < hi) {
    if (lt(keys[j], leftKeys[i])) {
      keys[k] = keys[j];
      if (values) values[k] = values[j];
      j++;
    } else {
      keys[k] = leftKeys[i];
      if (values) values[k] = leftValues![i];
      i++;
    }
    k++;
  }
  while (i < nl) {
    keys[k] = leftKeys[i];
    if (values) values[k] = leftValues![i];
    i++;
    k++;
  }
}

// ---------------------------------------------------------------------------------------------
// List methods

/** Python's `list * n` (n <= 0 gives an empty list). */
export function listRepeat<T>(list: readonly T[], n: number): T[] {
  if (typeof n !== "number" || !Number.isInteger(n)) {
    if (typeof n === "boolean") n = n ? 1 : 0;
    else throw new TypeError(`can't multiply sequence by non-int of type '${pythonTypeName(n)}'`);
  }
  const m = list.length;
  if (n <= 0 || m === 0) return [];
  const out = new Array<T>(m * n);
  for (let r = 0, k = 0; r < n; r++) for (let i = 0; i < m; i++) out[k++] = list[i];
  return out;
}

function seqIntArg(x: unknown): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  throw new TypeError(`'${pythonTypeName(x)}' object cannot be interpreted as an integer`);
}

/** Python's `list.pop([index])`. */
export function listPop<T>(list: T[], index?: number): T {
  const n = list.length;
  if (index === undefined || index === -1) {
    if (n === 0) throw new IndexError("pop from empty list");
    return list.pop() as T;
  }
  if (n === 0) throw new IndexError("pop from empty list");
  let i = seqIntArg(index);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw new IndexError("pop index out of range");
  if (i === 0) return list.shift() as T;
  return list.splice(i, 1)[0];
}

/** Python's `list.remove(x)`: removes the first item equal to x. */
export function listRemove<T>(list: T[], x: T): void {
  const n = list.length;
  for (let i = 0; i < n; i++) {
    const y: unknown = list[i];
    if (y === x || (y !== y && x !== x) || eq(y, x)) {
      list.splice(i, 1);
      return;
    }
  }
  throw new ValueError("list.remove(x): x not in list");
}

function seqIndexOf(list: readonly unknown[], x: unknown, start: number | undefined, stop: number | undefined): number {
  const n = list.length;
  let a = start === undefined ? 0 : seqIntArg(start);
  let b = stop === undefined ? n : seqIntArg(stop);
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  for (let i = a; i < b && i < list.length; i++) {
    const y = list[i];
    if (y === x || (y !== y && x !== x) || eq(y, x)) return i;
  }
  return -1;
}

/** Python's `list.index(x[, start[, stop]])`; ValueError `3 is not in list`. */
export function listIndex<T>(list: readonly T[], x: T, start?: number, stop?: number): number {
  const i = seqIndexOf(list, x, start, stop);
  if (i < 0) throw new ValueError(`${repr(x)} is not in list`);
  return i;
}

/** Python's `tuple.index(x[, start[, stop]])`; ValueError `tuple.index(x): x not in tuple`. */
export function tupleIndex<T>(tuple: readonly T[], x: T, start?: number, stop?: number): number {
  const i = seqIndexOf(tuple, x, start, stop);
  if (i < 0) throw new ValueError("tuple.index(x): x not in tuple");
  return i;
}

/** Python's `list.count(x)` / `tuple.count(x)`. */
export function listCount<T>(list: readonly T[], x: T): number {
  let c = 0;
  for (let i = 0; i < list.length; i++) {
    const y: unknown = list[i];
    if (y === x || (y !== y && x !== x) || eq(y, x)) c++;
  }
  return c;
}

/** Python's `list.insert(index, x)`: out-of-range indexes clamp to the ends. */
export function listInsert<T>(list: T[], index: number, x: T): void {
  const n = list.length;
  let i = seqIntArg(index);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) i = n;
  if (i === n) list.push(x);
  else list.splice(i, 0, x);
}

/** Python's `list.extend(iterable)` (any iterable; a dict adds its keys). */
export function listExtend<K>(list: K[], iterable: ReadonlyMap<K, unknown>): void;
export function listExtend<T>(list: T[], iterable: Iterable<T>): void;
export function listExtend(list: unknown[], iterable: unknown): void {
  if (Array.isArray(iterable)) {
    const n = iterable.length; // `l.extend(l)` reads the original length only
    for (let i = 0; i < n; i++) list.push(iterable[i]);
    return;
  }
  const it = iterOf(iterable);
  for (let r = it.next(); !r.done; r = it.next()) list.push(r.value);
}
