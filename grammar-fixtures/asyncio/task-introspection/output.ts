import { AssertionError, CancelledError, InvalidStateError, Task, ValueError, allTasks, createTask, currentTask, print, repr, run, sleep, sorted, str } from "py2ts-async/runtime";

// Inspecting tasks: done, result, exception, cancelled, names, done callbacks, current_task, all_tasks.

async function succeed(value: number): Promise<number> {
  await sleep(10);
  return value;
}

async function fail(): Promise<number> {
  await sleep(10);
  throw new ValueError("bad value");
}

async function sleeper(): Promise<void> {
  await sleep(10000);
}

function report(task: Task<unknown>): void {
  if (task.cancelled()) {
    console.log(`callback: ${task.getName()} cancelled`);
  } else if (task.exception() !== null) {
    console.log(`callback: ${task.getName()} failed with ${repr(task.exception())}`);
  } else {
    console.log(`callback: ${task.getName()} returned ${str(task.result())}`);
  }
}

async function main(): Promise<void> {
  const me = currentTask();
  if (!(me !== null)) {
    throw new AssertionError();
  }
  me.setName("main-task");
  console.log("current:", me.getName());
  const ok = createTask(() => succeed(7), { name: "ok" });
  const bad = createTask(() => fail(), { name: "bad" });
  const slow = createTask(() => sleeper(), { name: "slow" });
  for (const t of ([ok, bad, slow] as [Task<number>, Task<number>, Task<void>])) {
    t.addDoneCallback(report);
  }
  const names = sorted([...allTasks()].map((t) => t.getName()));
  console.log("all tasks:", str(names));
  console.log("ok done before:", str(ok.done()));
  try {
    ok.result();
  } catch (error) {
    if (error instanceof InvalidStateError) {
      console.log("result() before completion: InvalidStateError");
    } else {
      throw error;
    }
  }
  await sleep(300); // well after ok and bad finish, even on a loaded machine
  slow.cancel();
  await sleep(0);
  print(["ok:", ok.done(), ok.result(), ok.exception()]);
  print(["bad:", bad.done(), repr(bad.exception())]);
  try {
    bad.result();
  } catch (exc) {
    if (exc instanceof ValueError) {
      console.log("bad.result() raised", str(exc));
    } else {
      throw exc;
    }
  }
  console.log("slow cancelled:", str(slow.cancelled()));
  try {
    slow.exception();
  } catch (error2) {
    if (error2 instanceof CancelledError) {
      console.log("slow.exception() raised CancelledError");
    } else {
      throw error2;
    }
  }
  slow.setName("renamed");
  console.log("renamed:", slow.getName());
  console.log("remaining:", str([...allTasks()].map((t) => t.getName())));
}

await run(main);
