import { gather, getItem, run, sleep, str } from "py2ts-async/runtime";

// gather returns results in argument order, whatever order the coroutines finish in.

async function fetch_(name: string, delay: number): Promise<Map<string, unknown>> {
  console.log(`start ${name}`);
  await sleep(delay * 1000);
  console.log(`end ${name}`);
  return new Map<string, string | number>([["name", name], ["delay", delay]]);
}

async function count_up(n: number): Promise<number> {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += i;
    await sleep(0);
  }
  return total;
}

async function main(): Promise<void> {
  const delays: Map<string, number> = new Map([["alpha", 0.15], ["beta", 0.03], ["gamma", 0.09], ["delta", 0.06], ["epsilon", 0.12]]);
  const results = await gather(...[...delays.entries()].map(([name, d]) => () => fetch_(name, d)));
  for (const r of results) {
    console.log(`${str(getItem(r, "name"))} ${str(getItem(r, "delay"))}`);
  }
  const sums = await gather(() => count_up(3), () => count_up(5), () => count_up(1));
  console.log("sums:", str(sums));
  const empty = await gather();
  console.log("empty gather:", str(empty));
  const [a, b] = await gather(() => fetch_("left", 0.02), () => count_up(4));
  console.log("unpacked:", str(getItem(a, "name")), str(b));
}

await run(main);
