import { eq, print, pyHash, repr, toFloat } from "py2ts-async/runtime";

class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
  __eq__(other: unknown): boolean {
    return other instanceof Point && eq([other.x, other.y], [this.x, this.y]);
  }
  __hash__(): number {
    return pyHash([this.x, this.y]);
  }
}

class Tag {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
    Object.freeze(this);
  }
  __repr__(): string {
    return `Tag(name=${repr(this.name)})`;
  }
  __eq__(other: unknown): boolean {
    return other instanceof Tag && other.constructor === this.constructor && eq(this.name, other.name);
  }
}

const a = "spam";
const b = "sp" + "am";
print([pyHash(a) === pyHash(b), pyHash(1) === 1, pyHash(true) === 1, pyHash(false) === 0, pyHash(-1) === -2]);
print([pyHash([1, 2]) === pyHash([1, 2]), pyHash(2.0) === pyHash(2), pyHash(0.5), pyHash(10 ** 12)]);
print([pyHash(null) === pyHash(null), pyHash(new Point(1, 2)) === pyHash(new Point(1, 2)), pyHash(new Tag("x")) === pyHash(new Tag("x"))]);
print([[...[...[0, 7, -1]].map((item) => pyHash(item))], pyHash(toFloat("inf")), pyHash(toFloat("-inf"))]);
