import { CancelledError, ClientSession, Task, TimeoutError, createTask, excInfo, gatherWith, run, sleep, str, timeout, waitFor } from "py2ts-async/runtime";

// Cancelling tasks that are in the middle of HTTP requests: wait_for, task.cancel and asyncio.timeout.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function download(session: ClientSession, name: string, path: string): Promise<string> {
  console.log(`${name}: requesting ${path}`);
  try {
    const resp = await session.get(BASE + path);
    try {
      const body = await resp.text();
      console.log(`${name}: received ${body.length} bytes`);
      return body.trim();
    } finally {
      resp.release();
    }
  } catch (error) {
    if (error instanceof CancelledError) {
      console.log(`${name}: cancelled`);
      throw error;
    } else {
      throw error;
    }
  } finally {
    console.log(`${name}: finally`);
  }
}

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    try {
      await waitFor(() => download(session, "wait_for", "/delay/500"), 0.05);
    } catch (error2) {
      if (error2 instanceof TimeoutError) {
        console.log("wait_for timed out");
      } else {
        throw error2;
      }
    }

    const delays: number[] = [50, 100, 1500, 2000, 2500];
    const tasks: Task<string>[] = [...delays.entries()].map(([i, ms]) => createTask(() => download(session, `t${i}`, `/delay/${ms}`)));
    await sleep(600);
    for (const t of tasks) {
      if (!t.done()) {
        t.cancel();
      }
    }
    const results = await gatherWith({ returnExceptions: true }, ...tasks);
    console.log("results:", str(results.map((r) => typeof r === "string" ? r : "cancelled")));

    try {
      const manager = timeout(0.05);
      await manager.__aenter__();
      let failed = false;
      try {
        await download(session, "body", "/slow?delay=500");
      } catch (error4) {
        failed = true;
        await manager.__aexit__(...excInfo(error4));
        throw error4;
      } finally {
        if (!failed) {
          await manager.__aexit__(null, null, null);
        }
      }
    } catch (error3) {
      if (error3 instanceof TimeoutError) {
        console.log("body read interrupted by asyncio.timeout");
      } else {
        throw error3;
      }
    }

    console.log("after cancellations:", await download(session, "final", "/hello"));
  } finally {
    await session.close();
  }
}

await run(main);
