import { gather, range, run, sleep, str } from "py2ts-async/runtime";

// Nested gathers: children of an inner gather start after the outer ones that were created earlier.

async function leaf(name: string, yields: number): Promise<string> {
  console.log(`leaf ${name} start`);
  for (let _ = 0; _ < yields; _++) {
    await sleep(0);
  }
  console.log(`leaf ${name} end`);
  return name;
}

async function branch(name: string, leaves: number): Promise<string[]> {
  console.log(`branch ${name} start`);
  const results = await gather(...[...range(leaves)].map((i) => () => leaf(`${name}${i}`, i + 1)));
  console.log(`branch ${name} end`);
  return results;
}

async function main(): Promise<void> {
  const results = await gather(() => branch("A", 2), () => leaf("solo", 1), () => branch("B", 3), () => leaf("tail", 0));
  console.log("results:", str(results));
}

await run(main);
