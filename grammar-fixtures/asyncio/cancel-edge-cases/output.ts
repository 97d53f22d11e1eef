import { BaseException, CancelledError, Exception, createTask, isSubclass, print, pyType, run, sleep, str } from "py2ts-async/runtime";

// Swallowed cancellation, cancel before the first step, cancel(msg), and except Exception vs CancelledError.

async function stubborn(): Promise<string> {
  try {
    await sleep(1000);
  } catch (error) {
    if (error instanceof CancelledError) {
      console.log("stubborn: ignoring cancellation");
    } else {
      throw error;
    }
  }
  await sleep(10);
  return "stubborn finished";
}

async function never_started(): Promise<void> {
  console.log("this line never runs");
}

async function careless(): Promise<string> {
  try {
    await sleep(1000);
  } catch (exc) {
    if (exc instanceof Exception) {
      console.log("careless caught", pyType(exc).__name__);
      return "caught";
    } else {
      throw exc;
    }
  }
  return "slept";
}

async function with_message(): Promise<void> {
  try {
    await sleep(1000);
  } catch (exc) {
    if (exc instanceof CancelledError) {
      console.log("message inside:", str(exc.args, "(?...)"));
      throw exc;
    } else {
      throw exc;
    }
  }
}

async function main(): Promise<void> {
  const t1 = createTask(() => stubborn());
  await sleep(0);
  console.log("cancel() returned", str(t1.cancel()));
  console.log("stubborn result:", await t1, "cancelled:", str(t1.cancelled()));

  const t2 = createTask(() => never_started());
  t2.cancel();
  try {
    await t2;
  } catch (error2) {
    if (error2 instanceof CancelledError) {
      console.log("never_started cancelled before its first step");
    } else {
      throw error2;
    }
  }

  const t3 = createTask(() => careless());
  await sleep(0);
  t3.cancel();
  try {
    console.log("careless returned", await t3);
  } catch (error3) {
    if (error3 instanceof CancelledError) {
      console.log("careless: CancelledError is not an Exception");
    } else {
      throw error3;
    }
  }

  const t4 = createTask(() => with_message());
  await sleep(0);
  t4.cancel("shutting down");
  try {
    await t4;
  } catch (exc) {
    if (exc instanceof CancelledError) {
      console.log("message outside:", str(exc.args, "(?...)"));
    } else {
      throw exc;
    }
  }

  console.log("cancel a finished task:", str(t1.cancel()));
  print(["is BaseException:", isSubclass(CancelledError, BaseException), isSubclass(CancelledError, Exception)]);
}

await run(main);
