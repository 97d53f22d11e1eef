// Expected values were produced by running each Python expression under CPython 3.11.2.
import { abs, div, divFloat, divmod, divmodFloat, floorDiv, floorDivFloat, mod, modFloat, pow, powFloat, round, toFloat, toInt } from "../../src/runtime/numbers";
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

describe('floor division, modulo, true division', () => {
  runRows([
    ["floorDiv(7, 2)", () => floorDiv(7, 2), 3],
    ["floorDiv(-7, 2)", () => floorDiv(-7, 2), -4],
    ["floorDiv(7, -2)", () => floorDiv(7, -2), -4],
    ["floorDiv(-7, -2)", () => floorDiv(-7, -2), 3],
    ["floorDiv(0, -5)", () => floorDiv(0, -5), 0],
    ["floorDiv(-6, 3)", () => floorDiv(-6, 3), -2],
    ["floorDiv(1, 0)", () => floorDiv(1, 0), err("ZeroDivisionError", "integer division or modulo by zero")],
    ["mod(-7, 2)", () => mod(-7, 2), 1],
    ["mod(7, -2)", () => mod(7, -2), -1],
    ["mod(-7, -2)", () => mod(-7, -2), -1],
    ["mod(6, -3)", () => mod(6, -3), 0],
    ["mod(0, 5)", () => mod(0, 5), 0],
    ["mod(1, 0)", () => mod(1, 0), err("ZeroDivisionError", "integer modulo by zero")],
    ["divmod(-7, 2)", () => divmod(-7, 2), [-4, 1]],
    ["divmod(7, -2)", () => divmod(7, -2), [-4, -1]],
    ["divmod(9, 3)", () => divmod(9, 3), [3, 0]],
    ["divmod(1, 0)", () => divmod(1, 0), err("ZeroDivisionError", "integer division or modulo by zero")],
    ["floorDivFloat(-7.5, 2)", () => floorDivFloat(-7.5, 2), -4.0],
    ["floorDivFloat(7.5, -2)", () => floorDivFloat(7.5, -2), -4.0],
    ["floorDivFloat(-0.0, 5)", () => floorDivFloat(-0.0, 5), -0],
    ["floorDivFloat(0.0, -5)", () => floorDivFloat(0.0, -5), -0],
    ["floorDivFloat(-5, Infinity)", () => floorDivFloat(-5, Infinity), -1.0],
    ["floorDivFloat(5, -Infinity)", () => floorDivFloat(5, -Infinity), -1.0],
    ["floorDivFloat(Infinity, 1)", () => floorDivFloat(Infinity, 1), NaN],
    ["floorDivFloat(1, 0)", () => floorDivFloat(1, 0), err("ZeroDivisionError", "float floor division by zero")],
    ["floorDivFloat(0.1, 0.01)", () => floorDivFloat(0.1, 0.01), 10.0],
    ["floorDivFloat(1, 0.1)", () => floorDivFloat(1, 0.1), 9.0],
    ["floorDivFloat(-1, 0.1)", () => floorDivFloat(-1, 0.1), -10.0],
    ["modFloat(-7.5, 2)", () => modFloat(-7.5, 2), 0.5],
    ["modFloat(7.5, -2)", () => modFloat(7.5, -2), -0.5],
    ["modFloat(-0.0, 5)", () => modFloat(-0.0, 5), 0.0],
    ["modFloat(0.0, -5)", () => modFloat(0.0, -5), -0],
    ["modFloat(5, Infinity)", () => modFloat(5, Infinity), 5.0],
    ["modFloat(-5, Infinity)", () => modFloat(-5, Infinity), Infinity],
    ["modFloat(Infinity, 1)", () => modFloat(Infinity, 1), NaN],
    ["modFloat(1, 0)", () => modFloat(1, 0), err("ZeroDivisionError", "float modulo")],
    ["modFloat(0.1, 0.01)", () => modFloat(0.1, 0.01), 3.469446951953614e-18],
    ["modFloat(-1e-20, 1)", () => modFloat(-1e-20, 1), 1.0],
    ["modFloat(6, -3)", () => modFloat(6, -3), -0],
    ["divmodFloat(-7.5, 2)", () => divmodFloat(-7.5, 2), [-4.0, 0.5]],
    ["divmodFloat(1, 0.1)", () => divmodFloat(1, 0.1), [9.0, 0.09999999999999995]],
    ["divmodFloat(1, 0)", () => divmodFloat(1, 0), err("ZeroDivisionError", "float divmod()")],
    ["divmodFloat(-0.0, 1)", () => divmodFloat(-0.0, 1), [-0, 0.0]],
    ["div(1, 0)", () => div(1, 0), err("ZeroDivisionError", "division by zero")],
    ["div(7, 2)", () => div(7, 2), 3.5],
    ["div(-1, 3)", () => div(-1, 3), -0.3333333333333333],
    ["divFloat(1, 0)", () => divFloat(1, 0), err("ZeroDivisionError", "float division by zero")],
    ["divFloat(1, -0.0)", () => divFloat(1, -0.0), err("ZeroDivisionError", "float division by zero")],
    ["divFloat(0.1, 3)", () => divFloat(0.1, 3), 0.03333333333333333],
  ]);
});

