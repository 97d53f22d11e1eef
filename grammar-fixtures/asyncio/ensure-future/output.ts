import { Task, createTask, ensureFuture, getRunningLoop, run, sleep, str } from "py2ts-async/runtime";

// ensure_future wraps coroutines in tasks and passes tasks and futures through unchanged.

async function compute(x: number): Promise<number> {
  console.log(`compute(${x}) running`);
  await sleep(0.01 * x * 1000);
  return x * 10;
}

async function main(): Promise<void> {
  const first = ensureFuture(() => compute(3));
  console.log("is a task:", str(first instanceof Task));
  const existing = createTask(() => compute(1));
  const same = ensureFuture(existing);
  console.log("same task returned:", str(same === existing));
  const loop = getRunningLoop();
  const fut = loop.createFuture();
  console.log("future passes through:", str(ensureFuture(fut) === fut));
  loop.callLater(0.02, (result: unknown) => fut.setResult(result), 99);
  const futures: Task<number>[] = ([4, 2] as [number, number]).map((n) => ensureFuture(() => compute(n)));
  console.log("created", futures.length, "more");
  console.log("first:", await first);
  console.log("existing:", await same);
  console.log("future:", str(await fut));
  console.log("rest:", str(await (async () => { const result2: number[] = []; for (const f of futures) { result2.push(await f); } return result2; })()));
}

await run(main);
