import { Future, InvalidStateError, KeyError, createTask, getRunningLoop, print, range, run, sleep, str } from "py2ts-async/runtime";

// Low-level futures: loop.create_future resolved by other tasks with set_result / set_exception.

async function resolve_later(fut: Future<unknown>, value: string, delay: number): Promise<void> {
  await sleep(delay * 1000);
  console.log("resolving with", value);
  fut.setResult(value);
}

async function fail_later(fut: Future<unknown>, delay: number): Promise<void> {
  await sleep(delay * 1000);
  console.log("failing");
  fut.setException(new KeyError("missing"));
}

async function main(): Promise<void> {
  const loop = getRunningLoop();
  const futures: Future<unknown>[] = [...range(5)].map((_) => loop.createFuture());
  for (const [i, fut] of futures.entries()) {
    if (i === 3) {
      createTask(() => fail_later(fut, 0.01 * (5 - i)));
    } else {
      createTask(() => resolve_later(fut, `value-${i}`, 0.01 * (5 - i)));
    }
  }
  console.log("done before:", str(futures.map((f) => f.done())));
  for (const [i, fut] of futures.entries()) {
    try {
      console.log(i, "->", str(await fut));
    } catch (exc) {
      if (exc instanceof KeyError) {
        console.log(i, "-> KeyError", str(exc));
      } else {
        throw exc;
      }
    }
  }
  console.log("done after:", str(futures.map((f) => f.done())));
  const extra = loop.createFuture();
  extra.setResult(1);
  try {
    extra.setResult(2);
  } catch (error) {
    if (error instanceof InvalidStateError) {
      console.log("second set_result: InvalidStateError");
    } else {
      throw error;
    }
  }
  const cancelled = loop.createFuture();
  print(["cancel returns", cancelled.cancel(), "cancelled =", cancelled.cancelled()]);
}

await run(main);
