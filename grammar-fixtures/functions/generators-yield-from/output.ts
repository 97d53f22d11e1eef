import { StopIteration, contains, len, mod, next, print, pyType, range, slice, str } from "py2ts-async/runtime";

// Generators: yield from with a return value, finally on early exit, generator pipelines.

function* read_chunks(data: string | number[], size: number): Generator<unknown, string, undefined> {
  for (const i of range(0, len(data), size)) {
    yield slice(data, i, i + size, null);
  }
  return "eof";
}

function* delegate(data: string): Generator<unknown, void, undefined> {
  const result = yield* read_chunks(data, 3);
  yield `sub-generator returned ${str(result)}`;
}

function* guarded(): Generator<number, void, undefined> {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("generator cleaned up");
  }
}

function* numbers(): Generator<number, void, undefined> {
  let n = 0;
  while (true) {
    n += 1;
    yield n;
  }
}

function* take(gen: Iterable<number>, k: number): Generator<number, void, undefined> {
  for (const item of gen) {
    if (k <= 0) {
      return;
    }
    k -= 1;
    yield item;
  }
}

function evens(gen: Iterable<number>): Iterable<number> {
  return (function* (): Generator<number> { for (const x of gen) { if (mod(x, 2) === 0) { yield x; } } })();
}

console.log(str([...delegate("abcdefgh")]));
for (const value of guarded()) {
  console.log("got", value);
  break;
}
console.log("after loop");
console.log(str([...take(evens(numbers()), 5)]));
const gen = read_chunks([1, 2, 3, 4], 2);
print([next(gen), next(gen)]);
try {
  next(gen);
} catch (stop) {
  if (stop instanceof StopIteration) {
    console.log("StopIteration value:", str(stop.value));
  } else {
    throw stop;
  }
}
const squares = (function* (): Generator<number> { for (const n of range(5)) { yield n * n; } })();
print([pyType(squares).__name__, contains(squares, 9), [...squares]]);
