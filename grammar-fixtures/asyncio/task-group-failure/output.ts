import { CancelledError, ExceptStar, Exception, ExceptionGroup, KeyError, LookupError, RuntimeError, TaskGroup, ValueError, at, excInfo, pyType, repr, run, sleep, sorted, str } from "py2ts-async/runtime";

// A failing child cancels its siblings; the TaskGroup raises an ExceptionGroup handled with except*.

// Siblings are cancelled in an unspecified order, so the names are collected and printed sorted.
const cancelled: string[] = [];

async function worker(name: string, delay: number, error: Exception | null = null): Promise<string> {
  try {
    await sleep(delay * 1000); // delay 0 just yields once: w1, w2 and w5 run in the same loop turn
    if (error !== null) {
      console.log(`${name}: raising ${pyType(error).__name__}`);
      throw error;
    }
    console.log(`${name}: finished`);
    return name;
  } catch (error2) {
    if (error2 instanceof CancelledError) {
      cancelled.push(name);
      throw error2;
    } else {
      throw error2;
    }
  }
}

async function main(): Promise<void> {
  let tg!: TaskGroup;
  try {
    const manager = new TaskGroup();
    tg = await manager.__aenter__();
    let failed = false;
    try {
      tg.createTask(() => worker("w1", 0));
      tg.createTask(((arg) => () => worker("w2", 0, arg))(new ValueError("bad input")));
      tg.createTask(() => worker("w3", 0.05));
      tg.createTask(() => worker("w4", 0.06));
      tg.createTask(((arg2) => () => worker("w5", 0, arg2))(new KeyError("k")));
      console.log("body done");
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
    const groups = new ExceptStar(error3);
    let group = groups.match(ValueError);
    if (group !== null) {
      console.log("ValueErrors:", str(group.exceptions.map((e) => str(e))));
    }
    group = groups.match(KeyError);
    if (group !== null) {
      console.log("KeyErrors:", str(group.exceptions.map((e) => repr(e))));
    }
    groups.reraise();
  }
  console.log("cancelled:", str(sorted(cancelled)));

  try {
    const manager2 = new TaskGroup();
    tg = await manager2.__aenter__();
    let failed2 = false;
    try {
      tg.createTask(((arg3) => () => worker("x1", 0.01, arg3))(new RuntimeError("boom")));
      tg.createTask(() => worker("x2", 0.1));
    } catch (error5) {
      failed2 = true;
      await manager2.__aexit__(...excInfo(error5));
      throw error5;
    } finally {
      if (!failed2) {
        await manager2.__aexit__(null, null, null);
      }
    }
  } catch (eg) {
    if (eg instanceof ExceptionGroup) {
      console.log("caught:", str(eg));
      console.log("message:", eg.groupMessage);
      console.log("count:", eg.exceptions.length, pyType(at(eg.exceptions, 0, "tuple")).__name__);
    } else {
      throw eg;
    }
  }
  console.log("cancelled:", str(sorted(cancelled)));

  try {
    const manager3 = new TaskGroup();
    tg = await manager3.__aenter__();
    let failed3 = false;
    try {
      tg.createTask(() => worker("y1", 0.05));
      await sleep(10);
      throw new LookupError("body failed");
    } catch (error7) {
      failed3 = true;
      await manager3.__aexit__(...excInfo(error7));
      throw error7;
    } finally {
      if (!failed3) {
        await manager3.__aexit__(null, null, null);
      }
    }
  } catch (error6) {
    const groups2 = new ExceptStar(error6);
    let group = groups2.match(LookupError);
    if (group !== null) {
      console.log("body error:", str(group.exceptions, "(?...)"));
    }
    groups2.reraise();
  }
  console.log("cancelled:", str(sorted(cancelled)));
}

await run(main);
