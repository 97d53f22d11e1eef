/**
 * Python's `str()` and `repr()` for runtime values (see docs/runtime-conventions.md for the value model).
 * A *shape* string from the translator says what a JS number or array was in Python (float vs int,
 * tuple vs list); it is parsed once and cached.
 */
import { BaseException, TypeError, knownArgShapes, setExceptionFormatter } from "./exceptions";
import { pySetOrder } from "./set-order";
import { hashedTuples } from "./hash-keys";

/** A parsed shape: `?` unknown, `i` int, `f` float, `s` str, `b` bool, then containers. */
export type PyShape =
  | { readonly k: "?" | "i" | "f" | "s" | "b" }
  | { readonly k: "tuple"; readonly items: readonly PyShape[] }
  | { readonly k: "tuple..."; readonly item: PyShape }
  | { readonly k: "list" | "set"; readonly item: PyShape }
  | { readonly k: "dict"; readonly key: PyShape; readonly value: PyShape }
  /** `<f|(i,i)>`: a value of one of several types, told apart by its JS kind (see shapeFor). */
  | { readonly k: "union"; readonly alts: readonly PyShape[] };

export const ANY_SHAPE: PyShape = { k: "?" };
const rpAtomShapes: Readonly<Record<string, PyShape>> = { i: { k: "i" }, f: { k: "f" }, s: { k: "s" }, b: { k: "b" } };
const rpShapeCache = new Map<string, PyShape>();

/** Parses (and caches) a shape string; a malformed shape means "decide at run time". */
export function parseShape(src: string | undefined): PyShape {
  if (src === undefined || src === "?" || src === "") return ANY_SHAPE;
  const atom = rpAtomShapes[src];
  if (atom !== undefined) return atom;
  let shape = rpShapeCache.get(src);
  if (shape === undefined) {
    const state = { src, i: 0 };
    try {
      shape = rpParseShapeAt(state);
      if (state.i !== src.length) shape = ANY_SHAPE;
    } catch {
      shape = ANY_SHAPE;
    }
    if (rpShapeCache.size >= 512) rpShapeCache.clear();
    rpShapeCache.set(src, shape);
  }
  return shape;
}

function rpParseShapeAt(st: { src: string; i: number }): PyShape {
  const src = st.src;
  const expect = (ch: string): void => {
    if (src[st.i] !== ch) throw new globalThis.Error("bad shape");
    st.i++;
  };
  const c = src[st.i];
  if (c === "(") {
    st.i++;
    const items: PyShape[] = [];
    if (src[st.i] === ")") {
      st.i++;
      return { k: "tuple", items };
    }
    for (;;) {
      const item = rpParseShapeAt(st);
      if (src.startsWith("...", st.i)) {
        st.i += 3;
        expect(")");
        return { k: "tuple...", item };
      }
      items.push(item);
      if (src[st.i] === ",") {
        st.i++;
        if (src[st.i] !== ")") continue;
      }
      expect(")");
      return { k: "tuple", items };
    }
  }
  if (c === "[") {
    st.i++;
    const item = rpParseShapeAt(st);
    expect("]");
    return { k: "list", item };
  }
  if (c === "{") {
    st.i++;
    const key = rpParseShapeAt(st);
    if (src[st.i] === ":") {
      st.i++;
      const value = rpParseShapeAt(st);
      expect("}");
      return { k: "dict", key, value };
    }
    expect("}");
    return { k: "set", item: key };
  }
  if (c === "?") {
    st.i++;
    return ANY_SHAPE;
  }
  if (c === "<") {
    st.i++;
    const alts: PyShape[] = [rpParseShapeAt(st)];
    while (src[st.i] === "|") {
      st.i++;
      alts.push(rpParseShapeAt(st));
    }
    expect(">");
    return { k: "union", alts };
  }
  // An atom: a letter code, or a name the runtime does not know (treated as "decide at run time").
  const start = st.i;
  while (st.i < src.length && /[A-Za-z0-9_]/.test(src[st.i])) st.i++;
  if (st.i === start) throw new globalThis.Error("bad shape");
  return rpAtomShapes[src.slice(start, st.i)] ?? ANY_SHAPE;
}

