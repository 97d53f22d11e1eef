import { pyHash } from "../../src/runtime/hash-builtin";

describe("pyHash", () => {
  it("hashes numbers as CPython does (expected values from CPython 3.11)", () => {
    expect(pyHash(1)).toBe(1);
    expect(pyHash(true)).toBe(1);
    expect(pyHash(false)).toBe(0);
    expect(pyHash(-1)).toBe(-2);
    expect(pyHash(10 ** 12)).toBe(10 ** 12);
    expect(pyHash(2.0)).toBe(pyHash(2));
    expect(pyHash(0.5)).toBe(1152921504606846976);
    expect(pyHash(Infinity)).toBe(314159);
    expect(pyHash(-Infinity)).toBe(-314159);
    expect(pyHash(BigInt(2) ** BigInt(61))).toBe(1);
  });

  it("agrees with equality for strings, tuples and None", () => {
    expect(pyHash("ab")).toBe(pyHash("a" + "b"));
    expect(pyHash([1, "x"])).toBe(pyHash([1, "x"]));
    expect(pyHash([1, 2])).not.toBe(pyHash([2, 1]));
    expect(pyHash(null)).toBe(pyHash(null));
  });

  it("calls __hash__ and rejects dicts and sets", () => {
    expect(pyHash({ __hash__: () => 7 })).toBe(7);
    expect(() => pyHash(new Map())).toThrow("unhashable type: 'dict'");
    expect(() => pyHash(new Set())).toThrow("unhashable type: 'set'");
  });
});
