/**
 * Python `str` methods (and a few `bytes` helpers) whose JavaScript counterparts differ: Python's
 * whitespace set and line boundaries, code point (not UTF-16) indexes, slice-style start/end
 * arguments, `replace` without `$` patterns, Unicode predicates, title-casing, and codecs with
 * CPython's error handling and messages.
 *
 * Strings without astral characters (no surrogates) take fast paths on UTF-16 offsets, which then
 * equal code point indexes.
 */
import { LookupError, TypeError, UnicodeDecodeError, UnicodeEncodeError, ValueError } from "./exceptions";
import { iterOf, pythonTypeName } from "./truth";
import { codePointsOf, hasAstralChars } from "./sequences";

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** Python's `str.isspace()` for one UTF-16 unit (all of Python's whitespace is in the BMP). JS's `\s` differs (BOM, U+001C–U+001F, U+0085). */
export function isPyWhitespaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function strsRequireStr(x: unknown, message = `must be str, not ${pythonTypeName(x)}`): string {
  if (typeof x !== "string") throw new TypeError(message);
  return x;
}

function strsIntArg(x: unknown): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  throw new TypeError(`'${pythonTypeName(x)}' object cannot be interpreted as an integer`);
}

/** Python's length of a str: code points. */
function strsLen(s: string): number {
  return hasAstralChars(s) ? codePointsOf(s).length : s.length;
}

