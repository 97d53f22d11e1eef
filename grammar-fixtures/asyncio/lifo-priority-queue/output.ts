import { LifoQueue, PriorityQueue, QueueEmpty, QueueFull, gather, run, sleep, str } from "py2ts-async/runtime";

// LifoQueue pops the newest item; PriorityQueue pops the smallest (priority, item) tuple.

async function main(): Promise<void> {
  const stack: LifoQueue<string> = new LifoQueue();
  for (const page of ["home", "products", "cart", "checkout"]) {
    await stack.put(page);
  }
  console.log("history size:", stack.qsize());
  while (!stack.empty()) {
    console.log("back to", await stack.get());
  }

  const jobs: PriorityQueue<[number, string]> = new PriorityQueue();
  for (const [priority, job] of ([[3, "email"], [1, "payment"], [2, "invoice"], [1, "alert"], [5, "cleanup"]] as [number, string][])) {
    jobs.putNowait([priority, job]);
  }

  async function runner(name: string): Promise<void> {
    let priority!: number;
    let job!: string;
    while (true) {
      try {
        [priority, job] = jobs.getNowait();
      } catch (error) {
        if (error instanceof QueueEmpty) {
          console.log(`${name} idle`);
          return;
        } else {
          throw error;
        }
      }
      console.log(`${name} runs ${job} (priority ${priority})`);
      await sleep(0.01 * priority * 1000);
      jobs.taskDone();
    }
  }

  await gather(() => runner("r1"), () => runner("r2"));
  await jobs.join();
  console.log("all jobs done");

  const bounded: LifoQueue<number> = new LifoQueue(2);
  bounded.putNowait(1);
  bounded.putNowait(2);
  try {
    bounded.putNowait(3);
  } catch (error2) {
    if (error2 instanceof QueueFull) {
      console.log("lifo full:", str(bounded.full()));
    } else {
      throw error2;
    }
  }
  console.log("lifo order:", bounded.getNowait(), bounded.getNowait());
}

await run(main);
