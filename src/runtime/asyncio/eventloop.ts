/**
 * The concrete event loop (`asyncio.new_event_loop()`), and the event-loop policy functions
 * `get_event_loop`, `set_event_loop`, `new_event_loop`, `get_running_loop`.
 */
import { BaseException, RuntimeError, TypeError, toPyException } from "../exceptions";
import { Future, asyncioDeliver, asyncioIsThenable, awaitExternal, isFuture } from "./future";
import type { AsyncioBox } from "./future";
import { BaseEventLoop, asyncioEventLoopBase, asyncioRegisterLoopFactory, asyncioRequireRunningLoop, asyncioSetPolicyLoop } from "./loop";
import { Task, ensureFuture } from "./task";
import { UnixSignalEventLoop } from "./unix-signals";
import type { AsyncioAwaitable, CoroutineThunk } from "./task";

function asyncioRunUntilCompleteCb(fut: Future<unknown>): void {
  fut.getLoop().stop();
}

export class EventLoop extends UnixSignalEventLoop {
  _executorShutdownCalled = false;
  _asyncgensShutdownCalled = false;

  /** `loop.create_future()`. */
  createFuture<T = unknown>(): Future<T> {
    return new Future<T>({ loop: this });
  }

  /** `loop.create_task(coro, name=None)` (a given name does not consume a `Task-N` number). */
  createTask<T>(coro: CoroutineThunk<T>, options?: { name?: unknown }): Task<T> {
    this._checkClosed();
    return new Task<T>(coro, { loop: this, name: options?.name });
  }

  /**
   * `loop.run_until_complete(aw)`: runs the loop until `aw` is done and returns its result (or throws
   * its exception). The translated code awaits the returned promise; it may be called again later.
   */
  runUntilComplete<T>(aw: AsyncioAwaitable<T>): Promise<T> {
    return asyncioDeliver(this._runUntilCompleteBoxed(aw));
  }

  async _runUntilCompleteBoxed<T>(aw: AsyncioAwaitable<T>): Promise<AsyncioBox<T>> {
    this._checkClosed();
    this._checkRunning();
    const newTask = !isFuture(aw);
    const future = ensureFuture(aw, { loop: this });
    future._addDoneCallbackInternal(asyncioRunUntilCompleteCb, false);
    try {
      await this.runForever();
    } catch (error) {
      if (newTask && future.done() && !future.cancelled()) future.exception();
      throw error;
    } finally {
      future.removeDoneCallback(asyncioRunUntilCompleteCb);
    }
    if (!future.done()) throw new RuntimeError("Event loop stopped before Future completed.");
    return { value: future.result() };
  }

  /**
   * `loop.run_in_executor(executor, fn, *args)`. There are no threads: `fn` runs synchronously on the
   * loop, in a callback scheduled with `call_soon` (so the caller's task resumes two iterations
   * later, as with a quick thread-pool job). The executor argument is ignored. If `fn` returns a
   * promise, its outcome is awaited outside the loop (like `awaitExternal`).
   */
  runInExecutor<A extends unknown[], R>(_executor: unknown, fn: (...args: A) => R | PromiseLike<R>, ...args: A): Future<R> {
    this._checkClosed();
    const fut = new Future<R>({ loop: this });
    this._callSoonInternal(
      () => {
        if (fut.done()) return;
        let result: R | PromiseLike<R>;
        try {
          result = fn(...args);
        } catch (error) {
          fut.setException(toPyException(error));
          return;
        }
        if (asyncioIsThenable(result)) {
          const inner = awaitExternal(result);
          inner._addDoneCallbackInternal(() => {
            if (fut.done()) return;
            if (inner.cancelled()) fut.cancel();
            else if (inner.exception() !== null) fut.setException(inner.exception() as BaseException);
            else fut.setResult(inner.result());
          }, false);
        } else {
          fut.setResult(result);
        }
      },
      [],
      true,
    );
    return fut;
  }

  /** `loop.shutdown_asyncgens()`: JS async generators need no finalisation here. */
  async shutdownAsyncgens(): Promise<void> {
    this._asyncgensShutdownCalled = true;
  }

  /** `loop.shutdown_default_executor()`: there is no thread pool to join. */
  async shutdownDefaultExecutor(): Promise<void> {
    this._executorShutdownCalled = true;
  }
}

asyncioRegisterLoopFactory(() => new EventLoop());

function asyncioAsEventLoop(loop: BaseEventLoop): EventLoop {
  if (!(loop instanceof EventLoop)) throw new TypeError("not an asyncio EventLoop");
  return loop;
}

/** `asyncio.get_running_loop()`: RuntimeError 'no running event loop' outside the loop. */
export function getRunningLoop(): EventLoop {
  return asyncioAsEventLoop(asyncioRequireRunningLoop());
}

/**
 * `asyncio.get_event_loop()`: the running loop, else the current loop of the policy, created on
 * first use (3.11); after `set_event_loop(None)` (which `asyncio.run` does) it raises RuntimeError.
 */
export function getEventLoop(): EventLoop {
  return asyncioAsEventLoop(asyncioEventLoopBase());
}

/** `asyncio.set_event_loop(loop)`. */
export function setEventLoop(loop: EventLoop | null): void {
  if (loop !== null && loop !== undefined && !(loop instanceof EventLoop)) throw new TypeError("loop must be an instance of AbstractEventLoop or None");
  asyncioSetPolicyLoop(loop ?? null);
}

/** `asyncio.new_event_loop()`. */
export function newEventLoop(): EventLoop {
  return new EventLoop();
}
