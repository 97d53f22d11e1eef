/**
 * Python arithmetic where JavaScript's differs: floor division and modulo (sign of the divisor,
 * signed zeros as CPython), ZeroDivisionError instead of Infinity/NaN, `**` corner cases,
 * banker's `round` on the exact binary value, and `int()`/`float()` parsing.
 *
 * The translator knows statically whether operands are int or float and picks the function:
 * `floorDiv`/`mod`/`divmod`/`div`/`pow` when both operands are ints, the `…Float` variant when
 * either is a float (CPython's messages differ: `integer division or modulo by zero` vs
 * `float floor division by zero`). Ints are JS numbers; results beyond 2**53 lose precision.
 */
import { OverflowError, TypeError, ValueError, ZeroDivisionError } from "./exceptions";
import { findDunder, pythonTypeName } from "./truth";
import { repr } from "./repr";
import { isPyWhitespaceCode } from "./strings";

// ---------------------------------------------------------------------------------------------
// Division

/** Python's `a // b` for ints. */
export function floorDiv(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError("integer division or modulo by zero");
  // fmod is exact, so (a - r) / b is an exact integer for ints below 2**53.
  const r = a % b;
  const q = (a - r) / b;
  return (r !== 0 && r < 0 !== b < 0 ? q - 1 : q) + 0;
}

/** Python's `a % b` for ints: the result has the sign of `b`. */
export function mod(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError("integer modulo by zero");
  const r = a % b;
  return (r !== 0 && r < 0 !== b < 0 ? r + b : r) + 0;
}

/** Python's `divmod(a, b)` for ints. */
export function divmod(a: number, b: number): [number, number] {
  if (b === 0) throw new ZeroDivisionError("integer division or modulo by zero");
  const r = a % b;
  const q = (a - r) / b;
  return r !== 0 && r < 0 !== b < 0 ? [q - 1 + 0, r + b + 0] : [q + 0, r + 0];
}

/** CPython's float_divmod: quotient snapped to an integral value, zeros signed as CPython does. */
function numFloatDivmod(vx: number, wx: number): [number, number] {
  let m = vx % wx;
  let div = (vx - m) / wx;
  // C's `if (mod)` is true for NaN: compare with 0 explicitly.
  if (m !== 0) {
    if (wx < 0 !== m < 0) {
      m += wx;
      div -= 1;
    }
  } else m = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return [floordiv, m];
}

/** Python's `a // b` when either operand is a float. */
export function floorDivFloat(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError("float floor division by zero");
  return numFloatDivmod(a, b)[0];
}

/** Python's `a % b` when either operand is a float (`-0.0 % 5 == 0.0`, `-5 % inf == inf`). */
export function modFloat(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError("float modulo");
  let m = a % b;
  if (m !== 0) {
    if (b < 0 !== m < 0) m += b;
  } else m = b < 0 ? -0 : 0;
  return m;
}

/** Python's `divmod(a, b)` when either operand is a float. */
export function divmodFloat(a: number, b: number): [number, number] {
  if (b === 0) throw new ZeroDivisionError("float divmod()");
  return numFloatDivmod(a, b);
}

/** Python's `a / b` for two ints. */
export function div(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError("division by zero");
  return a / b;
}

/** Python's `a / b` when either operand is a float. */
export function divFloat(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError("float division by zero");
  return a / b;
}

// ---------------------------------------------------------------------------------------------
// Powers

/** Python's `a ** b` / `pow(a, b[, m])` for ints (a negative exponent gives a float). */
export function pow(base: number, exp: number, modulus?: number | null): number {
  if (modulus != null) return numPowMod(base, exp, modulus);
  if (base === 0 && exp < 0) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
  return base ** exp;
}

