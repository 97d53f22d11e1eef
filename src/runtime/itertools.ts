/**
 * Python's `itertools` as generators. They are lazy where CPython's are, and eager where CPython's
 * are: `product`, `permutations` and the `combinations` read their inputs when called (so a source
 * changed afterwards does not change the result), the others as they are iterated. The translation
 * passes written-out arguments as JavaScript iterables (a dict as its keys); what `*args` spread in,
 * and items of items (`chain.from_iterable`, `starmap`), are iterated the Python way at run time.
 */
import { TypeError, ValueError } from "./exceptions";
import { eq } from "./compare";
import { dynAdd } from "./dynamic-ops";
import { iterOf, truthy } from "./truth";

type ItSources<T extends readonly unknown[]> = { [K in keyof T]: Iterable<T[K]> };

/** `itertools.count(start=0, step=1)`. */
export function* countFrom(start = 0, step = 1): Generator<number, void, undefined> {
  for (let n = start; ; n += step) yield n;
}

/** `itertools.cycle(iterable)`: the items, saved on the first pass, over and over. */
export function* cycle<T>(iterable: Iterable<T>): Generator<T, void, undefined> {
  const saved: T[] = [];
  for (const x of iterable) {
    saved.push(x);
    yield x;
  }
  if (saved.length === 0) return;
  for (;;) yield* saved;
}

/** `itertools.repeat(object, times=None)`. */
export function* repeat<T>(object: T, times: number | null = null): Generator<T, void, undefined> {
  if (times === null) for (;;) yield object;
  for (let i = 0; i < times; i++) yield object;
}

/** `itertools.accumulate(iterable, func=operator.add, *, initial=None)`. */
export function* accumulate<T>(iterable: Iterable<T>, func: ((a: T, b: T) => T) | null = null, initial?: T): Generator<T, void, undefined> {
  const combine = func ?? ((a: T, b: T): T => dynAdd(a, b) as T);
  let total: T | undefined = initial;
  let started = initial !== undefined;
  if (started) yield total as T;
  for (const x of iterable) {
    total = started ? combine(total as T, x) : x;
    started = true;
    yield total;
  }
}

/** `itertools.chain(*iterables)`. */
export function* chain<T extends unknown[]>(...iterables: ItSources<T>): Generator<T[number], void, undefined> {
  for (const it of iterables) yield* iterOf(it) as Iterable<T[number]>;
}

/**
 * `itertools.chain.from_iterable(iterables)`: each item iterated as Python iterates it (a dict as
 * its keys), so the translation names the item type `T` it knows.
 */
export function* chainFromIterable<T>(iterables: Iterable<unknown>): Generator<T, void, undefined> {
  for (const it of iterables) yield* iterOf(it) as Iterable<T>;
}

/** `itertools.compress(data, selectors)`. */
export function* compress<T>(data: Iterable<T>, selectors: Iterable<unknown>): Generator<T, void, undefined> {
  const sel = selectors[Symbol.iterator]();
  for (const x of data) {
    const s = sel.next();
    if (s.done) return;
    if (truthy(s.value)) yield x;
  }
}

/** `itertools.dropwhile(predicate, iterable)`. */
export function* dropwhile<T>(predicate: (x: T) => unknown, iterable: Iterable<T>): Generator<T, void, undefined> {
  let dropping = true;
  for (const x of iterable) {
    if (dropping && truthy(predicate(x))) continue;
    dropping = false;
    yield x;
  }
}

/** `itertools.takewhile(predicate, iterable)`. */
export function* takewhile<T>(predicate: (x: T) => unknown, iterable: Iterable<T>): Generator<T, void, undefined> {
  for (const x of iterable) {
    if (!truthy(predicate(x))) return;
    yield x;
  }
}

/** `itertools.filterfalse(predicate, iterable)`; a None predicate tests the items themselves. */
export function* filterfalse<T>(predicate: ((x: T) => unknown) | null, iterable: Iterable<T>): Generator<T, void, undefined> {
  for (const x of iterable) if (!truthy(predicate === null ? x : predicate(x))) yield x;
}

