import { createTask, gather, run, sleep, str } from "py2ts-async/runtime";

// asyncio.sleep(delay, result) returns its result argument after the delay.

async function delayed(value: string, delay: number): Promise<string> {
  const got = await sleep(delay * 1000, value);
  console.log("woke with", got);
  return got;
}

async function main(): Promise<void> {
  const plain = await sleep(0);
  console.log("plain sleep returns", str(plain));
  const number = await sleep(10, 42);
  console.log("number:", number + 1);
  const items = await sleep(0, [1, 2, 3]);
  console.log("items:", str(items));
  const results = await gather(() => delayed("slow", 0.03), () => delayed("fast", 0.01), () => delayed("medium", 0.02));
  console.log("gathered:", str(results));
  const pending = createTask(() => sleep(10, "from task"));
  console.log("task result:", await pending);
}

await run(main);