/** Python's `a ** b` when either operand is a float (C99 `pow` corner cases, OverflowError). */
export function powFloat(base: number, exp: number): number {
  // An infinite exponent never raises (`0.0 ** -inf` is inf).
  if (base === 0 && exp < 0 && exp !== -Infinity) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
  // C's pow(1, y) and pow(-1, ±inf) are 1; JS gives NaN.
  if (base === 1 || (base === -1 && (exp === Infinity || exp === -Infinity))) return 1;
  const r = base ** exp;
  if ((r === Infinity || r === -Infinity) && Number.isFinite(base) && Number.isFinite(exp)) throw new OverflowError(34, "Numerical result out of range");
  return r;
}

/** Three-argument pow on ints, exact via BigInt; a negative exponent uses the modular inverse (3.8+). */
function numPowMod(base: number, exp: number, modulus: number): number {
  if (!Number.isInteger(base) || !Number.isInteger(exp) || !Number.isInteger(modulus)) throw new TypeError("pow() 3rd argument not allowed unless all arguments are integers");
  if (modulus === 0) throw new ValueError("pow() 3rd argument cannot be 0");
  const zero = BigInt(0);
  const one = BigInt(1);
  const two = BigInt(2);
  let m = BigInt(modulus);
  const negative = m < zero;
  if (negative) m = -m;
  let b = ((BigInt(base) % m) + m) % m;
  let e = BigInt(exp);
  if (e < zero) {
    const inv = numModInverse(b, m);
    if (inv === null) throw new ValueError("base is not invertible for the given modulus");
    b = inv;
    e = -e;
  }
  let r = one % m;
  while (e > zero) {
    if (e % two === one) r = (r * b) % m;
    b = (b * b) % m;
    e /= two;
  }
  if (negative && r !== zero) r -= m;
  return Number(r);
}

function numModInverse(a: bigint, m: bigint): bigint | null {
  const zero = BigInt(0);
  let [oldR, r] = [a, m];
  let [oldS, s] = [BigInt(1), zero];
  while (r !== zero) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== BigInt(1)) return null;
  return ((oldS % m) + m) % m;
}

// ---------------------------------------------------------------------------------------------
// round

/** Python's `round(x)` (-> int, ties to even) and `round(x, ndigits)` (correctly rounded on the exact binary value, ties to even). */
export function round(x: number, ndigits?: number | null): number {
  if (ndigits == null) {
    if (Number.isInteger(x)) return x + 0;
    if (x !== x) throw new ValueError("cannot convert float NaN to integer");
    if (x === Infinity || x === -Infinity) throw new OverflowError("cannot convert float infinity to integer");
    const a = Math.abs(x);
    const f = Math.floor(a);
    const diff = a - f; // exact
    const r = diff > 0.5 || (diff === 0.5 && f % 2 === 1) ? f + 1 : f;
    return (x < 0 ? -r : r) + 0;
  }
  if (typeof ndigits !== "number" || !Number.isInteger(ndigits)) throw new TypeError(`'${pythonTypeName(ndigits)}' object cannot be interpreted as an integer`);
  if (!Number.isFinite(x) || x === 0) return x;
  // CPython's bounds: beyond these every double is unchanged, or rounds to a signed zero.
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 ? -0 : 0;
  if (ndigits >= 0 && Number.isInteger(x)) return x;
  const [mant, exp2] = numDecompose(Math.abs(x));
  if (ndigits >= 0 && ndigits <= 100) {
    // x * 10**n is a tie only if x * 2 * 10**n is an odd integer; otherwise toFixed (exact decimal
    // rounding of the double, then correctly rounded parsing) gives CPython's answer.
    const twos = numTrailingZeros(mant);
    if (exp2 + ndigits + 1 + twos < 0) return Number(x.toFixed(ndigits));
  }
  return numRoundExact(x, mant, exp2, ndigits);
}

const numBits = new DataView(new ArrayBuffer(8));

/** |x| = mant * 2**exp2 exactly, mant a 53-bit (or subnormal) integer. */
function numDecompose(a: number): [number, number] {
  numBits.setFloat64(0, a);
  const hi = numBits.getUint32(0);
  const lo = numBits.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  const fracHi = hi & 0xfffff;
  if (e === 0) return [fracHi * 4294967296 + lo, -1074];
  return [(fracHi + 0x100000) * 4294967296 + lo, e - 1075];
}

