import { isMain, pyType, range, run, sleep, str } from "py2ts-async/runtime";

// asyncio.run returns whatever the main coroutine returns.

async function square(n: number): Promise<number> {
  await sleep(10);
  return n * n;
}

async function total(numbers: number[]): Promise<number> {
  let result = 0;
  for (const n of numbers) {
    result += await square(n);
  }
  return result;
}

async function describe(): Promise<Map<string, unknown>> {
  const values: number[] = await (async () => { const result2: number[] = []; for (const i of range(4)) { result2.push(await square(i)); } return result2; })();
  return new Map<string, number[] | number>([["values", values], ["count", values.length]]);
}

async function nothing(): Promise<void> {
  await sleep(0);
}

if (isMain(import.meta.url)) {
  const value = await run(() => total([1, 2, 3, 4]));
  console.log("total:", value);
  console.log("type:", pyType(value).__name__);
  const info = await run(describe);
  console.log("info:", str(info));
  console.log("none:", str(await run(nothing)));
  console.log("doubled:", await run(() => square(7)) * 2);
}
