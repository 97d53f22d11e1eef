// Expected values were produced by running each Python expression under CPython 3.11.2.
import { UnicodeDecodeError } from "../../src/runtime/exceptions";
import {
  bytesConcat,
  bytesEq,
  bytesFromHex,
  bytesHex,
  bytesOf,
  capitalize,
  casefold,
  center,
  chr,
  count,
  decode,
  encode,
  endswith,
  expandtabs,
  find,
  index,
  isalnum,
  isalpha,
  isascii,
  isdecimal,
  isdigit,
  isidentifier,
  islower,
  isnumeric,
  isspace,
  istitle,
  isupper,
  join,
  ljust,
  lstrip,
  ord,
  partition,
  replace,
  rfind,
  rindex,
  rjust,
  rpartition,
  rsplit,
  rstrip,
  split,
  splitlines,
  startswith,
  strip,
  strRepeat,
  swapcase,
  title,
  zfill,
} from "../../src/runtime/strings";
import { BaseException } from "../../src/runtime/exceptions";
// Installs Python formatting of exception arguments (KeyError's str is the key's repr).
import "../../src/runtime/repr";

class Err {
  constructor(
    readonly cls: string,
    readonly message: string,
  ) {}
}
const err = (cls: string, message: string): Err => new Err(cls, message);
const bytes = (xs: number[]): Uint8Array => Uint8Array.from(xs);

/** Iterators become arrays; dicts become ordered entry lists so that key order is checked too. */
function normalize(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(normalize);
  if (v instanceof Map) return { dict: Array.from(v, ([k, x]) => [normalize(k), normalize(x)]) };
  if (v instanceof Set || v instanceof Uint8Array) return v;
  if (typeof (v as { next?: unknown }).next === "function") return Array.from(v as Iterable<unknown>, normalize);
  return v;
}

type Row = [string, () => unknown, unknown];

/** Each row: the TypeScript call, and CPython 3.11's result for the same Python expression. */
function runRows(rows: Row[]): void {
  test.each(rows)("%s", (_label, thunk, expected) => {
    if (expected instanceof Err) {
      let thrown: unknown = undefined;
      try {
        normalize(thunk());
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(BaseException);
      const e = thrown as BaseException;
      expect([e.name, e.__str__()]).toEqual([expected.cls, expected.message]);
    } else {
      expect(normalize(thunk())).toEqual(normalize(expected));
    }
  });
}

describe('split, splitlines, strip', () => {
  runRows([
    ["split(' a  b  c ')", () => split(' a  b  c '), ["a", "b", "c"]],
    ["split(' a  b  c ', null, 1)", () => split(' a  b  c ', null, 1), ["a", "b  c "]],
    ["rsplit(' a  b  c ', null, 1)", () => rsplit(' a  b  c ', null, 1), [" a  b", "c"]],
    ["split('a,b,,c', ',')", () => split('a,b,,c', ','), ["a", "b", "", "c"]],
    ["split('a,b,,c', ',', 1)", () => split('a,b,,c', ',', 1), ["a", "b,,c"]],
    ["rsplit('a,b,,c', ',', 1)", () => rsplit('a,b,,c', ',', 1), ["a,b,", "c"]],
    ["split('a', '')", () => split('a', ''), err("ValueError", "empty separator")],
    ["rsplit('a', '')", () => rsplit('a', ''), err("ValueError", "empty separator")],
    ["split('')", () => split(''), []],
    ["split('', ',')", () => split('', ','), [""]],
    ["split('  ')", () => split('  '), []],
    ["split('a\\x1cb\\x85c\\ufeffd\\u3000e')", () => split('a\x1cb\x85c\ufeffd\u3000e'), ["a", "b", "c\ufeffd", "e"]],
    ["split('a b c', null, 0)", () => split('a b c', null, 0), ["a b c"]],
    ["split('  a b c  ', null, 0)", () => split('  a b c  ', null, 0), ["a b c  "]],
    ["rsplit('  a b c  ', null, 0)", () => rsplit('  a b c  ', null, 0), ["  a b c"]],
    ["split('a b', null, -5)", () => split('a b', null, -5), ["a", "b"]],
    ["split('a b', ' ', -1)", () => split('a b', ' ', -1), ["a", "b"]],
    ["rsplit('aXbXc', 'X', 1)", () => rsplit('aXbXc', 'X', 1), ["aXb", "c"]],
    ["split('aXXbXX', 'XX')", () => split('aXXbXX', 'XX'), ["a", "b", ""]],
    ["rsplit('aaa', 'aa')", () => rsplit('aaa', 'aa'), ["a", ""]],
    ["rsplit('aaa', 'aa', 1)", () => rsplit('aaa', 'aa', 1), ["a", ""]],
    ["split('aaa', 'aa', 1)", () => split('aaa', 'aa', 1), ["", "a"]],
    ["split('a', 1 as unknown as string)", () => split('a', 1 as unknown as string), err("TypeError", "must be str or None, not int")],
    ["split('a\\u{1f600}b', '\\u{1f600}')", () => split('a\u{1f600}b', '\u{1f600}'), ["a", "b"]],
    ["rsplit(' a b ', null, 1)", () => rsplit(' a b ', null, 1), [" a", "b"]],
    ["split('x y z', null, 5)", () => split('x y z', null, 5), ["x", "y", "z"]],
    ["splitlines('a\\nb\\r\\nc\\rd\\x0be\\x0cf\\x1cg\\x1dh\\x1ei\\x85j\\u2028k\\u2029l')", () => splitlines('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'), ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]],
    ["splitlines('a\\nb\\r\\n', true)", () => splitlines('a\nb\r\n', true), ["a\n", "b\r\n"]],
    ["splitlines('')", () => splitlines(''), []],
    ["splitlines('\\n')", () => splitlines('\n'), [""]],
    ["splitlines('\\n\\n\\r', true)", () => splitlines('\n\n\r', true), ["\n", "\n", "\r"]],
    ["splitlines('x\\x1f')", () => splitlines('x\x1f'), ["x\u001f"]],
    ["splitlines('a\\r\\rb')", () => splitlines('a\r\rb'), ["a", "", "b"]],
    ["strip('  xx  ')", () => strip('  xx  '), "xx"],
    ["strip('xyaxy', 'xy')", () => strip('xyaxy', 'xy'), "a"],
    ["strip('\\ufeffa\\ufeff')", () => strip('\ufeffa\ufeff'), "\ufeffa\ufeff"],
    ["strip('\\x1ca\\x85')", () => strip('\x1ca\x85'), "a"],
    ["strip('abc', '')", () => strip('abc', ''), "abc"],
    ["lstrip('ab', null)", () => lstrip('ab', null), "ab"],
    ["lstrip('  a  ')", () => lstrip('  a  '), "a  "],
    ["rstrip('  a  ')", () => rstrip('  a  '), "  a"],
    ["rstrip('abcba', 'ab')", () => rstrip('abcba', 'ab'), "abc"],
    ["strip('a', 1 as unknown as string)", () => strip('a', 1 as unknown as string), err("TypeError", "strip arg must be None or str")],
    ["lstrip('a', 1 as unknown as string)", () => lstrip('a', 1 as unknown as string), err("TypeError", "lstrip arg must be None or str")],
    ["strip('\\u{1f600}a\\u{1f600}', '\\u{1f600}')", () => strip('\u{1f600}a\u{1f600}', '\u{1f600}'), "a"],
    ["strip('\\u{1f600}a\\u{1f601}', '\\u{1f601}b')", () => strip('\u{1f600}a\u{1f601}', '\u{1f601}b'), "\ud83d\ude00a"],
    ["strip('xxAxx', 'x')", () => strip('xxAxx', 'x'), "A"],
    ["strip('\\t\\n a \\u3000\\u2029')", () => strip('\t\n a \u3000\u2029'), "a"],
  ]);
});

