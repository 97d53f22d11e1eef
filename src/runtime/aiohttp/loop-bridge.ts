/**
 * The aiohttp runtime's only contact with the asyncio runtime (`../asyncio/`): everything the HTTP client
 * needs from the event loop goes through the functions below, so that a change of the asyncio API
 * touches this file alone.
 *
 * The client works in two modes:
 * - inside a running asyncio loop (a translated program): every suspension is an asyncio Future, so a
 *   task waiting for the network is blocked on the loop exactly as in CPython; outside outcomes (fetch
 *   results, body data, timers) reach the loop through its ready queue (`awaitExternal`, `call_soon`,
 *   `call_at`); `task.cancel()` / `asyncio.wait_for` cancel the future the task waits on, which aborts
 *   the fetch; aiohttp's own timeouts cancel the task as aiohttp does (`task.cancel()`).
 * - without a loop (plain Node code, unit tests): plain promises and `setTimeout`; each public entry
 *   point runs in a small stand-in task (`aiohttpInTask`) that aiohttp's timeouts can cancel the same
 *   way, so the behaviour (TimeoutError, ServerTimeoutError, cleanup) is the same in both modes.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { BaseException, toPyException } from "../exceptions";
import { CancelledError } from "../asyncio/errors";
import { Future, awaitExternal } from "../asyncio/future";
import { asyncioRunningLoopOrNull, asyncioTaskStorage } from "../asyncio/loop";
import type { BaseEventLoop } from "../asyncio/loop";
import { Task } from "../asyncio/task";

/** The running asyncio loop, or null outside one. */
export function aiohttpRunningLoop(): BaseEventLoop | null {
  const loop = asyncioRunningLoopOrNull();
  return loop !== null && !loop.isClosed() ? loop : null;
}

/** What aiohttp's timers cancel: `asyncio.current_task()` (or the stand-in task outside a loop). */
export interface AiohttpCancellableTask {
  cancel(msg?: unknown): boolean;
  done(): boolean;
}

/** `asyncio.CancelledError()`. */
export function aiohttpCancelledError(): BaseException {
  return new CancelledError();
}

export function aiohttpIsCancelledError(error: unknown): boolean {
  return error instanceof CancelledError;
}

/** What the stand-in task is blocked on, so that cancelling it interrupts the wait. */
interface AiohttpInterruptible {
  interrupt(error: BaseException): void;
}

/** The stand-in for an asyncio Task outside a loop: cancellable, one wait at a time. */
class AiohttpPseudoTask implements AiohttpCancellableTask {
  current: AiohttpInterruptible | null = null;
  mustCancel = false;
  finished = false;

  cancel(): boolean {
    if (this.finished) return false;
    const current = this.current;
    if (current !== null) {
      this.current = null;
      current.interrupt(new CancelledError());
    } else {
      this.mustCancel = true;
    }
    return true;
  }

  done(): boolean {
    return this.finished;
  }

  /** Called before each wait: a cancellation requested meanwhile is raised now. */
  checkCancel(): void {
    if (this.mustCancel) {
      this.mustCancel = false;
      throw new CancelledError();
    }
  }
}

const aiohttpPseudoTasks = new AsyncLocalStorage<AiohttpPseudoTask>();

/** `asyncio.current_task()`, or the stand-in task of the running entry point outside a loop, or null. */
export function aiohttpCurrentTask(): AiohttpCancellableTask | null {
  if (aiohttpRunningLoop() !== null) {
    const task = asyncioTaskStorage.getStore();
    return task instanceof Task && !task.done() ? task : null;
  }
  return aiohttpPseudoTasks.getStore() ?? null;
}

/**
 * Runs a public entry point (a request, a body read). Inside a loop it just runs; outside one, it runs
 * in a stand-in task unless it is already inside one.
 */
export function aiohttpInTask<T>(fn: () => Promise<T>): Promise<T> {
  if (aiohttpRunningLoop() !== null || aiohttpPseudoTasks.getStore() !== undefined) return fn();
  const task = new AiohttpPseudoTask();
  return aiohttpPseudoTasks.run(task, async () => {
    try {
      return await fn();
    } finally {
      task.finished = true;
    }
  });
}

/**
 * A one-shot wait, aiohttp's `loop.create_future()`: an asyncio Future inside a loop (the task blocks
 * on it, `task.cancel()` cancels it); a promise outside. Await it with `aiohttpWait`.
 */
export interface AiohttpWaiter<T> {
  resolve(value: T): void;
  reject(error: BaseException): void;
  cancel(): void;
  done(): boolean;
  /** Internal: what `aiohttpWait` awaits. */
  readonly awaitable: PromiseLike<T>;
}

class AiohttpPromiseWaiter<T> implements AiohttpWaiter<T>, AiohttpInterruptible {
  readonly awaitable: Promise<T>;
  private settled = false;
  private res!: (value: T) => void;
  private rej!: (error: unknown) => void;
  constructor() {
    this.awaitable = new Promise<T>((resolve, reject) => {
      this.res = resolve;
      this.rej = reject;
    });
    // A waiter nobody awaits any more must not report an unhandled rejection.
    this.awaitable.catch(() => undefined);
  }
  resolve(value: T): void {
    if (this.settled) return;
    this.settled = true;
    this.res(value);
  }
  reject(error: BaseException): void {
    if (this.settled) return;
    this.settled = true;
    this.rej(error);
  }
  cancel(): void {
    this.reject(new CancelledError());
  }
  interrupt(error: BaseException): void {
    this.reject(error);
  }
  done(): boolean {
    return this.settled;
  }
}

