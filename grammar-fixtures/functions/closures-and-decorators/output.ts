import { callForwarding, dynAdd, dynMul, range, str, wraps } from "py2ts-async/runtime";

// Closures see variables, not values; nonlocal and global rebind; decorators wrap functions.

let counter = 0;

function bump(): number {
  counter += 1;
  return counter;
}

function make_multipliers(): ((x: unknown, i?: number) => unknown)[] {
  return [...range(3)].map((i) => ((i_default: number) => (x: unknown, i: number = i_default) => dynMul(x, i))(i));
}

function make_accumulator(): (n: unknown) => unknown {
  let total: unknown = 0;

  function add(n: unknown): unknown {
    total = dynAdd(total, n);
    return total;
  }

  return add;
}

function shout(fn: (name: string) => string): (args?: unknown[], kwargs?: Map<string, unknown>) => string {
  const wrapper = wraps(fn)(function wrapper(args: unknown[] = [], kwargs: Map<string, unknown> = new Map()): string {
    return callForwarding(fn, [...args], kwargs).toUpperCase() + "!";
  });

  return wrapper;
}

const greet = shout(function greet(name: string): string {
  return `hello ${name}`;
});

bump();
bump();
console.log("counter", counter);
console.log(str(make_multipliers().map((m) => m(10))));
const acc = make_accumulator();
acc(5);
console.log(str(acc(10)));
console.log(`${greet(["world"])} ${str(greet.name)}`);
const late: (() => number)[] = [];
let i!: number;
for (i of range(3)) {
  late.push(() => i);
}
console.log(str(late.map((f) => f())));