function numTrailingZeros(n: number): number {
  let t = 0;
  while (n > 0 && n % 2 === 0) {
    n /= 2;
    t++;
  }
  return t;
}

/** Round half-even of |x| * 10**n computed on BigInts, then parsed back (correctly rounded). */
function numRoundExact(x: number, mant: number, exp2: number, n: number): number {
  const ten = BigInt(10);
  const two = BigInt(2);
  let num = BigInt(mant);
  let den = BigInt(1);
  if (n >= 0) num *= ten ** BigInt(n);
  else den *= ten ** BigInt(-n);
  if (exp2 >= 0) num *= two ** BigInt(exp2);
  else den *= two ** BigInt(-exp2);
  let q = num / den;
  const r2 = (num % den) * two;
  if (r2 > den || (r2 === den && q % two === BigInt(1))) q += BigInt(1);
  const magnitude = Number(`${q}e${-n}`);
  if (magnitude === Infinity) throw new OverflowError("rounded value too large to represent");
  return x < 0 ? -magnitude : magnitude;
}

// ---------------------------------------------------------------------------------------------
// int() and float()

/** Replaces Unicode decimal digits (any script) by ASCII ones, as CPython does before parsing. */
function numAsciiDigits(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return s.replace(/\p{Nd}/gu, (d) => String(numUnicodeDigitValue(d.codePointAt(0) as number)));
}

/** Decimal digits come in contiguous runs of ten starting at zero. */
function numUnicodeDigitValue(cp: number): number {
  let k = 0;
  while (/^\p{Nd}$/u.test(String.fromCodePoint(cp - k - 1))) k++;
  return k % 10;
}

function numStripWhitespace(s: string): string {
  let i = 0;
  let j = s.length;
  while (i < j && isPyWhitespaceCode(s.charCodeAt(i))) i++;
  while (j > i && isPyWhitespaceCode(s.charCodeAt(j - 1))) j--;
  return s.slice(i, j);
}

function numBytesToLatin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

/**
 * Python's `int(value)` / `int(text, base)`: truncates floats, parses str/bytes (whitespace,
 * sign, underscores between digits, 0x/0o/0b prefixes, base 0 = as a literal).
 */
export function toInt(value: unknown, base?: number | null): number {
  if (base != null) {
    if (typeof value !== "string" && !(value instanceof Uint8Array)) throw new TypeError("int() can't convert non-string with explicit base");
    return numParseInt(value, base);
  }
  switch (typeof value) {
    case "number":
      if (Number.isInteger(value)) return value + 0;
      if (value !== value) throw new ValueError("cannot convert float NaN to integer");
      if (value === Infinity || value === -Infinity) throw new OverflowError("cannot convert float infinity to integer");
      return Math.trunc(value) + 0;
    case "boolean":
      return value ? 1 : 0;
    case "bigint":
      return Number(value);
    case "string":
      return numParseInt(value, 10);
    default:
      break;
  }
  if (value instanceof Uint8Array) return numParseInt(value, 10);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const f = findDunder(value, name);
    if (f) return toInt(f.call(value));
  }
  throw new TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${pythonTypeName(value)}'`);
}