/** UTF-16 offset of code point index `cp` (0 <= cp <= length) in an astral string. */
function strsUnitOffset(s: string, cp: number): number {
  let u = 0;
  for (let i = 0; i < cp && u < s.length; i++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c < 0xdc00 && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}

/** Code point index of UTF-16 offset `unit` in `s`. */
function strsCpIndex(s: string, unit: number): number {
  let cp = 0;
  for (let u = 0; u < unit; cp++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c < 0xdc00 && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return cp;
}

/** CPython's ADJUST_INDICES for find/count/startswith: start is not clamped to the length. */
function strsAdjust(length: number, start: number | null | undefined, end: number | null | undefined): [number, number] {
  let e = end == null ? length : strsIntArg(end);
  if (e > length) e = length;
  else if (e < 0) {
    e += length;
    if (e < 0) e = 0;
  }
  let b = start == null ? 0 : strsIntArg(start);
  if (b < 0) {
    b += length;
    if (b < 0) b = 0;
  }
  return [b, e];
}

// ---------------------------------------------------------------------------------------------
// split / splitlines / strip

/** Python's `s.split(sep=None, maxsplit=-1)`. */
export function split(s: string, sep?: string | null, maxsplit = -1): string[] {
  let max = strsIntArg(maxsplit);
  if (max < 0) max = Number.MAX_SAFE_INTEGER;
  if (sep == null) return strsSplitWhitespace(s, max);
  strsRequireStr(sep, `must be str or None, not ${pythonTypeName(sep)}`);
  if (sep.length === 0) throw new ValueError("empty separator");
  if (max === Number.MAX_SAFE_INTEGER) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (max-- > 0) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function strsSplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (max-- > 0) {
    while (i < n && isPyWhitespaceCode(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i++;
    while (i < n && !isPyWhitespaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    // maxsplit was reached: the rest, without its leading whitespace, is the last item.
    while (i < n && isPyWhitespaceCode(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

/** Python's `s.rsplit(sep=None, maxsplit=-1)`. */
export function rsplit(s: string, sep?: string | null, maxsplit = -1): string[] {
  let max = strsIntArg(maxsplit);
  if (max < 0) max = Number.MAX_SAFE_INTEGER;
  const out: string[] = [];
  if (sep == null) {
    let i = s.length - 1;
    while (max-- > 0) {
      while (i >= 0 && isPyWhitespaceCode(s.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i--;
      while (i >= 0 && !isPyWhitespaceCode(s.charCodeAt(i))) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isPyWhitespaceCode(s.charCodeAt(i))) i--;
      if (i >= 0) out.push(s.slice(0, i + 1));
    }
    return out.reverse();
  }
  strsRequireStr(sep, `must be str or None, not ${pythonTypeName(sep)}`);
  if (sep.length === 0) throw new ValueError("empty separator");
  // Matches are found from the right, which differs from split() when separators overlap ('aaa', 'aa').
  let end = s.length;
  while (max-- > 0) {
    if (end < sep.length) break;
    const j = s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** Python's line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
function strsIsLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Python's `s.splitlines(keepends=False)`. */
export function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !strsIsLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      i += s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

function strsStrip(s: string, chars: string | null | undefined, left: boolean, right: boolean, name: string): string {
  let i = 0;
  let j = s.length;
  if (chars == null) {
    if (left) while (i < j && isPyWhitespaceCode(s.charCodeAt(i))) i++;
    if (right) while (j > i && isPyWhitespaceCode(s.charCodeAt(j - 1))) j--;
  } else {
    strsRequireStr(chars, `${name} arg must be None or str`);
    if (!hasAstralChars(chars)) {
      // A surrogate of `s` can never match a BMP-only `chars`.
      if (left) while (i < j && chars.indexOf(s[i]) >= 0) i++;
      if (right) while (j > i && chars.indexOf(s[j - 1]) >= 0) j--;
    } else {
      const set = new Set(Array.from(chars));
      if (left) {
        while (i < j) {
          const ch = String.fromCodePoint(s.codePointAt(i) as number);
          if (!set.has(ch)) break;
          i += ch.length;
        }
      }
      if (right) {
        while (j > i) {
          const w = (s.charCodeAt(j - 1) & 0xfc00) === 0xdc00 && j - 2 >= i && (s.charCodeAt(j - 2) & 0xfc00) === 0xd800 ? 2 : 1;
          if (!set.has(s.slice(j - w, j))) break;
          j -= w;
        }
      }
    }
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** Python's `s.strip(chars=None)` (default: Python's whitespace, not JS's `trim`). */
export function strip(s: string, chars?: string | null): string {
  return strsStrip(s, chars, true, true, "strip");
}

/** Python's `s.lstrip(chars=None)`. */
export function lstrip(s: string, chars?: string | null): string {
  return strsStrip(s, chars, true, false, "lstrip");
}

/** Python's `s.rstrip(chars=None)`. */
export function rstrip(s: string, chars?: string | null): string {
  return strsStrip(s, chars, false, true, "rstrip");
}

// ---------------------------------------------------------------------------------------------
// Case

const STRS_CASED = /\p{Cased}/u;
const STRS_CASE_IGNORABLE = /\p{Case_Ignorable}/u;
const STRS_UPPERCASE = /\p{Uppercase}/u;
const STRS_LOWERCASE = /\p{Lowercase}/u;
const STRS_TITLECASE = /\p{Lt}/u;
const STRS_ASCII = /^[\x00-\x7f]*$/;

/**
 * Titlecase mappings that differ from JS's `toUpperCase` (generated from CPython 3.11's Unicode 14
 * data): characters that are their own titlecase (digraphs already titlecased, Georgian
 * Mkhedruli, Greek with prosgegrammeni) and explicit mappings.
 */
const STRS_TITLE_SELF = /^[\u01c5\u01c8\u01cb\u01f2\u10d0-\u10fa\u10fd-\u10ff\u1f88-\u1f8f\u1f98-\u1f9f\u1fa8-\u1faf\u1fbc\u1fcc\u1ffc]$/;
const STRS_TITLE_MAP: Readonly<Record<number, string>> = {
  0xdf: "Ss", 0x1c4: "\u01c5", 0x1c6: "\u01c5", 0x1c7: "\u01c8", 0x1c9: "\u01c8", 0x1ca: "\u01cb", 0x1cc: "\u01cb", 0x1f1: "\u01f2",
  0x1f3: "\u01f2", 0x587: "\u0535\u0582", 0x1f80: "\u1f88", 0x1f81: "\u1f89", 0x1f82: "\u1f8a", 0x1f83: "\u1f8b", 0x1f84: "\u1f8c",
  0x1f85: "\u1f8d", 0x1f86: "\u1f8e", 0x1f87: "\u1f8f", 0x1f90: "\u1f98", 0x1f91: "\u1f99", 0x1f92: "\u1f9a", 0x1f93: "\u1f9b",
  0x1f94: "\u1f9c", 0x1f95: "\u1f9d", 0x1f96: "\u1f9e", 0x1f97: "\u1f9f", 0x1fa0: "\u1fa8", 0x1fa1: "\u1fa9", 0x1fa2: "\u1faa",
  0x1fa3: "\u1fab", 0x1fa4: "\u1fac", 0x1fa5: "\u1fad", 0x1fa6: "\u1fae", 0x1fa7: "\u1faf", 0x1fb2: "\u1fba\u0345",
  0x1fb3: "\u1fbc", 0x1fb4: "\u0386\u0345", 0x1fb7: "\u0391\u0342\u0345", 0x1fc2: "\u1fca\u0345", 0x1fc3: "\u1fcc",
  0x1fc4: "\u0389\u0345", 0x1fc7: "\u0397\u0342\u0345", 0x1ff2: "\u1ffa\u0345", 0x1ff3: "\u1ffc", 0x1ff4: "\u038f\u0345",
  0x1ff7: "\u03a9\u0342\u0345", 0xfb00: "Ff", 0xfb01: "Fi", 0xfb02: "Fl", 0xfb03: "Ffi", 0xfb04: "Ffl", 0xfb05: "St", 0xfb06: "St",
  0xfb13: "\u0544\u0576", 0xfb14: "\u0544\u0565", 0xfb15: "\u0544\u056b", 0xfb16: "\u054e\u0576", 0xfb17: "\u0544\u056d",
};

function strsTitleChar(ch: string): string {
  const mapped = STRS_TITLE_MAP[ch.codePointAt(0) as number];
  if (mapped !== undefined) return mapped;
  if (STRS_TITLE_SELF.test(ch)) return ch;
  return ch.toUpperCase();
}

/** Lowercase of code point `i`, with CPython's Final_Sigma rule for U+03A3 (JS applies it only to whole strings). */
function strsLowerAt(cps: readonly string[], i: number): string {
  const ch = cps[i];
  if (ch !== "\u03a3") return ch.toLowerCase();
  let j = i - 1;
  while (j >= 0 && STRS_CASE_IGNORABLE.test(cps[j])) j--;
  let final = j >= 0 && STRS_CASED.test(cps[j]);
  if (final && i + 1 < cps.length) {
    j = i + 1;
    while (j < cps.length && STRS_CASE_IGNORABLE.test(cps[j])) j++;
    final = j === cps.length || !STRS_CASED.test(cps[j]);
  }
  return final ? "\u03c2" : "\u03c3";
}

/** Python's `s.title()`: titlecase after an uncased character, lowercase after a cased one. */
export function title(s: string): string {
  let out = "";
  let prevCased = false;
  if (STRS_ASCII.test(s)) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const upper = c >= 0x41 && c <= 0x5a;
      const lower = c >= 0x61 && c <= 0x7a;
      if (prevCased) out += upper ? String.fromCharCode(c + 32) : s[i];
      else out += lower ? String.fromCharCode(c - 32) : s[i];
      prevCased = upper || lower;
    }
    return out;
  }
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    out += prevCased ? strsLowerAt(cps, i) : strsTitleChar(cps[i]);
    prevCased = STRS_CASED.test(cps[i]);
  }
  return out;
}

/** Python's `s.capitalize()`: first character titlecased (3.8+), the rest lowercased. */
export function capitalize(s: string): string {
  if (s.length === 0) return s;
  const first = String.fromCodePoint(s.codePointAt(0) as number);
  // Lowercasing the whole string keeps the Final_Sigma context; the first character's lowercase
  // never depends on context, so its length is what to drop.
  return strsTitleChar(first) + s.toLowerCase().slice(first.toLowerCase().length);
}

/**
 * Python's `s.casefold()`: full case folding (`ß` → `ss`, `ς` → `σ`, `ﬁ` → `fi`). Per character, folding
 * is lower-casing the upper case, except for the few exceptions below (checked against CPython 3.11).
 */
export function casefold(s: string): string {
  if (STRS_ASCII.test(s)) return s.toLowerCase();
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp === 0x131) out += ch; // dotless ı has no folding (its upper case is I)
    else if (cp === 0x1e9e) out += "ss";
    else if ((cp >= 0x13a0 && cp <= 0x13fd) || (cp >= 0xab70 && cp <= 0xabbf)) out += ch.toUpperCase(); // Cherokee folds to upper case
    else out += ch.toUpperCase().toLowerCase();
  }
  return out;
}

/** Python's `s.swapcase()`. */
export function swapcase(s: string): string {
  let out = "";
  if (STRS_ASCII.test(s)) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 32) : s[i];
    }
    return out;
  }
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    if (STRS_UPPERCASE.test(ch)) out += strsLowerAt(cps, i);
    else if (STRS_LOWERCASE.test(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Padding

function strsFillChar(fill: unknown): string {
  if (typeof fill !== "string") throw new TypeError(`The fill character must be a unicode character, not ${pythonTypeName(fill)}`);
  if (!(fill.length === 1 || (fill.length === 2 && (fill.codePointAt(0) as number) > 0xffff))) throw new TypeError("The fill character must be exactly one character long");
  return fill;
}

/** Python's `s.center(width, fillchar=' ')` (CPython puts the odd extra on the left when width is odd). */
export function center(s: string, width: number, fill = " "): string {
  const f = strsFillChar(fill);
  const w = strsIntArg(width);
  const marg = w - strsLen(s);
  if (marg <= 0) return s;
  const left = Math.floor(marg / 2) + (marg & w & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}

/** Python's `s.ljust(width, fillchar=' ')` (width in code points). */
export function ljust(s: string, width: number, fill = " "): string {
  const f = strsFillChar(fill);
  const marg = strsIntArg(width) - strsLen(s);
  return marg <= 0 ? s : s + f.repeat(marg);
}

/** Python's `s.rjust(width, fillchar=' ')`. */
export function rjust(s: string, width: number, fill = " "): string {
  const f = strsFillChar(fill);
  const marg = strsIntArg(width) - strsLen(s);
  return marg <= 0 ? s : f.repeat(marg) + s;
}

/** Python's `s.zfill(width)`: zeros go after a leading sign. */
export function zfill(s: string, width: number): string {
  const fill = strsIntArg(width) - strsLen(s);
  if (fill <= 0) return s;
  const pad = "0".repeat(fill);
  const c = s[0];
  return c === "+" || c === "-" ? c + pad + s.slice(1) : pad + s;
}

// ---------------------------------------------------------------------------------------------
// Searching

/** Python's `s.partition(sep)`. */
export function partition(s: string, sep: string): [string, string, string] {
  strsRequireStr(sep);
  if (sep.length === 0) throw new ValueError("empty separator");
  const i = s.indexOf(sep);
  return i < 0 ? [s, "", ""] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** Python's `s.rpartition(sep)`. */
export function rpartition(s: string, sep: string): [string, string, string] {
  strsRequireStr(sep);
  if (sep.length === 0) throw new ValueError("empty separator");
  const i = s.lastIndexOf(sep);
  return i < 0 ? ["", "", s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** Python's `s.find(sub[, start[, end]])` (code point indexes). */
export function find(s: string, sub: string, start?: number | null, end?: number | null): number {
  strsRequireStr(sub);
  const astral = hasAstralChars(s);
  if (start == null && end == null && !astral) return s.indexOf(sub);
  const [b, e] = strsAdjust(astral ? codePointsOf(s).length : s.length, start, end);
  if (e - b < strsLen(sub)) return -1;
  if (!astral) {
    const r = s.indexOf(sub, b);
    return r >= 0 && r + sub.length <= e ? r : -1;
  }
  const ue = strsUnitOffset(s, e);
  const r = s.indexOf(sub, strsUnitOffset(s, b));
  return r >= 0 && r + sub.length <= ue ? strsCpIndex(s, r) : -1;
}

/** Python's `s.rfind(sub[, start[, end]])`. */
export function rfind(s: string, sub: string, start?: number | null, end?: number | null): number {
  strsRequireStr(sub);
  const astral = hasAstralChars(s);
  if (start == null && end == null && !astral) return s.lastIndexOf(sub);
  const [b, e] = strsAdjust(astral ? codePointsOf(s).length : s.length, start, end);
  if (e - b < strsLen(sub)) return -1;
  if (!astral) {
    const r = s.lastIndexOf(sub, e - sub.length);
    return r >= b ? r : -1;
  }
  const ub = strsUnitOffset(s, b);
  const r = s.lastIndexOf(sub, strsUnitOffset(s, e) - sub.length);
  return r >= ub ? strsCpIndex(s, r) : -1;
}

/** Python's `s.index(sub[, start[, end]])`; ValueError `substring not found`. */
export function index(s: string, sub: string, start?: number | null, end?: number | null): number {
  const r = find(s, sub, start, end);
  if (r < 0) throw new ValueError("substring not found");
  return r;
}

/** Python's `s.rindex(sub[, start[, end]])`. */
export function rindex(s: string, sub: string, start?: number | null, end?: number | null): number {
  const r = rfind(s, sub, start, end);
  if (r < 0) throw new ValueError("substring not found");
  return r;
}

/** Python's `s.count(sub[, start[, end]])`: non-overlapping; an empty `sub` counts positions. */
export function count(s: string, sub: string, start?: number | null, end?: number | null): number {
  strsRequireStr(sub);
  const astral = hasAstralChars(s);
  const [b, e] = strsAdjust(astral ? codePointsOf(s).length : s.length, start, end);
  const subLen = strsLen(sub);
  if (e - b < subLen) return 0;
  if (subLen === 0) return e - b + 1;
  const ub = astral ? strsUnitOffset(s, b) : b;
  const ue = astral ? strsUnitOffset(s, e) : e;
  let c = 0;
  for (let r = s.indexOf(sub, ub); r >= 0 && r + sub.length <= ue; r = s.indexOf(sub, r + sub.length)) c++;
  return c;
}

function strsTailMatch(s: string, sub: string, start: number | null | undefined, end: number | null | undefined, atEnd: boolean): boolean {
  const astral = hasAstralChars(s);
  const [b, e0] = strsAdjust(astral ? codePointsOf(s).length : s.length, start, end);
  const subLen = strsLen(sub);
  const e = e0 - subLen;
  if (e < b) return false;
  if (subLen === 0) return true;
  const at = atEnd ? e : b;
  return s.startsWith(sub, astral ? strsUnitOffset(s, at) : at);
}

function strsAffixMatch(name: string, s: string, affix: unknown, start: number | null | undefined, end: number | null | undefined, atEnd: boolean): boolean {
  if (typeof affix === "string") {
    if (start == null && end == null) return atEnd ? s.endsWith(affix) : s.startsWith(affix);
    return strsTailMatch(s, affix, start, end, atEnd);
  }
  if (Array.isArray(affix)) {
    for (const a of affix) {
      if (typeof a !== "string") throw new TypeError(`tuple for ${name} must only contain str, not ${pythonTypeName(a)}`);
      if (strsTailMatch(s, a, start, end, atEnd)) return true;
    }
    return false;
  }
  throw new TypeError(`${name} first arg must be str or a tuple of str, not ${pythonTypeName(affix)}`);
}

/** Python's `s.startswith(prefix | tuple[str, ...][, start[, end]])`. */
export function startswith(s: string, prefix: string | readonly string[], start?: number | null, end?: number | null): boolean {
  return strsAffixMatch("startswith", s, prefix, start, end, false);
}

/** Python's `s.endswith(suffix | tuple[str, ...][, start[, end]])`. */
export function endswith(s: string, suffix: string | readonly string[], start?: number | null, end?: number | null): boolean {
  return strsAffixMatch("endswith", s, suffix, start, end, true);
}

/** Python's `s.replace(old, new, count=-1)`: literal (no `$&` patterns); an empty `old` inserts between code points. */
export function replace(s: string, old: string, replacement: string, count = -1): string {
  strsRequireStr(old, `replace() argument 1 must be str, not ${pythonTypeName(old)}`);
  strsRequireStr(replacement, `replace() argument 2 must be str, not ${pythonTypeName(replacement)}`);
  const max = strsIntArg(count);
  if (old.length === 0) {
    const cps = hasAstralChars(s) ? Array.from(s) : s.split("");
    const k = max < 0 ? cps.length + 1 : Math.min(max, cps.length + 1);
    let out = "";
    for (let i = 0; i < k; i++) out += replacement + (i < cps.length ? cps[i] : "");
    for (let i = k; i < cps.length; i++) out += cps[i];
    return out;
  }
  if (max < 0) return s.split(old).join(replacement);
  let out = "";
  let i = 0;
  for (let n = 0; n < max; n++) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + replacement;
    i = j + old.length;
  }
  return i === 0 ? s : out + s.slice(i);
}

// ---------------------------------------------------------------------------------------------
// Predicates (Unicode properties as CPython defines them)

/** `isdigit` adds these (superscripts, circled digits… Numeric_Type=Digit) to the decimals. */
const STRS_DIGIT = /^[\p{Nd}\u{b2}-\u{b3}\u{b9}\u{1369}-\u{1371}\u{19da}\u{2070}\u{2074}-\u{2079}\u{2080}-\u{2089}\u{2460}-\u{2468}\u{2474}-\u{247c}\u{2488}-\u{2490}\u{24ea}\u{24f5}-\u{24fd}\u{24ff}\u{2776}-\u{277e}\u{2780}-\u{2788}\u{278a}-\u{2792}\u{10a40}-\u{10a43}\u{10e60}-\u{10e68}\u{11052}-\u{1105a}\u{1f100}-\u{1f10a}]+$/u;
/** `isnumeric` is every `\p{N}` plus CJK ideographs with a numeric value (category Lo). */
const STRS_NUMERIC_LO =
  "\\u{3405}\\u{3483}\\u{382a}\\u{3b4d}\\u{4e00}\\u{4e03}\\u{4e07}\\u{4e09}\\u{4e5d}\\u{4e8c}\\u{4e94}\\u{4e96}\\u{4ebf}-\\u{4ec0}\\u{4edf}\\u{4ee8}\\u{4f0d}\\u{4f70}" +
  "\\u{5104}\\u{5146}\\u{5169}\\u{516b}\\u{516d}\\u{5341}\\u{5343}-\\u{5345}\\u{534c}\\u{53c1}-\\u{53c4}\\u{56db}\\u{58f1}\\u{58f9}\\u{5e7a}\\u{5efe}-\\u{5eff}" +
  "\\u{5f0c}-\\u{5f0e}\\u{5f10}\\u{62fe}\\u{634c}\\u{67d2}\\u{6f06}\\u{7396}\\u{767e}\\u{8086}\\u{842c}\\u{8cae}\\u{8cb3}\\u{8d30}\\u{9621}\\u{9646}\\u{964c}" +
  "\\u{9678}\\u{96f6}\\u{f96b}\\u{f973}\\u{f978}\\u{f9b2}\\u{f9d1}\\u{f9d3}\\u{f9fd}\\u{20001}\\u{20064}\\u{200e2}\\u{20121}\\u{2092a}\\u{20983}\\u{2098c}" +
  "\\u{2099c}\\u{20aea}\\u{20afd}\\u{20b19}\\u{22390}\\u{22998}\\u{23b1b}\\u{2626d}\\u{2f890}";
const STRS_NUMERIC = new RegExp(`^[\\p{N}${STRS_NUMERIC_LO}]+$`, "u");
const STRS_ALNUM = new RegExp(`^[\\p{L}\\p{N}${STRS_NUMERIC_LO}]+$`, "u");
const STRS_DECIMAL = /^\p{Nd}+$/u;
const STRS_ALPHA = /^\p{L}+$/u;
const STRS_IDENTIFIER = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;

/** Python's `s.isdigit()`. */
export function isdigit(s: string): boolean {
  return STRS_DIGIT.test(s);
}

/** Python's `s.isdecimal()`. */
export function isdecimal(s: string): boolean {
  return STRS_DECIMAL.test(s);
}

/** Python's `s.isnumeric()`. */
export function isnumeric(s: string): boolean {
  return STRS_NUMERIC.test(s);
}

/** Python's `s.isalpha()` (categories Lu Ll Lt Lm Lo). */
export function isalpha(s: string): boolean {
  return STRS_ALPHA.test(s);
}

/** Python's `s.isalnum()`. */
export function isalnum(s: string): boolean {
  return STRS_ALNUM.test(s);
}

/** Python's `s.isspace()`. */
/** Python's `str.isprintable()`: no control, format, surrogate, private-use, unassigned or separator characters other than the space. */
export function isprintable(s: string): boolean {
  return /^(?: |[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Z}])*$/u.test(s);
}

export function isspace(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isPyWhitespaceCode(s.charCodeAt(i))) return false;
  return true;
}

/** Python's `s.isascii()`. */
export function isascii(s: string): boolean {
  return STRS_ASCII.test(s);
}

/** Python's `s.isupper()`: some cased character, and no lowercase or titlecase one. */
export function isupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (STRS_LOWERCASE.test(ch) || STRS_TITLECASE.test(ch)) return false;
    if (!cased && STRS_UPPERCASE.test(ch)) cased = true;
  }
  return cased;
}

/** Python's `s.islower()`. */
export function islower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (STRS_UPPERCASE.test(ch) || STRS_TITLECASE.test(ch)) return false;
    if (!cased && STRS_LOWERCASE.test(ch)) cased = true;
  }
  return cased;
}

/** Python's `s.istitle()`: uppercase/titlecase only after uncased, lowercase only after cased. */
export function istitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    if (STRS_UPPERCASE.test(ch) || STRS_TITLECASE.test(ch)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (STRS_LOWERCASE.test(ch)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** Python's `s.isidentifier()` (XID_Start or `_`, then XID_Continue). */
export function isidentifier(s: string): boolean {
  return STRS_IDENTIFIER.test(s);
}

// ---------------------------------------------------------------------------------------------
// Building strings

/** Python's `s * n` (n <= 0 gives ""). */
export function strRepeat(s: string, n: number): string {
  if (typeof n === "boolean") n = n ? 1 : 0;
  else if (typeof n !== "number" || !Number.isInteger(n)) throw new TypeError(`can't multiply sequence by non-int of type '${pythonTypeName(n)}'`);
  return n <= 0 ? "" : s.repeat(n);
}

/** Python's `sep.join(iterable)`: every item must be a str. */
/** Items of unknown type are checked here, as Python checks them (TypeError for a non-str item). */
export function join(sep: string, iterable: Iterable<unknown>): string {
  let items: readonly unknown[];
  if (Array.isArray(iterable)) items = iterable;
  else {
    let it: Iterator<unknown>;
    try {
      it = iterOf(iterable);
    } catch (e) {
      if (e instanceof TypeError) throw new TypeError("can only join an iterable");
      throw e;
    }
    const collected: unknown[] = [];
    for (let r = it.next(); !r.done; r = it.next()) collected.push(r.value);
    items = collected;
  }
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== "string") throw new TypeError(`sequence item ${i}: expected str instance, ${pythonTypeName(items[i])} found`);
  }
  return items.join(sep);
}

/** Python's `s.expandtabs(tabsize=8)`: columns restart after \n and \r. */
export function expandtabs(s: string, tabsize = 8): string {
  const size = strsIntArg(tabsize);
  if (s.indexOf("\t") < 0) return s;
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (size > 0) {
        const incr = size - (col % size);
        col += incr;
        out += " ".repeat(incr);
      }
    } else {
      out += ch;
      col++;
      if (ch === "\n" || ch === "\r") col = 0;
    }
  }
  return out;
}

/** Python's `ord(c)` (a code point; a length-1 bytes gives its byte). */
export function ord(c: string | Uint8Array): number {
  if (typeof c === "string") {
    const n = strsLen(c);
    if (n !== 1) throw new TypeError(`ord() expected a character, but string of length ${n} found`);
    return c.codePointAt(0) as number;
  }
  if (c instanceof Uint8Array) {
    if (c.length !== 1) throw new TypeError(`ord() expected a character, but string of length ${c.length} found`);
    return c[0];
  }
  throw new TypeError(`ord() expected string of length 1, but ${pythonTypeName(c)} found`);
}

/** Python's `chr(i)`. */
export function chr(i: number): string {
  const n = strsIntArg(i);
  if (n < 0 || n > 0x10ffff) throw new ValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(n);
}

// ---------------------------------------------------------------------------------------------
// Codecs

type StrsCodec = "utf-8" | "utf-8-sig" | "ascii" | "latin-1";

/** Python's codec lookup for the codecs the runtime has, by Python's normalized names and aliases. */
function strsCodec(encoding: unknown): StrsCodec {
  if (typeof encoding !== "string") throw new TypeError(`encode() argument 'encoding' must be str, not ${pythonTypeName(encoding)}`);
  switch (encoding.toLowerCase().replace(/[^a-z0-9.]+/g, "_")) {
    case "utf_8":
    case "utf8":
    case "u8":
    case "utf":
    case "cp65001":
      return "utf-8";
    case "utf_8_sig":
    case "utf8_sig":
      return "utf-8-sig";
    case "ascii":
    case "us_ascii":
    case "646":
    case "us":
    case "ansi_x3.4_1968":
    case "iso646_us":
      return "ascii";
    case "latin_1":
    case "latin1":
    case "latin":
    case "l1":
    case "iso_8859_1":
    case "iso8859_1":
    case "8859":
    case "cp819":
    case "iso_ir_100":
    case "iso_8859_1_1987":
      return "latin-1";
    default:
      throw new LookupError(`unknown encoding: ${encoding}`);
  }
}

function strsHex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** The escape CPython's messages use for a code point: \xNN, \uNNNN or \UNNNNNNNN. */
function strsEscapeCp(cp: number): string {
  return cp <= 0xff ? "\\x" + strsHex(cp, 2) : cp <= 0xffff ? "\\u" + strsHex(cp, 4) : "\\U" + strsHex(cp, 8);
}

function strsUnicodeError<E extends UnicodeEncodeError | UnicodeDecodeError>(error: E, message: string, fields: Record<string, unknown>): E {
  // args are Python's (encoding, object, start, end, reason); str() is CPython's message.
  error.message = message;
  error.__str__ = () => message;
  Object.assign(error, fields);
  return error;
}

const strsUtf8Encoder = new TextEncoder();
const strsLoneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Python's `s.encode(encoding="utf-8", errors="strict")` for utf-8, utf-8-sig, ascii and latin-1. */
export function encode(s: string, encoding = "utf-8", errors = "strict"): Uint8Array {
  const codec = strsCodec(encoding);
  if (codec === "utf-8" || codec === "utf-8-sig") {
    const bom = codec === "utf-8-sig";
    if (!strsLoneSurrogate.test(s)) {
      const body = strsUtf8Encoder.encode(s);
      if (!bom) return body;
      const out = new Uint8Array(body.length + 3);
      out.set([0xef, 0xbb, 0xbf]);
      out.set(body, 3);
      return out;
    }
    const bytes: number[] = bom ? [0xef, 0xbb, 0xbf] : [];
    const cps = Array.from(s);
    for (let i = 0; i < cps.length; ) {
      const cp = cps[i].codePointAt(0) as number;
      if (cp < 0xd800 || cp > 0xdfff) {
        bytes.push(...strsUtf8Encoder.encode(cps[i]));
        i++;
        continue;
      }
      let end = i + 1;
      while (end < cps.length && strsIsSurrogateCp(cps[end].codePointAt(0) as number)) end++;
      bytes.push(...strsEncodeErrorBytes("utf-8", s, cps, i, end, "surrogates not allowed", errors));
      i = end;
    }
    return Uint8Array.from(bytes);
  }
  const limit = codec === "ascii" ? 0x80 : 0x100;
  if (codec === "ascii" ? STRS_ASCII.test(s) : /^[\x00-\xff]*$/.test(s)) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const bytes: number[] = [];
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i].codePointAt(0) as number;
    if (cp < limit) {
      bytes.push(cp);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && (cps[end].codePointAt(0) as number) >= limit) end++;
    bytes.push(...strsEncodeErrorBytes(codec, s, cps, i, end, `ordinal not in range(${limit})`, errors));
    i = end;
  }
  return Uint8Array.from(bytes);
}

function strsIsSurrogateCp(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/** Applies an encode error handler to the unencodable code points [start, end). */
function strsEncodeErrorBytes(codec: string, s: string, cps: readonly string[], start: number, end: number, reason: string, errors: string): number[] {
  const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));
  const out: number[] = [];
  switch (errors) {
    case "strict":
      break;
    case "ignore":
      return out;
    case "replace":
      for (let i = start; i < end; i++) out.push(0x3f);
      return out;
    case "backslashreplace":
      for (let i = start; i < end; i++) out.push(...ascii(strsEscapeCp(cps[i].codePointAt(0) as number)));
      return out;
    case "xmlcharrefreplace":
      for (let i = start; i < end; i++) out.push(...ascii(`&#${cps[i].codePointAt(0) as number};`));
      return out;
    case "surrogateescape": {
      let ok = true;
      for (let i = start; i < end; i++) {
        const cp = cps[i].codePointAt(0) as number;
        if (cp < 0xdc80 || cp > 0xdcff) ok = false;
        else out.push(cp - 0xdc00);
      }
      if (ok) return out;
      break;
    }
    case "surrogatepass":
      if (codec === "utf-8") {
        for (let i = start; i < end; i++) {
          const cp = cps[i].codePointAt(0) as number;
          if (!strsIsSurrogateCp(cp)) break;
          out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
        }
        if (out.length === 3 * (end - start)) return out;
      }
      break;
    default:
      throw new LookupError(`unknown error handler name '${errors}'`);
  }
  const what = end - start === 1 ? `character '${strsEscapeCp(cps[start].codePointAt(0) as number)}' in position ${start}` : `characters in position ${start}-${end - 1}`;
  throw strsUnicodeError(new UnicodeEncodeError(codec, s, start, end, reason), `'${codec}' codec can't encode ${what}: ${reason}`, { encoding: codec, object: s, start, end, reason });
}

const strsUtf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Python's `bytes.decode(encoding="utf-8", errors="strict")` for utf-8, utf-8-sig, ascii and latin-1. */
export function decode(bytes: Uint8Array, encoding = "utf-8", errors = "strict"): string {
  const codec = strsCodec(encoding);
  if (codec === "latin-1") return strsFromCodes(bytes, 0, bytes.length);
  if (codec === "ascii") {
    let out = "";
    let from = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] < 0x80) continue;
      out += strsFromCodes(bytes, from, i) + strsDecodeError("ascii", bytes, i, i + 1, "ordinal not in range(128)", errors);
      from = i + 1;
    }
    return from === 0 ? strsFromCodes(bytes, 0, bytes.length) : out + strsFromCodes(bytes, from, bytes.length);
  }
  let body = bytes;
  if (codec === "utf-8-sig" && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  try {
    return strsUtf8Decoder.decode(body);
  } catch {
    return strsDecodeUtf8Slow(body, errors);
  }
}

