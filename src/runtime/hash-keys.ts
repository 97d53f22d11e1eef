/**
 * Python's hashing for dict keys and set members that a JS `Map`/`Set` would compare by identity:
 * tuples (arrays) and objects with `__hash__` (or frozen dataclasses). `dictKey(k)` returns one
 * canonical instance per Python-equal key, so that the plain `Map`/`Set` then finds it: `g[(0, 1)]`
 * after `g[(0, 1)] = "a"`. Strings, numbers and None are returned as they are.
 *
 * A canonical array is always a tuple (lists are unhashable), which lets `repr` print it as one.
 */
import { findDunder, namedTupleItems, truthy } from "./truth";

/** Canonical instances by canonical text; weak, so that keys no longer in any dict can go. */
const hkTable = new Map<string, WeakRef<object>[]>();
const hkCleanup = new FinalizationRegistry<string>((text) => {
  const bucket = hkTable.get(text);
  if (bucket === undefined) return;
  const live = bucket.filter((r) => r.deref() !== undefined);
  if (live.length === 0) hkTable.delete(text);
  else hkTable.set(text, live);
});
const hkIds = new WeakMap<object, number>();
let hkNextId = 1;

/** Arrays that `dictKey` made canonical: tuples for certain. */
export const hashedTuples = new WeakSet<object>();

/** The canonical instance of a dict key or set member (the key itself when identity is Python's equality). */
export function dictKey<K>(key: K): K {
  if (typeof key !== "object" || key === null || hashedTuples.has(key)) return key;
  const state = { exact: true };
  const text = hkText(key, state);
  if (text === undefined) return key;
  const bucket = hkTable.get(text);
  if (bucket !== undefined) {
    for (const ref of bucket) {
      const found = ref.deref();
      if (found !== undefined && (found === key || state.exact || hkEqual(found, key))) return found as K;
    }
  }
  const list = bucket ?? [];
  list.push(new WeakRef(key));
  if (bucket === undefined) hkTable.set(text, list);
  hkCleanup.register(key, text);
  if (Array.isArray(key)) hashedTuples.add(key);
  return key;
}

/**
 * A text equal for Python-equal keys (`exact` stays true when equal texts mean equal keys), or
 * undefined for a key compared by identity.
 */
function hkText(x: unknown, state: { exact: boolean }): string | undefined {
  switch (typeof x) {
    case "string":
      return JSON.stringify(x);
    case "number":
      // 1, 1.0 and True are one key in Python; NaN equals nothing, not even itself.
      if (x !== x) state.exact = false;
      return "n" + String(x === 0 ? 0 : x);
    case "bigint":
      return "n" + String(x);
    case "boolean":
      return x ? "n1" : "n0";
    case "undefined":
      return "N";
    case "object": {
      if (x === null) return "N";
      if (Array.isArray(x)) {
        let out = "(";
        // An item compared by identity (a plain object) is one by its identity inside the tuple too.
        for (const item of x) out += (hkText(item, state) ?? hkIdentity(item as object)) + ",";
        return out + ")";
      }
      if (x instanceof Uint8Array) return "b" + x.join(".");
      // A named tuple is the tuple of its items: `(0, 0)` finds the key `Point(0, 0)`.
      const items = namedTupleItems(x);
      if (items !== undefined) return hkText(items, state);
      const hash = findDunder(x, "__hash__");
      if (hash !== undefined) {
        state.exact = false;
        return "h" + String(hash.call(x));
      }
      // A frozen dataclass: hashed by its fields, as its generated `__hash__` is.
      if (Object.isFrozen(x) && findDunder(x, "__eq__") !== undefined) {
        state.exact = false;
        return "d" + (hkText(Object.values(x), state) ?? "");
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Python's `==` between two keys whose texts matched but may still differ (a `__hash__` collision,
 * NaN); `compare.eq` would be the general answer but imports `dictKey` itself.
 */
function hkEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => hkEqual(x, b[i]));
  if (typeof a !== "object" || a === null) return false;
  const f = findDunder(a, "__eq__");
  return f !== undefined && truthy(f.call(a, b));
}

/** A text equal for Python-equal hashable values (an identity token for an object compared by identity). */
export function hashKeyText(x: unknown): string {
  return hkText(x, { exact: true }) ?? hkIdentity(x as object);
}

/** An identity token for an object nested in a tuple key. */
function hkIdentity(x: object): string {
  let id = hkIds.get(x);
  if (id === undefined) {
    id = hkNextId++;
    hkIds.set(x, id);
  }
  return "#" + id;
}
