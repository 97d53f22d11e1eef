/** `functools` for translated programs. */
import { TypeError } from "./exceptions";

/** `@functools.wraps(fn)`: the wrapper takes the wrapped function's name (what `__name__` reads). */
export function wraps(wrapped: unknown): <W extends Function>(wrapper: W) => W {
  // The wrapped callable may be known only at run time (a decorator's untyped parameter).
  const name = typeof wrapped === "function" ? wrapped.name : "";
  return (wrapper) => {
    Object.defineProperty(wrapper, "name", { value: name, configurable: true });
    return wrapper;
  };
}

/** A key for a call's arguments: equal argument values (not identity) hit the same entry, as Python's hashing does. */
function ftArgsKey(args: readonly unknown[]): string {
  return JSON.stringify(args, (_k, v: unknown) => (v instanceof Map ? { m: [...v] } : v instanceof Set ? { s: [...v] } : typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
}

/** What `cache_info()` reports: Python's `CacheInfo` named tuple. */
export class CacheInfo {
  constructor(
    readonly hits: number,
    readonly misses: number,
    readonly maxsize: number | null,
    readonly currsize: number,
  ) {}
  __repr__(): string {
    return `CacheInfo(hits=${this.hits}, misses=${this.misses}, maxsize=${this.maxsize === null ? "None" : this.maxsize}, currsize=${this.currsize})`;
  }
}

/** A function decorated with `lru_cache`/`cache`: callable as before, with the cache's statistics and reset. */
export type LruCached<F> = F & { cache_info(): CacheInfo; cache_clear(): void };

/** `@functools.lru_cache(maxsize)` / `@functools.cache`: results remembered per arguments, least recently used dropped first. */
export function lruCache<A extends unknown[], R>(fn: (...args: A) => R, maxsize: number | null = 128): LruCached<(...args: A) => R> {
  const memo = new Map<string, R>();
  let hits = 0;
  let misses = 0;
  const cached = (...args: A): R => {
    const key = ftArgsKey(args);
    if (memo.has(key)) {
      hits++;
      const value = memo.get(key)!;
      memo.delete(key);
      memo.set(key, value);
      return value;
    }
    misses++;
    const value = fn(...args);
    memo.set(key, value);
    if (maxsize !== null && memo.size > maxsize) memo.delete(memo.keys().next().value as string);
    return value;
  };
  Object.defineProperty(cached, "name", { value: fn.name, configurable: true });
  const methods = {
    cache_info: (): CacheInfo => new CacheInfo(hits, misses, maxsize, memo.size),
    cache_clear: (): void => {
      memo.clear();
      hits = 0;
      misses = 0;
    },
  };
  return Object.assign(cached, methods);
}

export function cache<A extends unknown[], R>(fn: (...args: A) => R): LruCached<(...args: A) => R> {
  return lruCache(fn, null);
}

/** `functools.partial(fn, *args)`. */
export function partial<A extends unknown[], B extends unknown[], R>(fn: (...args: [...A, ...B]) => R, ...first: A): (...rest: B) => R {
  return (...rest: B) => fn(...first, ...rest);
}

/** `functools.reduce(fn, iterable[, initial])`. */
export function reduce<T, R>(fn: (acc: R, item: T) => R, iterable: Iterable<T>, ...initial: [R] | []): R {
  const it = iterable[Symbol.iterator]();
  let acc: R;
  if (initial.length > 0) acc = initial[0] as R;
  else {
    const first = it.next();
    if (first.done) throw new TypeError("reduce() of empty iterable with no initial value");
    acc = first.value as unknown as R;
  }
  for (let r = it.next(); !r.done; r = it.next()) acc = fn(acc, r.value);
  return acc;
}

/** `@functools.lru_cache(maxsize=n)`: the decorator that `lru_cache(...)` returns. */
export function lruCacheWith(maxsize: number | null): <A extends unknown[], R>(fn: (...args: A) => R) => LruCached<(...args: A) => R> {
  return (fn) => lruCache(fn, maxsize);
}
