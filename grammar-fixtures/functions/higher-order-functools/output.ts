import { callDynamic, dynAdd, dynDiv, dynFloorDiv, dynMul, dynPow, dynSub, getItem, isCallable, max, print, reduce, sorted, str } from "py2ts-async/runtime";

// Functions as values: lambdas, closures returned from functions, functools.partial/reduce,
// sorted/max keys and callables stored in dicts.

function compose(...fns: ((x: unknown) => unknown)[]): (x: unknown) => unknown {
  function composed(x: unknown): unknown {
    for (const fn of [...fns].reverse()) {
      x = fn(x);
    }
    return x;
  }

  return composed;
}

function power(base: unknown, exponent: unknown): unknown {
  return dynPow(base, exponent);
}

const square = (base2: unknown) => power(base2, 2);
const cube = (base3: unknown) => power(base3, 3);
const two_to = (exponent2: unknown) => power(2, exponent2);
const inc = (x: unknown) => dynAdd(x, 1);
const double = (x: unknown) => dynMul(x, 2);
print([square(5), cube(2), two_to(10), compose(inc, double)(5), compose(double, inc)(5), compose()(7)]);
console.log(reduce((a: unknown, b: unknown) => dynAdd(a, b), [1, 2, 3, 4]), reduce((acc: unknown, x: unknown) => dynMul(acc, x), [1, 2, 3, 4], 10));
print([str(reduce((a: unknown, b: unknown) => dynMul(a, b), [0.5, 4.0]), "f"), reduce((a: unknown, b: unknown) => dynAdd(a, [dynMul(b, 2)]), [1, 2], [])]);
const ops: Map<string, (a: unknown, b: unknown) => unknown> = new Map([["+", (a: unknown, b: unknown) => dynAdd(a, b)], ["-", (a: unknown, b: unknown) => dynSub(a, b)], ["*", (a: unknown, b: unknown) => dynMul(a, b)], ["/", (a: unknown, b: unknown) => dynDiv(a, b)], ["//", (a: unknown, b: unknown) => dynFloorDiv(a, b)]]);
for (const [sym, fn] of ops.entries()) {
  console.log(`9 ${sym} 4 = ${str(fn(9, 4))}`);
}
const rows: (Map<string, string | number>)[] = [new Map<string, string | number>([["n", "b"], ["v", 2]]), new Map<string, string | number>([["n", "a"], ["v", 3]])];
console.log(`${str(sorted(rows, { key: (r: Map<string, string | number>) => getItem(r, "n") }))} ${str(getItem(max(rows, { key: (r: Map<string, string | number>) => getItem(r, "v") }), "n"))}`);
const pairs: [number, string][] = [[1, "b"], [0, "c"], [1, "a"]];
print([str(sorted(pairs, { key: (p: [number, string]) => p[1] }), "[(?,?)]"), [...[...pairs].map((item) => ((p: [number, string]) => p[0])(item))]]);
const handlers: ((name?: string) => string)[] = [];
let name!: string;
for (name of ["start", "stop"]) {
  handlers.push(((name_default: string) => (name: string = name_default) => `handling ${name}`)(name));
}
print([handlers.map((h) => h()), isCallable(inc), isCallable(5)]);
const apply_twice = (f: unknown, x: unknown) => callDynamic(f, [callDynamic(f, [x])]);
print([apply_twice(double, 3), apply_twice((s: string) => s.toUpperCase(), "x"), str(((a: unknown[] = [], k: Map<string, unknown> = new Map()) => [a, k])([1], new Map<string, unknown>([["z", 2]])), "((?...),{?:?})")]);
