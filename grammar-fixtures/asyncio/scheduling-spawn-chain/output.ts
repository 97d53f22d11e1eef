import { Task, all, createTask, run, sleep, str, sum } from "py2ts-async/runtime";

// Tasks that spawn tasks: each generation starts only after the current one yields.

const spawned: Task<unknown>[] = [];

async function node(name: string, depth: number): Promise<number> {
  console.log(`${name} start`);
  if (depth > 0) {
    for (const child of (["L", "R"] as [string, string])) {
      spawned.push(createTask(() => node(name + child, depth - 1)));
    }
    console.log(`${name} spawned children`);
  }
  await sleep(0);
  console.log(`${name} end`);
  return depth;
}

async function main(): Promise<void> {
  const root = createTask(() => node("n", 2));
  console.log("root created");
  await root;
  console.log("root finished; spawned so far:", spawned.length);
  while (!all((function* (): Generator<boolean> { for (const t of spawned) { yield t.done(); } })())) {
    await sleep(0);
  }
  console.log("all finished:", str(sum(spawned.map((t) => t.result()))));
}

await run(main);