function strsFromCodes(bytes: Uint8Array, from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i += 8192) out += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 8192)));
  return out;
}

function strsIsCont(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

/** UTF-8 decoding with CPython's error spans ("invalid start byte", "invalid continuation byte", "unexpected end of data"). */
function strsDecodeUtf8Slow(b: Uint8Array, errors: string): string {
  const n = b.length;
  let out = "";
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let reason = "";
    let errLen = 0;
    let need = 0;
    if (c < 0xc2 || c > 0xf4) {
      reason = "invalid start byte";
      errLen = 1;
    } else if (c < 0xe0) {
      if (i + 1 >= n) [reason, errLen] = ["unexpected end of data", n - i];
      else if (!strsIsCont(b[i + 1])) [reason, errLen] = ["invalid continuation byte", 1];
      else need = 2;
    } else {
      // Second-byte bounds exclude overlongs (E0, F0), surrogates (ED) and > U+10FFFF (F4).
      const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
      const size = c < 0xf0 ? 3 : 4;
      if (i + 1 >= n) [reason, errLen] = ["unexpected end of data", n - i];
      else if (b[i + 1] < lo || b[i + 1] > hi) [reason, errLen] = ["invalid continuation byte", 1];
      else if (i + 2 >= n) [reason, errLen] = ["unexpected end of data", n - i];
      else if (!strsIsCont(b[i + 2])) [reason, errLen] = ["invalid continuation byte", 2];
      else if (size === 4 && i + 3 >= n) [reason, errLen] = ["unexpected end of data", n - i];
      else if (size === 4 && !strsIsCont(b[i + 3])) [reason, errLen] = ["invalid continuation byte", 3];
      else need = size;
    }
    if (need > 0) {
      let cp: number;
      if (need === 2) cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
      else if (need === 3) cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      else cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
      out += String.fromCodePoint(cp);
      i += need;
      continue;
    }
    out += strsDecodeError("utf-8", b, i, i + errLen, reason, errors);
    i += errLen;
  }
  return out;
}

