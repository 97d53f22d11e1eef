import { TimeoutError, callMethod, eq, excInfo, getRunningLoop, print, run, sleep, str, timeoutAt } from "py2ts-async/runtime";

// asyncio.timeout_at with deadlines from loop.time(), shared across several awaits.

async function poll(name: string, interval: number, results: string[]): Promise<void> {
  let count = 0;
  while (true) {
    await sleep(interval * 1000);
    count += 1;
    results.push(`${name}${count}`);
  }
}

async function main(): Promise<void> {
  const loop = getRunningLoop();
  const deadline = loop.time() + 0.2;
  const done: string[] = [];
  const manager = timeoutAt(deadline);
  const cm: unknown = await manager.__aenter__();
  let failed = false;
  try {
    await sleep(20);
    done.push("first");
    await sleep(20);
    done.push("second");
  } catch (error) {
    failed = true;
    await manager.__aexit__(...excInfo(error));
    throw error;
  } finally {
    if (!failed) {
      await manager.__aexit__(null, null, null);
    }
  }
  print(["within deadline:", done, callMethod(cm, "expired", [])]);
  console.log("when matches deadline:", str(eq(callMethod(cm, "when", []), deadline)));

  const results: string[] = [];
  try {
    const manager2 = timeoutAt(loop.time() + 0.5);
    await manager2.__aenter__();
    let failed2 = false;
    try {
      await poll("p", 0.2, results);
    } catch (error3) {
      failed2 = true;
      await manager2.__aexit__(...excInfo(error3));
      throw error3;
    } finally {
      if (!failed2) {
        await manager2.__aexit__(null, null, null);
      }
    }
  } catch (error2) {
    if (error2 instanceof TimeoutError) {
      console.log("poll stopped after", results.length, "ticks:", str(results));
    } else {
      throw error2;
    }
  }

  try {
    const manager3 = timeoutAt(loop.time() - 1);
    await manager3.__aenter__();
    let failed3 = false;
    try {
      console.log("body starts even when the deadline has passed");
      await sleep(0);
      console.log("not reached");
    } catch (error5) {
      failed3 = true;
      await manager3.__aexit__(...excInfo(error5));
      throw error5;
    } finally {
      if (!failed3) {
        await manager3.__aexit__(null, null, null);
      }
    }
  } catch (error4) {
    if (error4 instanceof TimeoutError) {
      console.log("past deadline: TimeoutError");
    } else {
      throw error4;
    }
  }
}

await run(main);