/**
 * The shape that describes `value` when `shape` may be a union: the alternative of the value's JS kind
 * (a number, an array of that length, a Map, a Set). The translator emits only alternatives that this
 * tells apart; none fitting means "decide at run time".
 */
export function shapeFor(shape: PyShape, value: unknown): PyShape {
  if (shape.k !== "union") return shape;
  for (const alt of shape.alts) {
    switch (alt.k) {
      case "f":
        if (typeof value === "number") return alt;
        break;
      case "tuple":
        if (Array.isArray(value) && value.length === alt.items.length) return alt;
        break;
      case "tuple...":
      case "list":
        if (Array.isArray(value)) return alt;
        break;
      case "dict":
        if (value instanceof Map) return alt;
        break;
      case "set":
        if (value instanceof Set) return alt;
        break;
      default:
        break;
    }
  }
  return ANY_SHAPE;
}

/** The shape of item `index` of a container with shape `shape` (already resolved with shapeFor). */
export function shapeOfItem(shape: PyShape, index: number): PyShape {
  switch (shape.k) {
    case "tuple":
      return shape.items[index] ?? ANY_SHAPE;
    case "tuple...":
    case "list":
    case "set":
      return shape.item;
    case "dict":
      return shape.value;
    default:
      return ANY_SHAPE;
  }
}

/** Python's `repr(x)` for a float: shortest round-trip digits, exponent below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  if (x === 0) return 1 / x < 0 ? "-0.0" : "0.0";
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const a = x < 0 ? -x : x;
  if (a >= 1e-4 && a < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + ".0" : s;
  }
  const e = x.toExponential();
  const at = e.indexOf("e");
  const expDigits = e.slice(at + 2);
  return e.slice(0, at + 2) + (expDigits.length < 2 ? "0" + expDigits : expDigits);
}

/** Python's `str(n)` for an int held in a number. */
export function intRepr(x: number): string {
  // Beyond 2^53 String() gives the shortest round-trip digits padded with zeros, not the exact value.
  if (x >= -9007199254740991 && x <= 9007199254740991) return String(x);
  return Number.isFinite(x) ? BigInt(x).toString() : floatRepr(x);
}

/** Without a shape a number is an int when integral, else a float. */
export function numberRepr(x: number, shape: PyShape): string {
  if (shapeFor(shape, x).k === "f") return floatRepr(x);
  return Number.isInteger(x) ? intRepr(x) : floatRepr(x);
}

/** Python's `repr(x)`. */
export function repr(value: unknown, shape?: string): string {
  return reprWithShape(value, shape === undefined ? ANY_SHAPE : parseShape(shape));
}

/** Python's `str(x)`. */
export function str(value: unknown, shape?: string): string {
  if (typeof value === "string") return value;
  return strWithShape(value, shape === undefined ? ANY_SHAPE : parseShape(shape));
}

/** Python's `ascii(x)`: the repr with every non-ASCII character escaped. */
export function asciiRepr(value: unknown, shape?: string): string {
  return escapeNonAscii(repr(value, shape));
}

/** `str()` with an already parsed shape. */
export function strWithShape(value: unknown, shape: PyShape): string {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null) {
    const method = (value as { __str__?: unknown }).__str__;
    if (typeof method === "function") return rpCheckString(method.call(value), "__str__");
    if (value instanceof globalThis.Error && !(value instanceof BaseException)) return value.message;
  }
  return reprWithShape(value, shape);
}

/** `repr()` with an already parsed shape. */
export function reprWithShape(value: unknown, shape: PyShape): string {
  shape = shapeFor(shape, value);
  switch (typeof value) {
    case "string":
      return rpStringRepr(value);
    case "number":
      return numberRepr(value, shape);
    case "boolean":
      return value ? "True" : "False";
    case "undefined":
      return "None";
    case "bigint":
      return value.toString();
    case "function":
      return rpFunctionRepr(value);
    case "object":
      return value === null ? "None" : rpObjectRepr(value, shape);
    default:
      return String(value);
  }
}

/** Tuples the translator marked where their static type could not say so (see `markTuple`). */
const rpMarkedTuples = new WeakSet<object>();

/**
 * A tuple made where its static type cannot tell it from a list (`{"ids": [1], "flags": (True,)}`):
 * marked, so that it prints as a tuple.
 */
export function markTuple<T extends readonly unknown[] | []>(items: T): T {
  rpMarkedTuples.add(items);
  return items;
}