describe('case', () => {
  runRows([
    ["title(\"hello world's 3rd-e\\u01c6x \\u00df\")", () => title("hello world's 3rd-e\u01c6x \u00df"), "Hello World'S 3Rd-E\u01c6x Ss"],
    ["title('hello')", () => title('hello'), "Hello"],
    ["title('a1b')", () => title('a1b'), "A1B"],
    ["title('\\u0391\\u03a3')", () => title('\u0391\u03a3'), "\u0391\u03c2"],
    ["title('\\u01c5emal')", () => title('\u01c5emal'), "\u01c5emal"],
    ["title('\\u00e9t\\u00e9 \\ufb01n')", () => title('\u00e9t\u00e9 \ufb01n'), "\u00c9t\u00e9 Fin"],
    ["title('HELLO wORLD')", () => title('HELLO wORLD'), "Hello World"],
    ["title('')", () => title(''), ""],
    ["title('\\u10d0\\u10d1 \\u1f80x')", () => title('\u10d0\u10d1 \u1f80x'), "\u10d0\u10d1 \u1f88x"],
    ["title(\"they're bill's\")", () => title("they're bill's"), "They'Re Bill'S"],
    ["capitalize('\\u01c6a')", () => capitalize('\u01c6a'), "\u01c5a"],
    ["capitalize('hELLO wORLD')", () => capitalize('hELLO wORLD'), "Hello world"],
    ["capitalize('\\u00dfa')", () => capitalize('\u00dfa'), "Ssa"],
    ["capitalize('a\\u03a3')", () => capitalize('a\u03a3'), "A\u03c2"],
    ["capitalize('\\u1fb3')", () => capitalize('\u1fb3'), "\u1fbc"],
    ["capitalize('')", () => capitalize(''), ""],
    ["capitalize('1ABC')", () => capitalize('1ABC'), "1abc"],
    ["capitalize('\\u0130X')", () => capitalize('\u0130X'), "\u0130x"],
    ["swapcase('Hello \\u03a3\\u0391\\u03a3')", () => swapcase('Hello \u03a3\u0391\u03a3'), "hELLO \u03c3\u03b1\u03c2"],
    ["swapcase('\\u01c5')", () => swapcase('\u01c5'), "\u01c5"],
    ["swapcase('\\u00df')", () => swapcase('\u00df'), "SS"],
    ["swapcase('a\\u03a3b')", () => swapcase('a\u03a3b'), "A\u03c3B"],
    ["swapcase('aBc1')", () => swapcase('aBc1'), "AbC1"],
    ["casefold('Stra\u00dfe')", () => casefold('Stra\u00dfe'), "strasse"],
    ["casefold('\u1e9e\u0131I\u0130')", () => casefold('\u1e9e\u0131I\u0130'), "ss\u0131ii\u0307"],
    ["casefold('\u0391\u03a3 \u03c2')", () => casefold('\u0391\u03a3 \u03c2'), "\u03b1\u03c3 \u03c3"],
    ["casefold('\ufb01\u0149\u13a0\uab70')", () => casefold('\ufb01\u0149\u13a0\uab70'), "fi\u02bcn\u13a0\u13a0"],
    ["casefold('\u00b5\u017f\u1fb3')", () => casefold('\u00b5\u017f\u1fb3'), "\u03bcs\u03b1\u03b9"],
    ["casefold('ABC')", () => casefold('ABC'), "abc"],
  ]);
});

