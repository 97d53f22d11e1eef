/**
 * Python's `format(value, spec)` (the f-string `{x:spec}` mini-language), ported from CPython 3.11's
 * Python/formatter_unicode.c so that padding, grouping and error messages match byte for byte.
 */
import { OverflowError, TypeError, ValueError } from "./exceptions";
import { ANY_SHAPE, floatRepr, intRepr, parseShape, shapeFor, strWithShape, typeNameOf } from "./repr";
import type { PyShape } from "./repr";

interface FsSpec {
  readonly fill: string;
  readonly align: string;
  readonly sign: string;
  readonly noNegZero: boolean;
  readonly alt: boolean;
  readonly width: number;
  /** "" none, "," or "_" (every 3 digits), "_4" (underscore every 4 digits, for b/o/x/X). */
  readonly grouping: string;
  readonly precision: number;
  readonly type: string;
}

/** Python's `format(value, spec)`; the shape says whether a number is a float. */
export function format(value: unknown, spec: string, shape?: string): string {
  return formatWithShape(value, spec, shape === undefined ? ANY_SHAPE : parseShape(shape));
}

/** `format()` with an already parsed shape. */
export function formatWithShape(value: unknown, spec: string, shape: PyShape): string {
  shape = shapeFor(shape, value);
  switch (typeof value) {
    case "string":
      return spec === "" ? value : fsFormatString(value, fsParseCached(fsStrSpecs, spec, "str", "s", "<"));
    case "number":
      if (shape.k === "f" || !Number.isInteger(value)) return spec === "" ? floatRepr(value) : fsFormatFloat(value, fsParseCached(fsFloatSpecs, spec, "float", "", ">"), "float");
      return spec === "" ? intRepr(value) : fsFormatInt(value, fsParseCached(fsIntSpecs, spec, "int", "d", ">"), "int");
    case "bigint":
      return spec === "" ? value.toString() : fsFormatInt(value, fsParseCached(fsIntSpecs, spec, "int", "d", ">"), "int");
    case "boolean":
      return spec === "" ? (value ? "True" : "False") : fsFormatInt(value ? 1 : 0, fsParseCached(fsBoolSpecs, spec, "bool", "d", ">"), "bool");
    default: {
      if (typeof value === "object" && value !== null) {
        const method = (value as { __format__?: unknown }).__format__;
        if (typeof method === "function") {
          const result: unknown = method.call(value, spec);
          if (typeof result !== "string") throw new TypeError(`__format__ must return a str, not ${typeNameOf(result)}`);
          return result;
        }
      }
      if (spec === "") return strWithShape(value, shape);
      throw new TypeError(`unsupported format string passed to ${typeNameOf(value, shape)}.__format__`);
    }
  }
}

/** Parsed specs per kind of value (the defaults and error messages depend on it). */
const fsStrSpecs = new Map<string, FsSpec>();
const fsIntSpecs = new Map<string, FsSpec>();
const fsFloatSpecs = new Map<string, FsSpec>();
const fsBoolSpecs = new Map<string, FsSpec>();

function fsParseCached(cache: Map<string, FsSpec>, spec: string, typeName: string, defaultType: string, defaultAlign: string): FsSpec {
  let parsed = cache.get(spec);
  if (parsed === undefined) {
    parsed = fsParseSpec(spec, typeName, defaultType, defaultAlign);
    if (cache.size >= 256) cache.clear();
    cache.set(spec, parsed);
  }
  return parsed;
}

function fsIsAlign(c: string | undefined): boolean {
  return c === "<" || c === ">" || c === "^" || c === "=";
}

function fsIsDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function fsParseSpec(spec: string, typeName: string, defaultType: string, defaultAlign: string): FsSpec {
  const end = spec.length;
  let pos = 0;
  let fill = " ";
  let align = defaultAlign;
  let fillSpecified = false;
  let alignSpecified = false;
  const firstWidth = end > 0 && (spec.codePointAt(0) as number) > 0xffff ? 2 : 1;
  if (end >= firstWidth + 1 && fsIsAlign(spec[firstWidth])) {
    fill = spec.slice(0, firstWidth);
    align = spec[firstWidth];
    fillSpecified = alignSpecified = true;
    pos = firstWidth + 1;
  } else if (end >= 1 && fsIsAlign(spec[0])) {
    align = spec[0];
    alignSpecified = true;
    pos = 1;
  }
  let sign = "";
  if (spec[pos] === "+" || spec[pos] === "-" || spec[pos] === " ") sign = spec[pos++];
  let noNegZero = false;
  if (spec[pos] === "z") {
    noNegZero = true;
    pos++;
  }
  let alt = false;
  if (spec[pos] === "#") {
    alt = true;
    pos++;
  }
  if (!fillSpecified && spec[pos] === "0") {
    fill = "0";
    if (!alignSpecified && defaultAlign === ">") align = "=";
    pos++;
  }
  let width = -1;
  let start = pos;
  while (fsIsDigit(spec[pos])) pos++;
  if (pos > start) width = fsParseInteger(spec.slice(start, pos));
  let grouping = "";
  if (spec[pos] === ",") {
    grouping = ",";
    pos++;
  }
  if (spec[pos] === "_") {
    if (grouping !== "") throw new ValueError("Cannot specify both ',' and '_'.");
    grouping = "_";
    pos++;
  }
  if (spec[pos] === "," && grouping === "_") throw new ValueError("Cannot specify both ',' and '_'.");
  let precision = -1;
  if (spec[pos] === ".") {
    pos++;
    start = pos;
    while (fsIsDigit(spec[pos])) pos++;
    if (pos === start) throw new ValueError("Format specifier missing precision");
    precision = fsParseInteger(spec.slice(start, pos));
  }
  if (end - pos > 1) throw new ValueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  const type = end - pos === 1 ? spec[pos] : defaultType;
  if (grouping !== "") {
    switch (type) {
      case "d": case "e": case "f": case "g": case "E": case "G": case "%": case "F": case "":
        break;
      case "b": case "o": case "x": case "X":
        if (grouping !== "_") throw new ValueError(`Cannot specify '${grouping}' with ${fsQuoteCode(type)}.`);
        grouping = "_4";
        break;
      default:
        throw new ValueError(`Cannot specify '${grouping}' with ${fsQuoteCode(type)}.`);
    }
  }
  return { fill, align, sign, noNegZero, alt, width, grouping, precision, type };
}

function fsParseInteger(digits: string): number {
  if (exceedsSsizeMax(digits)) throw new ValueError("Too many decimal digits in format string");
  return Number(digits);
}

/** Whether a run of decimal digits is above PY_SSIZE_T_MAX, CPython's limit for widths and indexes. */
export function exceedsSsizeMax(digits: string): boolean {
  let i = 0;
  while (i < digits.length - 1 && digits[i] === "0") i++;
  const n = digits.length - i;
  return n > 19 || (n === 19 && digits.slice(i) > "9223372036854775807");
}

/** `'d'`, or `'\x1'` for an unprintable code, as CPython writes it. */
function fsQuoteCode(type: string): string {
  const c = type.codePointAt(0) as number;
  return c > 32 && c < 128 ? `'${type}'` : `'\\x${c.toString(16)}'`;
}

function fsUnknownCode(type: string, typeName: string): never {
  throw new ValueError(`Unknown format code ${fsQuoteCode(type)} for object of type '${typeName}'`);
}

function fsCodePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function fsFormatString(value: string, spec: FsSpec): string {
  if (spec.type !== "s") fsUnknownCode(spec.type, "str");
  if (spec.sign !== "") throw new ValueError(spec.sign === " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
  if (spec.noNegZero) throw new ValueError("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alt) throw new ValueError("Alternate form (#) not allowed in string format specifier");
  if (spec.align === "=") throw new ValueError("'=' alignment not allowed in string format specifier");
  let text = value;
  let len = fsCodePoints(value);
  if (spec.precision >= 0 && len > spec.precision) {
    text = len === value.length ? value.slice(0, spec.precision) : Array.from(value).slice(0, spec.precision).join("");
    len = spec.precision;
  }
  if (spec.width <= len) return text;
  const pad = spec.width - len;
  const left = spec.align === ">" ? pad : spec.align === "^" ? Math.floor(pad / 2) : 0;
  return spec.fill.repeat(left) + text + spec.fill.repeat(pad - left);
}

function fsFormatInt(value: number | bigint, spec: FsSpec, typeName: string): string {
  switch (spec.type) {
    case "b": case "c": case "d": case "o": case "x": case "X": case "n":
      break;
    case "e": case "E": case "f": case "F": case "g": case "G": case "%":
      return fsFormatFloat(Number(value), spec, typeName);
    default:
      fsUnknownCode(spec.type, typeName);
  }
  if (spec.precision !== -1) throw new ValueError("Precision not allowed in integer format specifier");
  if (spec.noNegZero) throw new ValueError("Negative zero coercion (z) not allowed in integer format specifier");
  const negative = value < 0;
  if (spec.type === "c") {
    if (spec.sign !== "") throw new ValueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alt) throw new ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (negative || value > 0x10ffff) throw new OverflowError("%c arg not in range(0x110000)");
    return fsFillNumber(false, "", "", String.fromCodePoint(Number(value)), spec);
  }
  const magnitude = negative ? -value : value;
  let digits: string;
  let prefix = "";
  switch (spec.type) {
    case "b":
      digits = magnitude.toString(2);
      if (spec.alt) prefix = "0b";
      break;
    case "o":
      digits = magnitude.toString(8);
      if (spec.alt) prefix = "0o";
      break;
    case "x":
      digits = magnitude.toString(16);
      if (spec.alt) prefix = "0x";
      break;
    case "X":
      digits = magnitude.toString(16).toUpperCase();
      if (spec.alt) prefix = "0X";
      break;
    default:
      digits = typeof magnitude === "bigint" ? magnitude.toString() : intRepr(magnitude);
  }
  return fsFillNumber(negative, prefix, digits, "", spec);
}

function fsFormatFloat(value: number, spec: FsSpec, typeName: string): string {
  switch (spec.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": case "%":
      break;
    default:
      fsUnknownCode(spec.type, typeName);
  }
  if (spec.precision > 2147483647) throw new ValueError("precision too big");
  let type: string = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === "") {
    addDot0 = true;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let x = value;
  const percent = type === "%";
  if (percent) {
    type = "f";
    x *= 100;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let text = doubleToText(x, type, precision, spec.alt, addDot0);
  let negative = false;
  if (text.charCodeAt(0) === 0x2d) {
    negative = true;
    text = text.slice(1);
    if (spec.noNegZero && Number.isFinite(x) && fsIsZeroText(text)) negative = false;
  }
  if (percent) text += "%";
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  return fsFillNumber(negative, "", text.slice(0, i), text.slice(i), spec);
}

function fsIsZeroText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "e" || c === "E") break;
    if (c >= "1" && c <= "9") return false;
  }
  return true;
}

