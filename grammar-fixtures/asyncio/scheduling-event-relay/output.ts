import { Event, Task, at, createTask, gather, range, reversed, run, sleep, str } from "py2ts-async/runtime";

// A relay race over Events: each runner waits for its baton, works a little, and hands it on.

async function runner(index: number, batons: Event[], start: Event, log: string[]): Promise<void> {
  await start.wait();
  console.log(`runner ${index} saw the start signal`);
  await at(batons, index).wait();
  console.log(`runner ${index} has the baton`);
  for (let step = 0; step < 2; step++) {
    await sleep(0);
    log.push(`${index}.${step}`);
  }
  if (index + 1 < batons.length) {
    at(batons, index + 1).set();
    console.log(`runner ${index} passed the baton`);
  }
}

async function watcher(start: Event, finish: Event): Promise<void> {
  await start.wait();
  console.log("watcher: race started");
  await finish.wait();
  console.log("watcher: race finished");
}

async function main(): Promise<void> {
  const n = 5;
  const batons: Event[] = [...range(n)].map((_) => new Event());
  const start = new Event();
  const finish = new Event();
  const log: string[] = [];
  const runners: Task<void>[] = [...reversed(range(n))].map((i) => createTask(() => runner(i, batons, start, log)));
  const watch = createTask(() => watcher(start, finish));
  await sleep(0);
  console.log("everyone is waiting");
  start.set();
  at(batons, 0).set();
  await gather(...runners);
  finish.set();
  await watch;
  console.log("log:", str(log));
}

await run(main);
