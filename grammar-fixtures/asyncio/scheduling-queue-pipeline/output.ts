import { Queue, Task, createTask, gather, run, sleep, str } from "py2ts-async/runtime";

// A three-stage pipeline over queues: producers, transformers, a sink; wake-ups follow queue order.

const DONE = "<done>";

async function produce(name: string, out: Queue<string>, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const item = `${name}${i}`;
    console.log("produce", item);
    await out.put(item);
    await sleep(0);
  }
  await out.put(DONE);
}

async function transform(name: string, inp: Queue<string>, out: Queue<string>): Promise<void> {
  while (true) {
    const item = await inp.get();
    if (item === DONE) {
      await out.put(DONE);
      console.log(`${name} stops`);
      return;
    }
    console.log(`${name} transforms ${item}`);
    await out.put(item.toUpperCase());
  }
}

async function sink(inp: Queue<string>, producers: number): Promise<string[]> {
  const seen: string[] = [];
  let remaining = producers;
  while (remaining !== 0) {
    const item = await inp.get();
    if (item === DONE) {
      remaining -= 1;
      continue;
    }
    console.log("sink got", item);
    seen.push(item);
  }
  return seen;
}

async function main(): Promise<void> {
  const raw: Queue<string> = new Queue(2);
  const cooked: Queue<string> = new Queue();
  const tasks: Task<void>[] = [createTask(() => produce("x", raw, 3)), createTask(() => produce("y", raw, 2)), createTask(() => transform("t1", raw, cooked)), createTask(() => transform("t2", raw, cooked))];
  const result = await sink(cooked, 2);
  await gather(...tasks);
  console.log("result:", str(result));
}

await run(main);
