import { sorted, str } from "py2ts-async/runtime";

class Registry {
  static names: string[] = [];
  static tags: Set<number> = new Set();
  add(n: string): void {
    (this.constructor as typeof Registry).names.push(n);
    (this.constructor as typeof Registry).tags.add(n.length);
  }
}

class Counter {
  static seen: number[] = [];
}

const r = new Registry();
r.add("alpha");
r.add("be");
Counter.seen.push(3.5);
console.log(`${str((r.constructor as typeof Registry).names)} ${Registry.names.length} ${str(sorted(Registry.tags))}`);
console.log(str(Counter.seen, "[f]"));
