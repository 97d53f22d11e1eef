/**
 * Python's `hash(x)`. Numbers hash as CPython does (an int modulo 2**61 - 1, a float as the rational it
 * is, so `hash(2.0) == hash(2)` and `hash(-1) == -2`); `__hash__` is called; other values (strings,
 * tuples, None, plain objects) get a hash consistent with equality only, which is all CPython promises
 * for them too (string hashes are randomised per process).
 */
import { TypeError } from "./exceptions";
import { hashKeyText } from "./hash-keys";
import { findDunder } from "./truth";

const hbModulus = (BigInt(1) << BigInt(61)) - BigInt(1);

export function pyHash(x: unknown): number {
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "number") return hbNumber(x);
  if (typeof x === "bigint") return hbSigned(x < BigInt(0) ? -(-x % hbModulus) : x % hbModulus);
  if (x instanceof Map || x instanceof Set) throw new TypeError(`unhashable type: '${x instanceof Map ? "dict" : "set"}'`);
  const dunder = findDunder(x, "__hash__");
  if (dunder !== undefined && !Array.isArray(x)) return Number(dunder.call(x));
  return hbString(hashKeyText(x));
}

/** CPython's numeric hash: the value's numerator times the inverse of its power-of-two denominator, modulo 2**61 - 1. */
function hbNumber(x: number): number {
  if (Number.isNaN(x)) return 0;
  if (!Number.isFinite(x)) return x > 0 ? 314159 : -314159;
  let mantissa = Math.abs(x);
  let shift = 0;
  while (!Number.isInteger(mantissa)) {
    mantissa *= 2;
    shift++;
  }
  // 2**61 ≡ 1, so dividing by 2**shift multiplies by 2**(61 - shift % 61).
  const h = (BigInt(mantissa) % hbModulus << BigInt((61 - (shift % 61)) % 61)) % hbModulus;
  return hbSigned(x < 0 ? -h : h);
}

/** -1 is CPython's error marker: a hash of -1 becomes -2. */
function hbSigned(h: bigint): number {
  return h === BigInt(-1) ? -2 : Number(h);
}

/** A deterministic 32-bit FNV-1a hash of a text. */
function hbString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}
