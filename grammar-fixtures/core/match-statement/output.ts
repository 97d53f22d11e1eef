import { eq, getAttr, len, lt, repr, str } from "py2ts-async/runtime";

// match statements: literals, captures, sequences, mappings, classes and guards.

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

function describe(value: number | string | number[] | Map<string, string> | Point | null): string {
  let n!: unknown;
  let x!: unknown;
  let y!: unknown;
  let first!: unknown;
  let rest!: unknown;
  let name!: unknown;
  if (value === 0) {
    return "zero";
  } else if (Number.isInteger(value) && ((n = value), true) && lt(n, 0)) {
    return `negative ${str(n)}`;
  } else if (Number.isInteger(value) || typeof value === "number") {
    return "a number";
  } else if (value === "hello" || value === "hi") {
    return "a greeting";
  } else if (Array.isArray(value) && value.length === 2 && ((x = value[0]), true) && ((y = value[1]), true)) {
    return `pair ${str(x)}, ${str(y)}`;
  } else if (Array.isArray(value) && value.length >= 1 && ((first = value[0]), true) && ((rest = value.slice(1)), true)) {
    return `list starting ${str(first)} and ${len(rest)} more`;
  } else if (value instanceof Map && value.has("type") && value.get("type") === "user" && value.has("name") && ((name = value.get("name")), true)) {
    return `user ${str(name)}`;
  } else if (value instanceof Point && getAttr(value, "x") === 0 && getAttr(value, "y") === 0) {
    return "origin";
  } else if (value instanceof Point && ((x = getAttr(value, "x")), true) && ((y = getAttr(value, "y")), true)) {
    return `point ${str(x)},${str(y)}`;
  } else {
    return "something else";
  }
}

for (const v of [0, -3, 2.5, "hi", [1, 2], [1, 2, 3], new Map([["type", "user"], ["name", "ada"]]), new Point(0, 0), new Point(1, 2), null]) {
  console.log(describe(v));
}
