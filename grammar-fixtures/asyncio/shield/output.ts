import { CancelledError, Task, TimeoutError, createTask, gatherWith, print, pyType, range, run, shield, sleep, slice, sorted, str, waitFor } from "py2ts-async/runtime";

// shield protects the inner task from the caller's cancellation and timeout.

async function save(record: string, log: string[]): Promise<string> {
  console.log(`saving ${record}`);
  await sleep(100);
  log.push(record);
  console.log(`saved ${record}`);
  return `${record}:saved`;
}

async function handler(record: string, log: string[]): Promise<string> {
  try {
    return await shield(() => save(record, log));
  } catch (error) {
    if (error instanceof CancelledError) {
      console.log(`handler for ${record} cancelled`);
      throw error;
    } else {
      throw error;
    }
  }
}

async function main(): Promise<void> {
  const log: string[] = [];
  const tasks: Task<string>[] = [...range(5)].map((i) => createTask(() => handler(`r${i}`, log)));
  await sleep(20);
  for (const t of slice(tasks, null, null, 2)) {
    t.cancel();
  }
  const results = await gatherWith({ returnExceptions: true }, ...tasks);
  console.log("results:", str(results.map((r) => typeof r === "string" ? r : pyType(r).__name__)));
  console.log("log right after:", str(sorted(log)));
  await sleep(200);
  console.log("log later:", str(sorted(log)));

  const inner = createTask(() => save("timed", log));
  try {
    await waitFor(shield(inner), 0.02);
  } catch (error2) {
    if (error2 instanceof TimeoutError) {
      print(["timed out, inner done:", inner.done(), "cancelled:", inner.cancelled()]);
    } else {
      throw error2;
    }
  }
  console.log("inner result:", await inner);
}

await run(main);
