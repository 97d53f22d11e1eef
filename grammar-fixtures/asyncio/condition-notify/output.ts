import { Condition, RuntimeError, Task, createTask, gather, listPop, range, run, sleep, str } from "py2ts-async/runtime";

// Condition variables: wait, wait_for with a predicate, notify(n) and notify_all.

class Inventory {
  items: string[];
  cond: Condition;
  constructor() {
    this.items = [];
    this.cond = new Condition();
  }
  async consume(name: string): Promise<string> {
    await this.cond.acquire();
    try {
      await this.cond.waitFor(() => this.items.length > 0);
      const item = listPop(this.items, 0);
      console.log(`${name} took ${item}`);
      return item;
    } finally {
      this.cond.release();
    }
  }
  async restock(new_items: string[]): Promise<void> {
    await this.cond.acquire();
    try {
      this.items.push(...new_items);
      console.log(`restocked ${new_items.length}`);
      this.cond.notify(new_items.length);
    } finally {
      this.cond.release();
    }
  }
}

async function sleeper(cond: Condition, name: string, woken: string[]): Promise<void> {
  await cond.acquire();
  try {
    console.log(`${name} waits`);
    const result = await cond.wait();
    woken.push(name);
    console.log(`${name} woke, wait returned ${str(result)}`);
  } finally {
    cond.release();
  }
}

async function main(): Promise<void> {
  const inv = new Inventory();
  const consumers: Task<string>[] = [...range(5)].map((i) => createTask(() => inv.consume(`c${i}`)));
  await sleep(10);
  await inv.restock(["apple", "pear"]);
  await sleep(10);
  await inv.restock(["plum", "fig", "kiwi"]);
  const taken = await gather(...consumers);
  console.log("taken:", str(taken));

  const cond = new Condition();
  const woken: string[] = [];
  const tasks: Task<void>[] = [...range(5)].map((i) => createTask(() => sleeper(cond, `s${i}`, woken)));
  await sleep(10);
  await cond.acquire();
  try {
    cond.notify();
  } finally {
    cond.release();
  }
  await sleep(10);
  console.log("after notify():", str(woken));
  await cond.acquire();
  try {
    cond.notifyAll();
  } finally {
    cond.release();
  }
  await gather(...tasks);
  console.log("after notify_all():", str(woken));
  try {
    cond.notify();
  } catch (exc) {
    if (exc instanceof RuntimeError) {
      console.log("notify without the lock:", str(exc));
    } else {
      throw exc;
    }
  }
}

await run(main);
