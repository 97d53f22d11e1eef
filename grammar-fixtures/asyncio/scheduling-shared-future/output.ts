import { Future, RuntimeError, Task, createTask, gather, gatherWith, getRunningLoop, range, run, sleep, str } from "py2ts-async/runtime";

// Several tasks await one future; they wake in the order they started waiting, after the setter yields.

async function waiter(name: string, fut: Future<unknown>, order: string[]): Promise<void> {
  console.log(`${name} waiting`);
  const value = await fut;
  order.push(name);
  console.log(`${name} got ${str(value)}`);
}

async function setter(fut: Future<unknown>): Promise<void> {
  await sleep(0);
  console.log("setter: setting result");
  fut.setResult(42);
  console.log("setter: result set, waiters not resumed yet");
  await sleep(0);
  console.log("setter: after yielding");
}

async function main(): Promise<void> {
  const loop = getRunningLoop();
  const fut = loop.createFuture();
  const order: string[] = [];
  const tasks: Task<void>[] = [...range(5)].map((i) => createTask(() => waiter(`w${i}`, fut, order)));
  await gather(() => setter(fut), ...tasks);
  console.log("wake order:", str(order));

  const failing = loop.createFuture();
  const failures: Task<void>[] = [...range(3)].map((i) => createTask(() => waiter(`f${i}`, failing, order)));
  await sleep(0);
  failing.setException(new RuntimeError("source failed"));
  const results = await gatherWith({ returnExceptions: true }, ...failures);
  console.log("failures:", str(results.map((r) => str(r))));
}

await run(main);