describe('padding', () => {
  runRows([
    ["center('ab', 7, '*')", () => center('ab', 7, '*'), "***ab**"],
    ["center('abc', 6, '*')", () => center('abc', 6, '*'), "*abc**"],
    ["center('ab', 6, '*')", () => center('ab', 6, '*'), "**ab**"],
    ["center('abc', 2)", () => center('abc', 2), "abc"],
    ["center('a', 4, 'xy')", () => center('a', 4, 'xy'), err("TypeError", "The fill character must be exactly one character long")],
    ["center('a', 5, '')", () => center('a', 5, ''), err("TypeError", "The fill character must be exactly one character long")],
    ["center('a', 5, 1 as unknown as string)", () => center('a', 5, 1 as unknown as string), err("TypeError", "The fill character must be a unicode character, not int")],
    ["center('\\u{1f600}', 4, '*')", () => center('\u{1f600}', 4, '*'), "*\ud83d\ude00**"],
    ["center('a', 4, '\\u{1f600}')", () => center('a', 4, '\u{1f600}'), "\ud83d\ude00a\ud83d\ude00\ud83d\ude00"],
    ["center('abc', 8)", () => center('abc', 8), "  abc   "],
    ["center('ab', 5)", () => center('ab', 5), "  ab "],
    ["ljust('ab', 5, '-')", () => ljust('ab', 5, '-'), "ab---"],
    ["rjust('ab', 5)", () => rjust('ab', 5), "   ab"],
    ["rjust('abc', 1)", () => rjust('abc', 1), "abc"],
    ["ljust('\\u{1f600}', 3, '.')", () => ljust('\u{1f600}', 3, '.'), "\ud83d\ude00.."],
    ["zfill('-42', 6)", () => zfill('-42', 6), "-00042"],
    ["zfill('+42', 6)", () => zfill('+42', 6), "+00042"],
    ["zfill('42', 1)", () => zfill('42', 1), "42"],
    ["zfill('-', 3)", () => zfill('-', 3), "-00"],
    ["zfill('', 3)", () => zfill('', 3), "000"],
    ["zfill('a-1', 5)", () => zfill('a-1', 5), "00a-1"],
    ["zfill('1', 1.5)", () => zfill('1', 1.5), err("TypeError", "'float' object cannot be interpreted as an integer")],
  ]);
});