/**
 * CPython's calc_number_widths + fill_number: `[lpad][sign][prefix][spad][grouped digits][rest][rpad]`,
 * where `rest` is the decimal point, fraction, exponent and `%` (or the character for `c`).
 */
function fsFillNumber(negative: boolean, prefix: string, digits: string, rest: string, spec: FsSpec): string {
  const sign = negative ? "-" : spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
  if (spec.width < 0 && spec.grouping === "") return sign + prefix + digits + rest;
  const nonDigits = sign.length + prefix.length + fsCodePoints(rest);
  const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - nonDigits : 0;
  let grouped = digits;
  if (digits.length > 0 && (spec.grouping !== "" || minWidth > digits.length)) {
    grouped = fsGroupDigits(digits, minWidth, spec.grouping === "," ? "," : "_", spec.grouping === "" ? 0 : spec.grouping === "_4" ? 4 : 3);
  }
  const body = prefix + grouped + rest;
  const padding = spec.width - (nonDigits + grouped.length);
  if (padding <= 0) return sign + body;
  switch (spec.align) {
    case "<":
      return sign + body + spec.fill.repeat(padding);
    case "^": {
      const left = Math.floor(padding / 2);
      return spec.fill.repeat(left) + sign + body + spec.fill.repeat(padding - left);
    }
    case "=":
      return sign + prefix + spec.fill.repeat(padding) + grouped + rest;
    default:
      return spec.fill.repeat(padding) + sign + body;
  }
}

/** CPython's _PyUnicode_InsertThousandsGrouping, including zero padding up to `minWidth` (the `0` flag). */
function fsGroupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  if (size === 0) return minWidth > digits.length ? "0".repeat(minWidth - digits.length) + digits : digits;
  const groups: string[] = [];
  let remaining = digits.length;
  let min = minWidth;
  for (;;) {
    const len = Math.min(size, Math.max(remaining, min, 1));
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    groups.push("0".repeat(zeros) + digits.slice(remaining - chars, remaining));
    remaining -= chars;
    min -= len;
    if (remaining <= 0 && min <= 0) break;
    min -= sep.length;
  }
  return groups.reverse().join(sep);
}

/**
 * CPython's PyOS_double_to_string for types e, f, g (E, F, G upper-case) and r (repr): correctly
 * rounded, ties to even, with a leading "-" for negative values.
 */
