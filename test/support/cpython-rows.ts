/**
 * Table tests of runtime helpers against CPython: each row is a TypeScript call and the value (or
 * the exception class and message) CPython 3.11 gave for the same Python expression.
 */
import { BaseException } from "../../src/runtime/exceptions";

class Err {
  constructor(
    readonly cls: string,
    readonly message: string,
  ) {}
}
export const err = (cls: string, message: string): Err => new Err(cls, message);
export const bytes = (xs: number[]): Uint8Array => Uint8Array.from(xs);

/** Iterators become arrays; dicts become ordered entry lists so that key order is checked too. */
export function normalize(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(normalize);
  if (v instanceof Map) return { dict: Array.from(v, ([k, x]) => [normalize(k), normalize(x)]) };
  if (v instanceof Set || v instanceof Uint8Array) return v;
  if (typeof (v as { next?: unknown }).next === "function") return Array.from(v as Iterable<unknown>, normalize);
  return v;
}

export type Row = [string, () => unknown, unknown];

/** Each row: the TypeScript call, and CPython 3.11's result for the same Python expression. */
export function runRows(rows: Row[]): void {
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
