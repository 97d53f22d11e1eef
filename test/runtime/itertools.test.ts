// Expected values are CPython 3.11's for the same itertools calls.
import { accumulate, chain, combinations, countFrom, groupby, islice, permutations, product, productRepeat, tee, zipLongest } from "../../src/runtime/itertools";

describe("itertools", () => {
  test("groupby: a group ends when the outer iterator moves on", () => {
    const outer = groupby([1, 1, 2, 2, 3]);
    const [k1, g1] = outer.next().value as [number, Iterable<number>];
    const [k2, g2] = outer.next().value as [number, Iterable<number>];
    expect([k1, [...g1], k2, [...g2]]).toEqual([1, [], 2, [2, 2]]);
  });

  test("groupby: groups read as they come, keys compared with Python ==", () => {
    expect(Array.from(groupby([1, 1.0, true, 2], null), ([k, g]) => [k, [...g].length])).toEqual([
      [1, 3],
      [2, 1],
    ]);
  });

  test("product, permutations and combinations read their inputs when called", () => {
    const source = [1, 2];
    const p = product(source, "ab");
    const c = combinations(source, 2);
    source.push(3);
    expect([...p]).toEqual([
      [1, "a"],
      [1, "b"],
      [2, "a"],
      [2, "b"],
    ]);
    expect([...c]).toEqual([[1, 2]]);
    expect([...productRepeat(2, [0, 1])].length).toBe(4);
    expect([...permutations("abc", 4)]).toEqual([]);
    expect(() => combinations([1], -1)).toThrow("r must be non-negative");
  });

  test("islice checks its arguments as CPython does", () => {
    expect([...islice(countFrom(), 2, 8, 3)]).toEqual([2, 5]);
    expect(() => islice([1], -1)).toThrow("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    expect(() => islice([1], 0, 5, 0)).toThrow("Step for islice() must be a positive integer or None.");
  });

  test("tee gives independent iterators over one pass of the source", () => {
    let pulled = 0;
    function* source(): Generator<number> {
      for (let i = 0; i < 3; i++) {
        pulled++;
        yield i;
      }
    }
    const [a, b] = tee(source());
    expect([a!.next().value, a!.next().value, b!.next().value, [...a!], [...b!], pulled]).toEqual([0, 1, 0, [2], [1, 2], 3]);
  });

  test("chain, zip_longest and accumulate", () => {
    expect([...chain([1], "ab", new Set([true]))]).toEqual([1, "a", "b", true]);
    expect([...zipLongest(null, [1, 2], "a")]).toEqual([
      [1, "a"],
      [2, null],
    ]);
    expect([...accumulate(["a", "b", "c"])]).toEqual(["a", "ab", "abc"]);
    expect([...accumulate([1, 2], null, 10)]).toEqual([10, 11, 13]);
  });
});