function numParseInt(original: string | Uint8Array, base: number): number {
  if (!Number.isInteger(base) || (base !== 0 && (base < 2 || base > 36))) throw new ValueError("int() base must be >= 2 and <= 36, or 0");
  const text = typeof original === "string" ? original : numBytesToLatin1(original);
  const fail = (): never => {
    throw new ValueError(`invalid literal for int() with base ${base}: ${repr(original)}`);
  };
  let s = numStripWhitespace(numAsciiDigits(text));
  let negative = false;
  if (s[0] === "+" || s[0] === "-") {
    negative = s[0] === "-";
    s = s.slice(1);
  }
  let b = base;
  let prefixed = false;
  const p = s.slice(0, 2).toLowerCase();
  if ((b === 0 || b === 16) && p === "0x") [b, prefixed] = [16, true];
  else if ((b === 0 || b === 8) && p === "0o") [b, prefixed] = [8, true];
  else if ((b === 0 || b === 2) && p === "0b") [b, prefixed] = [2, true];
  if (prefixed) {
    s = s.slice(2);
    if (s[0] === "_") s = s.slice(1); // `0x_ff` is a valid literal
  } else if (b === 0) {
    // Base 0 follows Python literals: no leading zeros except for zero itself.
    if (/^0(_?0)*$/.test(s)) return 0;
    if (s[0] === "0") fail();
    b = 10;
  }
  if (!/^[0-9a-z](_?[0-9a-z])*$/i.test(s)) fail();
  const digits = s.indexOf("_") >= 0 ? s.replace(/_/g, "") : s;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i) | 0x20;
    const d = c <= 0x39 ? c - 0x30 : c - 0x57;
    if (d >= b) fail();
  }
  let result: number;
  if (b === 10) result = Number(digits);
  else if (digits.length <= 10) result = parseInt(digits, b);
  else {
    let big = BigInt(0);
    const bb = BigInt(b);
    for (const ch of digits.toLowerCase()) big = big * bb + BigInt(parseInt(ch, 36));
    result = Number(big);
  }
  return negative ? -result + 0 : result;
}

const numFloatSyntax = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?)$/;
const numFloatSpecial = /^([+-]?)(inf|infinity|nan)$/i;

/** Python's `float(value)`: accepts ' 1.5 ', '1_000.5', 'inf', '-Infinity', 'nan' (any case). */
export function toFloat(value: unknown): number {
  switch (typeof value) {
    case "number":
      return value;
    case "boolean":
      return value ? 1 : 0;
    case "bigint":
      return Number(value);
    case "string":
      return numParseFloat(value, value);
    default:
      break;
  }
  if (value instanceof Uint8Array) return numParseFloat(numBytesToLatin1(value), value);
  for (const name of ["__float__", "__index__"]) {
    const f = findDunder(value, name);
    if (f) return toFloat(f.call(value));
  }
  throw new TypeError(`float() argument must be a string or a real number, not '${pythonTypeName(value)}'`);
}

function numParseFloat(text: string, original: string | Uint8Array): number {
  const s = numStripWhitespace(numAsciiDigits(text));
  if (numFloatSyntax.test(s)) return Number(s.indexOf("_") >= 0 ? s.replace(/_/g, "") : s);
  const special = numFloatSpecial.exec(s);
  if (special) {
    if (special[2].toLowerCase() === "nan") return NaN;
    return special[1] === "-" ? -Infinity : Infinity;
  }
  throw new ValueError(`could not convert string to float: ${repr(original)}`);
}

/** Python's `abs(x)`. */
export function abs(x: number): number;
export function abs(x: unknown): unknown;
export function abs(x: unknown): unknown {
  if (typeof x === "number") return Math.abs(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return x < BigInt(0) ? -x : x;
  const f = findDunder(x, "__abs__");
  if (f) return f.call(x);
  throw new TypeError(`bad operand type for abs(): '${pythonTypeName(x)}'`);
}

/** `hex(n)`, `oct(n)`, `bin(n)`: Python puts the sign before the prefix (`-0x1f`). */
function numPrefixed(n: number, base: number, prefix: string): string {
  return n < 0 ? `-${prefix}${(-n).toString(base)}` : `${prefix}${n.toString(base)}`;
}
export const hex = (n: number): string => numPrefixed(n, 16, "0x");
export const oct = (n: number): string => numPrefixed(n, 8, "0o");
export const bin = (n: number): string => numPrefixed(n, 2, "0b");

/** `int.bit_length()`. */
export function bitLength(n: number): number {
  return n === 0 ? 0 : Math.abs(n).toString(2).length;
}