/**
 * `itertools.groupby(iterable, key=None)`: runs of equal keys (Python `==`). As in CPython, the
 * groups share the underlying iterator: moving on to the next group ends the previous one.
 */
export function* groupby<T, K = T>(iterable: Iterable<T>, key: ((x: T) => K) | null = null): Generator<[K, Generator<T, void, undefined>], void, undefined> {
  const it = iterable[Symbol.iterator]();
  const keyOf = key ?? ((x: T): K => x as unknown as K);
  let current = it.next();
  let currentKey: K | undefined;
  let generation = 0;
  if (!current.done) currentKey = keyOf(current.value);
  while (!current.done) {
    const groupKey = currentKey as K;
    const mine = ++generation;
    function* group(): Generator<T, void, undefined> {
      while (!current.done && mine === generation && eq(currentKey, groupKey)) {
        const value = current.value;
        current = it.next();
        if (!current.done) currentKey = keyOf(current.value);
        yield value;
      }
    }
    yield [groupKey, group()];
    // Skip what the caller did not read of this group.
    while (!current.done && eq(currentKey, groupKey)) {
      current = it.next();
      if (!current.done) currentKey = keyOf(current.value);
    }
  }
}

function itIndex(value: number | null, what: string): number | null {
  if (value !== null && (!Number.isInteger(value) || value < 0)) throw new ValueError(`${what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
  return value;
}

/** `itertools.islice(iterable, stop)` / `islice(iterable, start, stop[, step])`. */
export function islice<T>(iterable: Iterable<T>, ...args: (number | null)[]): Generator<T, void, undefined> {
  if (args.length === 0 || args.length > 3) throw new TypeError(`islice expected at most 4 arguments, got ${args.length + 1}`);
  const [start, stop, step] = args.length === 1 ? [0, itIndex(args[0]!, "Stop"), 1] : [itIndex(args[0]!, "Indices") ?? 0, itIndex(args[1]!, "Stop"), args[2] ?? 1];
  if (!Number.isInteger(step) || step < 1) throw new ValueError("Step for islice() must be a positive integer or None.");
  return (function* (): Generator<T, void, undefined> {
    if (stop !== null && start >= stop) return;
    let i = 0;
    let next = start;
    for (const x of iterable) {
      if (i === next) {
        yield x;
        next += step;
        if (stop !== null && next >= stop) return;
      }
      i++;
    }
  })();
}

/** `itertools.pairwise(iterable)` (3.10). */
export function* pairwise<T>(iterable: Iterable<T>): Generator<[T, T], void, undefined> {
  let first = true;
  let prev: T | undefined;
  for (const x of iterable) {
    if (!first) yield [prev as T, x];
    prev = x;
    first = false;
  }
}

/** `itertools.starmap(function, iterable)`: each item spread into the call. */
export function* starmap<R>(fn: (...args: never[]) => R, iterable: Iterable<unknown>): Generator<R, void, undefined> {
  for (const args of iterable) yield fn(...([...iterOf(args)] as never[]));
}

/** `itertools.zip_longest(*iterables, fillvalue=None)`. */
export function* zipLongest<T extends unknown[], F>(fillvalue: F, ...iterables: ItSources<T>): Generator<{ [K in keyof T]: T[K] | F }, void, undefined> {
  const its: (Iterator<unknown> | null)[] = (iterables as Iterable<unknown>[]).map((x) => iterOf(x));
  let live = its.length;
  if (live === 0) return;
  for (;;) {
    const row: unknown[] = [];
    for (let i = 0; i < its.length; i++) {
      const it = its[i];
      const r = it ? it.next() : { done: true as const, value: undefined };
      if (r.done) {
        if (it) {
          its[i] = null;
          live--;
        }
        row.push(fillvalue);
      } else row.push(r.value);
    }
    if (live === 0) return;
    yield row as { [K in keyof T]: T[K] | F };
  }
}

function* itProduct(pools: unknown[][]): Generator<unknown[], void, undefined> {
  if (pools.some((p) => p.length === 0)) return;
  const idx = pools.map(() => 0);
  for (;;) {
    yield idx.map((j, i) => pools[i]![j]);
    let i = pools.length - 1;
    while (i >= 0 && ++idx[i]! === pools[i]!.length) idx[i--] = 0;
    if (i < 0) return;
  }
}

/** `itertools.product(*iterables)`: the inputs are read at once. */
export function product<T extends unknown[]>(...iterables: ItSources<T>): Generator<T, void, undefined> {
  return itProduct((iterables as Iterable<unknown>[]).map((x) => [...iterOf(x)])) as Generator<T, void, undefined>;
}

/** `itertools.product(*iterables, repeat=n)`. */
export function productRepeat<T>(repeat: number, ...iterables: Iterable<T>[]): Generator<T[], void, undefined> {
  if (repeat < 0) throw new ValueError("repeat argument cannot be negative");
  const pools = iterables.map((x) => [...iterOf(x)]);
  return itProduct(Array.from({ length: repeat }, () => pools).flat()) as Generator<T[], void, undefined>;
}

function itCheckR(r: number | null, n: number): number {
  if (r === null) return n;
  if (r < 0) throw new ValueError("r must be non-negative");
  return r;
}

/** `itertools.permutations(iterable, r=None)`. */
export function permutations<T>(iterable: Iterable<T>, r: number | null = null): Generator<T[], void, undefined> {
  const pool = [...iterable];
  const k = itCheckR(r, pool.length);
  return (function* (): Generator<T[], void, undefined> {
    const n = pool.length;
    if (k > n) return;
    const used = pool.map(() => false);
    const chosen: T[] = [];
    function* pick(): Generator<T[], void, undefined> {
      if (chosen.length === k) {
        yield [...chosen];
        return;
      }
      for (let i = 0; i < n; i++) {
        if (used[i]) continue;
        used[i] = true;
        chosen.push(pool[i]!);
        yield* pick();
        chosen.pop();
        used[i] = false;
      }
    }
    yield* pick();
  })();
}

function itCombinations<T>(iterable: Iterable<T>, r: number, replacement: boolean): Generator<T[], void, undefined> {
  const pool = [...iterable];
  const k = itCheckR(r, pool.length);
  return (function* (): Generator<T[], void, undefined> {
    const n = pool.length;
    if (k > n && !replacement) return;
    if (n === 0 && k > 0) return;
    const chosen: T[] = [];
    function* pick(from: number): Generator<T[], void, undefined> {
      if (chosen.length === k) {
        yield [...chosen];
        return;
      }
      for (let i = from; i < n; i++) {
        chosen.push(pool[i]!);
        yield* pick(replacement ? i : i + 1);
        chosen.pop();
      }
    }
    yield* pick(0);
  })();
}

/** `itertools.combinations(iterable, r)`. */
export function combinations<T>(iterable: Iterable<T>, r: number): Generator<T[], void, undefined> {
  return itCombinations(iterable, r, false);
}

/** `itertools.combinations_with_replacement(iterable, r)`. */
export function combinationsWithReplacement<T>(iterable: Iterable<T>, r: number): Generator<T[], void, undefined> {
  return itCombinations(iterable, r, true);
}

/** `itertools.tee(iterable, n=2)`: independent iterators over one source, buffering what some have not read. */
export function tee<T>(iterable: Iterable<T>, n = 2): Generator<T, void, undefined>[] {
  if (n < 0) throw new ValueError("n must be >= 0");
  const source = iterable[Symbol.iterator]();
  const buffer: T[] = [];
  const positions = Array.from({ length: n }, () => 0);
  let base = 0;
  let finished = false;
  const reader = function* (me: number): Generator<T, void, undefined> {
    for (;;) {
      if (positions[me]! - base < buffer.length) {
        const value = buffer[positions[me]! - base]!;
        positions[me]!++;
        // Drop what every reader has seen.
        const low = Math.min(...positions);
        if (low > base) {
          buffer.splice(0, low - base);
          base = low;
        }
        yield value;
        continue;
      }
      if (finished) return;
      const r = source.next();
      if (r.done) {
        finished = true;
        return;
      }
      buffer.push(r.value);
    }
  };
  return positions.map((_p, i) => reader(i));
}