export function doubleToText(x: number, type: string, precision: number, alt: boolean, addDot0: boolean): string {
  const upper = type === "E" || type === "F" || type === "G";
  const kind = upper ? type.toLowerCase() : type;
  const negative = x < 0 || (x === 0 && 1 / x < 0);
  const a = negative ? -x : x;
  if (a !== a) return upper ? "NAN" : "nan";
  if (a === Infinity) return (negative ? "-" : "") + (upper ? "INF" : "inf");
  if (kind === "f" && a < 1e21 && precision <= 100 && !fsIsTie(a, precision)) {
    // toFixed rounds the exact binary value correctly; only exact ties differ (it rounds them up, Python to even).
    return (negative ? "-" : "") + a.toFixed(precision) + (alt && precision === 0 ? "." : "");
  }
  let digits: string;
  let decpt: number;
  let p = precision;
  if (kind === "e") p++;
  else if (kind === "g" && p === 0) p = 1;
  if (a === 0) {
    digits = "0";
    decpt = 1;
  } else if (kind === "r") {
    const e = a.toExponential();
    const at = e.indexOf("e");
    digits = e[1] === "." ? e[0] + e.slice(2, at) : e.slice(0, at);
    decpt = Number(e.slice(at + 1)) + 1;
  } else {
    const exact = fsExactDecimal(a);
    const rounded = fsRoundDigits(exact.digits, exact.decpt, kind === "f" ? exact.decpt + p : p);
    digits = rounded.digits;
    decpt = rounded.decpt;
  }
  let useExp = false;
  let vEnd = digits.length;
  switch (kind) {
    case "e":
      useExp = true;
      vEnd = p;
      break;
    case "f":
      vEnd = decpt + p;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? p - 1 : p)) useExp = true;
      if (alt) vEnd = p;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  const n = digits.length;
  let out = negative ? "-" : "";
  if (decpt <= 0) out += "0".repeat(decpt - vStart) + "." + "0".repeat(-decpt);
  if (0 < decpt && decpt <= n) out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else out += digits;
  if (n < decpt) out += "0".repeat(decpt - n) + "." + "0".repeat(vEnd - decpt);
  else out += "0".repeat(vEnd - n);
  if (out.charCodeAt(out.length - 1) === 0x2e && !alt) out = out.slice(0, -1);
  if (useExp) {
    const e = exp < 0 ? -exp : exp;
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
  }
  return out;
}

/** Whether `a` lies exactly halfway between two multiples of 10^-p: its binary fraction has exactly p+1 bits. */
function fsIsTie(a: number, p: number): boolean {
  const scaled = a * 2 ** (p + 1);
  return Number.isInteger(scaled) && !Number.isInteger(scaled / 2);
}

const fsView = new DataView(new ArrayBuffer(8));
const fsPowersOf5: bigint[] = [BigInt(1)];
const fsFive = BigInt(5);

/** The exact decimal value of a positive finite double: `0.digits × 10^decpt`, no trailing zeros. */
function fsExactDecimal(a: number): { digits: string; decpt: number } {
  fsView.setFloat64(0, a);
  const hi = fsView.getUint32(0);
  const lo = fsView.getUint32(4);
  let exponent = (hi >>> 20) & 0x7ff;
  // Below 2^53, so exact as a number.
  let fraction = (hi & 0xfffff) * 4294967296 + lo;
  if (exponent === 0) exponent = 1;
  else fraction += 4503599627370496;
  const mantissa = BigInt(fraction);
  exponent -= 1075;
  let digits: string;
  let decpt: number;
  if (exponent >= 0) {
    digits = (mantissa << BigInt(exponent)).toString();
    decpt = digits.length;
  } else {
    // m × 2^e = m × 5^-e / 10^-e
    const k = -exponent;
    while (fsPowersOf5.length <= k) fsPowersOf5.push(fsPowersOf5[fsPowersOf5.length - 1] * fsFive);
    digits = (mantissa * fsPowersOf5[k]).toString();
    decpt = digits.length - k;
  }
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 0x30) end--;
  return { digits: digits.slice(0, end), decpt };
}

/** Keeps the first `keep` digits, rounding half to even; a zero result is `"0"` with decpt 1. */
function fsRoundDigits(digits: string, decpt: number, keep: number): { digits: string; decpt: number } {
  if (keep >= digits.length) return { digits, decpt };
  if (keep < 0) return { digits: "0", decpt: 1 };
  const next = digits.charCodeAt(keep) - 48;
  const previousOdd = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1;
  // Trailing zeros are stripped, so any digit after `next` means the rest is above one half.
  const up = next > 5 || (next === 5 && (keep + 1 < digits.length || previousOdd));
  let kept = digits.slice(0, keep);
  if (up) {
    let i = kept.length - 1;
    while (i >= 0 && kept.charCodeAt(i) === 0x39) i--;
    if (i < 0) return { digits: "1", decpt: decpt + 1 };
    kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  }
  let end = kept.length;
  while (end > 0 && kept.charCodeAt(end - 1) === 0x30) end--;
  return end === 0 ? { digits: "0", decpt: 1 } : { digits: kept.slice(0, end), decpt };
}
