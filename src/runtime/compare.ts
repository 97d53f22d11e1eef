/**
 * Python's `==`, `<`, … and `in`, where JavaScript's operators differ: structural equality of
 * lists/dicts/sets/bytes, `True == 1`, strings ordered by code point (JS orders UTF-16 units),
 * lexicographic list ordering, set inclusion, dunder methods, and Python's TypeError for
 * unorderable operands.
 *
 * Values without a Python identity (numbers, strings) make "x is y" in containers mean SameValueZero,
 * so `[x] == [x]` is true for `x = nan` as in CPython (but so is `[nan] == [float('nan')]`).
 */
import { TypeError, ValueError } from "./exceptions";
import { findDunder, iterOf, pythonTypeName, truthy } from "./truth";
import { dictKey } from "./hash-keys";

/** A Python rich comparison operator. */
export type OrderOp = "<" | "<=" | ">" | ">=";

/** Python's `a == b`. */
export function eq(a: unknown, b: unknown): boolean {
  if (a === b) {
    if (typeof a !== "object" || a === null) return true;
    const self = findDunder(a, "__eq__");
    return self ? truthy(self.call(a, b)) : true;
  }
  const ta = typeof a;
  const tb = typeof b;
  if (typeof a === "object" && a !== null) return eqObject(a, b);
  if (typeof b === "object" && b !== null) {
    const beq = findDunder(b, "__eq__");
    return beq ? truthy(beq.call(b, a)) : false;
  }
  if ((ta === "number" || ta === "boolean" || ta === "bigint") && (tb === "number" || tb === "boolean" || tb === "bigint")) {
    // `True == 1`, `1 == 1.0`; `==` between number and bigint compares mathematically.
    return cmpNumeric(a) == cmpNumeric(b);
  }
  // None: `null` and `undefined` are both None.
  return a == null && b == null;
}

/** Python's `a != b`. Uses `__ne__` when defined, else the negation of `==`. */
export function ne(a: unknown, b: unknown): boolean {
  const f = findDunder(a, "__ne__");
  if (f) return truthy(f.call(a, b));
  return !eq(a, b);
}

/** Elementwise identity shortcut that Python containers use ("x is y or x == y"). */
function sameOrEq(x: unknown, y: unknown): boolean {
  return x === y || (x !== x && y !== y) || eq(x, y);
}

function eqObject(a: object, b: unknown): boolean {
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return eqReflected(a, b);
    const n = a.length;
    if (n !== b.length) return false;
    for (let i = 0; i < n; i++) if (!sameOrEq(a[i], b[i])) return false;
    return true;
  }
  const own = findDunder(a, "__eq__");
  if (own) return truthy(own.call(a, b));
  if (a instanceof Map) {
    if (!(b instanceof Map)) return eqReflected(a, b);
    if (findDunder(b, "__eq__")) return eqReflected(a, b);
    return mapsEqual(a, b);
  }
  if (a instanceof Set) {
    if (!(b instanceof Set)) return eqReflected(a, b);
    if (a.size !== b.size) return false;
    for (const x of a) if (!b.has(x)) return false;
    return true;
  }
  if (a instanceof Uint8Array) {
    if (!(b instanceof Uint8Array)) return eqReflected(a, b);
    return bytesEqual(a, b);
  }
  return eqReflected(a, b);
}

function eqReflected(a: object, b: unknown): boolean {
  const beq = findDunder(b, "__eq__");
  if (beq) return truthy(beq.call(b, a));
  return a === b;
}

/** Python dict equality: same keys (by the Map's own key identity), equal values. */
export function mapsEqual(a: ReadonlyMap<unknown, unknown>, b: ReadonlyMap<unknown, unknown>): boolean {
  if (a.size !== b.size) return false;
  const getB = Map.prototype.get;
  for (const [k, v] of a) {
    if (!b.has(k)) return false;
    if (!sameOrEq(v, getB.call(b, k))) return false;
  }
  return true;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Python's `a < b`. */
export function lt(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return compareStrings(a, b) < 0;
  return compareOp(a, b, "<");
}

/** Python's `a <= b`. */
export function le(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  if (typeof a === "string" && typeof b === "string") return compareStrings(a, b) <= 0;
  return compareOp(a, b, "<=");
}

/** Python's `a > b`. */
export function gt(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a > b;
  if (typeof a === "string" && typeof b === "string") return compareStrings(a, b) > 0;
  return compareOp(a, b, ">");
}

/** Python's `a >= b`. */
export function ge(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  if (typeof a === "string" && typeof b === "string") return compareStrings(a, b) >= 0;
  return compareOp(a, b, ">=");
}

/**
 * A comparator for `Array.prototype.sort` following Python's `<` (TypeError for unorderable
 * values). The runtime's own `sorted`/`listSort` reproduce CPython's comparison sequence instead.
 */
export function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : b < a ? 1 : 0;
  if (typeof a === "string" && typeof b === "string") return compareStrings(a, b);
  return lt(a, b) ? -1 : lt(b, a) ? 1 : 0;
}

