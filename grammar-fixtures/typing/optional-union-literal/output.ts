import { callMethod, divFloat, isdigit, markTuples, print, pyType, range, repr, str, sum, toInt } from "py2ts-async/runtime";

// Optional, Union and Literal hints, isinstance narrowing, type aliases, Callable parameters, Any
// (an integral float passed as Any prints as an int: its type is known only at run time, see README).

type Number_ = number;
type Mode = string;
type Handler = (arg0: string, arg1: number) => string;
type Matrix = number[][];

function parse(text: string): number | null {
  return isdigit(text) ? toInt(text) : null;
}

function normalize(value: number | string | null): string {
  if (value === null) {
    return "<none>";
  }
  if (typeof value === "number") {
    return `int:${value * 2}`;
  }
  return `str:${str(callMethod(value, "upper", []))}`;
}

function average(values: number[]): number {
  return values.length > 0 ? divFloat(sum(values), values.length) : 0.0;
}

function run(mode: string = "safe", retries: number | null = null): string {
  return `${mode} retries=${str(retries !== null ? retries : "default")}`;
}

function dispatch(handler: (arg0: string, arg1: number) => string, items: string[]): string[] {
  return [...items.entries()].map(([i, item]) => handler(item, i));
}

function describe(x: unknown): string {
  return `${pyType(x).__name__}:${repr(x)}`;
}

function identity_matrix(n: number): number[][] {
  return [...range(n)].map((i) => [...range(n)].map((j) => i === j ? 1.0 : 0.0));
}

print([parse("42"), parse("x"), ["1", "", "07"].map((t) => parse(t))]);
console.log(`${normalize(21)} ${normalize("hi")} ${normalize(null)}`);
print([str(average([1, 2, 3, 4]), "f"), str(average([1.5, 2]), "f"), str(average([]), "f")]);
console.log(`${run()} ${run("fast", 3)} ${run(undefined, 0)}`);
console.log(str(dispatch((s: string, i: number) => `${i}:${s}`, ["a", "b"])));
console.log(`${describe(1)} ${describe("1")} ${describe([1])} ${describe(null)} ${describe(markTuples(new Map([["k", [1]]]), "{?:(?)}"))}`);
console.log(str(identity_matrix(2), "[[f]]"));
let maybe: string | null = null;
for (const candidate of ["", "value"]) {
  if (candidate !== "") {
    maybe = candidate;
  }
}
console.log(`${maybe || "fallback"} ${maybe ? maybe.length : 0}`);
