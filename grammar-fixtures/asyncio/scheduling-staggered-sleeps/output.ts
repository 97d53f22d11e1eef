import { Task, createTask, gather, run, sleep, str } from "py2ts-async/runtime";

// Five periodic tasks with staggered timers; their prints interleave by wake-up time.

async function periodic(name: string, first: number, period: number, count: number, log: string[]): Promise<void> {
  await sleep(first * 1000);
  for (let i = 0; i < count; i++) {
    console.log(`${name} tick ${i}`);
    log.push(name);
    if (i < count - 1) {
      await sleep(period * 1000);
    }
  }
}

async function main(): Promise<void> {
  const log: string[] = [];
  const specs: [string, number, number, number][] = [["alpha", 0.15, 0.3, 3], ["beta", 0.03, 0.3, 3], ["gamma", 0.09, 0.3, 2], ["delta", 0.21, 0.3, 3], ["eps", 0.27, 0.3, 1]];
  const tasks: Task<void>[] = specs.map(([name, first, period, count]) => createTask(() => periodic(name, first, period, count, log)));
  await sleep(180);
  console.log("at 180 ms:", str(log));
  await gather(...tasks);
  console.log("order:", str(log));
}

await run(main);
