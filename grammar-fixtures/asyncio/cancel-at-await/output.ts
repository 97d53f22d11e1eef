import { CancelledError, Task, createTask, getItem, print, range, run, sleep } from "py2ts-async/runtime";

// Cancellation arrives as CancelledError at the await the task is suspended in; finally blocks run.

async function stage(name: string, pause: number): Promise<void> {
  console.log(`${name}: stage 1`);
  await sleep(40);
  console.log(`${name}: stage 2`);
  await sleep(pause * 1000);
  console.log(`${name}: stage 3`);
}

async function service(name: string, pause: number, events: string[]): Promise<void> {
  try {
    await stage(name, pause);
    events.push(`${name} finished`);
  } catch (error) {
    if (error instanceof CancelledError) {
      events.push(`${name} cancelled`);
      throw error;
    } else {
      throw error;
    }
  } finally {
    events.push(`${name} finally`);
  }
}

async function main(): Promise<void> {
  const events: string[] = [];
  const tasks: Map<string, Task<void>> = new Map([...range(1, 6)].map((i) => [`s${i}`, createTask(() => service(`s${i}`, 0.2 * i, events))] as const));
  await sleep(120);
  getItem(tasks, "s2").cancel();
  getItem(tasks, "s4").cancel();
  console.log("cancel requested");
  await sleep(0);
  print(["s2 cancelled:", getItem(tasks, "s2").cancelled(), "s1 cancelled:", getItem(tasks, "s1").cancelled()]);
  for (const [name, task] of tasks.entries()) {
    try {
      await task;
      console.log(`${name} ok`);
    } catch (error2) {
      if (error2 instanceof CancelledError) {
        console.log(`${name} raised CancelledError`);
      } else {
        throw error2;
      }
    }
  }
  for (const event of events) {
    console.log(event);
  }
}

await run(main);
