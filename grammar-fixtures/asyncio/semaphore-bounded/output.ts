import { BoundedSemaphore, Semaphore, ValueError, gather, max, mod, range, run, sleep, str } from "py2ts-async/runtime";

// A Semaphore caps concurrency; a BoundedSemaphore refuses to be released too often.

let active = 0;
let peak = 0;

async function download(sem: Semaphore, n: number): Promise<number> {
  await sem.acquire();
  try {
    active += 1;
    peak = max([peak, active]);
    console.log(`start ${n} (active ${active})`);
    await sleep(0.04 * (mod(n, 3) + 1) * 1000);
    active -= 1;
    console.log(`end ${n}`);
  } finally {
    sem.release();
  }
  return n * n;
}

async function main(): Promise<void> {
  const sem = new Semaphore(2);
  const results = await gather(...[...range(6)].map((n) => () => download(sem, n)));
  console.log("results:", str(results), "peak:", peak);

  const bounded = new BoundedSemaphore(2);
  await bounded.acquire();
  console.log("locked after one acquire:", str(bounded.locked()));
  await bounded.acquire();
  console.log("locked after two:", str(bounded.locked()));
  bounded.release();
  bounded.release();
  try {
    bounded.release();
  } catch (exc) {
    if (exc instanceof ValueError) {
      console.log("over-release:", str(exc));
    } else {
      throw exc;
    }
  }

  const plain = new Semaphore(1);
  plain.release();
  plain.release();
  console.log("plain semaphore can go above its start value");
  await plain.acquire();
  await plain.acquire();
  await plain.acquire();
  console.log("acquired three times, locked:", str(plain.locked()));
}

await run(main);
