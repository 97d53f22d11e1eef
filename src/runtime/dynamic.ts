/**
 * Operations on values whose type the translator could not know (data from `json.loads` or
 * `resp.json()`, unannotated parameters): Python's behaviour, chosen from the value at run time.
 */
import { AttributeError, TypeError, ValueError } from "./exceptions";
import { iterOf, pythonTypeName } from "./truth";
import { capitalize, center, count, decode, encode, endswith, find, index, join, ljust, lstrip, partition, replace, rfind, rjust, rsplit, rstrip, split, splitlines, startswith, strip, title, zfill, bytesHex, isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isupper, islower, istitle, isidentifier, isascii, swapcase, rindex, rpartition, removeprefix, removesuffix, expandtabs, casefold } from "./strings";
import { listCount, listExtend, listIndex, listInsert, listPop, listRemove, listSort } from "./sequences";
import { dictGet, dictPop, dictUpdate, popitem, setdefault } from "./dicts";
import { dictItems, dictKeys, dictValues } from "./dict-views";
import { strFormat } from "./str-format";
import { parseShape, typeNameOf } from "./repr";

type Method = (self: never, ...args: never[]) => unknown;

const STR_METHODS: Record<string, Method> = {
  upper: (s: string) => s.toUpperCase(),
  lower: (s: string) => s.toLowerCase(),
  strip,
  lstrip,
  rstrip,
  split,
  rsplit,
  splitlines,
  startswith,
  endswith,
  replace,
  find,
  rfind,
  index,
  count,
  title,
  capitalize,
  center,
  ljust,
  rjust,
  zfill,
  partition,
  encode,
  join: (sep: string, it: Iterable<string>) => join(sep, it),
  format: (s: string, ...args: unknown[]) => strFormat(s, args),
  isdigit,
  isdecimal,
  isnumeric,
  isalpha,
  isalnum,
  isspace,
  isupper,
  islower,
  istitle,
  isidentifier,
  isascii,
  swapcase,
  rindex,
  rpartition,
  removeprefix,
  removesuffix,
  expandtabs,
  casefold,
};

const LIST_METHODS: Record<string, Method> = {
  append: (l: unknown[], x: unknown) => void l.push(x),
  extend: (l: unknown[], it: Iterable<unknown>) => listExtend(l, it),
  pop: listPop,
  insert: listInsert,
  remove: listRemove,
  index: listIndex,
  count: listCount,
  sort: listSort,
  reverse: (l: unknown[]) => void l.reverse(),
  copy: (l: unknown[]) => [...l],
  clear: (l: unknown[]) => void l.splice(0),
};

const DICT_METHODS: Record<string, Method> = {
  get: dictGet,
  items: dictItems,
  keys: dictKeys,
  values: dictValues,
  pop: dictPop,
  setdefault,
  update: dictUpdate,
  popitem,
  copy: (m: Map<unknown, unknown>) => new Map(m),
  clear: (m: Map<unknown, unknown>) => m.clear(),
};

const BYTES_METHODS: Record<string, Method> = { hex: bytesHex, decode };

/** `obj.name(*args)` for an `obj` known only at run time. */
export function callMethod(obj: unknown, name: string, args: readonly unknown[]): unknown {
  const table = typeof obj === "string" ? STR_METHODS : Array.isArray(obj) ? LIST_METHODS : obj instanceof Map ? DICT_METHODS : obj instanceof Uint8Array ? BYTES_METHODS : undefined;
  const method = table?.[name];
  if (method) return (method as (...a: unknown[]) => unknown)(obj, ...args);
  const f = getAttr(obj, name);
  if (typeof f !== "function") throw new TypeError(`'${pythonTypeName(f)}' object is not callable`);
  return (f as (...a: unknown[]) => unknown)(...args);
}

/** `f(*args)` where `f` is known only at run time. */
export function callDynamic(f: unknown, args: readonly unknown[]): unknown {
  if (typeof f !== "function") throw new TypeError(`'${pythonTypeName(f)}' object is not callable`);
  return (f as (...a: unknown[]) => unknown)(...args);
}

/** `obj.name` / `getattr(obj, name[, default])`; methods come back bound, as in Python. */
export function getAttr(obj: unknown, name: string, ...dflt: unknown[]): unknown {
  // A class's Python name: `exc_type.__name__`.
  if (typeof obj === "function" && (name === "__name__" || name === "__qualname__")) return (obj as { __name__?: unknown }).__name__ ?? obj.name;
  if (obj !== null && obj !== undefined && (typeof obj === "object" || typeof obj === "function") && name in obj) {
    const value = (obj as Record<string, unknown>)[name];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
  }
  if (dflt.length > 0) return dflt[0];
  throw new AttributeError(`'${pythonTypeName(obj)}' object has no attribute '${name}'`);
}

