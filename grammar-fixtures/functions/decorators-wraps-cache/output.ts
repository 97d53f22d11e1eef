import { LruCached, cache, callDynamic, callForwarding, lruCacheWith, print, range, repr, str, wraps } from "py2ts-async/runtime";

// Decorators: plain, with arguments, stacked, functools.wraps keeping __name__, lru_cache and cache.

const calls: unknown[] = [];

function trace(fn: (a: number, b?: number) => number): (args?: unknown[], kwargs?: Map<string, unknown>) => number {
  const wrapper = wraps(fn)(function wrapper(args: unknown[] = [], kwargs: Map<string, unknown> = new Map()): number {
    calls.push(fn.name);
    const result = callForwarding(fn, [...args], kwargs);
    console.log(`${str(fn.name)}${str(args, "(?...)")} -> ${repr(result)}`);
    return result;
  });

  return wrapper;
}

function repeat(times: number): (fn: unknown) => (args?: unknown[], kwargs?: Map<string, unknown>) => unknown[] {
  function decorator(fn: unknown): (args?: unknown[], kwargs?: Map<string, unknown>) => unknown[] {
    const wrapper = wraps(fn)(function wrapper(args: unknown[] = [], kwargs: Map<string, unknown> = new Map()): unknown[] {
      return [...range(times)].map((_) => callDynamic(fn, [...args]));
    });

    return wrapper;
  }

  return decorator;
}

function bracket(fn: (text: string) => string): (text: unknown) => string {
  function wrapper(text: unknown): string {
    return "[" + fn(text as string) + "]";
  }

  return wrapper;
}

/** Add two numbers. */
const add = trace(function add(a: number, b: number = 1): number {
  return a + b;
});

const ping = repeat(3)(function ping(): string {
  return "ping";
});

const shout = bracket(bracket(function shout(text: string): string {
  return text.toUpperCase();
}));

const fib: LruCached<(n: number) => number> = lruCacheWith(null)(function (n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
});

const slow_square = cache(function slow_square(n: number): number {
  console.log("computing", n);
  return n * n;
});

add([2, 3]);
add([4]);
console.log(`${str(add.name)} ${str(calls)}`);
print([ping(), shout("hi"), shout.name]);
console.log(fib(78), str(fib.cache_info()));
console.log(slow_square(4), slow_square(4), slow_square(5));
fib.cache_clear();
console.log(str(fib.cache_info()));