/**
 * Orders strings by code point as Python does. JS's `<` compares UTF-16 units, which puts astral
 * characters (surrogate pairs) below U+E000–U+FFFF; the fix-up below moves surrogates above them.
 */
export function compareStrings(a: string, b: string): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) {
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x - y;
    }
  }
  return a.length - b.length;
}

const reflectedOp: Record<OrderOp, OrderOp> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" };
const dunderOfOp: Record<OrderOp, string> = { "<": "__lt__", "<=": "__le__", ">": "__gt__", ">=": "__ge__" };

function cmpNumeric(x: unknown): number | bigint {
  return typeof x === "boolean" ? (x ? 1 : 0) : (x as number | bigint);
}

function isNumericValue(x: unknown): boolean {
  const t = typeof x;
  return t === "number" || t === "boolean" || t === "bigint";
}

function applyOp(c: number, op: OrderOp): boolean {
  switch (op) {
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case ">":
      return c > 0;
    default:
      return c >= 0;
  }
}

/** Python's rich comparison `a op b` for any operands. */
export function compareOp(a: unknown, b: unknown, op: OrderOp): boolean {
  if (isNumericValue(a) && isNumericValue(b)) {
    const x = cmpNumeric(a);
    const y = cmpNumeric(b);
    switch (op) {
      case "<":
        return x < y;
      case "<=":
        return x <= y;
      case ">":
        return x > y;
      default:
        return x >= y;
    }
  }
  if (typeof a === "string" && typeof b === "string") return applyOp(compareStrings(a, b), op);
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      // Python compares the first pair that is not equal with the same operator.
      if (!sameOrEq(a[i], b[i])) return compareOp(a[i], b[i], op);
    }
    return applyOp(a.length - b.length, op);
  }
  if (typeof a === "object" && a !== null) {
    const f = findDunder(a, dunderOfOp[op]);
    if (f) return truthy(f.call(a, b));
  }
  if (typeof b === "object" && b !== null) {
    const f = findDunder(b, dunderOfOp[reflectedOp[op]]);
    if (f) return truthy(f.call(b, a));
  }
  if (a instanceof Set && b instanceof Set) return setCompare(a, b, op);
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return applyOp(a[i] - b[i], op);
    return applyOp(a.length - b.length, op);
  }
  throw new TypeError(`'${op}' not supported between instances of '${pythonTypeName(a)}' and '${pythonTypeName(b)}'`);
}

function cmpIsSubset(a: ReadonlySet<unknown>, b: ReadonlySet<unknown>): boolean {
  if (a.size > b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function setCompare(a: ReadonlySet<unknown>, b: ReadonlySet<unknown>, op: OrderOp): boolean {
  switch (op) {
    case "<":
      return a.size < b.size && cmpIsSubset(a, b);
    case "<=":
      return cmpIsSubset(a, b);
    case ">":
      return a.size > b.size && cmpIsSubset(b, a);
    default:
      return cmpIsSubset(b, a);
  }
}

/**
 * Python's `item in container`: lists/tuples by equality, substring for str, keys for dict,
 * members for set, bytes (an int or a sub-bytes), `__contains__`, else iteration.
 */
export function contains(container: unknown, item: unknown): boolean {
  if (Array.isArray(container)) {
    const n = container.length;
    for (let i = 0; i < n; i++) {
      const x: unknown = container[i];
      if (x === item || (x !== x && item !== item) || eq(x, item)) return true;
    }
    return false;
  }
  if (typeof container === "string") {
    if (typeof item !== "string") throw new TypeError(`'in <string>' requires string as left operand, not ${pythonTypeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof Map || container instanceof Set) {
    const f = findDunder(container, "__contains__");
    return f ? truthy(f.call(container, item)) : container.has(dictKey(item));
  }
  if (container instanceof Uint8Array) return bytesContains(container, item);
  const f = findDunder(container, "__contains__");
  if (f) return truthy(f.call(container, item));
  let it: Iterator<unknown>;
  try {
    it = iterOf(container);
  } catch (e) {
    if (e instanceof TypeError) throw new TypeError(`argument of type '${pythonTypeName(container)}' is not iterable`);
    throw e;
  }
  for (let r = it.next(); !r.done; r = it.next()) {
    const x = r.value;
    if (x === item || (x !== x && item !== item) || eq(x, item)) return true;
  }
  return false;
}

function bytesContains(haystack: Uint8Array, item: unknown): boolean {
  if (typeof item === "number" || typeof item === "boolean") {
    const v = Number(item);
    if (!Number.isInteger(v)) throw new TypeError(`'float' object cannot be interpreted as an integer`);
    if (v < 0 || v > 255) throw new ValueError("byte must be in range(0, 256)");
    return haystack.indexOf(v) >= 0;
  }
  if (!(item instanceof Uint8Array)) throw new TypeError(`a bytes-like object is required, not '${pythonTypeName(item)}'`);
  const n = haystack.length;
  const m = item.length;
  outer: for (let i = 0; i + m <= n; i++) {
    for (let j = 0; j < m; j++) if (haystack[i + j] !== item[j]) continue outer;
    return true;
  }
  return false;
}
