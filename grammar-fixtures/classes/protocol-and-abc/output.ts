import { TypeError, hasAttr, instantiateAbstract, isSubclass, print, str } from "py2ts-async/runtime";

// Abstract base classes (abstractmethod, abstract property, refusing instantiation) and typing.Protocol
// for structural typing.

abstract class Storage {
  abstract save(key: string, value: string): void;
  abstract load(key: string): string | null;
  abstract get kind(): string;
  save_many(items: Map<string, string>): number {
    for (const [k, v] of items.entries()) {
      this.save(k, v);
    }
    return items.size;
  }
}

class MemoryStorage extends Storage {
  data: Map<string, string>;
  constructor() {
    super();
    this.data = new Map();
  }
  save(key: string, value: string): void {
    this.data.set(key, value);
  }
  load(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  get kind(): string {
    return "memory";
  }
}

abstract class Greeter {
  abstract greet(name: string): string;
}

class English {
  greet(name: string): string {
    return `Hello, ${name}`;
  }
}

class French {
  greet(name: string): string {
    return `Bonjour, ${name}`;
  }
}

class Mute {
}

function welcome(g: Greeter, names: string[]): string[] {
  return names.map((n) => g.greet(n));
}

const store = new MemoryStorage();
print([store.save_many(new Map([["a", "1"], ["b", "2"]])), store.load("a"), store.load("zzz"), store.kind]);
print([store instanceof Storage, isSubclass(MemoryStorage, Storage)]);
try {
  instantiateAbstract("Storage", ["kind","load","save"]);
} catch (e) {
  if (e instanceof TypeError) {
    console.log("TypeError:", str(e));
  } else {
    throw e;
  }
}
for (const g of [new English(), new French()]) {
  console.log(str(welcome(g, ["ada", "bob"])));
}
print([hasAttr(new English(), "greet"), hasAttr(new Mute(), "greet")]);
