import { Task, createTask, run, sleep, str } from "py2ts-async/runtime";

// Tasks start only when their creator yields; names come from name= or the default counter.

async function job(label: string): Promise<string> {
  console.log(`${label}: started`);
  await sleep(0);
  console.log(`${label}: resumed`);
  return label.repeat(2);
}

async function main(): Promise<void> {
  console.log("main: creating tasks");
  const tasks: Task<string>[] = [];
  for (const label of ["a", "b", "c", "d", "e"]) {
    const task = createTask(() => job(label), { name: `job-${label}` });
    tasks.push(task);
    console.log(`main: created ${task.getName()}`);
  }
  console.log("main: none started yet");
  await sleep(0);
  console.log("main: after first yield");
  await sleep(0);
  console.log("main: after second yield");
  const done: string[] = tasks.filter((t) => t.done()).map((t) => t.getName());
  console.log("main: done tasks", str(done));
  console.log("main: results", str(tasks.map((t) => t.result())));
  const late = createTask(() => job("z"));
  console.log("main: late task created, done =", str(late.done()));
  console.log("main: late result", await late);
}

await run(main);
