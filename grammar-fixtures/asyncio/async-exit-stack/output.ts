import { AsyncExitStack, RuntimeError, asynccontextmanager, excInfo, run, sleep, str } from "py2ts-async/runtime";

// AsyncExitStack: a dynamic number of async context managers, callbacks, exits in reverse order.

const resource = asynccontextmanager(async function* resource(name: string): AsyncGenerator<string, void, undefined> {
  await sleep(10);
  console.log(`acquire ${name}`);
  try {
    yield name.toUpperCase();
  } finally {
    console.log(`release ${name}`);
  }
});

async function notify(message: string): Promise<void> {
  await sleep(0);
  console.log("callback:", message);
}

async function main(): Promise<void> {
  const names: string[] = ["db", "cache", "queue"];
  const manager = new AsyncExitStack();
  let stack: AsyncExitStack = await manager.__aenter__();
  let failed = false;
  try {
    const handles: string[] = await (async () => { const result: string[] = []; for (const n of names) { result.push(await stack.enterAsyncContext(resource(n))); } return result; })();
    stack.pushAsyncCallback(notify, "stack closing");
    console.log("handles:", str(handles));
  } catch (error2) {
    failed = true;
    if (!await manager.__aexit__(...excInfo(error2))) {
      throw error2;
    }
  } finally {
    if (!failed) {
      await manager.__aexit__(null, null, null);
    }
  }

  try {
    const manager2 = new AsyncExitStack();
    stack = await manager2.__aenter__();
    let failed2 = false;
    try {
      await stack.enterAsyncContext(resource("first"));
      await stack.enterAsyncContext(resource("second"));
      throw new RuntimeError("failure inside");
    } catch (error3) {
      failed2 = true;
      if (!await manager2.__aexit__(...excInfo(error3))) {
        throw error3;
      }
    } finally {
      if (!failed2) {
        await manager2.__aexit__(null, null, null);
      }
    }
  } catch (exc) {
    if (exc instanceof RuntimeError) {
      console.log("caught:", str(exc));
    } else {
      throw exc;
    }
  }

  stack = new AsyncExitStack();
  await stack.enterAsyncContext(resource("kept"));
  const moved = stack.popAll();
  await stack.aclose();
  console.log("original stack closed, moved stack still open");
  await moved.aclose();
}

await run(main);
