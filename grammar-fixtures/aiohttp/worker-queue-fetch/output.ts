import { ClientSession, Queue, Task, createTask, gather, getItem, range, run, sorted, sum } from "py2ts-async/runtime";

// Three workers share one session and pull user ids from a queue; results are collected by id.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function worker(name: string, session: ClientSession, queue: Queue<number>, results: Map<number, string>): Promise<number> {
  let handled = 0;
  while (true) {
    const user_id = await queue.get();
    try {
      const resp = await session.get(`${BASE}/users/${user_id}`);
      try {
        if (resp.status === 200) {
          results.set(user_id, getItem(await resp.json(), "name") as string);
        } else {
          results.set(user_id, `<${resp.status}>`);
        }
      } finally {
        resp.release();
      }
      handled += 1;
    } finally {
      queue.taskDone();
    }
    if (queue.empty()) {
      return handled;
    }
  }
}

async function main(): Promise<void> {
  const queue: Queue<number> = new Queue();
  for (const user_id of [3, 14, 1, 7, 9, 2, 12, 5]) {
    queue.putNowait(user_id);
  }
  const results: Map<number, string> = new Map();
  let counts!: number[];
  const session = new ClientSession();
  try {
    const workers: Task<number>[] = [...range(3)].map((i) => createTask(() => worker(`w${i}`, session, queue, results)));
    await queue.join();
    counts = await gather(...workers);
  } finally {
    await session.close();
  }
  console.log("handled in total:", sum(counts));
  for (const user_id of sorted(results.keys())) {
    console.log(user_id, getItem(results, user_id));
  }
}

await run(main);
