import { Enum, NamedTuple, enumByName, enumByValue, enumMembers, eq, len, print, repr, str } from "py2ts-async/runtime";

// enum.Enum members print as Class.NAME and carry .name and .value; NamedTuple fields.

class Color extends Enum<number> {
  static readonly RED = new Color("RED", 1);
  static readonly GREEN = new Color("GREEN", 2);
  static readonly BLUE = new Color("BLUE", 3);
}

class Pair extends NamedTuple {
  readonly left: number;
  readonly right: string;
  static override readonly _fields = ["left", "right"];
  constructor(left: number, right: string = "x") {
    super();
    this.left = left;
    this.right = right;
    Object.freeze(this);
  }
  __repr__(): string {
    return `Pair(left=${repr(this.left)}, right=${repr(this.right)})`;
  }
}

print([Color.RED, Color.GREEN.name, Color.BLUE.value, enumByValue(Color, 2), enumByName(Color, "RED")]);
console.log(`${str([...enumMembers(Color)].map((c) => c.name))} ${str(eq(Color.RED, Color.RED))} ${str(Color.RED === Color.GREEN)}`);
const p = new Pair(1, "a");
print([p, p.left, p.right, new Pair(2), p._replace(new Map<string, unknown>([["left", 9]]))]);
const [left, right] = p;
console.log(`${str(left)} ${str(right)} ${len(p)}`);