/**
 * A value going where its static type is lost (an `Any` parameter): the tuples in it, as `shape`
 * names them, are marked so that they still print as tuples there.
 */
export function markTuples<T>(value: T, shape: string): T {
  rpMarkTuples(value, parseShape(shape));
  return value;
}

function rpMarkTuples(value: unknown, shape: PyShape): void {
  shape = shapeFor(shape, value);
  if (shape.k === "?") return;
  if (Array.isArray(value)) {
    if (shape.k === "tuple" || shape.k === "tuple...") rpMarkedTuples.add(value);
    value.forEach((v, i) => rpMarkTuples(v, shapeOfItem(shape, i)));
  } else if (value instanceof Map && shape.k === "dict") {
    for (const [k, v] of value) {
      rpMarkTuples(k, shape.key);
      rpMarkTuples(v, shape.value);
    }
  } else if (value instanceof Set) {
    for (const v of value) rpMarkTuples(v, shapeOfItem(shape, 0));
  }
}

/** Is this array a tuple whatever the static type said: a canonical dict key or set member, or marked? */
const rpKnownTuple = (value: object): boolean => hashedTuples.has(value) || rpMarkedTuples.has(value);

/** Containers being printed (innermost last), so that a recursive one prints `[...]` like CPython's Py_ReprEnter. */
const rpActive: object[] = [];

function rpObjectRepr(value: object, shape: PyShape): string {
  // Checked first so that runtime subclasses of Map or Array (defaultdict, Counter, deque) print their own way.
  const method = (value as { __repr__?: unknown }).__repr__;
  if (typeof method === "function") return rpCheckString(method.call(value), "__repr__");
  if (Array.isArray(value)) {
    const tuple = shape.k === "tuple" || shape.k === "tuple..." || rpKnownTuple(value);
    if (rpActive.includes(value)) return tuple ? "(...)" : "[...]";
    if (value.length === 0) return tuple ? "()" : "[]";
    rpActive.push(value);
    try {
      let out = "";
      // An exception's args know their items' shapes where the static type (`tuple[object, ...]`) does not.
      const argShapes = knownArgShapes(value);
      const itemShape = (i: number): PyShape => (argShapes?.[i] !== undefined ? parseShape(argShapes[i]) : shapeOfItem(shape, i));
      for (let i = 0; i < value.length; i++) out += (i === 0 ? "" : ", ") + reprWithShape(value[i], itemShape(i));
      return tuple ? (value.length === 1 ? `(${out},)` : `(${out})`) : `[${out}]`;
    } finally {
      rpActive.pop();
    }
  }
  if (value instanceof Map) {
    if (rpActive.includes(value)) return "{...}";
    if (value.size === 0) return "{}";
    const keyShape = shape.k === "dict" ? shape.key : ANY_SHAPE;
    const valueShape = shape.k === "dict" ? shape.value : ANY_SHAPE;
    rpActive.push(value);
    try {
      let out = "";
      for (const [k, v] of value) out += (out === "" ? "" : ", ") + reprWithShape(k, keyShape) + ": " + reprWithShape(v, valueShape);
      return `{${out}}`;
    } finally {
      rpActive.pop();
    }
  }
  if (value instanceof Set) {
    if (value.size === 0) return "set()";
    if (rpActive.includes(value)) return "set(...)";
    const elemShape = shape.k === "set" || shape.k === "list" ? shape.item : ANY_SHAPE;
    rpActive.push(value);
    try {
      let out = "";
      for (const v of pySetOrder(value)) out += (out === "" ? "" : ", ") + reprWithShape(v, elemShape);
      return `{${out}}`;
    } finally {
      rpActive.pop();
    }
  }
  if (value instanceof Uint8Array) return bytesRepr(value);
  if (value instanceof globalThis.Error) return `${value.name}(${rpStringRepr(value.message)})`;
  // A TypedDict value is a plain object in the translation; Python prints it as the dict it is.
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${rpStringRepr(k)}: ${reprWithShape(v, ANY_SHAPE)}`).join(", ")}}`;
  }
  return `<__main__.${typeNameOf(value)} object at ${rpAddress(value)}>`;
}

const rpAddresses = new WeakMap<object, string>();
let rpNextAddress = 0x7f3a1c2b0010;

