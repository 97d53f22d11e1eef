import { Event, Task, TimeoutError, createTask, gather, getRunningLoop, range, run, sleep, str, waitFor } from "py2ts-async/runtime";

// An Event releases every waiter at once; clear() makes later waiters block again.

async function waiter(name: string, event: Event, log: string[]): Promise<void> {
  console.log(`${name} waiting`);
  await event.wait();
  log.push(name);
  console.log(`${name} released`);
}

async function main(): Promise<void> {
  const event = new Event();
  const log: string[] = [];
  console.log("is_set:", str(event.isSet()));
  const tasks: Task<void>[] = [...range(5)].map((i) => createTask(() => waiter(`w${i}`, event, log)));
  await sleep(10);
  console.log("released so far:", str(log));
  event.set();
  console.log("set, is_set:", str(event.isSet()));
  await gather(...tasks);
  console.log("released:", str(log));

  const result = await event.wait();
  console.log("wait on a set event returns", str(result));
  event.clear();
  console.log("cleared, is_set:", str(event.isSet()));
  const late = createTask(() => waiter("late", event, log));
  await sleep(10);
  console.log("late done:", str(late.done()));
  getRunningLoop().callLater(0.01, () => event.set());
  await late;
  console.log("late done:", str(late.done()));

  try {
    await waitFor(((arg) => () => arg.wait())(new Event()), 0.01);
  } catch (error) {
    if (error instanceof TimeoutError) {
      console.log("never-set event timed out");
    } else {
      throw error;
    }
  }
}

await run(main);