describe('searching and replacing', () => {
  runRows([
    ["partition('a-b-c', '-')", () => partition('a-b-c', '-'), ["a", "-", "b-c"]],
    ["rpartition('a-b-c', '-')", () => rpartition('a-b-c', '-'), ["a-b", "-", "c"]],
    ["partition('abc', 'x')", () => partition('abc', 'x'), ["abc", "", ""]],
    ["rpartition('abc', 'x')", () => rpartition('abc', 'x'), ["", "", "abc"]],
    ["partition('abc', '')", () => partition('abc', ''), err("ValueError", "empty separator")],
    ["partition('ab', 1 as unknown as string)", () => partition('ab', 1 as unknown as string), err("TypeError", "must be str, not int")],
    ["partition('a\\u{1f600}b', '\\u{1f600}')", () => partition('a\u{1f600}b', '\u{1f600}'), ["a", "\ud83d\ude00", "b"]],
    ["find('abcabc', 'c', 3)", () => find('abcabc', 'c', 3), 5],
    ["find('abcabc', 'c', -2)", () => find('abcabc', 'c', -2), 5],
    ["find('abc', '', 3)", () => find('abc', '', 3), 3],
    ["find('abc', '', 4)", () => find('abc', '', 4), -1],
    ["rfind('abc', '')", () => rfind('abc', ''), 3],
    ["rfind('abc', '', 1, 2)", () => rfind('abc', '', 1, 2), 2],
    ["rfind('abcabc', 'b', 0, 4)", () => rfind('abcabc', 'b', 0, 4), 1],
    ["index('abc', 'x')", () => index('abc', 'x'), err("ValueError", "substring not found")],
    ["rindex('abc', 'x')", () => rindex('abc', 'x'), err("ValueError", "substring not found")],
    ["index('abc', '')", () => index('abc', ''), 0],
    ["index('a', 'a', 5)", () => index('a', 'a', 5), err("ValueError", "substring not found")],
    ["find('abc', 'c', null, null)", () => find('abc', 'c', null, null), 2],
    ["find('ab', '')", () => find('ab', ''), 0],
    ["find('abc', 'b', 2, 1)", () => find('abc', 'b', 2, 1), -1],
    ["find('abc', '', 2, 1)", () => find('abc', '', 2, 1), -1],
    ["find('abcd', 'cd', 0, 3)", () => find('abcd', 'cd', 0, 3), -1],
    ["find('abcd', 'cd', -2)", () => find('abcd', 'cd', -2), 2],
    ["rfind('abcd', 'ab', 1)", () => rfind('abcd', 'ab', 1), -1],
    ["rfind('abab', 'ab', -100, -1)", () => rfind('abab', 'ab', -100, -1), 0],
    ["find('a\\u{1f600}b\\u{1f600}c', 'b')", () => find('a\u{1f600}b\u{1f600}c', 'b'), 2],
    ["rfind('a\\u{1f600}b\\u{1f600}c', '\\u{1f600}')", () => rfind('a\u{1f600}b\u{1f600}c', '\u{1f600}'), 3],
    ["find('a\\u{1f600}b\\u{1f600}c', '\\u{1f600}', 2)", () => find('a\u{1f600}b\u{1f600}c', '\u{1f600}', 2), 3],
    ["find('a\\u{1f600}b\\u{1f600}c', 'c', 0, 4)", () => find('a\u{1f600}b\u{1f600}c', 'c', 0, 4), -1],
    ["rfind('a\\u{1f600}b\\u{1f600}c', 'b', 0, 2)", () => rfind('a\u{1f600}b\u{1f600}c', 'b', 0, 2), -1],
    ["find('a', 1 as unknown as string)", () => find('a', 1 as unknown as string), err("TypeError", "must be str, not int")],
    ["count('aaaa', 'aa')", () => count('aaaa', 'aa'), 2],
    ["count('abc', '')", () => count('abc', ''), 4],
    ["count('abc', '', 10)", () => count('abc', '', 10), 0],
    ["count('abc', '', 3)", () => count('abc', '', 3), 1],
    ["count('abc', '', 1, 2)", () => count('abc', '', 1, 2), 2],
    ["count('a', 1 as unknown as string)", () => count('a', 1 as unknown as string), err("TypeError", "must be str, not int")],
    ["count('a\\u{1f600}b\\u{1f600}c', '\\u{1f600}', 2)", () => count('a\u{1f600}b\u{1f600}c', '\u{1f600}', 2), 1],
    ["count('\\u{1f600}\\u{1f600}', '')", () => count('\u{1f600}\u{1f600}', ''), 3],
    ["count('ababab', 'ab', 1, -1)", () => count('ababab', 'ab', 1, -1), 1],
    ["startswith('abc', '')", () => startswith('abc', ''), true],
    ["startswith('abc', '', 3)", () => startswith('abc', '', 3), true],
    ["startswith('abc', '', 4)", () => startswith('abc', '', 4), false],
    ["startswith('abc', ['x', 'b'], 1)", () => startswith('abc', ['x', 'b'], 1), true],
    ["endswith('abc', 'bc', 0, 3)", () => endswith('abc', 'bc', 0, 3), true],
    ["endswith('abc', 'b', 0, -1)", () => endswith('abc', 'b', 0, -1), true],
    ["startswith('abc', 1 as unknown as string)", () => startswith('abc', 1 as unknown as string), err("TypeError", "startswith first arg must be str or a tuple of str, not int")],
    ["endswith('abc', '', 4)", () => endswith('abc', '', 4), false],
    ["endswith('abc', '', 2, 1)", () => endswith('abc', '', 2, 1), false],
    ["startswith('a', ['a', 1] as unknown as string[])", () => startswith('a', ['a', 1] as unknown as string[]), true],
    ["startswith('a', [1, 'a'] as unknown as string[])", () => startswith('a', [1, 'a'] as unknown as string[]), err("TypeError", "tuple for startswith must only contain str, not int")],
    ["endswith('a', 1 as unknown as string)", () => endswith('a', 1 as unknown as string), err("TypeError", "endswith first arg must be str or a tuple of str, not int")],
    ["startswith('\\u{1f600}x', 'x', 1)", () => startswith('\u{1f600}x', 'x', 1), true],
    ["endswith('\\u{1f600}x', '\\u{1f600}', 0, 1)", () => endswith('\u{1f600}x', '\u{1f600}', 0, 1), true],
    ["startswith('abc', 'abcd')", () => startswith('abc', 'abcd'), false],
    ["endswith('abc', ['c'])", () => endswith('abc', ['c']), true],
    ["startswith('abc', [])", () => startswith('abc', []), false],
    ["startswith('abc', 'bc', -2)", () => startswith('abc', 'bc', -2), true],
    ["replace('abc', '', '-')", () => replace('abc', '', '-'), "-a-b-c-"],
    ["replace('abc', '', '-', 2)", () => replace('abc', '', '-', 2), "-a-bc"],
    ["replace('aaa', 'a', 'b', 2)", () => replace('aaa', 'a', 'b', 2), "bba"],
    ["replace('aaa', 'a', '$&')", () => replace('aaa', 'a', '$&'), "$&$&$&"],
    ["replace('', '', 'x')", () => replace('', '', 'x'), "x"],
    ["replace('', '', 'x', 0)", () => replace('', '', 'x', 0), ""],
    ["replace('abc', 'b', '', 0)", () => replace('abc', 'b', '', 0), "abc"],
    ["replace('abc', 'b', 'x', -1)", () => replace('abc', 'b', 'x', -1), "axc"],
    ["replace('\\u{1f600}\\u{1f600}', '', '-')", () => replace('\u{1f600}\u{1f600}', '', '-'), "-\ud83d\ude00-\ud83d\ude00-"],
    ["replace('a', 1 as unknown as string, 'b')", () => replace('a', 1 as unknown as string, 'b'), err("TypeError", "replace() argument 1 must be str, not int")],
    ["replace('aaaa', 'aa', 'b')", () => replace('aaaa', 'aa', 'b'), "bb"],
    ["replace('abab', 'ab', '$1', 1)", () => replace('abab', 'ab', '$1', 1), "$1ab"],
  ]);
});