/** A stable, distinct stand-in for CPython's memory address in default reprs (`object at 0x7f...`). */
function rpAddress(value: object): string {
  let address = rpAddresses.get(value);
  if (address === undefined) {
    address = "0x" + rpNextAddress.toString(16);
    rpNextAddress += 0x30;
    rpAddresses.set(value, address);
  }
  return address;
}

function rpCheckString(result: unknown, method: string): string {
  if (typeof result !== "string") throw new TypeError(`${method} returned non-string (type ${typeNameOf(result)})`);
  return result;
}

/** Python's `type(x).__name__` as far as the value model can tell. */
export function typeNameOf(value: unknown, shape: PyShape = ANY_SHAPE): string {
  shape = shapeFor(shape, value);
  switch (typeof value) {
    case "string":
      return "str";
    case "number":
      return shape.k === "f" || !Number.isInteger(value) ? "float" : "int";
    case "bigint":
      return "int";
    case "boolean":
      return "bool";
    case "undefined":
      return "NoneType";
    case "function":
      return rpIsClass(value) ? "type" : "function";
    case "object":
      if (value === null) return "NoneType";
      if (Array.isArray(value)) return shape.k === "tuple" || shape.k === "tuple..." || rpKnownTuple(value) ? "tuple" : "list";
      if (value instanceof Map) return "dict";
      if (value instanceof Set) return "set";
      if (value instanceof Uint8Array) return "bytes";
      {
        const tag = (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag];
        if (tag === "Generator") return "generator";
        if (tag === "AsyncGenerator") return "async_generator";
        const ctor = (value as { constructor?: unknown }).constructor;
        // A runtime class may declare its Python name (`Timedelta.__name__` is "timedelta").
        const declared = typeof ctor === "function" ? (ctor as { __name__?: unknown }).__name__ : undefined;
        if (typeof declared === "string") return declared;
        const name = typeof ctor === "function" ? ctor.name : "";
        return name === "" || name === "Object" ? "object" : name;
      }
    default:
      return typeof value;
  }
}

const rpBuiltinClassNames = new Set(
  ("BaseException Exception SystemExit KeyboardInterrupt GeneratorExit ArithmeticError ZeroDivisionError OverflowError " +
    "AssertionError AttributeError LookupError IndexError KeyError NameError UnboundLocalError NotImplementedError " +
    "RecursionError RuntimeError StopIteration StopAsyncIteration TypeError ValueError UnicodeError UnicodeDecodeError " +
    "UnicodeEncodeError OSError ConnectionError ConnectionRefusedError ConnectionResetError FileNotFoundError TimeoutError " +
    "EOFError ImportError ModuleNotFoundError BaseExceptionGroup ExceptionGroup").split(" "),
);

function rpIsClass(f: Function): boolean {
  return Function.prototype.toString.call(f).startsWith("class");
}

function rpFunctionRepr(f: Function): string {
  if (rpIsClass(f)) {
    const builtin = (f === BaseException || f.prototype instanceof BaseException) && rpBuiltinClassNames.has(f.name);
    return builtin ? `<class '${f.name}'>` : `<class '__main__.${f.name}'>`;
  }
  const name = f.name.startsWith("bound ") ? f.name.slice(6) : f.name;
  return `<function ${name === "" ? "<lambda>" : name}>`;
}

/** Python's bytes repr, e.g. `b'\x00ab'`; a `'` without a `"` switches to double quotes. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = quote === 0x22 ? 'b"' : "b'";
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === quote || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + (c < 16 ? "0" : "") + c.toString(16);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/** Python's str repr: quote choice, escapes, and non-printable code points as \x, \u or \U. */
function rpStringRepr(s: string): string {
  let hasSingle = false;
  let hasDouble = false;
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 0x5c) plain = false;
    else if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  if (plain && !(hasSingle && hasDouble)) return quote + s + quote;
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      if (c === 0x5c) out += "\\\\";
      else if (s[i] === quote) out += "\\" + quote;
      else out += s[i];
    } else if (c === 0x0a) out += "\\n";
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x80) out += "\\x" + rpHex(c, 2);
    else {
      const cp = s.codePointAt(i) as number;
      const width = cp > 0xffff ? 2 : 1;
      out += rpIsPrintable(s, i, cp) ? s.slice(i, i + width) : rpEscapeCodePoint(cp);
      i += width - 1;
    }
  }
  return out + quote;
}

