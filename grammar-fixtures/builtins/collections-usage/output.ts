import { Counter, DefaultDict, Deque, NamedTuple, contains, eq, getItem, len, print, repr, setItem, sorted, split, str, sum } from "py2ts-async/runtime";

// collections: defaultdict with int/list/lambda, Counter and most_common, deque with maxlen,
// rotate and appendleft, namedtuple repr/_asdict/_replace.

const word_count = new DefaultDict<unknown, number>(() => 0, null, "<class 'int'>");
for (const w of split("the cat and the hat and the bat")) {
  setItem(word_count, w, word_count.getItem(w) + 1);
}
console.log(str(word_count));
console.log(`${str(new Map(word_count))} ${word_count.getItem("missing")} ${len(word_count)}`);
const graph = new DefaultDict<unknown, unknown[]>(() => [], null, "<class 'list'>");
for (const [a, b] of ([["a", "b"], ["a", "c"], ["b", "c"]] as [string, string][])) {
  graph.getItem(a).push(b);
}
console.log(`${str(new Map(graph))} ${str(graph.getItem("z"))} ${str(sorted(graph))}`);
const nested = new DefaultDict<unknown, Map<string, number>>(() => new Map([["n", 0]]));
nested.getItem("x").set("n", getItem(nested.getItem("x"), "n") + 2);
console.log(str(new Map(nested)));
const c = new Counter("hello world");
print([str(c.mostCommon(3), "[(?,?)]"), c.get("l"), c.get("q"), sum(c.values())]);
const inv = new Counter(new Map<string, number>([["apples", 3], ["pears", 1]]));
inv.update(new Map([["apples", 2], ["kiwis", 5]]));
print([inv, str(inv.mostCommon(), "[(?,?)]"), [...inv.elements()].slice(0, 4)]);
print([str(new Counter([1, 2, 2, 3, 3, 3]).mostCommon(1), "[(?,?)]"), new Counter(), new Counter(["x"])]);
const recent: Deque<string> = new Deque(null, 3);
for (const page of ["home", "about", "blog", "contact", "shop"]) {
  recent.append(page);
}
print([recent, [...recent], recent.maxlen]);
const d = new Deque([1, 2, 3, 4, 5]);
d.rotate(2);
console.log(str(d));
d.appendleft(0);
d.rotate(-1);
print([d, d.pop(), d.popleft(), d.__getitem__(0), d.__getitem__(-1), contains(d, 3), len(d)]);
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
    return `Point(x=${repr(this.x)}, y=${repr(this.y)})`;
  }
}
class Point3 extends NamedTuple {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  static override readonly _fields = ["x", "y", "z"];
  constructor(x: number, y: number, z: number) {
    super();
    this.x = x;
    this.y = y;
    this.z = z;
    Object.freeze(this);
  }
  __repr__(): string {
    return `Point3(x=${repr(this.x)}, y=${repr(this.y)}, z=${repr(this.z)})`;
  }
}
const p = new Point(1, 2);
print([p, p.x + p.y, p._asdict(), p._replace(new Map<string, unknown>([["y", 5]])), str(Point._fields, "(?...)"), new Point3(1, 2, 3), str([...p], "(?...)"), eq(p, [1, 2])]);
// Counter arithmetic: + - | & keep only positive counts.
const left = new Counter("aab");
const right = new Counter("bc");
console.log(`${str(left.__add__(right))} ${str(left.__sub__(right))} ${str(left.__or__(right))} ${str(left.__and__(right))}`);
const both = left.__add__(right);
console.log(`${str(both.mostCommon(1), "[(?,?)]")} ${both.get("b")}`);