describe('powers', () => {
  runRows([
    ["pow(2, 10)", () => pow(2, 10), 1024],
    ["pow(2, -2)", () => pow(2, -2), 0.25],
    ["pow(-2, 3)", () => pow(-2, 3), -8],
    ["pow(0, 0)", () => pow(0, 0), 1],
    ["pow(0, -1)", () => pow(0, -1), err("ZeroDivisionError", "0.0 cannot be raised to a negative power")],
    ["pow(10, -3)", () => pow(10, -3), 0.001],
    ["pow(2, 3, 5)", () => pow(2, 3, 5), 3],
    ["pow(3, -1, 7)", () => pow(3, -1, 7), 5],
    ["pow(2, -1, 4)", () => pow(2, -1, 4), err("ValueError", "base is not invertible for the given modulus")],
    ["pow(2, 3, 0)", () => pow(2, 3, 0), err("ValueError", "pow() 3rd argument cannot be 0")],
    ["pow(3, 2, -4)", () => pow(3, 2, -4), -3],
    ["pow(2, 0, 1)", () => pow(2, 0, 1), 0],
    ["pow(-2, 3, 5)", () => pow(-2, 3, 5), 2],
    ["pow(2, -1, -7)", () => pow(2, -1, -7), -3],
    ["pow(1.5, 2, 3)", () => pow(1.5, 2, 3), err("TypeError", "pow() 3rd argument not allowed unless all arguments are integers")],
    ["pow(123456789, 987654321, 1000000007)", () => pow(123456789, 987654321, 1000000007), 652541198],
    ["powFloat(2, 0.5)", () => powFloat(2, 0.5), 1.4142135623730951],
    ["powFloat(0, -1)", () => powFloat(0, -1), err("ZeroDivisionError", "0.0 cannot be raised to a negative power")],
    ["powFloat(0, -1.5)", () => powFloat(0, -1.5), err("ZeroDivisionError", "0.0 cannot be raised to a negative power")],
    ["powFloat(0, -Infinity)", () => powFloat(0, -Infinity), Infinity],
    ["powFloat(0, Infinity)", () => powFloat(0, Infinity), 0.0],
    ["powFloat(-1, Infinity)", () => powFloat(-1, Infinity), 1.0],
    ["powFloat(1, NaN)", () => powFloat(1, NaN), 1.0],
    ["powFloat(NaN, 0)", () => powFloat(NaN, 0), 1.0],
    ["powFloat(10, 400)", () => powFloat(10, 400), err("OverflowError", "(34, 'Numerical result out of range')")],
    ["powFloat(2, -1075)", () => powFloat(2, -1075), 0.0],
    ["powFloat(-Infinity, 0.5)", () => powFloat(-Infinity, 0.5), Infinity],
    ["powFloat(Infinity, -1)", () => powFloat(Infinity, -1), 0.0],
    ["powFloat(1.5, 2)", () => powFloat(1.5, 2), 2.25],
    ["powFloat(-2, 3)", () => powFloat(-2, 3), -8.0],
  ]);
});

