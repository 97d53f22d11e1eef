import { Lock, RuntimeError, Task, createTask, gather, print, range, run, sleep, str } from "py2ts-async/runtime";

// A Lock serialises access: async with and explicit acquire/release, waiters served in FIFO order.

class Account {
  balance: number;
  lock: Lock;
  constructor(balance: number) {
    this.balance = balance;
    this.lock = new Lock();
  }
  async withdraw(who: string, amount: number): Promise<boolean> {
    await this.lock.acquire();
    try {
      console.log(`${who} checks balance ${this.balance}`);
      await sleep(10);
      if (this.balance < amount) {
        console.log(`${who} declined`);
        return false;
      }
      this.balance -= amount;
      console.log(`${who} withdrew ${amount}, left ${this.balance}`);
      return true;
    } finally {
      this.lock.release();
    }
  }
}

async function manual(lock: Lock, name: string, order: string[]): Promise<void> {
  await lock.acquire();
  try {
    order.push(name);
    console.log(`${name} holds the lock, locked=${str(lock.locked())}`);
    await sleep(0);
  } finally {
    lock.release();
  }
}

async function main(): Promise<void> {
  const account = new Account(100);
  const people: [string, number][] = [["ann", 30], ["ben", 50], ["cid", 40], ["dee", 10], ["eve", 20]];
  const results = await gather(...people.map(([p, a]) => () => account.withdraw(p, a)));
  console.log("results:", str(results), "balance:", account.balance);

  const lock = new Lock();
  const order: string[] = [];
  await lock.acquire();
  const tasks: Task<void>[] = [...range(5)].map((i) => createTask(() => manual(lock, `t${i}`, order)));
  await sleep(0);
  console.log("all waiting, locked:", str(lock.locked()));
  lock.release();
  await gather(...tasks);
  print(["order:", order, "locked:", lock.locked()]);
  try {
    lock.release();
  } catch (exc) {
    if (exc instanceof RuntimeError) {
      console.log("release unlocked:", str(exc));
    } else {
      throw exc;
    }
  }
}

await run(main);
