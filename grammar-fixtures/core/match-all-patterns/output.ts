import { Enum, eq, getAttr, gt, len, repr, str, truthy } from "py2ts-async/runtime";

// match: literal, capture, wildcard, value, sequence (with star), mapping (with **rest), class
// (positional and keyword), or-patterns, as-patterns, guards, None/True literals.

class Color extends Enum<string> {
  static readonly RED = new Color("RED", "red");
  static readonly BLUE = new Color("BLUE", "blue");
}

class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
  __repr__(): string {
    return `Point(x=${repr(this.x)}, y=${repr(this.y)})`;
  }
  __eq__(other: unknown): boolean {
    return other instanceof Point && other.constructor === this.constructor && eq(this.x, other.x) && eq(this.y, other.y);
  }
}

function handle(command: null | boolean | Color | (string | number)[] | [number, number, number] | Map<string, string | number[] | number> | Point | number | string): string {
  let direction!: unknown;
  let items!: unknown;
  let a!: unknown;
  let b!: unknown;
  let c!: unknown;
  let x!: unknown;
  let y!: unknown;
  let rest!: unknown;
  let action!: unknown;
  let p!: unknown;
  let n!: unknown;
  let s!: unknown;
  let item: unknown;
  let item2: unknown;
  if (command === null) {
    return "nothing";
  } else if (command === true) {
    return "true literal";
  } else if (eq(command, Color.RED)) {
    return "red enum";
  } else if (Array.isArray(command) && command.length === 2 && command[0] === "go" && (command[1] === "north" || command[1] === "south") && ((direction = command[1]), true)) {
    return `go ${str(direction)}`;
  } else if (Array.isArray(command) && command.length >= 1 && command[0] === "drop" && ((items = command.slice(1)), true) && truthy(items)) {
    return `drop ${len(items)}: ${str(items)}`;
  } else if (Array.isArray(command) && command.length === 1 && command[0] === "drop") {
    return "drop nothing";
  } else if (Array.isArray(command) && command.length === 3 && ((a = command[0]), true) && ((b = command[1]), true) && ((c = command[2]), true)) {
    return `triple ${str(a)} ${str(b)} ${str(c)}`;
  } else if (command instanceof Map && command.has("action") && command.get("action") === "move" && command.has("to") && ((item = command.get("to")), true) && Array.isArray(item) && item.length === 2 && ((x = item[0]), true) && ((y = item[1]), true) && ((rest = new Map([...command].filter(([k]) => !["action", "to"].includes(k)))), true)) {
    return `move to ${str(x)},${str(y)} extra=${str(rest)}`;
  } else if (command instanceof Map && command.has("action") && ((item2 = command.get("action")), true) && typeof item2 === "string" && ((action = item2), true)) {
    return `action ${str(action)}`;
  } else if (command instanceof Point && command.x === 0 && command.y === 0) {
    return "origin";
  } else if (command instanceof Point && getAttr(command, "x") === 0 && ((y = getAttr(command, "y")), true) || command instanceof Point && ((y = getAttr(command, "x")), true) && getAttr(command, "y") === 0) {
    return `on an axis at ${str(y)}`;
  } else if (command instanceof Point && ((p = command), true) && eq(getAttr(p, "x"), getAttr(p, "y"))) {
    return `diagonal ${str(p)}`;
  } else if ((Number.isInteger(command) && ((n = command), true) || typeof command === "number" && ((n = command), true)) && gt(n, 100)) {
    return `big ${str(n)}`;
  } else if (typeof command === "string" && ((s = command), true)) {
    return `string ${repr(s)}`;
  } else if (Array.isArray(command) && command.length >= 1 && command[command.length - 1] === 0) {
    return "ends with zero";
  } else {
    return `unmatched ${repr(command, "?")}`;
  }
}

const tests: (null | boolean | Color | (string | number)[] | [number, number, number] | Map<string, string | number[] | number> | Point | number | string)[] = [null, true, Color.RED, Color.BLUE, ["go", "north"], ["go", "west"], ["drop", "a", "b"], ["drop"], [1, 2, 3], new Map<string, string | number[] | number>([["action", "move"], ["to", [1, 2]], ["speed", 5]]), new Map([["action", "jump"]]), new Map([["action", 3]]), new Point(0, 0), new Point(0, 7), new Point(4, 0), new Point(2, 2), new Point(1, 5), 150, 150.5, 7, "hey", [5, 0], 1];
for (const t of tests) {
  console.log(handle(t));
}
