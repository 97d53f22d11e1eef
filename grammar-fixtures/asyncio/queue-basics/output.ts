import { Queue, QueueEmpty, QueueFull, createTask, print, run, sleep } from "py2ts-async/runtime";

// Queue basics: put/get, the nowait variants, maxsize, qsize/empty/full, QueueEmpty and QueueFull.

async function main(): Promise<void> {
  const q: Queue<string> = new Queue(3);
  print(["empty:", q.empty(), "full:", q.full(), "size:", q.qsize(), "maxsize:", q.maxsize]);
  await q.put("a");
  q.putNowait("b");
  await q.put("c");
  print(["empty:", q.empty(), "full:", q.full(), "size:", q.qsize()]);
  try {
    q.putNowait("d");
  } catch (error) {
    if (error instanceof QueueFull) {
      console.log("QueueFull raised");
    } else {
      throw error;
    }
  }
  console.log("get:", await q.get());
  console.log("get_nowait:", q.getNowait());
  console.log("size now:", q.qsize());
  console.log("last:", q.getNowait());
  try {
    q.getNowait();
  } catch (error2) {
    if (error2 instanceof QueueEmpty) {
      console.log("QueueEmpty raised");
    } else {
      throw error2;
    }
  }

  const unbounded: Queue<number> = new Queue();
  for (let i = 0; i < 100; i++) {
    unbounded.putNowait(i);
  }
  print(["unbounded full:", unbounded.full(), "size:", unbounded.qsize()]);
  let total = 0;
  while (!unbounded.empty()) {
    total += unbounded.getNowait();
  }
  console.log("sum:", total);

  const blocking: Queue<number> = new Queue(1);

  async function producer(): Promise<void> {
    for (let i = 0; i < 4; i++) {
      console.log("putting", i);
      await blocking.put(i);
      console.log("put", i);
    }
  }

  const task = createTask(() => producer());
  await sleep(0);
  for (let _ = 0; _ < 4; _++) {
    const item = await blocking.get();
    console.log("got", item);
  }
  await task;
}

await run(main);
