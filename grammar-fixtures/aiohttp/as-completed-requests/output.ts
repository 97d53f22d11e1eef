import { ClientSession, FIRST_COMPLETED, asCompleted, createTask, enumerate, gatherWith, getItem, run, str, wait } from "py2ts-async/runtime";

// Requests with different server delays, handled in completion order with as_completed.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function timed(session: ClientSession, label: string, ms: number): Promise<[string, number]> {
  const resp = await session.get(`${BASE}/delay/${ms}`);
  try {
    const data = await resp.json();
    return [label, getItem(data, "delay_ms") as number];
  } finally {
    resp.release();
  }
}

async function main(): Promise<void> {
  const plan: Map<string, number> = new Map([["slow", 480], ["fast", 20], ["medium", 240], ["quick", 120], ["lazy", 360]]);
  const session = new ClientSession();
  try {
    for (const [position, fut] of enumerate(asCompleted([...plan.entries()].map(([k, v]) => () => timed(session, k, v))), 1)) {
      const [label, ms] = await fut;
      console.log(`${position}. ${label} (${ms} ms)`);
    }

    const first = createTask(() => timed(session, "first", 20));
    const second = createTask(() => timed(session, "second", 600));
    const [done, pending] = await wait(new Set([first, second]), { returnWhen: FIRST_COMPLETED });
    console.log("winner:", str([...done].map((t) => t.result()), "[(?,?)]"), "still pending:", pending.size);
    for (const t of pending) {
      t.cancel();
    }
    await gatherWith({ returnExceptions: true }, ...pending);
    console.log("second cancelled:", str(second.cancelled()));
  } finally {
    await session.close();
  }
}

await run(main);
