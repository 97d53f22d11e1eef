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