/** Applies a decode error handler to the undecodable bytes [start, end). */
function strsDecodeError(codec: string, b: Uint8Array, start: number, end: number, reason: string, errors: string): string {
  switch (errors) {
    case "strict":
      break;
    case "ignore":
      return "";
    case "replace":
      return "\ufffd";
    case "backslashreplace": {
      let out = "";
      for (let i = start; i < end; i++) out += "\\x" + strsHex(b[i], 2);
      return out;
    }
    case "surrogateescape": {
      let out = "";
      for (let i = start; i < end; i++) out += String.fromCharCode(0xdc00 + b[i]);
      return out;
    }
    default:
      throw new LookupError(`unknown error handler name '${errors}'`);
  }
  const what = end - start === 1 ? `byte 0x${strsHex(b[start], 2)} in position ${start}` : `bytes in position ${start}-${end - 1}`;
  throw strsUnicodeError(new UnicodeDecodeError(codec, b, start, end, reason), `'${codec}' codec can't decode ${what}: ${reason}`, { encoding: codec, object: b, start, end, reason });
}

// ---------------------------------------------------------------------------------------------
// bytes helpers

/** Python's `b.hex(sep=None, bytes_per_sep=1)`: separators every `bytes_per_sep` bytes, counted from the right (from the left when negative). */
export function bytesHex(b: Uint8Array, sep?: string | null, bytesPerSep = 1): string {
  const parts: string[] = new Array<string>(b.length);
  for (let i = 0; i < b.length; i++) parts[i] = strsHex(b[i], 2);
  if (sep == null) return parts.join("");
  if (typeof sep !== "string" || sep.length !== 1) throw new ValueError("sep must be length 1.");
  const group = Math.abs(strsIntArg(bytesPerSep));
  if (group === 0 || b.length <= group) return parts.join("");
  const groups: string[] = [];
  if (bytesPerSep > 0) {
    const first = b.length % group || group;
    groups.push(parts.slice(0, first).join(""));
    for (let i = first; i < b.length; i += group) groups.push(parts.slice(i, i + group).join(""));
  } else {
    for (let i = 0; i < b.length; i += group) groups.push(parts.slice(i, i + group).join(""));
  }
  return groups.join(sep);
}

function strsHexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** Python's `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs. */
export function bytesFromHex(s: string): Uint8Array {
  const out: number[] = [];
  const n = s.length;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      i++;
      continue;
    }
    const top = strsHexValue(c);
    if (top < 0) throw new ValueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const bot = i + 1 < n ? strsHexValue(s.charCodeAt(i + 1)) : -1;
    if (bot < 0) throw new ValueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(top * 16 + bot);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** Python's `bytes(source=b"", encoding=None, errors=None)`: from a count, a str with an encoding, bytes, or an iterable of ints. */
export function bytesOf(source?: unknown, encoding?: string | null, errors?: string | null): Uint8Array {
  if (typeof source === "string") {
    if (encoding == null) throw new TypeError("string argument without an encoding");
    return encode(source, encoding, errors ?? "strict");
  }
  if (encoding != null) throw new TypeError("encoding without a string argument");
  if (errors != null) throw new TypeError("errors without a string argument");
  if (source === undefined) return new Uint8Array(0);
  if (source === null) throw new TypeError("cannot convert 'NoneType' object to bytes");
  if (typeof source === "number" || typeof source === "boolean") {
    const n = Number(source);
    if (!Number.isInteger(n)) throw new TypeError(`cannot convert '${pythonTypeName(source)}' object to bytes`);
    if (n < 0) throw new ValueError("negative count");
    return new Uint8Array(n);
  }
  if (source instanceof Uint8Array) return source.slice();
  let it: Iterator<unknown>;
  try {
    it = iterOf(source);
  } catch (e) {
    if (e instanceof TypeError) throw new TypeError(`cannot convert '${pythonTypeName(source)}' object to bytes`);
    throw e;
  }
  const out: number[] = [];
  for (let r = it.next(); !r.done; r = it.next()) {
    const v = r.value;
    const x = typeof v === "boolean" ? (v ? 1 : 0) : v;
    if (typeof x !== "number" || !Number.isInteger(x)) throw new TypeError(`'${pythonTypeName(v)}' object cannot be interpreted as an integer`);
    if (x < 0 || x > 255) throw new ValueError("bytes must be in range(0, 256)");
    out.push(x);
  }
  return Uint8Array.from(out);
}