class AiohttpFutureWaiter<T> implements AiohttpWaiter<T> {
  readonly awaitable: Future<T>;
  constructor(loop: BaseEventLoop) {
    this.awaitable = new Future<T>({ loop });
  }
  resolve(value: T): void {
    if (!this.awaitable.done() && !this.awaitable.getLoop().isClosed()) this.awaitable.setResult(value);
  }
  reject(error: BaseException): void {
    if (this.awaitable.done() || this.awaitable.getLoop().isClosed()) return;
    this.awaitable.setException(error);
    // It is retrieved by whoever awaits it; never report it as "never retrieved".
    this.awaitable._logTraceback = false;
    this.awaitable.getLoop()._logTracebacks.delete(this.awaitable);
  }
  cancel(): void {
    this.awaitable.cancel();
  }
  done(): boolean {
    return this.awaitable.done();
  }
}

export function aiohttpCreateWaiter<T>(): AiohttpWaiter<T> {
  const loop = aiohttpRunningLoop();
  return loop !== null ? new AiohttpFutureWaiter<T>(loop) : new AiohttpPromiseWaiter<T>();
}

/** `await waiter`: cancellable by the (stand-in) task's cancellation. */
export async function aiohttpWait<T>(waiter: AiohttpWaiter<T>): Promise<T> {
  if (waiter instanceof AiohttpFutureWaiter) return await waiter.awaitable;
  const task = aiohttpPseudoTasks.getStore();
  if (task === undefined || !(waiter instanceof AiohttpPromiseWaiter)) return await waiter.awaitable;
  task.checkCancel();
  task.current = waiter;
  try {
    return await waiter.awaitable;
  } finally {
    if (task.current === waiter) task.current = null;
  }
}

/**
 * Awaits an outside operation (a fetch, a DNS-free TCP probe): inside a loop through `awaitExternal`
 * (the outcome is handed to the loop with call_soon; cancelling the awaiting task aborts `signal` and
 * raises CancelledError); outside a loop the promise itself, cancellable by the stand-in task.
 * `source` must reject with Python exceptions (it classifies fetch errors itself).
 */
export async function aiohttpAwaitExternal<T>(source: (signal: AbortSignal) => PromiseLike<T>): Promise<T> {
  if (aiohttpRunningLoop() !== null) return await awaitExternal<T>(source);
  const controller = new AbortController();
  const task = aiohttpPseudoTasks.getStore();
  let interruptWith: (error: BaseException) => void = () => undefined;
  const interrupted = new Promise<never>((_resolve, reject) => {
    interruptWith = reject;
  });
  interrupted.catch(() => undefined);
  const interruptible: AiohttpInterruptible = {
    interrupt(error: BaseException): void {
      controller.abort(error);
      interruptWith(error);
    },
  };
  if (task !== undefined) {
    task.checkCancel();
    task.current = interruptible;
  }
  try {
    const op = Promise.resolve(source(controller.signal)).catch((error: unknown) => {
      throw error instanceof BaseException ? error : toPyException(error);
    });
    return await Promise.race([op, interrupted]);
  } finally {
    if (task !== undefined && task.current === interruptible) task.current = null;
  }
}

/** Runs `fn` as a loop callback (`loop.call_soon`), or in a microtask outside a loop. */
export function aiohttpCallSoon(fn: () => void): void {
  const loop = aiohttpRunningLoop();
  if (loop !== null) loop.callSoon(fn);
  else queueMicrotask(fn);
}

export interface AiohttpTimerHandle {
  cancel(): void;
}

/** `loop.time()` in seconds (a monotonic clock). */
export function aiohttpLoopTime(): number {
  const loop = aiohttpRunningLoop();
  return loop !== null ? loop.time() : performance.now() / 1000;
}

/** `loop.call_at(when, fn)` on the `aiohttpLoopTime()` clock; a `setTimeout` outside a loop. */
export function aiohttpCallAt(when: number, fn: () => void): AiohttpTimerHandle {
  const loop = aiohttpRunningLoop();
  if (loop !== null) {
    const handle = loop.callAt(when, fn);
    return { cancel: () => handle.cancel() };
  }
  // Unref'd: a pending aiohttp timeout alone does not keep the process alive (sockets do).
  const timer = setTimeout(fn, Math.max(0, Math.ceil((when - aiohttpLoopTime()) * 1000)));
  timer.unref();
  return { cancel: () => clearTimeout(timer) };
}

/**
 * Runs `fn` outside the asyncio task (and stand-in task) running now: for background work (reading a
 * response body from the network) that must never be mistaken for the task's own awaits.
 */
export function aiohttpDetached(fn: () => void): void {
  asyncioTaskStorage.exit(() => aiohttpPseudoTasks.exit(fn));
}

/** Calls each callback in order; what one raises is suppressed, as aiohttp does on release and on timeout. */
export function aiohttpRunCallbacks(callbacks: readonly (() => void)[]): void {
  for (const cb of callbacks) {
    try {
      cb();
    } catch {
      // suppressed, as in aiohttp
    }
  }
}
