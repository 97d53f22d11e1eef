/**
 * Arithmetic on operands whose types are known only at run time: Python's result, or Python's
 * TypeError (`unsupported operand type(s) for +: 'int' and 'str'`).
 */
import { TypeError } from "./exceptions";
import { pythonTypeName } from "./truth";
import { div, divFloat, floorDiv, floorDivFloat, mod, modFloat, pow, powFloat } from "./numbers";
import { listRepeat } from "./sequences";
import { bytesConcat, strRepeat } from "./strings";
import { percentFormat } from "./percent-format";

const isNum = (x: unknown): x is number | boolean => typeof x === "number" || typeof x === "boolean";
const isInt = (x: unknown): boolean => typeof x === "boolean" || (typeof x === "number" && Number.isInteger(x));

function unsupported(op: string, a: unknown, b: unknown): never {
  throw new TypeError(`unsupported operand type(s) for ${op}: '${pythonTypeName(a)}' and '${pythonTypeName(b)}'`);
}

function dunder(a: unknown, b: unknown, name: string, rname: string): { found: boolean; value: unknown } {
  const own = a !== null && typeof a === "object" ? (a as Record<string, unknown>)[name] : undefined;
  if (typeof own === "function") return { found: true, value: (own as (o: unknown) => unknown).call(a, b) };
  const reflected = b !== null && typeof b === "object" ? (b as Record<string, unknown>)[rname] : undefined;
  if (typeof reflected === "function") return { found: true, value: (reflected as (o: unknown) => unknown).call(b, a) };
  return { found: false, value: undefined };
}

export function dynAdd(a: unknown, b: unknown): unknown {
  if (isNum(a) && isNum(b)) return Number(a) + Number(b);
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (a instanceof Uint8Array && b instanceof Uint8Array) return bytesConcat(a, b);
  const d = dunder(a, b, "__add__", "__radd__");
  return d.found ? d.value : unsupported("+", a, b);
}

export function dynSub(a: unknown, b: unknown): unknown {
  if (isNum(a) && isNum(b)) return Number(a) - Number(b);
  const d = dunder(a, b, "__sub__", "__rsub__");
  return d.found ? d.value : unsupported("-", a, b);
}

export function dynMul(a: unknown, b: unknown): unknown {
  if (isNum(a) && isNum(b)) return Number(a) * Number(b);
  if (typeof a === "string" && isInt(b)) return strRepeat(a, Number(b));
  if (typeof b === "string" && isInt(a)) return strRepeat(b, Number(a));
  if (Array.isArray(a) && isInt(b)) return listRepeat(a, Number(b));
  if (Array.isArray(b) && isInt(a)) return listRepeat(b, Number(a));
  const d = dunder(a, b, "__mul__", "__rmul__");
  return d.found ? d.value : unsupported("*", a, b);
}

export function dynDiv(a: unknown, b: unknown): unknown {
  if (isNum(a) && isNum(b)) return isInt(a) && isInt(b) ? div(Number(a), Number(b)) : divFloat(Number(a), Number(b));
  const d = dunder(a, b, "__truediv__", "__rtruediv__");
  return d.found ? d.value : unsupported("/", a, b);
}

export function dynFloorDiv(a: unknown, b: unknown): unknown {
  if (isNum(a) && isNum(b)) return isInt(a) && isInt(b) ? floorDiv(Number(a), Number(b)) : floorDivFloat(Number(a), Number(b));
  const d = dunder(a, b, "__floordiv__", "__rfloordiv__");
  return d.found ? d.value : unsupported("//", a, b);
}

export function dynMod(a: unknown, b: unknown): unknown {
  if (isNum(a) && isNum(b)) return isInt(a) && isInt(b) ? mod(Number(a), Number(b)) : modFloat(Number(a), Number(b));
  if (typeof a === "string") return percentFormat(a, b);
  const d = dunder(a, b, "__mod__", "__rmod__");
  return d.found ? d.value : unsupported("%", a, b);
}

export function dynPow(a: unknown, b: unknown): unknown {
  if (isNum(a) && isNum(b)) return isInt(a) && isInt(b) ? pow(Number(a), Number(b)) : powFloat(Number(a), Number(b));
  const d = dunder(a, b, "__pow__", "__rpow__");
  return d.found ? d.value : unsupported("** or pow()", a, b);
}

function intOp(op: string, f: (x: number, y: number) => number): (a: unknown, b: unknown) => unknown {
  return (a, b) => (isInt(a) && isInt(b) ? f(Number(a), Number(b)) : unsupported(op, a, b));
}

export const dynBitAnd = intOp("&", (x, y) => x & y);
export const dynBitOr = intOp("|", (x, y) => x | y);
export const dynBitXor = intOp("^", (x, y) => x ^ y);
export const dynLshift = intOp("<<", (x, y) => x * 2 ** y);
export const dynRshift = intOp(">>", (x, y) => Math.floor(x / 2 ** y));

export function dynNeg(a: unknown): unknown {
  if (isNum(a)) return -Number(a);
  throw new TypeError(`bad operand type for unary -: '${pythonTypeName(a)}'`);
}

export function dynPos(a: unknown): unknown {
  if (isNum(a)) return Number(a);
  throw new TypeError(`bad operand type for unary +: '${pythonTypeName(a)}'`);
}

export function dynInvert(a: unknown): unknown {
  if (isInt(a)) return ~Number(a);
  throw new TypeError(`bad operand type for unary ~: '${pythonTypeName(a)}'`);
}
