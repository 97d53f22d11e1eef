/**
 * `base64` and `binascii` (`Error`, `hexlify`/`unhexlify`): encodings of bytes (`Uint8Array`) with CPython's decoding rules.
 * Decoding follows `binascii.a2b_base64`: characters outside the alphabet are skipped (unless
 * `validate`), a complete padding ends the data, and a short final group is `binascii.Error`.
 */
import { ValueError } from "./exceptions";

/** `binascii.Error` (a ValueError), printed under its Python name. */
export class BinasciiError extends ValueError {
  static readonly __name__ = "Error";
  constructor(...args: unknown[]) {
    super(...args);
    this.name = "Error";
  }
}

const B64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUES = new Map([...B64_ALPHABET].map((c, i) => [c.charCodeAt(0), i]));

/** The bytes of an ASCII str argument, as the decoders accept either. */
function b64Input(s: Uint8Array | string): Uint8Array {
  if (typeof s !== "string") return s;
  if (/[^\x00-\x7f]/.test(s)) throw new ValueError("string argument should contain only ASCII characters");
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

const b64Latin1 = (data: Uint8Array): string => Array.from(data, (c) => String.fromCharCode(c)).join("");

/** Replaces the two characters after `Z`, `9` (`+`, `/`) by `alt` (or back, with `reverse`). */
function b64Translate(data: Uint8Array, alt: Uint8Array | string | null | undefined, reverse = false): Uint8Array {
  if (alt === null || alt === undefined) return data;
  const [a, b] = b64Input(alt);
  const [from1, from2, to1, to2] = reverse ? [a!, b!, 43, 47] : [43, 47, a!, b!];
  return data.map((c) => (c === from1 ? to1 : c === from2 ? to2 : c));
}

export function b64encode(data: Uint8Array, altchars?: Uint8Array | null): Uint8Array {
  let out = "";
  for (let i = 0; i < data.length; i += 3) {
    const [a, b, c] = [data[i]!, data[i + 1], data[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64_ALPHABET[n >> 18]! + B64_ALPHABET[(n >> 12) & 63]! + (b === undefined ? "=" : B64_ALPHABET[(n >> 6) & 63]!) + (c === undefined ? "=" : B64_ALPHABET[n & 63]!);
  }
  return b64Translate(b64Input(out), altchars);
}

export function b64decode(s: Uint8Array | string, altchars?: Uint8Array | string | null, validate = false): Uint8Array {
  const data = b64Translate(b64Input(s), altchars, true);
  if (validate && !/^[A-Za-z0-9+/]*={0,2}$/.test(b64Latin1(data))) throw new BinasciiError("Only base64 data is allowed");
  const out: number[] = [];
  let quad = 0;
  let pads = 0;
  let left = 0;
  let count = 0;
  for (const c of data) {
    if (c === 61) {
      // '=' after at least two data characters completes the group: the data ends there.
      pads += 1;
      if (quad >= 2 && quad + pads >= 4) return Uint8Array.from(out);
      continue;
    }
    const v = B64_VALUES.get(c);
    if (v === undefined) continue;
    pads = 0;
    count += 1;
    if (quad === 1) out.push(((left << 2) | (v >> 4)) & 255);
    else if (quad === 2) out.push(((left << 4) | (v >> 2)) & 255);
    else if (quad === 3) out.push(((left << 6) | v) & 255);
    left = v;
    quad = (quad + 1) % 4;
  }
  if (quad === 1) throw new BinasciiError(`Invalid base64-encoded string: number of data characters (${count}) cannot be 1 more than a multiple of 4`);
  if (quad !== 0) throw new BinasciiError("Incorrect padding");
  return Uint8Array.from(out);
}

export function urlsafeB64encode(data: Uint8Array): Uint8Array {
  return b64encode(data, b64Input("-_"));
}

export function urlsafeB64decode(s: Uint8Array | string): Uint8Array {
  return b64decode(s, "-_");
}

/** `binascii.hexlify(data)`: lowercase hex digits, as bytes. */
export function hexlify(data: Uint8Array): Uint8Array {
  return b64Input(Array.from(data, (b) => b.toString(16).padStart(2, "0")).join(""));
}

/** `binascii.unhexlify(s)`: the bytes of a string of hex digit pairs (either case). */
export function unhexlify(s: Uint8Array | string): Uint8Array {
  const text = b64Latin1(b64Input(s));
  if (text.length % 2 !== 0) throw new BinasciiError("Odd-length string");
  if (/[^0-9a-fA-F]/.test(text)) throw new BinasciiError("Non-hexadecimal digit found");
  return Uint8Array.from({ length: text.length / 2 }, (_, i) => parseInt(text.slice(2 * i, 2 * i + 2), 16));
}

export function b16encode(data: Uint8Array): Uint8Array {
  return hexlify(data).map((c) => (c >= 97 ? c - 32 : c));
}

/** Uppercase digits only, unless `casefold`; the digit check comes before the length check, as in CPython. */
export function b16decode(s: Uint8Array | string, casefold = false): Uint8Array {
  let text = b64Latin1(b64Input(s));
  if (casefold) text = text.toUpperCase();
  if (/[^0-9A-F]/.test(text)) throw new BinasciiError("Non-base16 digit found");
  return unhexlify(text);
}