describe('round', () => {
  runRows([
    ["round(2.5)", () => round(2.5), 2],
    ["round(0.5)", () => round(0.5), 0],
    ["round(-0.5)", () => round(-0.5), 0],
    ["round(1.5)", () => round(1.5), 2],
    ["round(-2.5)", () => round(-2.5), -2],
    ["round(-1.5)", () => round(-1.5), -2],
    ["round(0.5000000000000001)", () => round(0.5000000000000001), 1],
    ["round(0.49999999999999994)", () => round(0.49999999999999994), 0],
    ["round(-0.49999999999999994)", () => round(-0.49999999999999994), 0],
    ["round(4503599627370497)", () => round(4503599627370497), 4503599627370497],
    ["round(-4503599627370495.5)", () => round(-4503599627370495.5), -4503599627370496],
    ["round(-0.0)", () => round(-0.0), 0],
    ["round(7)", () => round(7), 7],
    ["round(NaN)", () => round(NaN), err("ValueError", "cannot convert float NaN to integer")],
    ["round(Infinity)", () => round(Infinity), err("OverflowError", "cannot convert float infinity to integer")],
    ["round(-Infinity)", () => round(-Infinity), err("OverflowError", "cannot convert float infinity to integer")],
    ["round(2.5, null)", () => round(2.5, null), 2],
    ["round(2.675, 2)", () => round(2.675, 2), 2.67],
    ["round(0.125, 2)", () => round(0.125, 2), 0.12],
    ["round(0.375, 2)", () => round(0.375, 2), 0.38],
    ["round(-0.125, 2)", () => round(-0.125, 2), -0.12],
    ["round(1250, -2)", () => round(1250, -2), 1200],
    ["round(1350, -2)", () => round(1350, -2), 1400],
    ["round(1250.0, -2)", () => round(1250.0, -2), 1200.0],
    ["round(5, -1)", () => round(5, -1), 0],
    ["round(15, -1)", () => round(15, -1), 20],
    ["round(25, -1)", () => round(25, -1), 20],
    ["round(-25, -1)", () => round(-25, -1), -20],
    ["round(-0.001, 2)", () => round(-0.001, 2), -0],
    ["round(NaN, 2)", () => round(NaN, 2), NaN],
    ["round(Infinity, 1)", () => round(Infinity, 1), Infinity],
    ["round(1.7976931348623157e308, -308)", () => round(1.7976931348623157e308, -308), err("OverflowError", "rounded value too large to represent")],
    ["round(123.456, -1)", () => round(123.456, -1), 120.0],
    ["round(123.456, 400)", () => round(123.456, 400), 123.456],
    ["round(123.456, -400)", () => round(123.456, -400), 0.0],
    ["round(-123.456, -400)", () => round(-123.456, -400), -0],
    ["round(0.5, 0)", () => round(0.5, 0), 0.0],
    ["round(-0.5, 0)", () => round(-0.5, 0), -0],
    ["round(1.5, 0)", () => round(1.5, 0), 2.0],
    ["round(1e300, 2)", () => round(1e300, 2), 1e+300],
    ["round(5e-324, 323)", () => round(5e-324, 323), 0.0],
    ["round(5e-324, 324)", () => round(5e-324, 324), 5e-324],
    ["round(0.1 + 0.2, 15)", () => round(0.1 + 0.2, 15), 0.3],
    ["round(1.0000000000000002, 15)", () => round(1.0000000000000002, 15), 1.0],
    ["round(2.55, 1)", () => round(2.55, 1), 2.5],
    ["round(1.15, 1)", () => round(1.15, 1), 1.1],
    ["round(12345.6789, -3)", () => round(12345.6789, -3), 12000.0],
    ["round(1e22, -22)", () => round(1e22, -22), 1e+22],
    ["round(5e22, -23)", () => round(5e22, -23), 0.0],
    ["round(0.045, 2)", () => round(0.045, 2), 0.04],
    ["round(-0.0, 2)", () => round(-0.0, 2), -0],
    ["round(1.5e-300, 300)", () => round(1.5e-300, 300), 2e-300],
    ["round(1.005, 2)", () => round(1.005, 2), 1.0],
    ["round(2.5, 0)", () => round(2.5, 0), 2.0],
    ["round(3.14159, 3)", () => round(3.14159, 3), 3.142],
    ["round(0.0625, 3)", () => round(0.0625, 3), 0.062],
    ["round(0.1875, 3)", () => round(0.1875, 3), 0.188],
    ["round(1234.5, 0)", () => round(1234.5, 0), 1234.0],
    ["round(1235.5, 0)", () => round(1235.5, 0), 1236.0],
    ["round(8.5, -1)", () => round(8.5, -1), 10.0],
    ["round(0.28125, 4)", () => round(0.28125, 4), 0.2812],
    ["round(1e-5, 5)", () => round(1e-5, 5), 1e-05],
    ["round(123456789.123456789, 4)", () => round(123456789.123456789, 4), 123456789.1235],
    ["round(2.5, 1.5)", () => round(2.5, 1.5), err("TypeError", "'float' object cannot be interpreted as an integer")],
    ["round(932.9070713842775, 6)", () => round(932.9070713842775, 6), 932.907071],
    ["round(386.1748290648793, 8)", () => round(386.1748290648793, 8), 386.17482906],
    ["round(44952.125, -3)", () => round(44952.125, -3), 45000.0],
    ["round(-95007.375, -3)", () => round(-95007.375, -3), -95000.0],
    ["round(334.51109440756113, 4)", () => round(334.51109440756113, 4), 334.5111],
    ["round(728.853, 3)", () => round(728.853, 3), 728.853],
    ["round(3.109634955751224e-05, 4)", () => round(3.109634955751224e-05, 4), 0.0],
    ["round(121802.125, 7)", () => round(121802.125, 7), 121802.125],
    ["round(-89164960.27077143, -2)", () => round(-89164960.27077143, -2), -89165000.0],
    ["round(-849.356598297801, 4)", () => round(-849.356598297801, 4), -849.3566],
    ["round(-717.5444711670009, -2)", () => round(-717.5444711670009, -2), -700.0],
    ["round(-6908971998219140.0, -4)", () => round(-6908971998219140.0, -4), -6908971998220000.0],
    ["round(-828648.5944572375, 3)", () => round(-828648.5944572375, 3), -828648.594],
    ["round(119569.625, 3)", () => round(119569.625, 3), 119569.625],
    ["round(467.09143789207315, 8)", () => round(467.09143789207315, 8), 467.09143789],
    ["round(-628.7562785100229, 3)", () => round(-628.7562785100229, 3), -628.756],
    ["round(376.553, -3)", () => round(376.553, -3), 0.0],
    ["round(-670.392, -2)", () => round(-670.392, -2), -700.0],
    ["round(695.8523815941685, -3)", () => round(695.8523815941685, -3), 1000.0],
    ["round(-112486.5, 4)", () => round(-112486.5, 4), -112486.5],
    ["round(956.277, 3)", () => round(956.277, 3), 956.277],
    ["round(-57516.625, -3)", () => round(-57516.625, -3), -58000.0],
    ["round(59774.75, 8)", () => round(59774.75, 8), 59774.75],
    ["round(30068351174.516785, -2)", () => round(30068351174.516785, -2), 30068351200.0],
    ["round(-71716.75, 3)", () => round(-71716.75, 3), -71716.75],
    ["round(124268.75, -4)", () => round(124268.75, -4), 120000.0],
    ["round(-696.063, -2)", () => round(-696.063, -2), -700.0],
    ["round(51867.75, -1)", () => round(51867.75, -1), 51870.0],
    ["round(-3511779873502405.5, 0)", () => round(-3511779873502405.5, 0), -3511779873502406.0],
    ["round(116452.25, 4)", () => round(116452.25, 4), 116452.25],
    ["round(-416.95, 4)", () => round(-416.95, 4), -416.95],
    ["round(-572228352763.5646, -4)", () => round(-572228352763.5646, -4), -572228350000.0],
    ["round(93761.75, 2)", () => round(93761.75, 2), 93761.75],
    ["round(-210.01855584351637, -2)", () => round(-210.01855584351637, -2), -200.0],
    ["round(-670.348, -1)", () => round(-670.348, -1), -670.0],
    ["round(-8516508633.2233515, 6)", () => round(-8516508633.2233515, 6), -8516508633.223351],
    ["round(-943.4112190999813, -4)", () => round(-943.4112190999813, -4), -0],
    ["round(-2.144, 1)", () => round(-2.144, 1), -2.1],
    ["round(-373.75, 5)", () => round(-373.75, 5), -373.75],
    ["round(179.711, -3)", () => round(179.711, -3), 0.0],
    ["round(-572.179, 3)", () => round(-572.179, 3), -572.179],
    ["round(-464.99240271812243, -1)", () => round(-464.99240271812243, -1), -460.0],
    ["round(-485.6987838167888, -1)", () => round(-485.6987838167888, -1), -490.0],
    ["round(333.199518245596, 8)", () => round(333.199518245596, 8), 333.19951825],
    ["round(-56469.125, 1)", () => round(-56469.125, 1), -56469.1],
    ["round(909.429, 5)", () => round(909.429, 5), 909.429],
    ["round(299.875, 4)", () => round(299.875, 4), 299.875],
    ["round(-107112.875, 7)", () => round(-107112.875, 7), -107112.875],
    ["round(1000721292716.5776, 1)", () => round(1000721292716.5776, 1), 1000721292716.6],
    ["round(70162454.3990067, -4)", () => round(70162454.3990067, -4), 70160000.0],
    ["round(52579810977.77284, -4)", () => round(52579810977.77284, -4), 52579810000.0],
    ["round(-106413.5, 1)", () => round(-106413.5, 1), -106413.5],
    ["round(53823838.20382766, -4)", () => round(53823838.20382766, -4), 53820000.0],
    ["round(-831.855, -2)", () => round(-831.855, -2), -800.0],
    ["round(-27.695884154478563, 7)", () => round(-27.695884154478563, 7), -27.6958842],
    ["round(-286.7826135242815, -1)", () => round(-286.7826135242815, -1), -290.0],
    ["round(93866.5, 4)", () => round(93866.5, 4), 93866.5],
    ["round(940.6463523581685, 5)", () => round(940.6463523581685, 5), 940.64635],
    ["round(-25.64153777300273, 8)", () => round(-25.64153777300273, 8), -25.64153777],
    ["round(-981.661, -3)", () => round(-981.661, -3), -1000.0],
  ]);
});

