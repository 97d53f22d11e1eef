/** `math` functions whose JavaScript counterparts return NaN where Python raises `ValueError`. */
import { ValueError } from "./exceptions";

export function sqrt(x: number): number {
  if (x < 0) throw new ValueError("math domain error");
  return Math.sqrt(x);
}

export function log(x: number, base?: number): number {
  if (x <= 0 || (base !== undefined && (base <= 0 || base === 1))) throw new ValueError("math domain error");
  return base === undefined ? Math.log(x) : Math.log(x) / Math.log(base);
}

export function isclose(a: number, b: number, relTol = 1e-9, absTol = 0): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

export function gcd(...values: number[]): number {
  let g = 0;
  for (let v of values) {
    v = Math.abs(v);
    let a = g;
    while (v) [a, v] = [v, a % v];
    g = a;
  }
  return g;
}

export function isinf(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

export function lcm(...values: number[]): number {
  let l = 1;
  for (const v of values) {
    if (v === 0) return 0;
    l = Math.abs((l / gcd(l, v)) * v);
  }
  return l;
}

/** `math.factorial(n)`: exact while the result is below 2^53, like every int of the translation. */
export function factorial(n: number): number {
  if (!Number.isInteger(n)) throw new ValueError("factorial() only accepts integral values");
  if (n < 0) throw new ValueError("factorial() not defined for negative values");
  let r = 1;
  for (let i = 2; i <= n; i++) r *= i;
  return r;
}

/** `math.fsum(xs)`: the correctly rounded sum (Shewchuk's partials, as CPython computes it). */
export function fsum(values: Iterable<number>): number {
  const partials: number[] = [];
  for (let x of values) {
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  // Sum the partials from the top, rounding half-even the way CPython does at the last step.
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n]!;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n]!;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

/** `math.prod(xs, start=1)`. */
export function prod(values: Iterable<number>, start = 1): number {
  let r = start;
  for (const v of values) r *= v;
  return r;
}
