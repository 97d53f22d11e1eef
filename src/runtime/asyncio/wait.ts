/**
 * `asyncio.wait_for`, `asyncio.wait`, `asyncio.as_completed` (Python 3.11 tasks.py semantics).
 * Timeouts are in seconds, as in Python.
 */
import { TimeoutError, TypeError, ValueError } from "../exceptions";
import { CancelledError } from "./errors";
import { Future, asyncioDeliver, asyncioForwardThen, asyncioReleaseWaiter, isFuture } from "./future";
import type { AsyncioBox } from "./future";
import { BaseEventLoop, TimerHandle, asyncioEventLoopBase, asyncioRequireRunningLoop } from "./loop";
import { Queue } from "./queues";
import { ensureFuture } from "./task";
import type { AsyncioAwaitable } from "./task";

export const FIRST_COMPLETED = "FIRST_COMPLETED";
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
export const ALL_COMPLETED = "ALL_COMPLETED";
export type ReturnWhen = typeof FIRST_COMPLETED | typeof FIRST_EXCEPTION | typeof ALL_COMPLETED;

/** tasks._cancel_and_wait: cancels `fut` and waits until it is done (it may refuse to be cancelled). */
async function asyncioCancelAndWait(fut: Future<unknown>, loop: BaseEventLoop): Promise<void> {
  const waiter = new Future<null>({ loop });
  const cb = (): void => asyncioReleaseWaiter(waiter);
  fut._addDoneCallbackInternal(cb, false);
  try {
    fut.cancel();
    await waiter;
  } finally {
    fut.removeDoneCallback(cb);
  }
}

function asyncioTimeoutFrom(error: unknown): unknown {
  if (error instanceof CancelledError) return new TimeoutError().withCause(error);
  return error;
}

/**
 * `await asyncio.wait_for(aw, timeout)`: on timeout the inner task is cancelled, waited for, and
 * TimeoutError is raised; cancelling the caller cancels the inner task too. `timeout` null waits
 * without limit (a coroutine is then awaited inline, without a task, as in CPython).
 */
export function waitFor<T>(aw: AsyncioAwaitable<T>, timeout: number | null): Promise<T> {
  return asyncioDeliver(asyncioWaitForBoxed(aw, timeout));
}

async function asyncioWaitForBoxed<T>(aw: AsyncioAwaitable<T>, timeout: number | null): Promise<AsyncioBox<T>> {
  const loop = asyncioRequireRunningLoop();
  if (timeout === null || timeout === undefined) {
    if (typeof aw === "function") return { value: await aw() };
    return { value: await aw };
  }
  if (timeout <= 0) {
    const fut = ensureFuture(aw, { loop });
    if (fut.done()) return { value: fut.result() };
    await asyncioCancelAndWait(fut, loop);
    try {
      return { value: fut.result() };
    } catch (error) {
      throw asyncioTimeoutFrom(error);
    }
  }
  const waiter = new Future<null>({ loop });
  const timeoutHandle = loop._callAtInternal(loop.time() + timeout, asyncioReleaseWaiter as (...args: unknown[]) => unknown, [waiter], false);
  const cb = (): void => asyncioReleaseWaiter(waiter);
  const fut = ensureFuture(aw, { loop });
  fut._addDoneCallbackInternal(cb, false);
  try {
    try {
      await waiter;
    } catch (error) {
      if (!(error instanceof CancelledError)) throw error;
      if (fut.done()) return { value: fut.result() };
      fut.removeDoneCallback(cb);
      await asyncioCancelAndWait(fut, loop);
      throw error;
    }
    if (fut.done()) return { value: fut.result() };
    fut.removeDoneCallback(cb);
    await asyncioCancelAndWait(fut, loop);
    try {
      return { value: fut.result() };
    } catch (error) {
      throw asyncioTimeoutFrom(error);
    }
  } finally {
    timeoutHandle.cancel();
  }
}

export interface WaitOptions {
  /** Seconds; null for no limit. On expiry `wait` returns (it does not raise). */
  timeout?: number | null;
  returnWhen?: ReturnWhen;
}

/**
 * `done, pending = await asyncio.wait(aws, timeout=None, return_when=ALL_COMPLETED)`: resolves to
 * `[done, pending]`. As in 3.11, coroutines are refused (pass tasks).
 */