/** The object of `obj.name` where `obj` may be None (`m.group()` after `re.match`): None has no attributes. */
export function notNone<T>(obj: T | null, name: string): T {
  if (obj === null) throw new AttributeError(`'NoneType' object has no attribute '${name}'`);
  return obj;
}

/** Assigning to a field of a frozen dataclass. */
export class FrozenInstanceError extends AttributeError {}

export function setAttr(obj: unknown, name: string, value: unknown): void {
  if (obj === null || typeof obj !== "object") throw new AttributeError(`'${pythonTypeName(obj)}' object has no attribute '${name}'`);
  if (Object.isFrozen(obj)) throw new FrozenInstanceError(`cannot assign to field '${name}'`);
  (obj as Record<string, unknown>)[name] = value;
}

export function hasAttr(obj: unknown, name: string): boolean {
  return obj !== null && obj !== undefined && (typeof obj === "object" || typeof obj === "function") && name in obj;
}

export function isCallable(obj: unknown): boolean {
  return typeof obj === "function" || (obj !== null && typeof obj === "object" && "__call__" in obj);
}

/** `a, b = value` for a value known only at run time: exactly `count` items, or Python's ValueError. */
export function unpack<T>(value: Iterable<T>, count: number): T[];
export function unpack(value: unknown, count: number): unknown[];
export function unpack(value: unknown, count: number): unknown[] {
  const items = toItems(value);
  if (items.length < count) throw new ValueError(`not enough values to unpack (expected ${count}, got ${items.length})`);
  if (items.length > count) throw new ValueError(`too many values to unpack (expected ${count})`);
  return items;
}

/** `for a, b in items` over items known only at run time. */
export function* unpackEach(items: Iterable<unknown>, count: number): Generator<unknown[]> {
  for (const item of items) yield unpack(item, count);
}

function toItems(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "string") return [...value];
  if (value instanceof Map) return [...value.keys()];
  if (value !== null && typeof value === "object" && Symbol.iterator in value) return [...(value as Iterable<unknown>)];
  throw new TypeError(`cannot unpack non-iterable ${pythonTypeName(value)} object`);
}

/**
 * Arguments for `f(*positional, **keywords)` matched to `f`'s parameters as Python matches them,
 * returned in the order of `f`'s TypeScript parameters (the result is spread into the call).
 * `params` describes them in order: `name` (required), `name?` (has a default), with a leading `/`
 * for positional-only and `$` for keyword-only; `*name` for `*args` held in an array parameter,
 * `...name` for `*args` as the rest parameter; `**name` for `**kwargs` (a Map). Raises Python's
 * TypeErrors for too many positionals, unknown, duplicate or missing names.
 */
export function bindCall<T extends unknown[]>(fn: string, params: readonly string[], positional: readonly unknown[], explicit: ReadonlyMap<string, unknown> | null, ...mappings: unknown[]): T {
  const specs = params.map((p) => {
    const m = /^(\/|\$|\*\*|\*|\.\.\.)?(.*?)(\?)?$/.exec(p)!;
    const kind = m[1] === "/" ? "positional" : m[1] === "$" ? "keyword" : m[1] === "*" || m[1] === "..." ? "varargs" : m[1] === "**" ? "kwargs" : "normal";
    return { name: m[2]!, kind, optional: m[3] === "?", rest: m[1] === "..." };
  });
  const values = new Array<unknown>(specs.length).fill(undefined);
  const given = new Array<boolean>(specs.length).fill(false);
  let next = 0;
  const extra: unknown[] = [];
  const kwargs = new Map<string, unknown>();
  const byPosition = specs.filter((s) => s.kind === "positional" || s.kind === "normal").length;
  const hasVarargs = specs.some((s) => s.kind === "varargs");
  if (positional.length > byPosition && !hasVarargs) throw new TypeError(`${fn}() takes ${byPosition} positional argument${byPosition === 1 ? "" : "s"} but ${positional.length} were given`);
  for (let i = 0; i < specs.length && next < positional.length; i++) {
    const s = specs[i]!;
    if (s.kind === "positional" || s.kind === "normal") {
      values[i] = positional[next++];
      given[i] = true;
    } else if (s.kind === "varargs") {
      extra.push(...positional.slice(next));
      next = positional.length;
    }
  }
  const sources: ReadonlyMap<unknown, unknown>[] = explicit ? [explicit] : [];
  for (const m of mappings) {
    if (!(m instanceof Map)) throw new TypeError(`${fn}() argument after ** must be a mapping, not ${pythonTypeName(m)}`);
    sources.push(m);
  }
  for (const source of sources) {
    for (const [key, value] of source) {
      if (typeof key !== "string") throw new TypeError(`${fn}() keywords must be strings`);
      const i = specs.findIndex((s) => s.name === key && (s.kind === "normal" || s.kind === "keyword"));
      if (i >= 0) {
        if (given[i]) throw new TypeError(`${fn}() got multiple values for argument '${key}'`);
        values[i] = value;
        given[i] = true;
      } else if (specs.some((s) => s.kind === "kwargs")) {
        if (kwargs.has(key)) throw new TypeError(`${fn}() got multiple values for keyword argument '${key}'`);
        kwargs.set(key, value);
      } else throw new TypeError(`${fn}() got an unexpected keyword argument '${key}'`);
    }
  }
  const missing = specs.filter((s, i) => !given[i] && !s.optional && (s.kind === "positional" || s.kind === "normal"));
  if (missing.length > 0) throw new TypeError(`${fn}() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${quoteList(missing.map((s) => s.name))}`);
  const missingKw = specs.filter((s, i) => !given[i] && !s.optional && s.kind === "keyword");
  if (missingKw.length > 0) throw new TypeError(`${fn}() missing ${missingKw.length} required keyword-only argument${missingKw.length > 1 ? "s" : ""}: ${quoteList(missingKw.map((s) => s.name))}`);
  const out: unknown[] = [];
  specs.forEach((s, i) => {
    if (s.kind === "varargs") {
      if (s.rest) out.push(...extra);
      else out.push(extra);
    } else if (s.kind === "kwargs") out.push(kwargs);
    else out.push(values[i]);
  });
  return out as T;
}

