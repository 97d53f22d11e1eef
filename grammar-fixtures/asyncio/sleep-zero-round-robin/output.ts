import { Task, createTask, gather, mod, range, run, sleep, str } from "py2ts-async/runtime";

// sleep(0) yields to every other ready task: five workers take turns, step by step.

async function worker(name: string, steps: number, log: string[]): Promise<number> {
  for (let step = 0; step < steps; step++) {
    console.log(`${name} step ${step}`);
    log.push(`${name}${step}`);
    await sleep(0);
  }
  console.log(`${name} done`);
  return steps;
}

async function main(): Promise<void> {
  const log: string[] = [];
  const tasks: Task<number>[] = [...range(5)].map((i) => createTask(() => worker(`w${i}`, 2 + mod(i, 3), log)));
  console.log("tasks created");
  await sleep(0);
  console.log("main after one yield:", str(log));
  const results = await gather(...tasks);
  console.log("results:", str(results));
  console.log("log length:", log.length);
  console.log("order:", log.join(" "));
}

await run(main);
