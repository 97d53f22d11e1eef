/**
 * Python's `json.loads` and `json.dumps`, following CPython 3.11's C scanner and encoder: objects decode
 * to Maps in document order (a repeated key keeps its first position and last value), errors carry
 * CPython's messages and positions, and output spacing and number formatting are Python's.
 */
import { TypeError, ValueError } from "./exceptions";
import { ANY_SHAPE, floatRepr, intRepr, parseShape, shapeFor, typeNameOf } from "./repr";
import type { PyShape } from "./repr";

/** `json.JSONDecodeError`; `pos`, `lineno` and `colno` count code points like Python. */
export class JSONDecodeError extends ValueError {
  readonly msg: string;
  readonly doc: string;
  readonly pos: number;
  readonly lineno: number;
  readonly colno: number;

  constructor(msg: string, doc: string, pos: number) {
    const where = jsonLineColumn(doc, pos);
    super(`${msg}: line ${where[0]} column ${where[1]} (char ${pos})`);
    this.msg = msg;
    this.doc = doc;
    this.pos = pos;
    this.lineno = where[0];
    this.colno = where[1];
  }
}

function jsonLineColumn(doc: string, pos: number): [number, number] {
  let line = 1;
  let lastNewline = -1;
  let cp = 0;
  for (const ch of doc) {
    if (cp >= pos) break;
    if (ch === "\n") {
      line++;
      lastNewline = cp;
    }
    cp++;
  }
  return [line, pos - lastNewline];
}

/** Throws JSONDecodeError at UTF-16 index `index` of `text` (reported in code points). */
function jsonFail(msg: string, text: string, index: number): never {
  let pos = index;
  for (let i = 0; i < index - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pos--;
        i++;
      }
    }
  }
  throw new JSONDecodeError(msg, text, pos);
}

/** The encoding of JSON bytes: a BOM, else the pattern of zero bytes in the first four (RFC 4627). */
function jsonDetectEncoding(b: Uint8Array): string {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8";
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return b[0] === 0xff ? "utf-16le" : "utf-16be";
  if (b.length >= 4 && b[0] !== 0) return b[1] === 0 ? "utf-16le" : "utf-8";
  if (b.length >= 2 && b[0] === 0) return "utf-16be";
  if (b.length >= 2 && b[1] === 0) return "utf-16le";
  return "utf-8";
}

/** Index just past the value most recently scanned. */
let jsonNext = 0;

/** Python's `json.loads(s)`; bytes are decoded as UTF-8, -16 or -32, detected as `json.detect_encoding` does. */
export function jsonLoads(s: string | Uint8Array): unknown {
  const text = typeof s === "string" ? s : new TextDecoder(jsonDetectEncoding(s), { fatal: true }).decode(s);
  if (text.charCodeAt(0) === 0xfeff) throw new JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0);
  const value = jsonScan(text, jsonSkipWhitespace(text, 0));
  const end = jsonSkipWhitespace(text, jsonNext);
  if (end !== text.length) jsonFail("Extra data", text, end);
  return value;
}

function jsonSkipWhitespace(s: string, from: number): number {
  let i = from;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else return i;
  }
}

function jsonScan(s: string, idx: number): unknown {
  if (idx >= s.length) jsonFail("Expecting value", s, idx);
  switch (s.charCodeAt(idx)) {
    case 0x22:
      return jsonString(s, idx + 1);
    case 0x7b:
      return jsonObject(s, idx + 1);
    case 0x5b:
      return jsonArray(s, idx + 1);
    case 0x6e:
      if (s.startsWith("null", idx)) {
        jsonNext = idx + 4;
        return null;
      }
      break;
    case 0x74:
      if (s.startsWith("true", idx)) {
        jsonNext = idx + 4;
        return true;
      }
      break;
    case 0x66:
      if (s.startsWith("false", idx)) {
        jsonNext = idx + 5;
        return false;
      }
      break;
    case 0x4e:
      if (s.startsWith("NaN", idx)) {
        jsonNext = idx + 3;
        return NaN;
      }
      break;
    case 0x49:
      if (s.startsWith("Infinity", idx)) {
        jsonNext = idx + 8;
        return Infinity;
      }
      break;
    case 0x2d:
      if (s.startsWith("-Infinity", idx)) {
        jsonNext = idx + 9;
        return -Infinity;
      }
      break;
  }
  return jsonNumber(s, idx);
}

function jsonIsDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function jsonNumber(s: string, start: number): number {
  let idx = start;
  if (s.charCodeAt(idx) === 0x2d) idx++;
  const first = s.charCodeAt(idx);
  if (first >= 0x31 && first <= 0x39) {
    idx++;
    while (jsonIsDigit(s.charCodeAt(idx))) idx++;
  } else if (first === 0x30) idx++;
  else jsonFail("Expecting value", s, start);
  let isFloat = false;
  if (s.charCodeAt(idx) === 0x2e && jsonIsDigit(s.charCodeAt(idx + 1))) {
    isFloat = true;
    idx += 2;
    while (jsonIsDigit(s.charCodeAt(idx))) idx++;
  }
  const e = s.charCodeAt(idx);
  if (e === 0x65 || e === 0x45) {
    const eStart = idx++;
    const sign = s.charCodeAt(idx);
    if (sign === 0x2b || sign === 0x2d) idx++;
    const digitsStart = idx;
    while (jsonIsDigit(s.charCodeAt(idx))) idx++;
    if (idx > digitsStart) isFloat = true;
    else idx = eStart;
  }
  jsonNext = idx;
  const n = Number(s.slice(start, idx));
  // Python ints have no negative zero.
  return isFloat ? n : n || 0;
}

function jsonHex4(s: string, at: number): number {
  let value = 0;
  for (let i = at; i < at + 4; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
    if (d < 0) return -1;
    value = value * 16 + d;
  }
  return value;
}

/** Scans a string body starting after the opening quote. */
function jsonString(s: string, bodyStart: number): string {
  const begin = bodyStart - 1;
  const len = s.length;
  let out = "";
  let end = bodyStart;
  for (;;) {
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = s.charCodeAt(next);
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f) jsonFail("Invalid control character at", s, next);
    }
    if (next >= len) jsonFail("Unterminated string starting at", s, begin);
    out += s.slice(end, next);
    next++;
    if (c === 0x22) {
      jsonNext = next;
      return out;
    }
    if (next === len) jsonFail("Unterminated string starting at", s, begin);
    const esc = s[next];
    if (esc !== "u") {
      end = next + 1;
      switch (esc) {
        case '"': case "\\": case "/":
          out += esc;
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "\t";
          break;
        default:
          jsonFail("Invalid \\escape", s, end - 2);
      }
      continue;
    }
    next++;
    end = next + 4;
    if (end >= len) jsonFail("Invalid \\uXXXX escape", s, next - 1);
    let code = jsonHex4(s, next);
    if (code < 0) jsonFail("Invalid \\uXXXX escape", s, end - 5);
    if (code >= 0xd800 && code <= 0xdbff && end + 6 < len && s.charCodeAt(end) === 0x5c && s.charCodeAt(end + 1) === 0x75) {
      const low = jsonHex4(s, end + 2);
      if (low < 0) jsonFail("Invalid \\uXXXX escape", s, end + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        end += 6;
      }
    }
    out += String.fromCodePoint(code);
  }
}

function jsonObject(s: string, start: number): Map<string, unknown> {
  const result = new Map<string, unknown>();
  let idx = jsonSkipWhitespace(s, start);
  if (s.charCodeAt(idx) !== 0x7d) {
    for (;;) {
      if (s.charCodeAt(idx) !== 0x22) jsonFail("Expecting property name enclosed in double quotes", s, idx);
      const key = jsonString(s, idx + 1);
      idx = jsonSkipWhitespace(s, jsonNext);
      if (s.charCodeAt(idx) !== 0x3a) jsonFail("Expecting ':' delimiter", s, idx);
      idx = jsonSkipWhitespace(s, idx + 1);
      result.set(key, jsonScan(s, idx));
      idx = jsonSkipWhitespace(s, jsonNext);
      if (s.charCodeAt(idx) === 0x7d) break;
      if (s.charCodeAt(idx) !== 0x2c) jsonFail("Expecting ',' delimiter", s, idx);
      idx = jsonSkipWhitespace(s, idx + 1);
    }
  }
  jsonNext = idx + 1;
  return result;
}

