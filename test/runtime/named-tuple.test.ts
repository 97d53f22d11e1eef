// Expected values were produced by running the same operations under CPython 3.11 on
// `Point = namedtuple("Point", "x y")` / `class Point(NamedTuple)`.
import { NamedTuple } from "../../src/runtime/named-tuple";
import { contains, eq, lt } from "../../src/runtime/compare";
import { dictKey } from "../../src/runtime/hash-keys";
import { len } from "../../src/runtime/sequences";
import { str } from "../../src/runtime/repr";

/** What the translator generates for `Point = namedtuple("Point", "x y")`. */
class Point extends NamedTuple {
  readonly x: number;
  readonly y: number;
  static override readonly _fields = ["x", "y"];
  constructor(x: number, y: number) {
    super();
    this.x = x;
    this.y = y;
    Object.freeze(this);
  }
  __repr__(): string {
    return `Point(x=${this.x}, y=${this.y})`;
  }
}

/** Another class with the same items. */
class Other extends Point {}

describe("named tuples", () => {
  const p = new Point(1, 2);

  test("are tuples: indexing, len, iteration", () => {
    expect(p.__getitem__(0)).toBe(1);
    expect(p.__getitem__(-1)).toBe(2);
    expect(() => p.__getitem__(2)).toThrow("tuple index out of range");
    expect(len(p)).toBe(2);
    expect([...p]).toEqual([1, 2]);
    const [x, y] = p;
    expect([x, y]).toEqual([1, 2]);
  });

  test("compare as tuples, with tuples and other named tuples", () => {
    expect(eq(p, [1, 2])).toBe(true); // Point(1, 2) == (1, 2)
    expect(eq([1, 2], p)).toBe(true);
    expect(eq(p, new Other(1, 2))).toBe(true); // equal items, other class
    expect(eq(p, new Point(1, 3))).toBe(false);
    expect(eq(p, 1)).toBe(false);
    expect(lt(p, new Point(1, 3))).toBe(true);
    expect(lt(new Point(2, 0), p)).toBe(false);
    expect(() => lt(p, 1)).toThrow("'<' not supported between instances of 'Point' and 'int'");
  });

  test("hash as the tuple of their items", () => {
    const key = dictKey(new Point(0, 0));
    const grid = new Map([[key, "origin"]]);
    // {Point(0, 0): "origin"}[(0, 0)]: the map is keyed by any hashable, as a Python dict is.
    expect((grid as Map<unknown, string>).get(dictKey([0, 0]))).toBe("origin");
    expect(grid.get(dictKey(new Point(0, 0)))).toBe("origin");
    expect(contains(grid, [0, 0])).toBe(true);
  });

  test("_replace, _asdict, _make, _fields", () => {
    const q = p._replace(new Map([["y", 5]]));
    expect(str(q)).toBe("Point(x=1, y=5)");
    expect(q).toBeInstanceOf(Point);
    expect(Object.isFrozen(q)).toBe(true);
    expect(str(p)).toBe("Point(x=1, y=2)");
    expect(() => p._replace(new Map([["z", 1]]))).toThrow("Got unexpected field names: ['z']");
    expect(p._asdict()).toEqual(new Map([["x", 1], ["y", 2]]));
    expect(str(Point._make([3, 4]))).toBe("Point(x=3, y=4)");
    expect(() => Point._make([3])).toThrow("Expected 2 arguments, got 1");
    expect(Point._fields).toEqual(["x", "y"]);
  });
});
