import { NamedTuple, at, contains, dictKey, eq, getItem, len, lt, max, print, repr, round, setdefault, sorted, str } from "py2ts-async/runtime";

// typing.NamedTuple and collections.namedtuple: repr, fields, defaults, methods, _asdict, _replace,
// _make, unpacking, indexing, comparisons and equality with plain tuples, use as dict keys.

class Employee extends NamedTuple {
  readonly name: string;
  readonly dept: string;
  readonly salary: number;
  readonly remote: boolean;
  monthly(): number {
    return round(this.salary / 12, 2);
  }
  __str__(): string {
    return `${this.name} (${this.dept})`;
  }
  static override readonly _fields = ["name", "dept", "salary", "remote"];
  constructor(name: string, dept: string, salary: number = 50000.5, remote: boolean = false) {
    super();
    this.name = name;
    this.dept = dept;
    this.salary = salary;
    this.remote = remote;
    Object.freeze(this);
  }
  __repr__(): string {
    return `Employee(name=${repr(this.name)}, dept=${repr(this.dept)}, salary=${repr(this.salary)}, remote=${repr(this.remote)})`;
  }
}

class Pixel extends NamedTuple {
  readonly x: number;
  readonly y: number;
  readonly color: string;
  static override readonly _fields = ["x", "y", "color"];
  constructor(x: number, y: number, color: string) {
    super();
    this.x = x;
    this.y = y;
    this.color = color;
    Object.freeze(this);
  }
  __repr__(): string {
    return `Pixel(x=${repr(this.x)}, y=${repr(this.y)}, color=${repr(this.color)})`;
  }
}
const staff: Employee[] = [new Employee("ada", "eng", 120000), new Employee("bob", "ops"), new Employee("cy", "eng", 95000.5, true)];
console.log(`${str(at(staff, 0))} ${repr(at(staff, 0))} ${str(at(staff, 1))}`);
console.log(str(staff));
print([str(at(staff, 0).monthly(), "f"), at(staff, 2).salary, at(staff, 1).salary, len(at(staff, 0)), at(staff, 0)._asdict()]);
let name!: unknown;
let dept!: unknown;
let rest!: unknown[];
[name, dept, ...rest] = at(staff, 2);
console.log(`${str(name)} ${str(dept)} ${str(rest)}`);
const raise_ = at(staff, 1)._replace(new Map<string, unknown>([["salary", at(staff, 1).salary * 1.1]]));
console.log(`${str(raise_)} ${str(raise_ === at(staff, 1))} ${str(at(staff, 1))}`);
console.log(`${at(sorted(staff, { key: (e: Employee) => -e.salary }), 0).name} ${max(staff, { key: (e: Employee) => e.salary }).name}`);
print([eq(new Employee("z", "q"), ["z", "q", 50000.5, false]), new Employee("m", "n", 1.0, true)]);
const p = new Pixel(1, 2, "red");
print([p, p._replace(new Map<string, unknown>([["color", "blue"]])), str([...p], "(?...)"), [...p], p.color, lt(p, new Pixel(1, 3, "a"))]);
const grid: Map<Pixel, string> = new Map([[dictKey(new Pixel(0, 0, "w")), "origin"]]);
console.log(`${getItem(grid, new Pixel(0, 0, "w"))} ${str(contains(grid, new Pixel(0, 0, "w")))} ${str(contains(grid, [0, 0, "w"]))} ${str(eq(p, [1, 2, "red"]))}`);
const by_dept: Map<string, unknown[]> = new Map();
for (const e of staff) {
  setdefault(by_dept, e.dept, []).push(e.name);
}
console.log(str(by_dept));
