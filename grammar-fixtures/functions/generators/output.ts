import { any, next, print, range, str, sum } from "py2ts-async/runtime";

// Generators: yield, yield from, lazy evaluation, early stop, generator expressions.

function* countdown(n: number): Generator<number, void, undefined> {
  while (n > 0) {
    yield n;
    n -= 1;
  }
}

function* chained(): Generator<number | string, void, undefined> {
  yield* countdown(2);
  yield* ["a", "b"];
}

function* fibonacci(): Generator<number, void, undefined> {
  let [a, b] = [0, 1];
  while (true) {
    yield a;
    [a, b] = [b, a + b];
  }
}

function* noisy(items: number[]): Generator<number, void, undefined> {
  for (const item of items) {
    console.log("producing", item);
    yield item;
  }
}

print([[...countdown(3)], [...chained()]]);
const fib = fibonacci();
console.log(str([...range(8)].map((_) => next(fib))));
for (const value of noisy([1, 2, 3])) {
  console.log("consumed", value);
  if (value === 2) {
    break;
  }
}
console.log(sum([...range(5)].map((x) => x * x)), str(any((function* (): Generator<boolean> { for (const x of noisy([1, 5, 9])) { yield x > 3; } })())));
