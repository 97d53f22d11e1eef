import { strFormat } from "../../src/runtime/str-format";
import type { StrFormatShapes } from "../../src/runtime/str-format";
import { BaseException, IndexError, KeyError, ValueError } from "../../src/runtime/exceptions";

class Pt {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
  __repr__(): string {
    return `Pt(${this.x}, ${this.y})`;
  }
}

function outcome(f: () => string): string | { error: string } {
  try {
    return f();
  } catch (e) {
    if (e instanceof BaseException) return { error: `${e.name}: ${e.__str__()}` };
    throw e;
  }
}

// [format, make [args, kwargs], shapes, expected]; expectations produced by CPython 3.11's str.format.
type Case = [string, () => [unknown[], ReadonlyMap<string, unknown> | undefined], StrFormatShapes | undefined, string | { error: string }];
const cases: Case[] = [
  ["{} and {}", () => [["a", "b"], undefined], undefined, "a and b"],
  ["{0}{1}{0}", () => [["ab", "cd"], undefined], undefined, "abcdab"],
  ["{1} {0}", () => [[1, 2], undefined], undefined, "2 1"],
  ["Hello, {name}!", () => [[], new Map<string, unknown>([["name", "World"]])], undefined, "Hello, World!"],
  ["{0} {x}", () => [[1], new Map<string, unknown>([["x", 2]])], undefined, "1 2"],
  ["{0.x},{0.y}", () => [[new Pt(1, 2)], undefined], undefined, "1,2"],
  ["{p.x}", () => [[], new Map([["p", new Pt(3, 4)]])], undefined, "3"],
  ["{0[0]} {0[1]}", () => [[[5, 6]], undefined], undefined, "5 6"],
  ["{0[k]} {0[1]}", () => [[new Map<unknown, unknown>([["k", "v"], [1, "one"]])], undefined], undefined, "v one"],
  ["{d[a][0]}", () => [[], new Map([["d", new Map([["a", [9]]])]])], undefined, "9"],
  ["{0[1]}", () => [["xyz"], undefined], undefined, "y"],
  ["{!r}", () => [["x"], undefined], undefined, "'x'"],
  ["{0!s}", () => [["x"], undefined], undefined, "x"],
  ["{!a}", () => [["h\u00e9"], undefined], undefined, "'h\\xe9'"],
  ["{0!r:>8}", () => [["ab"], undefined], undefined, "    'ab'"],
  ["{!r}", () => [[new Pt(1, 2)], undefined], undefined, "Pt(1, 2)"],
  ["{:>10}|{:<10}|{:^10}", () => [["r", "l", "c"], undefined], undefined, "         r|l         |    c     "],
  ["{:*^9}", () => [["mid"], undefined], undefined, "***mid***"],
  ["{:08.3f}", () => [[3.14159], undefined], undefined, "0003.142"],
  ["{:,}", () => [[1234567], undefined], undefined, "1,234,567"],
  ["{:x} {:#o} {:b}", () => [[255, 8, 5], undefined], undefined, "ff 0o10 101"],
  ["{:.2%}", () => [[0.256], undefined], undefined, "25.60%"],
  ["{:{}}", () => [["x", 5], undefined], undefined, "x    "],
  ["{:{w}.{p}f}", () => [[3.14159], new Map<string, unknown>([["w", 10], ["p", 2]])], undefined, "      3.14"],
  ["{0:{1}{2}}", () => [["ab", ">", 6], undefined], undefined, "    ab"],
  ["{:{fill}{align}{width}}", () => [["z"], new Map<string, unknown>([["fill", "-"], ["align", "^"], ["width", 7]])], undefined, "---z---"],
  ["{{}} {{{}}}", () => [["x"], undefined], undefined, "{} {x}"],
  ["{{0}}", () => [[], undefined], undefined, "{0}"],
  ["}}{{", () => [[], undefined], undefined, "}{"],
  ["", () => [[], undefined], undefined, ""],
  ["no fields", () => [[], undefined], undefined, "no fields"],
  ["{}", () => [[2.0], undefined], { args: "(f)" }, "2.0"],
  ["{:}", () => [[2.0], undefined], { args: "(f)" }, "2.0"],
  ["{0} {0!r}", () => [[2.0], undefined], { args: "(f)" }, "2.0 2.0"],
  ["{x}", () => [[], new Map([["x", 1]])], { kwargs: { x: "f" } }, "1.0"],
  ["{}", () => [[[1, 2]], undefined], { args: "((i,f))" }, "(1, 2.0)"],
  ["{0[1]}", () => [[[1, 2]], undefined], { args: "((i,f))" }, "2.0"],
  ["{} {}", () => [[null, true], undefined], undefined, "None True"],
  ["{:d}", () => [[true], undefined], undefined, "1"],
  ["{}", () => [[true], undefined], undefined, "True"],
  ["{:>6}", () => [[true], undefined], undefined, "     1"],
  ["{}", () => [[[1, "a"]], undefined], undefined, "[1, 'a']"],
  ["{00}{01}", () => [["a", "b"], undefined], undefined, "ab"],
  ["{0:}}", () => [["x"], undefined], undefined, { error: "ValueError: Single '}' encountered in format string" }],
  ["{", () => [["x"], undefined], undefined, { error: "ValueError: Single '{' encountered in format string" }],
  ["}", () => [["x"], undefined], undefined, { error: "ValueError: Single '}' encountered in format string" }],
  ["a}b", () => [["x"], undefined], undefined, { error: "ValueError: Single '}' encountered in format string" }],
  ["{0", () => [["x"], undefined], undefined, { error: "ValueError: expected '}' before end of string" }],
  ["{0!", () => [["x"], undefined], undefined, { error: "ValueError: end of string while looking for conversion specifier" }],
  ["{0!r", () => [["x"], undefined], undefined, { error: "ValueError: unmatched '{' in format spec" }],
  ["{0!rx}", () => [["x"], undefined], undefined, { error: "ValueError: expected ':' after conversion specifier" }],
  ["{0!x}", () => [["x"], undefined], undefined, { error: "ValueError: Unknown conversion specifier x" }],
  ["{0:", () => [["x"], undefined], undefined, { error: "ValueError: unmatched '{' in format spec" }],
  ["{0:{1}", () => [["x", 1], undefined], undefined, { error: "ValueError: unmatched '{' in format spec" }],
  ["{0[}", () => [["x"], undefined], undefined, { error: "ValueError: expected '}' before end of string" }],
  ["{0[0]x}", () => [[[1, 2]], undefined], undefined, { error: "ValueError: Only '.' or '[' may follow ']' in format field specifier" }],
  ["{0.}", () => [["x"], undefined], undefined, { error: "ValueError: Empty attribute in format string" }],
  ["{0[]}", () => [["x"], undefined], undefined, { error: "ValueError: Empty attribute in format string" }],
  ["{0.nope}", () => [[new Pt(1, 2)], undefined], undefined, { error: "AttributeError: 'Pt' object has no attribute 'nope'" }],
  ["{0.x}", () => [[5], undefined], undefined, { error: "AttributeError: 'int' object has no attribute 'x'" }],
  ["{}{0}", () => [["x"], undefined], undefined, { error: "ValueError: cannot switch from automatic field numbering to manual field specification" }],
  ["{0}{}", () => [["x"], undefined], undefined, { error: "ValueError: cannot switch from manual field specification to automatic field numbering" }],
  ["{5}", () => [["x"], undefined], undefined, { error: "IndexError: Replacement index 5 out of range for positional args tuple" }],
  ["{}{}", () => [["x"], undefined], undefined, { error: "IndexError: Replacement index 1 out of range for positional args tuple" }],
  ["{a}", () => [["x"], undefined], undefined, { error: "KeyError: 'a'" }],
  ["{0:{1:{2}}}", () => [[1, 2, 3], undefined], undefined, { error: "ValueError: Max string recursion exceeded" }],
  ["{0{1}}", () => [["x"], undefined], undefined, { error: "ValueError: unexpected '{' in field name" }],
  ["{ 0}", () => [["x"], undefined], undefined, { error: "KeyError: ' 0'" }],
  ["{-1}", () => [["x"], undefined], undefined, { error: "KeyError: '-1'" }],
  ["{0!}", () => [["x"], undefined], undefined, { error: "ValueError: unmatched '{' in format spec" }],
  ["{}}", () => [["x"], undefined], undefined, { error: "ValueError: Single '}' encountered in format string" }],
  ["{0]}", () => [["x"], undefined], undefined, { error: "KeyError: '0]'" }],
  ["{0:{}}", () => [["x", 1], undefined], undefined, { error: "ValueError: cannot switch from manual field specification to automatic field numbering" }],
  ["{0:{{}}}", () => [[1], undefined], undefined, { error: "ValueError: Invalid format specifier '{}' for object of type 'int'" }],
  ["{0[x]}", () => [[[1]], undefined], undefined, { error: "TypeError: list indices must be integers or slices, not str" }],
  ["{0[5]}", () => [[[1]], undefined], undefined, { error: "IndexError: list index out of range" }],
  ["{0[5]}", () => [["abc"], undefined], undefined, { error: "IndexError: string index out of range" }],
  ["{0[x]}", () => [["abc"], undefined], undefined, { error: "TypeError: string indices must be integers, not 'str'" }],
  ["{0[1]}", () => [[new Map([["1", 2]])], undefined], undefined, { error: "KeyError: 1" }],
  ["{0[0]}", () => [[5], undefined], undefined, { error: "TypeError: 'int' object is not subscriptable" }],
  ["{:d}", () => [["x"], undefined], undefined, { error: "ValueError: Unknown format code 'd' for object of type 'str'" }],
  ["{:s}", () => [[1], undefined], undefined, { error: "ValueError: Unknown format code 's' for object of type 'int'" }],
  ["{!r:d}", () => [[1], undefined], undefined, { error: "ValueError: Unknown format code 'd' for object of type 'str'" }],
  ["{0!\u0001}", () => [["x"], undefined], undefined, { error: "ValueError: Unknown conversion specifier \\x1" }],
  ["{0:{1}}", () => [[1.5, "d"], undefined], undefined, { error: "ValueError: Unknown format code 'd' for object of type 'float'" }],
];

describe("str.format matches CPython", () => {
  test.each(cases)("%p.format(...)", (fmt, make, shapes, expected) => {
    const [args, kwargs] = make();
    expect(outcome(() => strFormat(fmt, args, kwargs, shapes))).toEqual(expected);
  });
});

describe("strFormat details", () => {
  test("errors are the runtime's Python exception classes", () => {
    expect(() => strFormat("{", [])).toThrow(ValueError);
    expect(() => strFormat("{1}", [0])).toThrow(IndexError);
    expect(() => strFormat("{name}", [])).toThrow(KeyError);
  });

  test("methods reached by attribute are bound", () => {
    const obj = {
      label: "L",
      __getitem__(key: unknown): string {
        return `item ${String(key)}`;
      },
    };
    expect(strFormat("{0.label} {0[3]} {0[k]}", [obj])).toBe("L item 3 item k");
  });

  test("__format__ receives the expanded spec", () => {
    const obj = {
      __format__(spec: string): string {
        return `[${spec}]`;
      },
    };
    expect(strFormat("{0:{1}x}", [obj, 12])).toBe("[12x]");
  });
});
