import { Exception, eq, ge, gt, le, lt, print, pyType, repr, setAttr, sorted, str } from "py2ts-async/runtime";

// Dataclasses: generated __init__, __repr__ and __eq__; defaults; default_factory; order; frozen.

class Item {
  name: string;
  price: number;
  qty: number;
  tags: string[];
  total(): number {
    return this.price * this.qty;
  }
  constructor(name: string, price: number, qty: number = 1, tags: string[] = []) {
    this.name = name;
    this.price = price;
    this.qty = qty;
    this.tags = tags;
  }
  __repr__(): string {
    return `Item(name=${repr(this.name)}, price=${repr(this.price, "f")}, qty=${repr(this.qty)}, tags=${repr(this.tags)})`;
  }
  __eq__(other: unknown): boolean {
    return other instanceof Item && other.constructor === this.constructor && eq(this.name, other.name) && eq(this.price, other.price) && eq(this.qty, other.qty) && eq(this.tags, other.tags);
  }
}

class Version {
  major: number;
  minor: number;
  constructor(major: number, minor: number) {
    this.major = major;
    this.minor = minor;
  }
  __repr__(): string {
    return `Version(major=${repr(this.major)}, minor=${repr(this.minor)})`;
  }
  __lt__(other: Version): boolean {
    return lt([this.major, this.minor], [other.major, other.minor]);
  }
  __le__(other: Version): boolean {
    return le([this.major, this.minor], [other.major, other.minor]);
  }
  __gt__(other: Version): boolean {
    return gt([this.major, this.minor], [other.major, other.minor]);
  }
  __ge__(other: Version): boolean {
    return ge([this.major, this.minor], [other.major, other.minor]);
  }
  __eq__(other: unknown): boolean {
    return other instanceof Version && other.constructor === this.constructor && eq(this.major, other.major) && eq(this.minor, other.minor);
  }
}

class Point {
  readonly x: number;
  readonly y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
    Object.freeze(this);
  }
  __repr__(): string {
    return `Point(x=${repr(this.x)}, y=${repr(this.y)})`;
  }
  __eq__(other: unknown): boolean {
    return other instanceof Point && other.constructor === this.constructor && eq(this.x, other.x) && eq(this.y, other.y);
  }
}

const item = new Item("pen", 1.5, 4);
item.tags.push("office");
print([item, str(item.total(), "f"), eq(item, new Item("pen", 1.5, 4, ["office"]))]);
console.log(str(new Item("cup", 3.0)));
print([sorted([new Version(1, 2), new Version(0, 9), new Version(1, 0)]), lt(new Version(1, 0), new Version(1, 1))]);
const p = new Point(1, 2);
print([p, eq(p, new Point(1, 2))]);
try {
  setAttr(p, "x", 5);
} catch (e) {
  if (e instanceof Exception) {
    console.log(pyType(e).__name__);
  } else {
    throw e;
  }
}