function jsonArray(s: string, start: number): unknown[] {
  const result: unknown[] = [];
  let idx = jsonSkipWhitespace(s, start);
  if (s.charCodeAt(idx) !== 0x5d) {
    for (;;) {
      result.push(jsonScan(s, idx));
      idx = jsonSkipWhitespace(s, jsonNext);
      if (s.charCodeAt(idx) === 0x5d) break;
      if (s.charCodeAt(idx) !== 0x2c) jsonFail("Expecting ',' delimiter", s, idx);
      idx = jsonSkipWhitespace(s, idx + 1);
    }
  }
  jsonNext = idx + 1;
  return result;
}

export interface JsonDumpsOptions {
  readonly indent?: number | string | null;
  readonly sortKeys?: boolean;
  readonly ensureAscii?: boolean;
  readonly separators?: readonly [string, string] | null;
  readonly default?: ((o: unknown) => unknown) | null;
}

interface JsonEncoder {
  readonly indent: string | null;
  readonly itemSeparator: string;
  readonly keySeparator: string;
  readonly sortKeys: boolean;
  readonly ensureAscii: boolean;
  readonly fallback: ((o: unknown) => unknown) | null;
  readonly markers: Set<object>;
}

/** Python's `json.dumps(value, ...)`; the shape says which numbers are floats. */
export function jsonDumps(value: unknown, options?: JsonDumpsOptions, shape?: string): string {
  const rawIndent = options?.indent ?? null;
  const indent = rawIndent === null ? null : typeof rawIndent === "string" ? rawIndent : " ".repeat(Math.max(0, rawIndent));
  const separators = options?.separators ?? (indent === null ? [", ", ": "] : [",", ": "]);
  const encoder: JsonEncoder = {
    indent,
    itemSeparator: separators[0],
    keySeparator: separators[1],
    sortKeys: options?.sortKeys ?? false,
    ensureAscii: options?.ensureAscii ?? true,
    fallback: options?.default ?? null,
    markers: new Set<object>(),
  };
  return jsonEncode(encoder, value, shape === undefined ? ANY_SHAPE : parseShape(shape), 0);
}

function jsonFloat(x: number): string {
  if (x !== x) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  return floatRepr(x);
}

function jsonNumberText(x: number, shape: PyShape): string {
  return shape.k === "f" || !Number.isInteger(x) ? jsonFloat(x) : intRepr(x);
}

function jsonEncode(enc: JsonEncoder, value: unknown, shape: PyShape, level: number): string {
  shape = shapeFor(shape, value);
  switch (typeof value) {
    case "string":
      return jsonQuote(value, enc.ensureAscii);
    case "number":
      return jsonNumberText(value, shape);
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return value.toString();
    case "undefined":
      return "null";
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return jsonEncodeList(enc, value, shape, level);
  if (value instanceof Map) return jsonEncodeDict(enc, value, shape, level);
  if (enc.fallback === null) throw new TypeError(`Object of type ${typeNameOf(value, shape)} is not JSON serializable`);
  const marker = typeof value === "object" || typeof value === "function" ? value : null;
  if (marker !== null) {
    if (enc.markers.has(marker)) throw new ValueError("Circular reference detected");
    enc.markers.add(marker);
  }
  const result = jsonEncode(enc, enc.fallback(value), ANY_SHAPE, level);
  if (marker !== null) enc.markers.delete(marker);
  return result;
}

function jsonEncodeList(enc: JsonEncoder, list: readonly unknown[], shape: PyShape, level: number): string {
  if (list.length === 0) return "[]";
  if (enc.markers.has(list)) throw new ValueError("Circular reference detected");
  enc.markers.add(list);
  const inner = level + 1;
  const newline = enc.indent === null ? "" : "\n" + enc.indent.repeat(inner);
  let out = "[" + newline;
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out += enc.itemSeparator + newline;
    const itemShape = shape.k === "tuple" ? (shape.items[i] ?? ANY_SHAPE) : shape.k === "tuple..." || shape.k === "list" ? shape.item : ANY_SHAPE;
    out += jsonEncode(enc, list[i], itemShape, inner);
  }
  enc.markers.delete(list);
  return out + (enc.indent === null ? "" : "\n" + enc.indent.repeat(level)) + "]";
}

