import { CancelledError, TimeoutError, excInfo, gather, run, sleep, str, timeout, waitFor } from "py2ts-async/runtime";

// Timeouts racing other work (events at least 60 ms apart, so a loaded machine keeps the order): wait_for and timeout() expiring between other tasks' timer wake-ups.

async function heartbeat(log: string[]): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await sleep(120);
    log.push(`hb${i}`);
    console.log(`heartbeat ${i}`);
  }
}

async function slow_call(name: string, seconds: number): Promise<string> {
  try {
    await sleep(seconds * 1000);
    console.log(`${name} completed`);
    return name;
  } catch (error) {
    if (error instanceof CancelledError) {
      console.log(`${name} cancelled by timeout`);
      throw error;
    } else {
      throw error;
    }
  }
}

async function caller(name: string, seconds: number, limit: number): Promise<string> {
  try {
    return await waitFor(() => slow_call(name, seconds), limit);
  } catch (error2) {
    if (error2 instanceof TimeoutError) {
      return `${name} timed out`;
    } else {
      throw error2;
    }
  }
}

async function block_caller(name: string, seconds: number, limit: number): Promise<string> {
  try {
    const manager = timeout(limit);
    await manager.__aenter__();
    let failed = false;
    try {
      return await slow_call(name, seconds);
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
      return `${name} expired`;
    } else {
      throw error3;
    }
  }
}

async function main(): Promise<void> {
  const log: string[] = [];
  const results = await gather(() => heartbeat(log), () => caller("c1", 0.06, 0.3), () => caller("c2", 0.42, 0.18), () => block_caller("b1", 0.54, 0.3), () => block_caller("b2", 0.42, 0.66), () => caller("c3", 0.78, 0.9));
  console.log("results:", str(results.slice(1)));
  console.log("heartbeats:", str(log));
}

await run(main);