function rpHex(c: number, width: number): string {
  return c.toString(16).padStart(width, "0");
}

function rpEscapeCodePoint(cp: number): string {
  if (cp <= 0xff) return "\\x" + rpHex(cp, 2);
  if (cp <= 0xffff) return "\\u" + rpHex(cp, 4);
  return "\\U" + rpHex(cp, 8);
}

export function escapeNonAscii(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) < 0x80) continue;
    const cp = s.codePointAt(i) as number;
    out += s.slice(from, i) + rpEscapeCodePoint(cp);
    if (cp > 0xffff) i++;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Python's str.isprintable for one character: not in categories Cc Cf Cs Co Cn Zl Zp Zs. */
const rpNonPrintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/uy;

/**
 * Code points CPython 3.11 (Unicode 14) calls non-printable because they were unassigned then, but that
 * newer Unicode data (Node's, up to 17) assigns. Ranges in hex, `a` or `a-b`.
 */
const rpUnassignedIn14 =
  "88f 897 c5c cdc cf3 ece 1acf-1add 1ae0-1aeb 1b4e-1b4f 1b7f 1c89-1c8a 20c1 2427-2429 2b96 2ffc-2fff 31e4-31e5 31ef a7cb-a7cf a7d2 a7d4 a7da-a7dc a7f1 " +
  "fbc3-fbd2 fd90-fd91 fdc8-fdce 105c0-105f3 10940-10959 10d40-10d65 10d69-10d85 10d8e-10d8f 10ec2-10ec7 10ed0-10ed8 10efa-10eff 1123f-11241 " +
  "11380-11389 1138b 1138e 11390-113b5 113b7-113c0 113c2 113c5 113c7-113ca 113cc-113d5 113d7-113d8 113e1-113e2 116d0-116e3 11b00-11b09 " +
  "11b60-11b67 11bc0-11be1 11bf0-11bf9 11db0-11ddb 11de0-11de9 11f00-11f10 11f12-11f3a 11f3e-11f5a 1342f 13440-13455 13460-143fa 16100-16139 " +
  "16d40-16d79 16ea0-16eb8 16ebb-16ed3 16ff2-16ff6 187f8-187ff 18cff 18d09-18d1e 18d80-18df2 1b132 1b155 1cc00-1ccfc 1cd00-1ceb3 1ceba-1ced0 " +
  "1cee0-1cef0 1d2c0-1d2d3 1df25-1df2a 1e030-1e06d 1e08f 1e4d0-1e4f9 1e5d0-1e5fa 1e5ff 1e6c0-1e6de 1e6e0-1e6f5 1e6fe-1e6ff 1f6d8 1f6dc " +
  "1f774-1f77f 1f7d9 1f8b2-1f8bb 1f8c0-1f8c1 1f8d0-1f8d8 1fa54-1fa57 1fa75-1fa77 1fa87-1fa8a 1fa8e-1fa8f 1faad-1faaf 1fabb-1fabf 1fac6 1fac8 " +
  "1facd-1facf 1fada-1fadc 1fadf 1fae8-1faea 1faef 1faf7-1faf8 1fbcb-1fbef 1fbfa 2b739-2b73f 2cea2-2cead 2ebf0-2ee5d 31350-33479";
let rpUnassignedRanges: number[] | null = null;

function rpIsPrintable(s: string, index: number, cp: number): boolean {
  rpNonPrintable.lastIndex = index;
  if (rpNonPrintable.test(s)) return false;
  if (rpUnassignedRanges === null) {
    rpUnassignedRanges = [];
    for (const part of rpUnassignedIn14.split(" ")) {
      const dash = part.indexOf("-");
      rpUnassignedRanges.push(parseInt(dash < 0 ? part : part.slice(0, dash), 16), parseInt(dash < 0 ? part : part.slice(dash + 1), 16));
    }
  }
  const ranges = rpUnassignedRanges;
  for (let i = 0; i < ranges.length && ranges[i] <= cp; i += 2) if (cp <= ranges[i + 1]) return false;
  return true;
}

setExceptionFormatter((value, asRepr, shape) => (asRepr ? repr(value, shape) : str(value, shape)));
