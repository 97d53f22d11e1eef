import { CancelledError, TimeoutError, callMethod, excInfo, getRunningLoop, print, run, sleep, str, timeout } from "py2ts-async/runtime";

// asyncio.timeout(): expiry raises TimeoutError outside the block; when(), reschedule() and nesting.

async function work(label: string, seconds: number): Promise<void> {
  try {
    await sleep(seconds * 1000);
    console.log(`${label} finished`);
  } finally {
    console.log(`${label} cleanup`);
  }
}

async function main(): Promise<void> {
  try {
    const manager = timeout(0.02);
    await manager.__aenter__();
    let failed = false;
    try {
      await work("slow", 1);
    } catch (error3) {
      failed = true;
      await manager.__aexit__(...excInfo(error3));
      throw error3;
    } finally {
      if (!failed) {
        await manager.__aexit__(null, null, null);
      }
    }
    console.log("not reached");
  } catch (error2) {
    if (error2 instanceof TimeoutError) {
      console.log("slow: timed out");
    } else {
      throw error2;
    }
  }

  const manager2 = timeout(1);
  let cm: unknown = await manager2.__aenter__();
  let failed2 = false;
  try {
    await work("fast", 0.01);
  } catch (error4) {
    failed2 = true;
    await manager2.__aexit__(...excInfo(error4));
    throw error4;
  } finally {
    if (!failed2) {
      await manager2.__aexit__(null, null, null);
    }
  }
  console.log("fast expired:", str(callMethod(cm, "expired", [])));

  const manager3 = timeout(null);
  cm = await manager3.__aenter__();
  let failed3 = false;
  try {
    console.log("when is None:", str(callMethod(cm, "when", []) === null));
    const loop = getRunningLoop();
    callMethod(cm, "reschedule", [loop.time() + 0.02]);
    console.log("rescheduled:", str(callMethod(cm, "when", []) !== null));
    try {
      await work("rescheduled", 1);
    } catch (error5) {
      if (error5 instanceof CancelledError) {
        console.log("inside: cancelled");
        throw error5;
      } else {
        throw error5;
      }
    }
  } catch (error6) {
    failed3 = true;
    await manager3.__aexit__(...excInfo(error6));
    throw error6;
  } finally {
    if (!failed3) {
      await manager3.__aexit__(null, null, null);
    }
  }
  console.log("never printed");
}

async function outer(): Promise<void> {
  try {
    await main();
  } catch (error7) {
    if (error7 instanceof TimeoutError) {
      console.log("rescheduled timeout raised");
    } else {
      throw error7;
    }
  }
  let out!: unknown;
  try {
    const manager5 = timeout(0.05);
    out = await manager5.__aenter__();
    let failed5 = false;
    try {
      let inner!: unknown;
      try {
        const manager4 = timeout(0.01);
        inner = await manager4.__aenter__();
        let failed4 = false;
        try {
          await work("nested", 1);
        } catch (error10) {
          failed4 = true;
          await manager4.__aexit__(...excInfo(error10));
          throw error10;
        } finally {
          if (!failed4) {
            await manager4.__aexit__(null, null, null);
          }
        }
      } catch (error9) {
        if (error9 instanceof TimeoutError) {
          print(["inner expired:", callMethod(inner, "expired", []), "outer expired:", callMethod(out, "expired", [])]);
        } else {
          throw error9;
        }
      }
      await work("after inner", 1);
    } catch (error11) {
      failed5 = true;
      await manager5.__aexit__(...excInfo(error11));
      throw error11;
    } finally {
      if (!failed5) {
        await manager5.__aexit__(null, null, null);
      }
    }
  } catch (error8) {
    if (error8 instanceof TimeoutError) {
      console.log("outer expired:", str(callMethod(out, "expired", [])));
    } else {
      throw error8;
    }
  }
}

await run(outer);
