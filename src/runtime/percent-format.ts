/**
 * Python's `fmt % args` for str, ported from CPython 3.11's PyUnicode_Format (Objects/unicodeobject.c).
 */
import { KeyError, OverflowError, TypeError, ValueError } from "./exceptions";
import { doubleToText } from "./format-spec";
import { ANY_SHAPE, escapeNonAscii, intRepr, parseShape, reprWithShape, shapeFor, shapeOfItem, strWithShape, typeNameOf } from "./repr";
import type { PyShape } from "./repr";

interface PfState {
  readonly fmt: string;
  pos: number;
  /** The current source of arguments: the args tuple, or the value looked up by `%(name)`. */
  args: unknown;
  argsShape: PyShape;
  /** -1 when `args` is a single value (used once), else the tuple length. */
  argLen: number;
  argIndex: number;
}

/**
 * `fmt % args`. `args` is a tuple (a JS array, unless the shape says otherwise), a single value, or a
 * Map for `%(name)s`. The shape describes `args`: `(i,f)` for a tuple, `f` for a single float...
 */
export function percentFormat(fmt: string, args: unknown, shape?: string): string {
  const argsShape = shapeFor(shape === undefined ? ANY_SHAPE : parseShape(shape), args);
  const isTuple = Array.isArray(args) && (argsShape.k === "?" || argsShape.k === "tuple" || argsShape.k === "tuple...");
  // CPython treats anything subscriptable but a tuple or str as a mapping (so `"x" % [1]` is not an error).
  const mapping = !isTuple && typeof args === "object" && args !== null && (args instanceof Map || Array.isArray(args) || args instanceof Uint8Array || typeof (args as { __getitem__?: unknown }).__getitem__ === "function") ? args : null;
  const st: PfState = { fmt, pos: 0, args, argsShape, argLen: isTuple ? (args as unknown[]).length : -1, argIndex: isTuple ? 0 : -2 };
  let out = "";
  let literalStart = 0;
  while (st.pos < fmt.length) {
    const i = fmt.indexOf("%", st.pos);
    if (i < 0) break;
    out += fmt.slice(literalStart, i);
    st.pos = i + 1;
    out += pfFormatOne(st, mapping);
    literalStart = st.pos;
  }
  out += fmt.slice(literalStart);
  if (st.argIndex < st.argLen && mapping === null) throw new TypeError("not all arguments converted during string formatting");
  return out;
}

function pfNextArg(st: PfState): [unknown, PyShape] {
  const index = st.argIndex;
  if (index < st.argLen) {
    st.argIndex++;
    if (st.argLen < 0) return [st.args, st.argsShape];
    const item = (st.args as unknown[])[index];
    return [item, shapeFor(shapeOfItem(st.argsShape, index), item)];
  }
  throw new TypeError("not enough arguments for format string");
}

function pfLookup(mapping: unknown, key: string): unknown {
  if (mapping instanceof Map) {
    if (!mapping.has(key)) throw new KeyError(key);
    return mapping.get(key);
  }
  const getItem = (mapping as { __getitem__?: unknown }).__getitem__;
  if (typeof getItem === "function") return getItem.call(mapping, key);
  throw new TypeError("list indices must be integers or slices, not str");
}

function pfIsInt(value: unknown, shape: PyShape): boolean {
  return typeof value === "boolean" || typeof value === "bigint" || (typeof value === "number" && shape.k !== "f" && Number.isInteger(value));
}

function pfStarArg(st: PfState): number {
  const [v, shape] = pfNextArg(st);
  if (!pfIsInt(v, shape)) throw new TypeError("* wants int");
  return Number(v);
}

