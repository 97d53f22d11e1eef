import { RuntimeError, Task, at, createTask, gather, run, sleep, str } from "py2ts-async/runtime";

// Without return_exceptions the first error propagates at once, but the other tasks keep running.

const finished: string[] = [];

async function step(name: string, delay: number, fail: boolean = false): Promise<string> {
  await sleep(delay * 1000);
  if (fail) {
    console.log(`${name} failing`);
    throw new RuntimeError(`${name} broke`);
  }
  console.log(`${name} finished`);
  finished.push(name);
  return name;
}

async function main(): Promise<void> {
  const tasks: Task<string>[] = [createTask(() => step("one", 0.04)), createTask(() => step("two", 0.08, true)), createTask(() => step("three", 0.12)), createTask(() => step("four", 0.16, true)), createTask(() => step("five", 0.2))];
  try {
    await gather(...tasks);
  } catch (exc) {
    if (exc instanceof RuntimeError) {
      console.log("gather raised:", str(exc));
    } else {
      throw exc;
    }
  }
  console.log("finished so far:", str(finished));
  console.log("cancelled:", str(tasks.map((t) => t.cancelled())));
  await sleep(300);
  console.log("finished later:", str(finished));
  console.log("done:", str(tasks.map((t) => t.done())));
  console.log("four:", str(at(tasks, 3).exception()));
}

await run(main);
