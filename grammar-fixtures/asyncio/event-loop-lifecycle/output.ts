import { RuntimeError, gather, getEventLoop, getRunningLoop, newEventLoop, print, setEventLoop, sleep, str } from "py2ts-async/runtime";

// Managing event loops by hand: new_event_loop, set_event_loop, run_until_complete twice, close.

async function fetch_value(name: string, delay: number): Promise<string> {
  const loop = getRunningLoop();
  console.log(`${name}: running=${str(loop.isRunning())}`);
  await sleep(delay * 1000);
  return name.toUpperCase();
}

async function main(): Promise<void> {
  const loop = newEventLoop();
  setEventLoop(loop);
  print(["before: running =", loop.isRunning(), "closed =", loop.isClosed()]);
  const first = await loop.runUntilComplete(() => fetch_value("first", 0.01));
  console.log("first result:", first);
  const second = await loop.runUntilComplete(() => fetch_value("second", 0.02));
  console.log("second result:", second);
  const same = getEventLoop() === loop;
  console.log("get_event_loop returns the same loop:", str(same));
  const both = await loop.runUntilComplete(gather(() => fetch_value("a", 0.02), () => fetch_value("b", 0.01)));
  console.log("both:", str(both));
  print(["after: running =", loop.isRunning(), "closed =", loop.isClosed()]);
  loop.close();
  console.log("closed =", str(loop.isClosed()));
  try {
    await loop.runUntilComplete(() => fetch_value("late", 0));
  } catch (exc) {
    if (exc instanceof RuntimeError) {
      console.log("RuntimeError:", str(exc));
    } else {
      throw exc;
    }
  }
}

await main();
