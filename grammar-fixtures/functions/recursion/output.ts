import { dynAdd, enumerate, getItem, iter, len, max, print, slice, str } from "py2ts-async/runtime";

// Recursion: factorial, tree walking over nested lists and dicts, permutations, memo dicts, mutual recursion.

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

function flatten(items: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const item of items) {
    if (Array.isArray(item)) {
      out.push(...flatten(item));
    } else {
      out.push(item);
    }
  }
  return out;
}

function depth(tree: unknown): number {
  if (!(tree instanceof Map) || tree.size === 0) {
    return 0;
  }
  return 1 + max([...tree.values()].map((child) => depth(child)));
}

function permutations(xs: unknown): unknown[] {
  if (len(xs) <= 1) {
    return [xs];
  }
  const result: unknown[] = [];
  for (const [i, x] of enumerate(iter(xs))) {
    for (const rest of permutations(dynAdd(slice(xs, null, i, null), slice(xs, i + 1, null, null)))) {
      result.push(dynAdd([x], rest));
    }
  }
  return result;
}

function is_even(n: number): boolean {
  return n === 0 ? true : is_odd(n - 1);
}

function is_odd(n: number): boolean {
  return n === 0 ? false : is_even(n - 1);
}

function hanoi(n: number, src: string, dst: string, via: string, moves: [string, string][]): [string, string][] {
  if (n !== 0) {
    hanoi(n - 1, src, via, dst, moves);
    moves.push([src, dst]);
    hanoi(n - 1, via, dst, src, moves);
  }
  return moves;
}

const memo: Map<number, unknown> = new Map();

function ways(n: number): unknown {
  if (memo.has(n)) {
    return getItem(memo, n);
  }
  const result = n <= 1 ? 1 : dynAdd(ways(n - 1), ways(n - 2));
  memo.set(n, result);
  return result;
}

console.log(factorial(20), factorial(0));
print([flatten([1, [2, [3, [4, []]]], 5]), depth(new Map([["a", new Map([["b", new Map([["c", new Map()]])]])], ["d", new Map()]]))]);
print([permutations([1, 2, 3]), permutations([..."abcd"]).length]);
print([is_even(10), is_odd(7), str(hanoi(3, "A", "C", "B", []), "[(?,?)]")]);
console.log(`${str(ways(50))} ${memo.size}`);
