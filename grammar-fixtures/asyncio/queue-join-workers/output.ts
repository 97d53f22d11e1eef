import { Queue, Task, ValueError, createTask, gather, gatherWith, getItem, pyType, range, run, sleep, str, sum } from "py2ts-async/runtime";

// A worker pool: producers fill a queue, workers call task_done, queue.join waits for the backlog.

async function producer(name: string, q: Queue<[string, number]>, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await q.put([name, i]);
    console.log(`${name} produced ${i}`);
    await sleep(0);
  }
}

async function worker(wid: number, q: Queue<[string, number]>, handled: Map<number, string[]>): Promise<void> {
  while (true) {
    const [source, n] = await q.get();
    try {
      for (const _ of range(n + 1)) {
        await sleep(0);
      }
      getItem(handled, wid).push(`${source}${n}`);
      console.log(`worker ${wid} handled ${source}${n}`);
    } finally {
      q.taskDone();
    }
  }
}

async function main(): Promise<void> {
  const q: Queue<[string, number]> = new Queue(2);
  const handled: Map<number, string[]> = new Map([...range(3)].map((i) => [i, []] as const));
  const workers: Task<void>[] = [...range(3)].map((i) => createTask(() => worker(i, q, handled)));
  const producers: Task<void>[] = (["p", "q"] as [string, string]).map((name) => createTask(() => producer(name, q, 3)));
  await gather(...producers);
  console.log("producers done, waiting for join");
  await q.join();
  console.log("queue drained, unfinished work:", q.qsize());
  for (const w of workers) {
    w.cancel();
  }
  const results = await gatherWith({ returnExceptions: true }, ...workers);
  console.log("workers:", str(results.map((r) => pyType(r).__name__)));
  console.log("total handled:", sum([...handled.values()].map((v) => v.length)));
  try {
    q.taskDone();
  } catch (exc) {
    if (exc instanceof ValueError) {
      console.log("extra task_done:", str(exc));
    } else {
      throw exc;
    }
  }
}

await run(main);