describe('predicates', () => {
  runRows([
    ["isdigit('12')", () => isdigit('12'), true],
    ["isdigit('\\u00b2')", () => isdigit('\u00b2'), true],
    ["isdecimal('\\u00b2')", () => isdecimal('\u00b2'), false],
    ["isnumeric('\\u00bd')", () => isnumeric('\u00bd'), true],
    ["isnumeric('\\u4e09')", () => isnumeric('\u4e09'), true],
    ["isdigit('')", () => isdigit(''), false],
    ["isdigit('\\u2460')", () => isdigit('\u2460'), true],
    ["isdecimal('\\u0663')", () => isdecimal('\u0663'), true],
    ["isdigit('\\u00bd')", () => isdigit('\u00bd'), false],
    ["isnumeric('1.5')", () => isnumeric('1.5'), false],
    ["isalpha('abc')", () => isalpha('abc'), true],
    ["isalpha('ab1')", () => isalpha('ab1'), false],
    ["isalpha('\\u00e9\\u4e2d')", () => isalpha('\u00e9\u4e2d'), true],
    ["isalpha('')", () => isalpha(''), false],
    ["isalnum('a1')", () => isalnum('a1'), true],
    ["isalnum('a\\u00bd\\u4e09')", () => isalnum('a\u00bd\u4e09'), true],
    ["isalnum('a b')", () => isalnum('a b'), false],
    ["isspace(' \\t')", () => isspace(' \t'), true],
    ["isspace('')", () => isspace(''), false],
    ["isspace('\\x1c\\x85\\u3000')", () => isspace('\x1c\x85\u3000'), true],
    ["isspace('\\ufeff')", () => isspace('\ufeff'), false],
    ["isupper('ABC1')", () => isupper('ABC1'), true],
    ["isupper('1')", () => isupper('1'), false],
    ["isupper('A\\u01c5')", () => isupper('A\u01c5'), false],
    ["islower('abc')", () => islower('abc'), true],
    ["islower('abC')", () => islower('abC'), false],
    ["islower('\\u00df1')", () => islower('\u00df1'), true],
    ["islower('\\u02b0')", () => islower('\u02b0'), true],
    ["istitle('Hello World')", () => istitle('Hello World'), true],
    ["istitle('HEllo')", () => istitle('HEllo'), false],
    ["istitle('\\u01c5a')", () => istitle('\u01c5a'), true],
    ["istitle('')", () => istitle(''), false],
    ["istitle('1A')", () => istitle('1A'), true],
    ["istitle('A1a')", () => istitle('A1a'), false],
    ["isidentifier('_a1')", () => isidentifier('_a1'), true],
    ["isidentifier('1a')", () => isidentifier('1a'), false],
    ["isidentifier('a-b')", () => isidentifier('a-b'), false],
    ["isidentifier('\\u2115')", () => isidentifier('\u2115'), true],
    ["isidentifier('')", () => isidentifier(''), false],
    ["isidentifier('\\u2118')", () => isidentifier('\u2118'), true],
    ["isidentifier('\\u00e9t\\u00e9')", () => isidentifier('\u00e9t\u00e9'), true],
    ["isascii('')", () => isascii(''), true],
    ["isascii('a\\x7f')", () => isascii('a\x7f'), true],
    ["isascii('\\u00e9')", () => isascii('\u00e9'), false],
  ]);
});

describe('join, repeat, expandtabs, ord, chr', () => {
  runRows([
    ["strRepeat('ab', -1)", () => strRepeat('ab', -1), ""],
    ["strRepeat('ab', 3)", () => strRepeat('ab', 3), "ababab"],
    ["strRepeat('ab', 1.5)", () => strRepeat('ab', 1.5), err("TypeError", "can't multiply sequence by non-int of type 'float'")],
    ["join(',', ['a', 1] as unknown as string[])", () => join(',', ['a', 1] as unknown as string[]), err("TypeError", "sequence item 1: expected str instance, int found")],
    ["join(',', [1] as unknown as string[])", () => join(',', [1] as unknown as string[]), err("TypeError", "sequence item 0: expected str instance, int found")],
    ["join(',', 'abc')", () => join(',', 'abc'), "a,b,c"],
    ["join(',', [])", () => join(',', []), ""],
    ["join('', [bytes([97])] as unknown as string[])", () => join('', [bytes([97])] as unknown as string[]), err("TypeError", "sequence item 0: expected str instance, bytes found")],
    ["join('a', 5 as unknown as string[])", () => join('a', 5 as unknown as string[]), err("TypeError", "can only join an iterable")],
    ["join('-', new Map([['x', 1], ['y', 2]]) as unknown as string[])", () => join('-', new Map([['x', 1], ['y', 2]]) as unknown as string[]), "x-y"],
    ["join(', ', ['a', null] as unknown as string[])", () => join(', ', ['a', null] as unknown as string[]), err("TypeError", "sequence item 1: expected str instance, NoneType found")],
    ["expandtabs('a\\tbc\\td')", () => expandtabs('a\tbc\td'), "a       bc      d"],
    ["expandtabs('a\\tb\\nab\\tc', 4)", () => expandtabs('a\tb\nab\tc', 4), "a   b\nab  c"],
    ["expandtabs('a\\tb', 0)", () => expandtabs('a\tb', 0), "ab"],
    ["expandtabs('a\\r\\tb', 4)", () => expandtabs('a\r\tb', 4), "a\r    b"],
    ["expandtabs('abc', -1)", () => expandtabs('abc', -1), "abc"],
    ["expandtabs('\\u{1f600}\\tx', 4)", () => expandtabs('\u{1f600}\tx', 4), "\ud83d\ude00   x"],
    ["expandtabs('\\t', -1)", () => expandtabs('\t', -1), ""],
    ["ord('ab')", () => ord('ab'), err("TypeError", "ord() expected a character, but string of length 2 found")],
    ["ord('')", () => ord(''), err("TypeError", "ord() expected a character, but string of length 0 found")],
    ["ord('\\u{1f600}')", () => ord('\u{1f600}'), 128512],
    ["ord('a')", () => ord('a'), 97],
    ["ord(bytes([97]))", () => ord(bytes([97])), 97],
    ["ord(bytes([97, 98]))", () => ord(bytes([97, 98])), err("TypeError", "ord() expected a character, but string of length 2 found")],
    ["ord(5 as unknown as string)", () => ord(5 as unknown as string), err("TypeError", "ord() expected string of length 1, but int found")],
    ["chr(0x110000)", () => chr(0x110000), err("ValueError", "chr() arg not in range(0x110000)")],
    ["chr(-1)", () => chr(-1), err("ValueError", "chr() arg not in range(0x110000)")],
    ["chr(128512)", () => chr(128512), "\ud83d\ude00"],
    ["chr(1.5)", () => chr(1.5), err("TypeError", "'float' object cannot be interpreted as an integer")],
    ["chr('a' as unknown as number)", () => chr('a' as unknown as number), err("TypeError", "'str' object cannot be interpreted as an integer")],
    ["chr(233)", () => chr(233), "\u00e9"],
  ]);
});

