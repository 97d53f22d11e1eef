import { Enum, at, enumByName, enumByValue, enumMembers, eq, getItem, len, print, repr, str } from "py2ts-async/runtime";

// enum.Enum members print as Class.NAME and carry .name and .value; NamedTuple fields.

class Color extends Enum<number> {
  static readonly RED = new Color("RED", 1);
  static readonly GREEN = new Color("GREEN", 2);
  static readonly BLUE = new Color("BLUE", 3);
}

class Pair {
  readonly left: number;
  readonly right: string;
  constructor(left: number, right: string = "x") {
    this.left = left;
    this.right = right;
    Object.freeze(this);
  }
  __repr__(): string {
    return `Pair(left=${repr(this.left)}, right=${repr(this.right)})`;
  }
  __eq__(other: unknown): boolean {
    return other instanceof Pair && other.constructor === this.constructor && eq(this.left, other.left) && eq(this.right, other.right);
  }
  __getitem__(index: number): unknown {
    return at([this.left, this.right], index);
  }
  __len__(): number {
    return 2;
  }
  *[Symbol.iterator](): Generator<unknown> {
    yield* [this.left, this.right];
  }
  _replace(changes: Map<string, unknown>): Pair {
    const next = Object.create(Object.getPrototypeOf(this)) as Pair;
    Object.assign(next, this);
    for (const [k, v] of changes) (next as unknown as Record<string, unknown>)[k] = v;
    return Object.freeze(next);
  }
}

print([Color.RED, Color.GREEN.name, Color.BLUE.value, enumByValue(Color, 2), enumByName(Color, "RED")]);
console.log(`${str([...enumMembers(Color)].map((c) => c.name))} ${str(eq(Color.RED, Color.RED))} ${str(Color.RED === Color.GREEN)}`);
const p = new Pair(1, "a");
print([p, p.left, getItem(p, 1), new Pair(2), p._replace(new Map<string, unknown>([["left", 9]]))]);
const [left, right] = p;
console.log(`${str(left)} ${str(right)} ${len(p)}`);
