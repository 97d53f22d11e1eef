/**
 * `asyncio.sleep`. The translation converts the delay to milliseconds: `asyncio.sleep(0.05)` becomes
 * `sleep(50)`. `sleep(0)` (or a negative delay) yields exactly one loop iteration, like CPython's
 * bare `yield`: the task's next step is scheduled with `call_soon`, behind every callback already
 * ready, which gives the round-robin between ready tasks.
 */
import { Future, asyncioDeliver, asyncioForwardThen, asyncioSetResultUnlessCancelled } from "./future";
import type { AsyncioBox } from "./future";
import { asyncioRequireRunningLoop, asyncioRunningLoopOrNull, asyncioTaskStorage } from "./loop";
import { Task } from "./task";

/** The awaitable behind `sleep(0)`: suspends the running task for one loop iteration. */
class AsyncioYieldOnce implements PromiseLike<void> {
  then<R1 = void, R2 = never>(onfulfilled?: ((value: void) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
    return asyncioForwardThen<void, R1, R2>(
      (onValue, onError) => {
        const task = asyncioTaskStorage.getStore();
        if (task instanceof Task && task._asyncioYield(() => onValue(), onError)) return;
        const loop = asyncioRunningLoopOrNull();
        if (loop !== null && !loop.isClosed()) loop._callSoonInternal(() => onValue(), [], true);
        else setImmediate(() => onValue());
      },
      onfulfilled,
      onrejected,
    );
  }
}

const asyncioYieldOnceAwaitable = new AsyncioYieldOnce();

async function asyncioSleepBoxed<T>(ms: number, result: T): Promise<AsyncioBox<T>> {
  if (!(ms > 0)) {
    await asyncioYieldOnceAwaitable;
    return { value: result };
  }
  const loop = asyncioRequireRunningLoop();
  const fut = new Future<T>({ loop });
  const handle = loop._callAtInternal(loop.time() + ms / 1000, asyncioSetResultUnlessCancelled as (...args: unknown[]) => unknown, [fut, result], false);
  try {
    await fut;
    return { value: result };
  } finally {
    handle.cancel();
  }
}

/** `await asyncio.sleep(seconds, result)` is `await sleep(seconds * 1000, result)`; cancellable. */
// `Promise<void>` like every coroutine returning None in the output (it resolves to null, Python's None).
export function sleep(ms: number): Promise<void>;
export function sleep<T>(ms: number, result: T): Promise<T>;
export function sleep<T>(ms: number, result?: T): Promise<unknown> {
  return asyncioDeliver(asyncioSleepBoxed<T | null>(ms, result === undefined ? null : result));
}