/** Parses and formats one `%` directive starting after the `%`. */
function pfFormatOne(st: PfState, mapping: unknown): string {
  const fmt = st.fmt;
  if (fmt[st.pos] === "(") {
    if (mapping === null) throw new TypeError("format requires a mapping");
    let depth = 1;
    const keyStart = ++st.pos;
    while (depth > 0 && st.pos < fmt.length) {
      if (fmt[st.pos] === ")") depth--;
      else if (fmt[st.pos] === "(") depth++;
      st.pos++;
    }
    if (depth > 0) throw new ValueError("incomplete format key");
    const key = fmt.slice(keyStart, st.pos - 1);
    st.args = pfLookup(mapping, key);
    st.argsShape = mapping instanceof Map && st.argsShape.k === "dict" ? shapeFor(st.argsShape.value, st.args) : ANY_SHAPE;
    st.argLen = -1;
    st.argIndex = -2;
  }
  if (fmt[st.pos] === "%") {
    st.pos++;
    return "%";
  }
  let left = false;
  let plus = false;
  let blank = false;
  let alt = false;
  let zero = false;
  for (;; st.pos++) {
    const c = fmt[st.pos];
    if (c === "-") left = true;
    else if (c === "+") plus = true;
    else if (c === " ") blank = true;
    else if (c === "#") alt = true;
    else if (c === "0") zero = true;
    else break;
  }
  let width = -1;
  if (fmt[st.pos] === "*") {
    width = pfStarArg(st);
    if (width < 0) {
      left = true;
      width = -width;
    }
    st.pos++;
  } else {
    const start = st.pos;
    while (st.pos < fmt.length && fmt[st.pos] >= "0" && fmt[st.pos] <= "9") st.pos++;
    if (st.pos > start) width = pfParseNumber(fmt.slice(start, st.pos), "width too big");
  }
  let precision = -1;
  if (fmt[st.pos] === ".") {
    precision = 0;
    st.pos++;
    if (fmt[st.pos] === "*") {
      precision = pfStarArg(st);
      if (precision > 2147483647 || precision < -2147483648) throw new OverflowError("Python int too large to convert to C int");
      precision = Math.max(0, precision);
      st.pos++;
    } else {
      const start = st.pos;
      while (st.pos < fmt.length && fmt[st.pos] >= "0" && fmt[st.pos] <= "9") st.pos++;
      if (st.pos > start) precision = pfParseNumber(fmt.slice(start, st.pos), "precision too big");
    }
  }
  if (st.pos < fmt.length && (fmt[st.pos] === "h" || fmt[st.pos] === "l" || fmt[st.pos] === "L")) st.pos++;
  if (st.pos >= fmt.length) throw new ValueError("incomplete format");
  const ch = fmt[st.pos++];
  const [value, shape] = pfNextArg(st);
  let text: string;
  let numeric = false;
  switch (ch) {
    case "s":
      text = strWithShape(value, shape);
      break;
    case "r":
      text = reprWithShape(value, shape);
      break;
    case "a":
      text = escapeNonAscii(reprWithShape(value, shape));
      break;
    case "i": case "d": case "u": case "o": case "x": case "X":
      text = pfFormatInteger(value, shape, ch, alt, precision);
      numeric = true;
      break;
    case "e": case "E": case "f": case "F": case "g": case "G":
      text = doubleToText(pfToFloat(value), ch, precision < 0 ? 6 : precision, alt, false);
      numeric = true;
      break;
    case "c":
      text = pfChar(value, shape);
      break;
    default: {
      const code = ch.codePointAt(0) as number;
      const shown = code >= 31 && code <= 126 ? ch : "?";
      throw new ValueError(`unsupported format character '${shown}' (0x${code.toString(16)}) at index ${st.pos - 1}`);
    }
  }
  return pfPad(text, ch, numeric, left, plus, blank, alt, zero, width, precision);
}

function pfParseNumber(digits: string, tooBig: string): number {
  const n = Number(digits);
  if (n > 2147483647) throw new ValueError(tooBig);
  return n;
}

function pfToFloat(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "bigint") return Number(value);
  throw new TypeError(`must be real number, not ${typeNameOf(value)}`);
}

function pfFormatInteger(value: unknown, shape: PyShape, ch: string, alt: boolean, precision: number): string {
  let n: number | bigint;
  if (typeof value === "boolean") n = value ? 1 : 0;
  else if (typeof value === "bigint") n = value;
  else if (typeof value === "number") {
    const isFloat = shape.k === "f" || !Number.isInteger(value);
    if (isFloat && (ch === "o" || ch === "x" || ch === "X")) throw new TypeError(`%${ch} format: an integer is required, not float`);
    if (value !== value) throw new ValueError("cannot convert float NaN to integer");
    if (value === Infinity || value === -Infinity) throw new OverflowError("cannot convert float infinity to integer");
    n = Math.trunc(value) || 0;
  } else {
    const required = ch === "o" || ch === "x" || ch === "X" ? "an integer" : "a real number";
    throw new TypeError(`%${ch} format: ${required} is required, not ${typeNameOf(value, shape)}`);
  }
  const negative = n < 0;
  const magnitude = negative ? -n : n;
  let digits = ch === "o" ? magnitude.toString(8) : ch === "x" ? magnitude.toString(16) : ch === "X" ? magnitude.toString(16).toUpperCase() : typeof magnitude === "bigint" ? magnitude.toString() : intRepr(magnitude);
  if (precision > digits.length) digits = "0".repeat(precision - digits.length) + digits;
  const prefix = alt && ch === "o" ? "0o" : alt && ch === "x" ? "0x" : alt && ch === "X" ? "0X" : "";
  return (negative ? "-" : "") + prefix + digits;
}

function pfChar(value: unknown, shape: PyShape): string {
  if (typeof value === "string") {
    if (value.length === 1 || (value.length === 2 && (value.codePointAt(0) as number) > 0xffff)) return value;
  } else if (pfIsInt(value, shape)) {
    const n = Number(value);
    if (n < 0 || n > 0x10ffff) throw new OverflowError("%c arg not in range(0x110000)");
    return String.fromCodePoint(n);
  }
  throw new TypeError("%c requires int or char");
}

/** CPython's unicode_format_arg_output: sign, `0x` prefix, zero or space padding, `%s` truncation. */
function pfPad(text: string, ch: string, numeric: boolean, left: boolean, plus: boolean, blank: boolean, alt: boolean, zero: boolean, width: number, precision: number): string {
  let body = text;
  if (precision >= 0 && (ch === "s" || ch === "r" || ch === "a")) {
    const chars = Array.from(text);
    if (chars.length > precision) body = chars.slice(0, precision).join("");
  }
  let sign = "";
  if (numeric) {
    const first = body[0];
    if (first === "-" || first === "+") {
      sign = first;
      body = body.slice(1);
    } else if (plus) sign = "+";
    else if (blank) sign = " ";
  }
  let prefix = "";
  if (alt && (ch === "x" || ch === "X" || ch === "o")) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
  }
  const len = sign.length + prefix.length + Array.from(body).length;
  if (width <= len) return sign + prefix + body;
  const padding = width - len;
  if (left) return sign + prefix + body + " ".repeat(padding);
  if (numeric && zero) return sign + prefix + "0".repeat(padding) + body;
  return " ".repeat(padding) + sign + prefix + body;
}