export async function wait<F extends Future<unknown>>(fs: Iterable<F>, options?: WaitOptions): Promise<[Set<F>, Set<F>]> {
  if (isFuture(fs) || typeof fs === "function") throw new TypeError(`expect a list of futures, not ${isFuture(fs) ? fs._pyClassName() : "coroutine"}`);
  const items = [...fs];
  if (items.length === 0) throw new ValueError("Set of Tasks/Futures is empty.");
  const returnWhen = options?.returnWhen ?? ALL_COMPLETED;
  if (returnWhen !== FIRST_COMPLETED && returnWhen !== FIRST_EXCEPTION && returnWhen !== ALL_COMPLETED) throw new ValueError(`Invalid return_when value: ${String(returnWhen)}`);
  const unique = new Set<F>(items);
  for (const f of unique) {
    if (!isFuture(f)) throw new TypeError("Passing coroutines is forbidden, use tasks explicitly.");
  }
  const loop = asyncioRequireRunningLoop();
  return asyncioWaitImpl(unique, options?.timeout ?? null, returnWhen, loop);
}

async function asyncioWaitImpl<F extends Future<unknown>>(fs: Set<F>, timeout: number | null, returnWhen: ReturnWhen, loop: BaseEventLoop): Promise<[Set<F>, Set<F>]> {
  const waiter = new Future<null>({ loop });
  let timeoutHandle: TimerHandle | null = null;
  if (timeout !== null) timeoutHandle = loop._callAtInternal(loop.time() + timeout, asyncioReleaseWaiter as (...args: unknown[]) => unknown, [waiter], false);
  let counter = fs.size;
  const onCompletion = (f: F): void => {
    counter--;
    if (counter <= 0 || returnWhen === FIRST_COMPLETED || (returnWhen === FIRST_EXCEPTION && !f.cancelled() && f.exception() !== null)) {
      if (timeoutHandle !== null) timeoutHandle.cancel();
      if (!waiter.done()) waiter.setResult(null);
    }
  };
  for (const f of fs) f._addDoneCallbackInternal(onCompletion, false);
  try {
    await waiter;
  } finally {
    if (timeoutHandle !== null) timeoutHandle.cancel();
    for (const f of fs) f.removeDoneCallback(onCompletion);
  }
  const done = new Set<F>();
  const pending = new Set<F>();
  for (const f of fs) {
    if (f.done()) done.add(f);
    else pending.add(f);
  }
  return [done, pending];
}

/** A coroutine-like awaitable: its body starts when it is first awaited (like a coroutine object). */
export class AsyncioLazyAwaitable<T> implements PromiseLike<T> {
  private started: Promise<T> | null = null;
  private readonly start: () => Promise<T>;

  constructor(start: () => Promise<T>) {
    this.start = start;
  }

  then<R1 = T, R2 = never>(onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
    if (this.started === null) this.started = this.start();
    const started = this.started;
    return asyncioForwardThen<T, R1, R2>((onValue, onError) => {
      started.then(onValue, onError);
    }, onfulfilled, onrejected);
  }
}

export interface AsCompletedOptions {
  timeout?: number | null;
}

/**
 * `for f in asyncio.as_completed(aws, timeout=None): r = await f` — the returned awaitables give the
 * results (or raise the exceptions) in completion order; TimeoutError once the timeout expires.
 * The inputs are wrapped in tasks in argument order (CPython iterates a set: arbitrary order).
 */
export function asCompleted<T>(fs: Iterable<AsyncioAwaitable<T>>, options?: AsCompletedOptions): AsyncioLazyAwaitable<T>[] {
  if (isFuture(fs) || typeof fs === "function") throw new TypeError(`expect an iterable of futures, not ${isFuture(fs) ? fs._pyClassName() : "coroutine"}`);
  const timeout = options?.timeout ?? null;
  const done = new Queue<Future<T> | null>();
  const loop = asyncioEventLoopBase();
  const todo = new Set<Future<T>>();
  for (const aw of new Set(fs)) todo.add(ensureFuture(aw, { loop }));
  let timeoutHandle: TimerHandle | null = null;

  const onCompletion = (f: Future<T>): void => {
    if (todo.size === 0) return;
    todo.delete(f);
    done.putNowait(f);
    if (todo.size === 0 && timeoutHandle !== null) timeoutHandle.cancel();
  };
  const onTimeout = (): void => {
    for (const f of todo) {
      f.removeDoneCallback(onCompletion);
      done.putNowait(null);
    }
    todo.clear();
  };
  const waitForOne = async (): Promise<AsyncioBox<T>> => {
    // The queue holds futures: TypeScript types `await` as if they were flattened; they are not.
    const f = (await done.get()) as unknown as Future<T> | null;
    if (f === null) throw new TimeoutError();
    return { value: f.result() };
  };

  for (const f of todo) f._addDoneCallbackInternal(onCompletion, false);
  if (todo.size > 0 && timeout !== null) timeoutHandle = loop._callAtInternal(loop.time() + timeout, onTimeout, [], false);
  const result: AsyncioLazyAwaitable<T>[] = [];
  for (let i = 0; i < todo.size; i++) result.push(new AsyncioLazyAwaitable(() => asyncioDeliver(waitForOne())));
  return result;
}
