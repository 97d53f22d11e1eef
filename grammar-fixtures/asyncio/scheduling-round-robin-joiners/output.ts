import { Task, createTask, gather, run, sleep, str, zip } from "py2ts-async/runtime";

// Five tasks take turns with sleep(0); a task created mid-way joins at the back of the ready queue.

const timeline: string[] = [];

async function spinner(name: string, turns: number): Promise<string> {
  for (let turn = 0; turn < turns; turn++) {
    timeline.push(`${name}${turn}`);
    console.log(`${name} turn ${turn}`);
    if (name === "c" && turn === 1) {
      createTask(() => spinner("late", 2));
      console.log("c spawned late");
    }
    await sleep(0);
  }
  console.log(`${name} finished`);
  return name;
}

async function main(): Promise<void> {
  const tasks: Task<string>[] = [...zip("abcde", [3, 1, 4, 2, 3])].map(([n, t]) => createTask(() => spinner(n, t)));
  console.log("main yields");
  await sleep(0);
  console.log("main back after one round");
  const finished = await gather(...tasks);
  console.log("finished:", str(finished));
  await sleep(0);
  await sleep(0);
  console.log("timeline:", timeline.join(" "));
}

await run(main);
