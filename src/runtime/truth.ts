/**
 * Python truthiness, plus the two protocol helpers the other builtin helpers build on: Python's
 * type names (for error messages) and Python's iteration protocol (a dict iterates its keys, a
 * class may define `__iter__`/`__next__` or only `__getitem__`).
 */
import { IndexError, StopIteration, TypeError } from "./exceptions";

/** A Python dunder method as found on an object. */
export type DunderMethod = (...args: unknown[]) => unknown;

/** The method `name` of `x` if it has one (Python's protocol methods: `__len__`, `__eq__`…), else undefined. */
export function findDunder(x: unknown, name: string): DunderMethod | undefined {
  if (x === null || (typeof x !== "object" && typeof x !== "function")) return undefined;
  const f = (x as Record<string, unknown>)[name];
  return typeof f === "function" ? (f as DunderMethod) : undefined;
}

/**
 * The items of a named tuple, in field order: an object whose class lists its `_fields` (the test
 * Python code itself uses to recognise one). Undefined for any other value.
 */
export function namedTupleItems(x: object): unknown[] | undefined {
  const fields = (x.constructor as { _fields?: unknown } | undefined)?._fields;
  return Array.isArray(fields) ? fields.map((f: string) => (x as Record<string, unknown>)[f]) : undefined;
}

/** Python's `bool(x)`. NaN is true (it is not zero); -0.0 is false. */
export function truthy(x: unknown): boolean {
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return x !== 0;
    case "string":
      return x.length !== 0;
    case "object":
      return x !== null && truthObject(x);
    case "undefined":
      return false;
    case "bigint":
      return x !== BigInt(0);
    default:
      return true;
  }
}

function truthObject(x: object): boolean {
  if (Array.isArray(x)) return x.length !== 0;
  if (x instanceof Map || x instanceof Set) return x.size !== 0;
  if (x instanceof Uint8Array) return x.length !== 0;
  const bool = findDunder(x, "__bool__");
  if (bool) {
    const r = bool.call(x);
    if (typeof r !== "boolean") throw new TypeError(`__bool__ should return bool, returned ${pythonTypeName(r)}`);
    return r;
  }
  const len = findDunder(x, "__len__");
  if (len) return len.call(x) !== 0;
  return true;
}

/**
 * Python's `type(x).__name__` as far as the JS value tells: an integral number says `int` (a float
 * that happens to be integral is indistinguishable), an array says `list`. Runtime and translated
 * classes may declare `static __name__` when their JS name differs from the Python one.
 */
export function pythonTypeName(x: unknown): string {
  switch (typeof x) {
    case "undefined":
      return "NoneType";
    case "boolean":
      return "bool";
    case "number":
      return Number.isInteger(x) ? "int" : "float";
    case "bigint":
      return "int";
    case "string":
      return "str";
    case "function":
      return /^class[\s{]/.test(Function.prototype.toString.call(x)) ? "type" : "function";
    case "symbol":
      return "object";
    default:
      break;
  }
  if (x === null) return "NoneType";
  const ctor = (x as { constructor?: unknown }).constructor;
  if (typeof ctor === "function") {
    const declared = (ctor as { __name__?: unknown }).__name__;
    if (typeof declared === "string") return declared;
    if (ctor === Array) return "list";
    if (ctor === Map) return "dict";
    if (ctor === Set) return "set";
    if (ctor === Uint8Array) return "bytes";
    if (ctor === Object) return "dict";
    if (ctor === Promise) return "coroutine";
    return ctor.name || "object";
  }
  return "object";
}

/**
 * Python's `iter(x)` as a JS iterator (which is also iterable). Arrays, strings (by code point),
 * sets, bytes and generators use their own iterators; a `Map` iterates its keys; objects may
 * define `[Symbol.iterator]`, `__iter__` (returning a JS iterator or a Python-style object with
 * `__next__` that raises StopIteration), or only `__getitem__` (indexes 0, 1, … until IndexError).
 */
export function iterOf(x: unknown): IterableIterator<unknown> {
  if (x instanceof Map) return x.keys();
  if (x !== null && x !== undefined) {
    const sym = (x as { [Symbol.iterator]?: unknown })[Symbol.iterator];
    if (typeof sym === "function") return asIterableIterator(sym.call(x) as Iterator<unknown>);
    const pyIter = findDunder(x, "__iter__");
    if (pyIter) return pyIteratorOf(pyIter.call(x));
    const getItem = findDunder(x, "__getitem__");
    if (getItem) return sequenceProtocolIterator(x, getItem);
  }
  throw new TypeError(`'${pythonTypeName(x)}' object is not iterable`);
}

/** Wraps what `__iter__` returned: a JS iterator, or a Python iterator with `__next__`. */
function pyIteratorOf(it: unknown): IterableIterator<unknown> {
  if (it !== null && typeof it === "object" && typeof (it as { next?: unknown }).next === "function") return asIterableIterator(it as Iterator<unknown>);
  const next = findDunder(it, "__next__");
  if (!next) throw new TypeError(`iter() returned non-iterator of type '${pythonTypeName(it)}'`);
  const wrapper: IterableIterator<unknown> = {
    next(): IteratorResult<unknown> {
      try {
        return { done: false, value: next.call(it) };
      } catch (e) {
        if (e instanceof StopIteration) return { done: true, value: e.value };
        throw e;
      }
    },
    [Symbol.iterator]() {
      return wrapper;
    },
  };
  return wrapper;
}

function sequenceProtocolIterator(x: unknown, getItem: DunderMethod): IterableIterator<unknown> {
  let i = 0;
  let finished = false;
  const wrapper: IterableIterator<unknown> = {
    next(): IteratorResult<unknown> {
      if (finished) return { done: true, value: undefined };
      try {
        return { done: false, value: getItem.call(x, i++) };
      } catch (e) {
        if (e instanceof IndexError || e instanceof StopIteration) {
          finished = true;
          return { done: true, value: undefined };
        }
        throw e;
      }
    },
    [Symbol.iterator]() {
      return wrapper;
    },
  };
  return wrapper;
}

function asIterableIterator(it: Iterator<unknown>): IterableIterator<unknown> {
  if (typeof (it as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function") return it as IterableIterator<unknown>;
  const wrapper: IterableIterator<unknown> = {
    next: () => it.next(),
    [Symbol.iterator]() {
      return wrapper;
    },
  };
  return wrapper;
}
