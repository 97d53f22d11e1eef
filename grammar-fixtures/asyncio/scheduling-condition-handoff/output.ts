import { Condition, at, gather, listPop, range, run, str } from "py2ts-async/runtime";

// A bounded buffer built on a Condition: producers and consumers wake each other in FIFO order.

class Buffer {
  capacity: number;
  items: number[];
  cond: Condition;
  constructor(capacity: number) {
    this.capacity = capacity;
    this.items = [];
    this.cond = new Condition();
  }
  async put(who: string, item: number): Promise<void> {
    await this.cond.acquire();
    try {
      while (this.items.length >= this.capacity) {
        console.log(`${who} waits (full)`);
        await this.cond.wait();
      }
      this.items.push(item);
      console.log(`${who} put ${item} -> ${str(this.items)}`);
      this.cond.notifyAll();
    } finally {
      this.cond.release();
    }
  }
  async get(who: string): Promise<number> {
    await this.cond.acquire();
    try {
      while (this.items.length === 0) {
        console.log(`${who} waits (empty)`);
        await this.cond.wait();
      }
      const item = listPop(this.items, 0);
      console.log(`${who} got ${item} -> ${str(this.items)}`);
      this.cond.notifyAll();
      return item;
    } finally {
      this.cond.release();
    }
  }
}

async function producer(buf: Buffer, who: string, start: number): Promise<void> {
  for (const i of range(start, start + 3)) {
    await buf.put(who, i);
  }
}

async function consumer(buf: Buffer, who: string, count: number): Promise<number[]> {
  return await (async () => { const result: number[] = []; for (const _ of range(count)) { result.push(await buf.get(who)); } return result; })();
}

async function main(): Promise<void> {
  const buf = new Buffer(2);
  const results = await gather(() => consumer(buf, "c1", 2), () => consumer(buf, "c2", 2), () => producer(buf, "p1", 10), () => producer(buf, "p2", 20), () => consumer(buf, "c3", 2));
  console.log("consumed:", str(at(results, 0)), str(at(results, 1)), str(at(results, 4)));
}

await run(main);
