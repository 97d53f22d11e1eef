import { Task, at, callMethod, createTask, gather, run, sleep, str } from "py2ts-async/runtime";

// Done callbacks run on the loop after the task finishes, before tasks that await it resume.

async function compute(name: string, yields: number): Promise<string> {
  for (let _ = 0; _ < yields; _++) {
    await sleep(0);
  }
  console.log(`${name} returns`);
  return name.toUpperCase();
}

function noisy(task: Task<unknown>): void {
  console.log("removed callback ran");
}

async function awaiter(task: Task<string>, label: string): Promise<void> {
  const result = await task;
  console.log(`${label} resumed with ${result}`);
}

async function main(): Promise<void> {
  const tasks: Task<string>[] = [];
  let name!: string;
  let yields!: number;
  for ([name, yields] of ([["a", 2], ["b", 0], ["c", 1], ["d", 3], ["e", 1]] as [string, number][])) {
    const task = createTask(((name, yields) => () => compute(name, yields))(name, yields));
    task.addDoneCallback(((n_default: string) => (t: unknown, n: string = n_default) => console.log(`callback 1 for ${n}: ${str(callMethod(t, "result", []))}`))(name));
    task.addDoneCallback(((n_default2: string) => (t: unknown, n: string = n_default2) => console.log(`callback 2 for ${n}`))(name));
    tasks.push(task);
  }
  const watchers: Task<void>[] = ([0, 3] as [number, number]).map((i) => createTask(((arg) => () => awaiter(arg, `watcher${i}`))(at(tasks, i))));
  at(tasks, 4).addDoneCallback(noisy);
  console.log("removed callbacks:", at(tasks, 4).removeDoneCallback(noisy));
  await gather(...tasks, ...watchers);
  console.log("all done");
  const finished = at(tasks, 1);
  finished.addDoneCallback((t: unknown) => console.log("late callback for a finished task"));
  console.log("added late callback");
  await sleep(0);
  console.log("end");
}

await run(main);
