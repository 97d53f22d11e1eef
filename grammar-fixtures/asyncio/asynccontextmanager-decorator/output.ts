import { KeyError, ValueError, asynccontextmanager, excInfo, gather, range, repr, run, sleep, str } from "py2ts-async/runtime";

// @asynccontextmanager: setup before yield, teardown in finally, exceptions thrown in at the yield.

const transaction = asynccontextmanager(async function* transaction(name: string): AsyncGenerator<string[], void, undefined> {
  const ops: string[] = [];
  console.log(`${name}: begin`);
  await sleep(10);
  try {
    yield ops;
    console.log(`${name}: commit ${str(ops)}`);
  } catch (exc) {
    if (exc instanceof ValueError) {
      console.log(`${name}: rollback because ${str(exc)}`);
    } else {
      throw exc;
    }
  } finally {
    await sleep(0);
    console.log(`${name}: end`);
  }
});

const timer = asynccontextmanager(async function* timer(label: string): AsyncGenerator<null, void, undefined> {
  console.log(`${label}: start`);
  yield null;
  console.log(`${label}: stop`);
});

async function job(i: number): Promise<void> {
  const manager = transaction(`job${i}`);
  const ops: string[] = await manager.__aenter__();
  let failed = false;
  try {
    ops.push(`insert ${i}`);
    await sleep(0.04 * (3 - i) * 1000);
    ops.push(`update ${i}`);
  } catch (error) {
    failed = true;
    if (!await manager.__aexit__(...excInfo(error))) {
      throw error;
    }
  } finally {
    if (!failed) {
      await manager.__aexit__(null, null, null);
    }
  }
}

async function main(): Promise<void> {
  const manager2 = transaction("t1");
  let ops: string[] = await manager2.__aenter__();
  let failed2 = false;
  try {
    ops.push("insert");
  } catch (error2) {
    failed2 = true;
    if (!await manager2.__aexit__(...excInfo(error2))) {
      throw error2;
    }
  } finally {
    if (!failed2) {
      await manager2.__aexit__(null, null, null);
    }
  }
  const manager3 = transaction("t2");
  ops = await manager3.__aenter__();
  let failed3 = false;
  try {
    ops.push("insert");
    throw new ValueError("bad row");
  } catch (error3) {
    failed3 = true;
    if (!await manager3.__aexit__(...excInfo(error3))) {
      throw error3;
    }
  } finally {
    if (!failed3) {
      await manager3.__aexit__(null, null, null);
    }
  }
  console.log("after t2 (ValueError suppressed by the generator)");
  try {
    const manager4 = transaction("t3");
    ops = await manager4.__aenter__();
    let failed4 = false;
    try {
      throw new KeyError("other");
    } catch (error4) {
      failed4 = true;
      if (!await manager4.__aexit__(...excInfo(error4))) {
        throw error4;
      }
    } finally {
      if (!failed4) {
        await manager4.__aexit__(null, null, null);
      }
    }
  } catch (exc) {
    if (exc instanceof KeyError) {
      console.log("t3 propagated", repr(exc));
    } else {
      throw exc;
    }
  }
  const manager6 = timer("outer");
  await manager6.__aenter__();
  let failed6 = false;
  try {
    const manager5 = timer("inner");
    await manager5.__aenter__();
    let failed5 = false;
    try {
      console.log("working");
    } catch (error5) {
      failed5 = true;
      if (!await manager5.__aexit__(...excInfo(error5))) {
        throw error5;
      }
    } finally {
      if (!failed5) {
        await manager5.__aexit__(null, null, null);
      }
    }
  } catch (error6) {
    failed6 = true;
    if (!await manager6.__aexit__(...excInfo(error6))) {
      throw error6;
    }
  } finally {
    if (!failed6) {
      await manager6.__aexit__(null, null, null);
    }
  }
  await gather(...[...range(3)].map((i) => () => job(i)));
}

await run(main);