describe('codecs and bytes', () => {
  runRows([
    ["encode('\\u00e9')", () => encode('\u00e9'), bytes([195, 169])],
    ["encode('\\u00e9\\u20ac', 'ascii')", () => encode('\u00e9\u20ac', 'ascii'), err("UnicodeEncodeError", "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)")],
    ["encode('a\\u00e9\\u20acb', 'ascii')", () => encode('a\u00e9\u20acb', 'ascii'), err("UnicodeEncodeError", "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)")],
    ["encode('\\u00e9\\u20ac', 'latin-1')", () => encode('\u00e9\u20ac', 'latin-1'), err("UnicodeEncodeError", "'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)")],
    ["encode('\\u00e9', 'latin1')", () => encode('\u00e9', 'latin1'), bytes([233])],
    ["encode('\\u00e9', 'ascii', 'ignore')", () => encode('\u00e9', 'ascii', 'ignore'), bytes([])],
    ["encode('\\u00e9', 'ascii', 'replace')", () => encode('\u00e9', 'ascii', 'replace'), bytes([63])],
    ["encode('\\u00e9\\u{1f600}\\u20ac', 'ascii', 'backslashreplace')", () => encode('\u00e9\u{1f600}\u20ac', 'ascii', 'backslashreplace'), bytes([92, 120, 101, 57, 92, 85, 48, 48, 48, 49, 102, 54, 48, 48, 92, 117, 50, 48, 97, 99])],
    ["encode('\\ud800')", () => encode('\ud800'), err("UnicodeEncodeError", "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed")],
    ["encode('a\\udc80\\udcffb')", () => encode('a\udc80\udcffb'), err("UnicodeEncodeError", "'utf-8' codec can't encode characters in position 1-2: surrogates not allowed")],
    ["encode('\\u00e9', 'xyz')", () => encode('\u00e9', 'xyz'), err("LookupError", "unknown encoding: xyz")],
    ["encode('\\u00e9', 'UTF8')", () => encode('\u00e9', 'UTF8'), bytes([195, 169])],
    ["encode('a', 'utf_8')", () => encode('a', 'utf_8'), bytes([97])],
    ["encode('\\u00e9', 'ascii', 'xmlcharrefreplace')", () => encode('\u00e9', 'ascii', 'xmlcharrefreplace'), bytes([38, 35, 50, 51, 51, 59])],
    ["encode('\\u00e9', 'iso-8859-1')", () => encode('\u00e9', 'iso-8859-1'), bytes([233])],
    ["encode('a', 'utf-8', 'xyz')", () => encode('a', 'utf-8', 'xyz'), bytes([97])],
    ["encode('\\u00e9', 'ascii', 'xyz')", () => encode('\u00e9', 'ascii', 'xyz'), err("LookupError", "unknown error handler name 'xyz'")],
    ["encode('\\udc80', 'utf-8', 'surrogateescape')", () => encode('\udc80', 'utf-8', 'surrogateescape'), bytes([128])],
    ["encode('\\u00e9', 'utf-8-sig')", () => encode('\u00e9', 'utf-8-sig'), bytes([239, 187, 191, 195, 169])],
    ["encode('\\u{1f600}\\u20ac')", () => encode('\u{1f600}\u20ac'), bytes([240, 159, 152, 128, 226, 130, 172])],
    ["encode('\\ud800x', 'utf-8', 'surrogatepass')", () => encode('\ud800x', 'utf-8', 'surrogatepass'), bytes([237, 160, 128, 120])],
    ["encode('\\u20ac', 'latin-1', 'backslashreplace')", () => encode('\u20ac', 'latin-1', 'backslashreplace'), bytes([92, 117, 50, 48, 97, 99])],
    ["encode('ab', 'US-ASCII')", () => encode('ab', 'US-ASCII'), bytes([97, 98])],
    ["encode('\\ud800', 'utf-8', 'replace')", () => encode('\ud800', 'utf-8', 'replace'), bytes([63])],
    ["decode(bytes([0xff]))", () => decode(bytes([0xff])), err("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte")],
    ["decode(bytes([0x61, 0xc3]))", () => decode(bytes([0x61, 0xc3])), err("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data")],
    ["decode(bytes([0xc3, 0x28, 0x61]))", () => decode(bytes([0xc3, 0x28, 0x61])), err("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte")],
    ["decode(bytes([0xe2, 0x82]))", () => decode(bytes([0xe2, 0x82])), err("UnicodeDecodeError", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data")],
    ["decode(bytes([0xe2, 0x82, 0x61]))", () => decode(bytes([0xe2, 0x82, 0x61])), err("UnicodeDecodeError", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte")],
    ["decode(bytes([0xe2, 0x28, 0x61]))", () => decode(bytes([0xe2, 0x28, 0x61])), err("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte")],
    ["decode(bytes([0xed, 0xa0, 0x80]))", () => decode(bytes([0xed, 0xa0, 0x80])), err("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte")],
    ["decode(bytes([0xf0, 0x9f, 0x98]))", () => decode(bytes([0xf0, 0x9f, 0x98])), err("UnicodeDecodeError", "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data")],
    ["decode(bytes([0xf0, 0x9f, 0x28, 0x61]))", () => decode(bytes([0xf0, 0x9f, 0x28, 0x61])), err("UnicodeDecodeError", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte")],
    ["decode(bytes([0xf0, 0x9f, 0x98, 0x28]))", () => decode(bytes([0xf0, 0x9f, 0x98, 0x28])), err("UnicodeDecodeError", "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte")],
    ["decode(bytes([0xf5]))", () => decode(bytes([0xf5])), err("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte")],
    ["decode(bytes([0xe0, 0x80, 0x80]))", () => decode(bytes([0xe0, 0x80, 0x80])), err("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte")],
    ["decode(bytes([0xc0, 0x80]))", () => decode(bytes([0xc0, 0x80])), err("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte")],
    ["decode(bytes([0xf4, 0x90, 0x80, 0x80]))", () => decode(bytes([0xf4, 0x90, 0x80, 0x80])), err("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte")],
    ["decode(bytes([0x61, 0xff, 0x62, 0xfe]), 'utf-8', 'replace')", () => decode(bytes([0x61, 0xff, 0x62, 0xfe]), 'utf-8', 'replace'), "a\ufffdb\ufffd"],
    ["decode(bytes([0x61, 0xff, 0x62]), 'utf-8', 'ignore')", () => decode(bytes([0x61, 0xff, 0x62]), 'utf-8', 'ignore'), "ab"],
    ["decode(bytes([0x61, 0xff, 0x62]), 'utf-8', 'backslashreplace')", () => decode(bytes([0x61, 0xff, 0x62]), 'utf-8', 'backslashreplace'), "a\\xffb"],
    ["decode(bytes([0xe9]), 'ascii')", () => decode(bytes([0xe9]), 'ascii'), err("UnicodeDecodeError", "'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)")],
    ["decode(bytes([0xe9]), 'latin-1')", () => decode(bytes([0xe9]), 'latin-1'), "\u00e9"],
    ["decode(bytes([0xe2, 0x82]), 'utf-8', 'replace')", () => decode(bytes([0xe2, 0x82]), 'utf-8', 'replace'), "\ufffd"],
    ["decode(bytes([0xf0, 0x9f, 0x98]), 'utf-8', 'replace')", () => decode(bytes([0xf0, 0x9f, 0x98]), 'utf-8', 'replace'), "\ufffd"],
    ["decode(bytes([0xe9, 0xe9]), 'ascii')", () => decode(bytes([0xe9, 0xe9]), 'ascii'), err("UnicodeDecodeError", "'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)")],
    ["decode(bytes([0xff]), 'utf-8', 'surrogateescape')", () => decode(bytes([0xff]), 'utf-8', 'surrogateescape'), "\udcff"],
    ["decode(bytes([0xef, 0xbb, 0xbf, 0x61]))", () => decode(bytes([0xef, 0xbb, 0xbf, 0x61])), "\ufeffa"],
    ["decode(bytes([0xef, 0xbb, 0xbf, 0x61]), 'utf-8-sig')", () => decode(bytes([0xef, 0xbb, 0xbf, 0x61]), 'utf-8-sig'), "a"],
    ["decode(bytes([0xff]), 'ascii', 'replace')", () => decode(bytes([0xff]), 'ascii', 'replace'), "\ufffd"],
    ["decode(bytes([0x80, 0x81]), 'utf-8', 'replace')", () => decode(bytes([0x80, 0x81]), 'utf-8', 'replace'), "\ufffd\ufffd"],
    ["decode(bytes([0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]))", () => decode(bytes([0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80])), "\u20ac\ud83d\ude00"],
    ["decode(bytes([0x80, 0xe9, 0x61]), 'nope')", () => decode(bytes([0x80, 0xe9, 0x61]), 'nope'), err("LookupError", "unknown encoding: nope")],
    ["rsplit('aaaa', 'aa')", () => rsplit('aaaa', 'aa'), ["", "", ""]],
    ["rsplit('abcbc', 'bc')", () => rsplit('abcbc', 'bc'), ["a", "", ""]],
    ["decode(bytes([0xff]), 'utf-8', 'nope')", () => decode(bytes([0xff]), 'utf-8', 'nope'), err("LookupError", "unknown error handler name 'nope'")],
    ["decode(bytes([0x61, 0xe2, 0x82, 0xff, 0x62]), 'utf-8', 'replace')", () => decode(bytes([0x61, 0xe2, 0x82, 0xff, 0x62]), 'utf-8', 'replace'), "a\ufffd\ufffdb"],
    ["bytesHex(bytes([0x01, 0xab]))", () => bytesHex(bytes([0x01, 0xab])), "01ab"],
    ["bytesHex(bytes([0x01, 0xab, 0xcd]), ':')", () => bytesHex(bytes([0x01, 0xab, 0xcd]), ':'), "01:ab:cd"],
    ["bytesHex(bytes([0x01, 0xab, 0xcd]), ':', 2)", () => bytesHex(bytes([0x01, 0xab, 0xcd]), ':', 2), "01:abcd"],
    ["bytesHex(bytes([0x01, 0xab, 0xcd]), ':', -2)", () => bytesHex(bytes([0x01, 0xab, 0xcd]), ':', -2), "01ab:cd"],
    ["bytesHex(bytes([0x61, 0x62]), '')", () => bytesHex(bytes([0x61, 0x62]), ''), err("ValueError", "sep must be length 1.")],
    ["bytesHex(bytes([0x61, 0x62]), '::')", () => bytesHex(bytes([0x61, 0x62]), '::'), err("ValueError", "sep must be length 1.")],
    ["bytesHex(bytes([0x61, 0x62]), ':', 0)", () => bytesHex(bytes([0x61, 0x62]), ':', 0), "6162"],
    ["bytesHex(bytes([1, 2, 3, 4, 5]), ' ', 2)", () => bytesHex(bytes([1, 2, 3, 4, 5]), ' ', 2), "01 0203 0405"],
    ["bytesHex(bytes([1, 2, 3, 4]), ' ', 2)", () => bytesHex(bytes([1, 2, 3, 4]), ' ', 2), "0102 0304"],
    ["bytesHex(bytes([]), ':')", () => bytesHex(bytes([]), ':'), ""],
    ["bytesFromHex('01 ab')", () => bytesFromHex('01 ab'), bytes([1, 171])],
    ["bytesFromHex('0g')", () => bytesFromHex('0g'), err("ValueError", "non-hexadecimal number found in fromhex() arg at position 1")],
    ["bytesFromHex('0 1')", () => bytesFromHex('0 1'), err("ValueError", "non-hexadecimal number found in fromhex() arg at position 1")],
    ["bytesFromHex(' 01\\tab\\n')", () => bytesFromHex(' 01\tab\n'), bytes([1, 171])],
    ["bytesFromHex('abc')", () => bytesFromHex('abc'), err("ValueError", "non-hexadecimal number found in fromhex() arg at position 3")],
    ["bytesFromHex('ABcd')", () => bytesFromHex('ABcd'), bytes([171, 205])],
    ["bytesFromHex('')", () => bytesFromHex(''), bytes([])],
    ["bytesOf(3)", () => bytesOf(3), bytes([0, 0, 0])],
    ["bytesOf('a')", () => bytesOf('a'), err("TypeError", "string argument without an encoding")],
    ["bytesOf('\\u00e9', 'utf-8')", () => bytesOf('\u00e9', 'utf-8'), bytes([195, 169])],
    ["bytesOf([1, 256])", () => bytesOf([1, 256]), err("ValueError", "bytes must be in range(0, 256)")],
    ["bytesOf([1, 'a'])", () => bytesOf([1, 'a']), err("TypeError", "'str' object cannot be interpreted as an integer")],
    ["bytesOf(-1)", () => bytesOf(-1), err("ValueError", "negative count")],
    ["bytesOf(null)", () => bytesOf(null), err("TypeError", "cannot convert 'NoneType' object to bytes")],
    ["bytesOf([1.5])", () => bytesOf([1.5]), err("TypeError", "'float' object cannot be interpreted as an integer")],
    ["bytesOf(1.5)", () => bytesOf(1.5), err("TypeError", "cannot convert 'float' object to bytes")],
    ["bytesOf(bytes([97, 98]))", () => bytesOf(bytes([97, 98])), bytes([97, 98])],
    ["bytesOf()", () => bytesOf(), bytes([])],
    ["bytesOf([true, 2])", () => bytesOf([true, 2]), bytes([1, 2])],
    ["bytesOf(new Set([7]))", () => bytesOf(new Set([7])), bytes([7])],
    ["bytesOf(5, 'utf-8')", () => bytesOf(5, 'utf-8'), err("TypeError", "encoding without a string argument")],
    ["bytesOf('a', 'ascii')", () => bytesOf('a', 'ascii'), bytes([97])],
    ["bytesConcat(bytes([97]), bytes([98]))", () => bytesConcat(bytes([97]), bytes([98])), bytes([97, 98])],
    ["bytesEq(bytes([97]), bytes([97]))", () => bytesEq(bytes([97]), bytes([97])), true],
    ["bytesEq(bytes([97]), bytes([97, 0]))", () => bytesEq(bytes([97]), bytes([97, 0])), false],
  ]);
});


describe("codec error objects", () => {
  test("UnicodeDecodeError carries Python's fields and message", () => {
    let thrown: unknown;
    try {
      decode(bytes([0x61, 0xff]));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UnicodeDecodeError);
    const e = thrown as UnicodeDecodeError & { start: number; end: number; reason: string; encoding: string };
    expect([e.encoding, e.start, e.end, e.reason]).toEqual(["utf-8", 1, 2, "invalid start byte"]);
    expect(e.message).toBe("'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
    expect(e.args.length).toBe(5);
  });
  test("round trips", () => {
    const text = "h\u00e9llo \u20ac \u{1f600}";
    expect(decode(encode(text))).toBe(text);
    expect(decode(encode("caf\u00e9", "latin-1"), "latin-1")).toBe("caf\u00e9");
    const big = new Uint8Array(100000).fill(0xe9);
    expect(decode(big, "latin-1").length).toBe(100000);
  });
});
