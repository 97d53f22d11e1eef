import { CancelledError, TimeoutError, createTask, pyType, run, sleep, str, waitFor } from "py2ts-async/runtime";

// wait_for cancels the inner task when the timeout expires; its finally block still runs.

async function download(name: string, seconds: number): Promise<string> {
  console.log(`${name}: downloading`);
  try {
    await sleep(seconds * 1000);
    console.log(`${name}: complete`);
    return `${name}-data`;
  } catch (error) {
    if (error instanceof CancelledError) {
      console.log(`${name}: cancelled`);
      throw error;
    } else {
      throw error;
    }
  } finally {
    console.log(`${name}: cleanup`);
  }
}

async function main(): Promise<void> {
  const result = await waitFor(() => download("small", 0.01), 0.5);
  console.log("got", result);
  try {
    await waitFor(() => download("huge", 1.0), 0.05);
  } catch (error2) {
    if (error2 instanceof TimeoutError) {
      console.log("huge timed out");
    } else {
      throw error2;
    }
  }
  try {
    await waitFor(() => download("big", 1.0), 0.02);
  } catch (exc) {
    if (exc instanceof TimeoutError) {
      console.log("TimeoutError is asyncio.TimeoutError:", str(TimeoutError === TimeoutError), pyType(exc).__name__);
    } else {
      throw exc;
    }
  }
  const task = createTask(() => download("task", 1.0));
  try {
    await waitFor(task, 0.02);
  } catch (error3) {
    if (error3 instanceof TimeoutError) {
      console.log("task cancelled:", str(task.cancelled()));
    } else {
      throw error3;
    }
  }
  console.log("no timeout:", await waitFor(() => download("none", 0.01), null));
}

await run(main);