function jsonEncodeDict(enc: JsonEncoder, dict: ReadonlyMap<unknown, unknown>, shape: PyShape, level: number): string {
  if (dict.size === 0) return "{}";
  if (enc.markers.has(dict)) throw new ValueError("Circular reference detected");
  enc.markers.add(dict);
  const keyShape = shape.k === "dict" ? shape.key : ANY_SHAPE;
  const valueShape = shape.k === "dict" ? shape.value : ANY_SHAPE;
  let entries: [unknown, unknown][] = Array.from(dict);
  if (enc.sortKeys) {
    jsonCheckSortable(entries);
    entries = entries.sort((a, b) => jsonCompareKeys(a[0], b[0]));
  }
  const inner = level + 1;
  const newline = enc.indent === null ? "" : "\n" + enc.indent.repeat(inner);
  let out = "{" + newline;
  let first = true;
  for (const [key, value] of entries) {
    let keyText: string;
    if (typeof key === "string") keyText = key;
    else if (typeof key === "number") keyText = jsonNumberText(key, keyShape);
    else if (key === true) keyText = "true";
    else if (key === false) keyText = "false";
    else if (key === null || key === undefined) keyText = "null";
    else if (typeof key === "bigint") keyText = key.toString();
    else throw new TypeError(`keys must be str, int, float, bool or None, not ${typeNameOf(key, keyShape)}`);
    if (!first) out += enc.itemSeparator + newline;
    first = false;
    out += jsonQuote(keyText, enc.ensureAscii) + enc.keySeparator + jsonEncode(enc, value, valueShape, inner);
  }
  enc.markers.delete(dict);
  return out + (enc.indent === null ? "" : "\n" + enc.indent.repeat(level)) + "}";
}

function jsonKeyKind(key: unknown): string {
  return typeof key === "string" ? "s" : typeof key === "number" || typeof key === "boolean" || typeof key === "bigint" ? "n" : "x";
}

/** Timsort meets keys in order, so the first key of another kind fails against its predecessor. */
function jsonCheckSortable(entries: readonly [unknown, unknown][]): void {
  const kind = jsonKeyKind(entries[0][0]);
  for (let i = 1; i < entries.length; i++) {
    const key = entries[i][0];
    if (jsonKeyKind(key) !== kind || kind === "x") throw new TypeError(`'<' not supported between instances of '${typeNameOf(key)}' and '${typeNameOf(entries[i - 1][0])}'`);
  }
}

/** `sorted(d.items())`: strings by code point, numbers and bools numerically. */
function jsonCompareKeys(a: unknown, b: unknown): number {
  if (typeof a === "string" && typeof b === "string") {
    if (a === b) return 0;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const x = a.codePointAt(i) as number;
      const y = b.codePointAt(i) as number;
      if (x !== y) return x - y;
      if (x > 0xffff) i++;
    }
    return a.length - b.length;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const jsonShortEscapes: Readonly<Record<number, string>> = { 0x22: '\\"', 0x5c: "\\\\", 0x08: "\\b", 0x0c: "\\f", 0x0a: "\\n", 0x0d: "\\r", 0x09: "\\t" };

/** Python's encode_basestring(_ascii): `"` and `\` escaped, control characters (and non-ASCII) as \uXXXX. */
function jsonQuote(s: string, ensureAscii: boolean): string {
  const limit = ensureAscii ? 0x7e : Infinity;
  let from = 0;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= limit && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(from, i) + (jsonShortEscapes[c] ?? "\\u" + c.toString(16).padStart(4, "0"));
    from = i + 1;
  }
  return out + s.slice(from) + '"';
}
