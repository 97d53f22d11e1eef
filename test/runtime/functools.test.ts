// Expected values were produced under CPython 3.11 with the same functions and calls.
import { cache, CacheInfo, lruCache, lruCacheWith, type LruCached } from "../../src/runtime/functools";
import { str } from "../../src/runtime/repr";

describe("lru_cache and cache", () => {
  test("count hits and misses; recursion goes through the cache", () => {
    // As translated: the function calls itself through the cache.
    const fib: LruCached<(n: number) => number> = lruCacheWith(null)((n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
    expect(fib(30)).toBe(832040);
    // fib.cache_info() after fib(30)
    expect(str(fib.cache_info())).toBe("CacheInfo(hits=28, misses=31, maxsize=None, currsize=31)");
    fib.cache_clear();
    expect(str(fib.cache_info())).toBe("CacheInfo(hits=0, misses=0, maxsize=None, currsize=0)");
  });

  test("a bounded cache drops the least recently used entry", () => {
    const calls: number[] = [];
    const square = lruCache((n: number) => {
      calls.push(n);
      return n * n;
    }, 2);
    [1, 2, 1, 3, 2].forEach((n) => square(n));
    expect(calls).toEqual([1, 2, 3, 2]);
    expect(square.cache_info()).toEqual(new CacheInfo(1, 4, 2, 2));
    expect(str(square.cache_info())).toBe("CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)");
  });

  test("cache keeps the function's name", () => {
    const slow = cache(function slow_square(n: number): number {
      return n * n;
    });
    expect(slow(4)).toBe(16);
    expect(slow.name).toBe("slow_square");
    expect(slow.cache_info().hits).toBe(0);
    slow(4);
    expect(slow.cache_info().hits).toBe(1);
  });
});
