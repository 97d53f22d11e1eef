import { IndexError, KeyError, dictEntries, eq, repr, str, strFormat } from "py2ts-async/runtime";

// str.format: auto and explicit positions, names, **dict, attribute and index lookups, specs, escapes.

class User {
  name: string;
  langs: unknown[];
  constructor(name: string, langs: unknown[]) {
    this.name = name;
    this.langs = langs;
  }
  __repr__(): string {
    return `User(name=${repr(this.name)}, langs=${repr(this.langs)})`;
  }
  __eq__(other: unknown): boolean {
    return other instanceof User && other.constructor === this.constructor && eq(this.name, other.name) && eq(this.langs, other.langs);
  }
}

const user = new User("ada", ["python", "ts"]);
console.log(strFormat("{} + {} = {}", [1, 2, 1 + 2]));
console.log(`${strFormat("{0}{1}{0}", ["ab", "-"])} ${strFormat("{1} before {0}", ["b", "a"])}`);
console.log(`${strFormat("{name} is {age}", [], new Map<string, unknown>([["name", "bob"], ["age", 41]]))} ${strFormat("{0} and {x}", ["pos"], new Map<string, unknown>([["x", "kw"]]))}`);
const settings: Map<string, string | number | boolean> = new Map<string, string | number | boolean>([["host", "localhost"], ["port", 8080], ["debug", false], ["ratio", 0.75]]);
console.log(strFormat("{host}:{port} debug={debug} ratio={ratio}", [], new Map<string, unknown>([...dictEntries(settings)]), { rest: "?" }));
console.log(strFormat("http://{host}:{port}/", [], new Map<string, unknown>([...dictEntries(new Map([["host", "example.org"]])), ["port", 80]])));
console.log(`${strFormat("{0.name} knows {0.langs[0]} and {0.langs[1]}", [user])} ${strFormat("{u.name!r}", [], new Map<string, unknown>([["u", user]]))}`);
console.log(strFormat("{d[key]} {l[2]}", [], new Map<string, unknown>([["d", new Map([["key", "value"]])], ["l", [1, 2, 3]]])));
console.log(`${strFormat("{{literal}} {{{0}}}", ["braces"])} ${strFormat("{{}}", [])}`);
console.log(`${strFormat("{:>8}|{:<8}|{:^8}|", ["r", "l", "c"])} ${strFormat("{:08.3f}", [3.14159], undefined, { args: "(f)" })} ${strFormat("{:,}", [10 ** 9])}`);
console.log(`${strFormat("{0:.1%} {0:.3e} {1:#x} {1:b}", [0.125, 255], undefined, { args: "(f,?)" })} ${strFormat("{!r:>7}", ["q"])} ${strFormat("{!s}", [1.0], undefined, { args: "(f)" })}`);
console.log(strFormat("{:{fill}{align}{width}}", ["mid"], new Map<string, unknown>([["fill", "*"], ["align", "^"], ["width", 9]])));
console.log(`${strFormat("{} {} {}", [null, true, [1.0, null]], undefined, { args: "(?,?,[f])" })} ${strFormat("{}", [[1]], undefined, { args: "((?))" })} ${strFormat("{}", [new Map([["a", 2.0]])], undefined, { args: "({?:f})" })}`);
const row = "{:<10}{:>6.2f}";
for (const [label, value] of ([["alpha", 1], ["beta", 22.5], ["gamma", 0.125]] as [string, number][])) {
  console.log(strFormat(row, [label, value]));
}
const template = "Dear {title} {last},";
const people: Map<string, string>[] = [new Map([["title", "Dr"], ["last", "Lovelace"]]), new Map([["title", "Mr"], ["last", "Babbage"]])];
console.log(str(people.map((p) => strFormat(template, [], new Map<string, unknown>([...dictEntries(p)])))));
try {
  strFormat("{missing}", [], new Map<string, unknown>([["present", 1]]));
} catch (e) {
  if (e instanceof KeyError) {
    console.log("KeyError:", str(e));
  } else {
    throw e;
  }
}
try {
  strFormat("{} {}", ["only one"]);
} catch (e) {
  if (e instanceof IndexError) {
    console.log("IndexError:", str(e));
  } else {
    throw e;
  }
}