/** Python's `a + b` for bytes. */
export function bytesConcat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Python's `a == b` for bytes. */
export function bytesEq(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function removeprefix(s: string, prefix: string): string {
  return prefix && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export function removesuffix(s: string, suffix: string): string {
  return suffix && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

/** `bytes.find(sub)`: the first index of the byte string (or single byte) `sub`, or -1. */
export function bytesFind(b: Uint8Array, sub: Uint8Array | number): number {
  const needle = typeof sub === "number" ? Uint8Array.of(sub) : sub;
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let j = 0; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function bytesCount(b: Uint8Array, sub: Uint8Array | number): number {
  const needle = typeof sub === "number" ? Uint8Array.of(sub) : sub;
  if (needle.length === 0) return b.length + 1;
  let n = 0;
  for (let i = 0; i + needle.length <= b.length; ) {
    const at = bytesFind(b.subarray(i), needle);
    if (at < 0) break;
    n++;
    i += at + needle.length;
  }
  return n;
}

export function bytesStartsWith(b: Uint8Array, prefix: Uint8Array): boolean {
  return prefix.length <= b.length && prefix.every((x, i) => b[i] === x);
}

export function bytesEndsWith(b: Uint8Array, suffix: Uint8Array): boolean {
  const off = b.length - suffix.length;
  return off >= 0 && suffix.every((x, i) => b[off + i] === x);
}
