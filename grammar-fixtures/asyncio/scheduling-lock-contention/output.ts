import { Lock, gather, range, run, sleep, str } from "py2ts-async/runtime";

// Six tasks contend for one lock; each yields inside and outside the critical section.

const lock = new Lock();
let counter = 0;
const trace: string[] = [];

async function increment(name: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    console.log(`${name} wants the lock`);
    await lock.acquire();
    try {
      const value = counter;
      console.log(`${name} read ${value}`);
      await sleep(0);
      counter = value + 1;
      trace.push(name);
    } finally {
      lock.release();
    }
    await sleep(0);
  }
  console.log(`${name} done`);
}

async function unlocked_peek(rounds: number): Promise<void> {
  for (let _ = 0; _ < rounds; _++) {
    console.log("peek: locked =", str(lock.locked()), "counter =", counter);
    await sleep(0);
  }
}

async function main(): Promise<void> {
  const workers: (() => Promise<void>)[] = [...range(5)].map((i) => () => increment(`w${i}`, 2));
  await gather(...workers, () => unlocked_peek(4));
  console.log("counter:", counter);
  console.log("trace:", str(trace));
}

await run(main);
