import { print, str } from "py2ts-async/runtime";

// Type hints become TypeScript types; Optional, Union, Callable, TypedDict, generics.

interface User {
  name: string;
  age: number;
}

class Box<T> {
  item: T;
  constructor(item: T) {
    this.item = item;
  }
  get(): T {
    return this.item;
  }
}

function apply(fn: (arg0: number) => number, value: number): number {
  return fn(value);
}

function find(users: User[], name: string): User | null {
  for (const u of users) {
    if (u.name === name) {
      return u;
    }
  }
  return null;
}

function describe(level: string, score: number): string {
  return `${level}:${str(score)}`;
}

const users: User[] = [{ name: "ada", age: 36 }, { name: "bob", age: 41 }];
print([apply((x: number) => x * 3, 7), find(users, "bob"), find(users, "zed")]);
const box: Box<string> = new Box("hello");
console.log(`${box.get().toUpperCase()} ${describe("low", 2)} ${describe("high", 2.5)}`);
const ages: Map<string, number> = new Map(users.map((u) => [u.name, u.age] as const));
const pair: [number, string] = [1, "a"];
print([ages, str(pair, "(?,?)"), new Box(3).get() + 1]);
