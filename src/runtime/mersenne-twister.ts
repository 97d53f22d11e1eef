/**
 * CPython's core generator (`_random.Random`, Modules/_randommodule.c): MT19937 seeded with
 * `init_by_array`, so that a seeded translation draws exactly the numbers CPython draws.
 * Python ints are JavaScript numbers in a translation, so results are limited to 53 bits.
 */
import { createHash as mtCreateHash, randomBytes as mtRandomBytes } from "node:crypto";
import { OverflowError, TypeError, ValueError } from "./exceptions";
import { pythonTypeName } from "./truth";

const MT_N = 624;
const MT_M = 397;
const MT_MATRIX_A = 0x9908b0df;
const MT_UPPER_MASK = 0x80000000;
const MT_LOWER_MASK = 0x7fffffff;
/** Python's hash modulus for numbers, 2**61 - 1. */
const MT_HASH_MODULUS = (1n << 61n) - 1n;

/** `hash(x)` of a float that is not an integer (CPython's `_Py_HashDouble`). */
function mtFloatHash(x: number): bigint {
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (Number.isNaN(x)) return 0n;
  // x = mantissa * 2**exponent exactly, with an integer mantissa.
  let exponent = 0;
  let mantissa = Math.abs(x);
  while (!Number.isInteger(mantissa)) {
    mantissa *= 2;
    exponent--;
  }
  // 2**61 ≡ 1 (mod 2**61 - 1), so dividing by 2**k multiplies by 2**(61 - k % 61).
  const shift = BigInt((61 - (-exponent % 61)) % 61);
  let h = (BigInt(mantissa) << shift) % MT_HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** The seed's 32-bit key words, least significant first (at least one word), as CPython splits `abs(n)`. */
function mtKeyWords(n: bigint): number[] {
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return words;
}

/** `int.from_bytes(data, "big")` as key words, least significant first. */
function mtBytesKeyWords(data: Uint8Array): number[] {
  let n = 0n;
  for (const b of data) n = (n << 8n) | BigInt(b);
  return mtKeyWords(n);
}

export class MersenneTwister {
  private readonly mt = new Uint32Array(MT_N);
  private index = MT_N + 1;

  /**
   * `seed(a)`: None seeds from the system's randomness; an int by its absolute value; a str, bytes or
   * bytearray by itself followed by its SHA-512 digest (version 2); anything else by `hash(a)`
   * taken as an unsigned 64-bit number. A float with an integral value is an int here (the
   * translation cannot tell `-3.0` from `-3`).
   */
  seed(a: unknown = null): void {
    if (a === null || a === undefined) {
      const bytes = mtRandomBytes(MT_N * 4);
      this.initByArray(Array.from({ length: MT_N }, (_, i) => bytes.readUInt32LE(i * 4)));
    } else if (typeof a === "number" || typeof a === "boolean") {
      const n = Number(a);
      if (Number.isInteger(n)) this.initByArray(mtKeyWords(BigInt(Math.abs(n))));
      else this.initByArray(mtKeyWords(BigInt.asUintN(64, mtFloatHash(n))));
    } else if (typeof a === "string" || a instanceof Uint8Array) {
      const data = typeof a === "string" ? new TextEncoder().encode(a) : a;
      const digest = mtCreateHash("sha512").update(data).digest();
      const joined = new Uint8Array(data.length + digest.length);
      joined.set(data);
      joined.set(digest, data.length);
      this.initByArray(mtBytesKeyWords(joined));
    } else {
      throw new TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s;
    for (let i = 1; i < MT_N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = Math.imul(1812433253, prev) + i;
    }
    this.index = MT_N;
  }

  private initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(MT_N, key.length); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j;
      i++;
      j++;
      if (i >= MT_N) {
        mt[0] = mt[MT_N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = MT_N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (mt[i]! ^ Math.imul(prev, 1566083941)) - i;
      i++;
      if (i >= MT_N) {
        mt[0] = mt[MT_N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** The next tempered 32-bit output (`genrand_uint32`). */
  nextUint32(): number {
    const mt = this.mt;
    if (this.index >= MT_N) {
      for (let kk = 0; kk < MT_N; kk++) {
        const y = (mt[kk]! & MT_UPPER_MASK) | (mt[(kk + 1) % MT_N]! & MT_LOWER_MASK);
        mt[kk] = mt[(kk + MT_M) % MT_N]! ^ (y >>> 1) ^ (y & 1 ? MT_MATRIX_A : 0);
      }
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `random()`: a float in [0.0, 1.0) from 53 random bits. */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /** `getrandbits(k)`: an int of k random bits, the low 32 drawn first. */
  getrandbits(k: number): number {
    if (k < 0) throw new ValueError("number of bits must be non-negative");
    if (k > 53) throw new OverflowError(`getrandbits(${k}): ints of more than 53 bits cannot be represented in the translation`);
    if (k === 0) return 0;
    if (k <= 32) return this.nextUint32() >>> (32 - k);
    const low = this.nextUint32();
    const high = this.nextUint32() >>> (64 - k);
    return high * 0x100000000 + low;
  }

  /** `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, "little")`, drawn 32 bits at a time. */
  randbytes(n: number): Uint8Array {
    if (n < 0) throw new ValueError("negative argument not allowed");
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const left = n - i;
      let word = this.nextUint32();
      if (left < 4) word >>>= 32 - left * 8;
      for (let b = 0; b < Math.min(4, left); b++) out[i + b] = (word >>> (8 * b)) & 0xff;
    }
    return out;
  }

  /** The generator's state as CPython's `_random.Random.getstate()`: 624 words and the position. */
  internalState(): number[] {
    return [...this.mt, this.index];
  }

  setInternalState(state: readonly unknown[]): void {
    if (!Array.isArray(state)) throw new TypeError(`state vector must be a tuple, not ${pythonTypeName(state)}`);
    if (state.length !== MT_N + 1) throw new ValueError("state vector is the wrong size");
    const index = state[MT_N];
    if (typeof index !== "number" || index < 0 || index > MT_N) throw new ValueError("invalid state");
    state.slice(0, MT_N).forEach((w, i) => {
      this.mt[i] = Number(w);
    });
    this.index = index;
  }
}