function quoteList(names: readonly string[]): string {
  const list = names.map((m) => `'${m}'`);
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/** What `type(x)` gives the translated program: the class's name (all it can be used for here). */
export interface PyTypeObject {
  readonly __name__: string;
  readonly __qualname__: string;
}

/** `type(x)`; `shape` says whether a number was a float (see the shapes in docs/runtime-conventions.md). */
export function pyType(value: unknown, shape?: string): PyTypeObject {
  const name = typeNameOf(value, parseShape(shape));
  return { __name__: name, __qualname__: name };
}

/** `issubclass(cls, bases...)` for classes known only at run time (such as `__aexit__`'s exception type). */
export function isSubclass(cls: unknown, ...bases: unknown[]): boolean {
  if (typeof cls !== "function") throw new TypeError("issubclass() arg 1 must be a class");
  // `issubclass(C, (A, B))`: a tuple of classes, possibly nested.
  return bases.some((b) => (Array.isArray(b) ? isSubclass(cls, ...b) : typeof b === "function" && (cls === b || cls.prototype instanceof b)));
}

/** `dataclasses.asdict(obj)`: the fields in definition order (the order the constructor assigns them), nested instances converted too. */
export function asdict(obj: unknown): Map<string, unknown> {
  const convert = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(convert);
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [convert(k), convert(x)]));
    if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) !== Object.prototype && !(v instanceof Set) && !(v instanceof Uint8Array) && !(v instanceof Error)) return asdict(v);
    return v;
  };
  if (obj === null || typeof obj !== "object") throw new TypeError("asdict() should be called on dataclass instances");
  return new Map(Object.entries(obj).map(([k, v]) => [k, convert(v)]));
}

/** `a, *rest, z = items`: a copy of the items, checked to be long enough (Python's ValueError otherwise). */
export function unpackStarred<T>(items: Iterable<T>, before: number, after: number): T[];
export function unpackStarred(items: unknown, before: number, after: number): unknown[];
export function unpackStarred(items: unknown, before: number, after: number): unknown[] {
  // Anything Python can iterate (a value known only at run time is checked here, TypeError otherwise).
  const all = [...iterOf(items)];
  if (all.length < before + after) throw new ValueError(`not enough values to unpack (expected at least ${before + after}, got ${all.length})`);
  return all;
}

/**
 * `fn(*args, **kwargs)` forwarding a wrapper's arguments to a function compiled with positional
 * parameters: keyword arguments cannot be matched to names at run time, so they are refused.
 */
export function callForwarding<A extends unknown[], R>(fn: (...args: A) => R, args: readonly unknown[], kwargs: ReadonlyMap<string, unknown> | null): R {
  if (kwargs !== null && kwargs.size > 0) throw new TypeError(`${fn.name}(): keyword arguments passed through **kwargs are not supported by the translation`);
  return fn(...(args as A));
}

/**
 * `f(**mapping)` into a library call whose keyword arguments are an options object: the mapping's
 * Python names become the options' names (`allow_redirects` → `allowRedirects`); an unknown name is
 * Python's TypeError.
 */
export function keywordOptions(mapping: unknown, names: Readonly<Record<string, string>>): Record<string, unknown> {
  if (!(mapping instanceof Map)) throw new TypeError(`argument after ** must be a mapping, not ${pythonTypeName(mapping)}`);
  const out: Record<string, unknown> = {};
  for (const [key, value] of mapping) {
    const name = typeof key === "string" ? names[key] : undefined;
    if (name === undefined) throw new TypeError(`got an unexpected keyword argument '${String(key)}'`);
    out[name] = value;
  }
  return out;
}