describe('int(), float(), abs()', () => {
  runRows([
    ["toInt('x')", () => toInt('x'), err("ValueError", "invalid literal for int() with base 10: 'x'")],
    ["toInt(' x ')", () => toInt(' x '), err("ValueError", "invalid literal for int() with base 10: ' x '")],
    ["toInt('  12  ')", () => toInt('  12  '), 12],
    ["toInt('1_000')", () => toInt('1_000'), 1000],
    ["toInt('1__000')", () => toInt('1__000'), err("ValueError", "invalid literal for int() with base 10: '1__000'")],
    ["toInt('_1')", () => toInt('_1'), err("ValueError", "invalid literal for int() with base 10: '_1'")],
    ["toInt('1_')", () => toInt('1_'), err("ValueError", "invalid literal for int() with base 10: '1_'")],
    ["toInt('0x1f', 16)", () => toInt('0x1f', 16), 31],
    ["toInt('0x_1f', 16)", () => toInt('0x_1f', 16), 31],
    ["toInt('0X1F', 0)", () => toInt('0X1F', 0), 31],
    ["toInt('010', 0)", () => toInt('010', 0), err("ValueError", "invalid literal for int() with base 0: '010'")],
    ["toInt('00', 0)", () => toInt('00', 0), 0],
    ["toInt('0_0', 0)", () => toInt('0_0', 0), 0],
    ["toInt('z', 36)", () => toInt('z', 36), 35],
    ["toInt('Z', 36)", () => toInt('Z', 36), 35],
    ["toInt('+ 1')", () => toInt('+ 1'), err("ValueError", "invalid literal for int() with base 10: '+ 1'")],
    ["toInt('-12')", () => toInt('-12'), -12],
    ["toInt('+12')", () => toInt('+12'), 12],
    ["toInt('-0')", () => toInt('-0'), 0],
    ["toInt('')", () => toInt(''), err("ValueError", "invalid literal for int() with base 10: ''")],
    ["toInt('1.5')", () => toInt('1.5'), err("ValueError", "invalid literal for int() with base 10: '1.5'")],
    ["toInt(1.9)", () => toInt(1.9), 1],
    ["toInt(-1.9)", () => toInt(-1.9), -1],
    ["toInt(-0.5)", () => toInt(-0.5), 0],
    ["toInt(NaN)", () => toInt(NaN), err("ValueError", "cannot convert float NaN to integer")],
    ["toInt(Infinity)", () => toInt(Infinity), err("OverflowError", "cannot convert float infinity to integer")],
    ["toInt(null)", () => toInt(null), err("TypeError", "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")],
    ["toInt([1])", () => toInt([1]), err("TypeError", "int() argument must be a string, a bytes-like object or a real number, not 'list'")],
    ["toInt('12', 1)", () => toInt('12', 1), err("ValueError", "int() base must be >= 2 and <= 36, or 0")],
    ["toInt(12, 10)", () => toInt(12, 10), err("TypeError", "int() can't convert non-string with explicit base")],
    ["toInt('\\u0661\\u0662\\u0663')", () => toInt('\u0661\u0662\u0663'), 123],
    ["toInt(bytes([49, 50]))", () => toInt(bytes([49, 50])), 12],
    ["toInt(bytes([120]))", () => toInt(bytes([120])), err("ValueError", "invalid literal for int() with base 10: b'x'")],
    ["toInt('0b101', 2)", () => toInt('0b101', 2), 5],
    ["toInt('0o17', 8)", () => toInt('0o17', 8), 15],
    ["toInt('0o17', 0)", () => toInt('0o17', 0), 15],
    ["toInt('17', 8)", () => toInt('17', 8), 15],
    ["toInt('18', 8)", () => toInt('18', 8), err("ValueError", "invalid literal for int() with base 8: '18'")],
    ["toInt(' 1\\n')", () => toInt(' 1\n'), 1],
    ["toInt('\\u00a01')", () => toInt('\u00a01'), 1],
    ["toInt('\\ufeff1')", () => toInt('\ufeff1'), err("ValueError", "invalid literal for int() with base 10: '\\ufeff1'")],
    ["toInt('0x', 16)", () => toInt('0x', 16), err("ValueError", "invalid literal for int() with base 16: '0x'")],
    ["toInt(true)", () => toInt(true), 1],
    ["toInt('ff', 16)", () => toInt('ff', 16), 255],
    ["toInt('0xff')", () => toInt('0xff'), err("ValueError", "invalid literal for int() with base 10: '0xff'")],
    ["toInt('1e3')", () => toInt('1e3'), err("ValueError", "invalid literal for int() with base 10: '1e3'")],
    ["toInt('zzzzzzzzzz', 36)", () => toInt('zzzzzzzzzz', 36), 3656158440062975],
    ["toInt('7fffffffffff', 16)", () => toInt('7fffffffffff', 16), 140737488355327],
    ["toInt(1e20)", () => toInt(1e20), 100000000000000000000],
    ["toInt('\\uff11\\uff12')", () => toInt('\uff11\uff12'), 12],
    ["toInt('\\u{1d7d9}')", () => toInt('\u{1d7d9}'), 1],
    ["toFloat('inf')", () => toFloat('inf'), Infinity],
    ["toFloat('-Infinity')", () => toFloat('-Infinity'), -Infinity],
    ["toFloat('nan')", () => toFloat('nan'), NaN],
    ["toFloat(' 1.5 ')", () => toFloat(' 1.5 '), 1.5],
    ["toFloat('1_000.5')", () => toFloat('1_000.5'), 1000.5],
    ["toFloat('1_000._5')", () => toFloat('1_000._5'), err("ValueError", "could not convert string to float: '1_000._5'")],
    ["toFloat('x')", () => toFloat('x'), err("ValueError", "could not convert string to float: 'x'")],
    ["toFloat('')", () => toFloat(''), err("ValueError", "could not convert string to float: ''")],
    ["toFloat('1e5')", () => toFloat('1e5'), 100000.0],
    ["toFloat('1e')", () => toFloat('1e'), err("ValueError", "could not convert string to float: '1e'")],
    ["toFloat('.5')", () => toFloat('.5'), 0.5],
    ["toFloat('5.')", () => toFloat('5.'), 5.0],
    ["toFloat('.')", () => toFloat('.'), err("ValueError", "could not convert string to float: '.'")],
    ["toFloat('0x10')", () => toFloat('0x10'), err("ValueError", "could not convert string to float: '0x10'")],
    ["toFloat(null)", () => toFloat(null), err("TypeError", "float() argument must be a string or a real number, not 'NoneType'")],
    ["toFloat('infinity')", () => toFloat('infinity'), Infinity],
    ["toFloat('+nan')", () => toFloat('+nan'), NaN],
    ["toFloat('-nan')", () => toFloat('-nan'), NaN],
    ["toFloat('1_e5')", () => toFloat('1_e5'), err("ValueError", "could not convert string to float: '1_e5'")],
    ["toFloat('\\u0661.\\u0665')", () => toFloat('\u0661.\u0665'), 1.5],
    ["toFloat(bytes([49, 46, 53]))", () => toFloat(bytes([49, 46, 53])), 1.5],
    ["toFloat(bytes([120]))", () => toFloat(bytes([120])), err("ValueError", "could not convert string to float: b'x'")],
    ["toFloat('1e1_0')", () => toFloat('1e1_0'), 10000000000.0],
    ["toFloat(true)", () => toFloat(true), 1.0],
    ["toFloat('inf_')", () => toFloat('inf_'), err("ValueError", "could not convert string to float: 'inf_'")],
    ["toFloat('  ')", () => toFloat('  '), err("ValueError", "could not convert string to float: '  '")],
    ["toFloat('-0')", () => toFloat('-0'), -0],
    ["toFloat('1e400')", () => toFloat('1e400'), Infinity],
    ["toFloat('Infinity1')", () => toFloat('Infinity1'), err("ValueError", "could not convert string to float: 'Infinity1'")],
    ["toFloat('+1.5E-3')", () => toFloat('+1.5E-3'), 0.0015],
    ["toFloat('1 5')", () => toFloat('1 5'), err("ValueError", "could not convert string to float: '1 5'")],
    ["toFloat('0.1')", () => toFloat('0.1'), 0.1],
    ["toFloat([1])", () => toFloat([1]), err("TypeError", "float() argument must be a string or a real number, not 'list'")],
    ["abs(-3)", () => abs(-3), 3],
    ["abs(-0.0)", () => abs(-0.0), 0.0],
    ["abs(true)", () => abs(true), 1],
    ["abs('x')", () => abs('x'), err("TypeError", "bad operand type for abs(): 'str'")],
    ["abs(null)", () => abs(null), err("TypeError", "bad operand type for abs(): 'NoneType'")],
    ["abs(-Infinity)", () => abs(-Infinity), Infinity],
  ]);
});


describe("objects with dunder methods", () => {
  test("int() and float() use __int__/__index__ and __float__", () => {
    expect(toInt({ __int__: () => 7 })).toBe(7);
    expect(toInt({ __index__: () => 8 })).toBe(8);
    expect(toFloat({ __float__: () => 1.5 })).toBe(1.5);
  });
  test("abs() uses __abs__", () => {
    expect(abs({ __abs__: () => "absolute" })).toBe("absolute");
  });
});
