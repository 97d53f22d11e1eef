import { ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Task, ValueError, all, createTask, print, repr, run, sleep, sorted, str, wait } from "py2ts-async/runtime";

// asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout (events 75 ms or more apart).

async function job(name: string, delay: number, fail: boolean = false): Promise<string> {
  await sleep(delay * 1000);
  if (fail) {
    throw new ValueError(name);
  }
  return name;
}

function names(tasks: Set<Task<unknown>>): string[] {
  return sorted([...tasks].map((t) => t.getName()));
}

function make(specs: [string, number, boolean][]): Task<unknown>[] {
  return specs.map(([n, d, f]) => createTask(() => job(n, d, f), { name: n }));
}

async function main(): Promise<void> {
  const specs: [string, number, boolean][] = [["a", 0.45, false], ["b", 0.15, false], ["c", 0.75, false], ["d", 0.3, true], ["e", 0.6, false]];

  let [done, pending] = await wait(make(specs), { returnWhen: FIRST_COMPLETED });
  print(["FIRST_COMPLETED done:", names(done), "pending:", names(pending)]);
  for (const t of pending) {
    t.cancel();
  }

  [done, pending] = await wait(make(specs), { returnWhen: FIRST_EXCEPTION });
  print(["FIRST_EXCEPTION done:", names(done), "pending:", names(pending)]);
  for (const t of done) {
    if (t.exception() !== null) {
      console.log("  failed:", t.getName(), repr(t.exception()));
    }
  }
  await wait(pending);

  [done, pending] = await wait(make(specs), { returnWhen: ALL_COMPLETED });
  console.log("ALL_COMPLETED done:", str(names(done)), "pending:", pending.size);
  console.log("  results:", str(sorted([...done].filter((t) => t.exception() === null).map((t) => t.result()))));

  [done, pending] = await wait(make(specs), { timeout: 0.525 });
  print(["timeout done:", names(done), "pending:", names(pending)]);
  console.log("  pending still running:", str(all((function* (): Generator<boolean> { for (const t of pending) { yield !t.done(); } })())));
  for (const t of pending) {
    t.cancel();
  }
  await sleep(0);
}

await run(main);
