import { OverflowError, at, dynAdd, iter, listPop, print, repr, str, sum, typedDictGet } from "py2ts-async/runtime";

// TypedDict (total=False and required keys), TypeVar/Generic classes and functions, Final,
// ClassVar, bounded TypeVars, and typed containers of user classes.

const MAX_ITEMS: number = 3;
const GREETING: string = "hi";

interface Movie {
  title?: string;
  year?: number;
  rating?: number;
}

class Stack<T> {
  _items: T[];
  static created: number = 0;
  constructor() {
    this._items = [];
    Stack.created += 1;
  }
  push(item: T): Stack<T> {
    if (this._items.length >= MAX_ITEMS) {
      throw new OverflowError(`stack full (${MAX_ITEMS})`);
    }
    this._items.push(item);
    return this;
  }
  pop(): T {
    return listPop(this._items);
  }
  __iter__(): Iterable<T> {
    return iter([...this._items].reverse());
  }
  __repr__(): string {
    return `Stack(${repr(this._items)})`;
  }
  [Symbol.iterator](): Iterator<T> {
    return iter(this.__iter__());
  }
}

function first<T>(items: T[], default_: T): T {
  return items.length > 0 ? at(items, 0) : default_;
}

function invert<K, T>(d: Map<K, T>): Map<T, K> {
  return new Map([...d.entries()].map(([k, v]) => [v, k] as const));
}

function total(values: unknown[]): unknown {
  let result: unknown = at(values, 0);
  for (const v of values.slice(1)) {
    result = dynAdd(result, v);
  }
  return result;
}

const m: Movie = { title: "Alien" };
m.year = 1979;
print([m, str(typedDictGet(m, "rating"), "f"), str(typedDictGet(m, "rating", 0.0), "f"), Object.hasOwn(m, "year"), Object.keys(m).length]);
const movies: Movie[] = [m, { title: "Heat", rating: 8.3 }, {}];
print([movies.map((x) => typedDictGet(x, "title", "?")), str(sum(movies.map((x) => typedDictGet(x, "rating", 0.0))), "f")]);
const s: Stack<number> = new Stack();
s.push(1.5).push(2.5);
print([s, str([...s], "[f]"), str(s.pop(), "f"), s, Stack.created]);
const words = new Stack<string>();
try {
  for (const w of ["a", "b", "c", "d"]) {
    words.push(w);
  }
} catch (e) {
  if (e instanceof OverflowError) {
    console.log("OverflowError:", str(e));
  } else {
    throw e;
  }
}
print([first([3, 4], 0), first([], "none"), invert(new Map([["a", 1], ["b", 2]])), total([1, 2, 3]), total([0.5, 0.25])]);
console.log(`${GREETING} ${MAX_ITEMS} ${Stack.created} ${str(words)}`);
