import { Semaphore, gather, run, sleep, str } from "py2ts-async/runtime";

// Six jobs share two semaphore slots; each holds a slot across several yields.

async function job(name: string, sem: Semaphore, work: number, order: string[]): Promise<void> {
  console.log(`${name} queued`);
  await sem.acquire();
  try {
    order.push(name);
    console.log(`${name} got a slot`);
    for (let step = 0; step < work; step++) {
      await sleep(0);
      console.log(`${name} step ${step}`);
    }
  } finally {
    sem.release();
  }
  console.log(`${name} released`);
}

async function main(): Promise<void> {
  const sem = new Semaphore(2);
  const order: string[] = [];
  const work: Map<string, number> = new Map([["j1", 3], ["j2", 1], ["j3", 2], ["j4", 1], ["j5", 2], ["j6", 1]]);
  await gather(...[...work.entries()].map(([n, w]) => () => job(n, sem, w, order)));
  console.log("slot order:", str(order));
}

await run(main);
