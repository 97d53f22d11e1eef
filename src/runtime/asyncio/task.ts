/**
 * `asyncio.Task` (CPython 3.11 tasks.py / _asynciomodule.c semantics).
 *
 * A Python coroutine object does nothing until it is scheduled, while calling a JS async function
 * starts it at once; so the translation hands coroutines to the runtime as thunks `() => f(args)`,
 * and a Task calls its thunk in its first step (scheduled with `call_soon` when it is created).
 * A step resumes the coroutine by settling the JS promise its `await` is suspended on; the loop then
 * lets microtasks drain, so the step lasts until the coroutine blocks again or returns (loop.ts).
 */
import { BaseException, KeyboardInterrupt, RuntimeError, SystemExit, TypeError, ValueError, toPyException } from "../exceptions";
import { CancelledError, InvalidStateError } from "./errors";
import { Future, asyncioIsThenable, awaitExternal } from "./future";
import { BaseEventLoop, asyncioEventLoopBase, asyncioRepr, asyncioRequireRunningLoop, asyncioTaskStorage } from "./loop";

/** A Python coroutine as the translation passes it: a function starting the JS async function. */
export type CoroutineThunk<T> = () => PromiseLike<T>;

/** What the APIs accept where Python takes an awaitable: a coroutine thunk, a Task, a Future, a PromiseLike. */
export type AsyncioAwaitable<T> = CoroutineThunk<T> | PromiseLike<T>;

/** The value an awaitable produces. */
export type AsyncioResult<A> = A extends () => PromiseLike<infer R> ? R : A extends PromiseLike<infer R> ? R : never;

/** Python's `itertools.count(1)` for default task names; global like CPython's (not per loop). */
let asyncioTaskNameCounter = 0;

interface AsyncioContinuation {
  onValue(value: unknown): void;
  onError(error: unknown): void;
}

export class Task<T = unknown> extends Future<T> {
  _name: string;
  _coro: CoroutineThunk<T>;
  _numCancelsRequested = 0;
  _mustCancel = false;
  /** The future this task is blocked on (CPython's `_fut_waiter`). */
  _futWaiter: Future<unknown> | null = null;
  _started = false;
  /** How to resume the suspended `await` (the JS promise resolvers behind it). */
  _continuation: AsyncioContinuation | null = null;
  _abortController: AbortController | null = null;

  constructor(coro: CoroutineThunk<T>, options?: { loop?: BaseEventLoop | null; name?: unknown }) {
    super({ loop: options?.loop });
    if (typeof coro !== "function") throw new TypeError(`a coroutine was expected, got ${asyncioRepr(coro)}`);
    const name = options?.name;
    this._name = name === null || name === undefined ? `Task-${++asyncioTaskNameCounter}` : String(name);
    this._coro = coro;
    this._loop._checkClosed();
    this._loop._callSoonInternal(() => this._step(null, undefined), [], true);
    this._loop._tasks.add(this);
  }

  override _pyClassName(): string {
    return "Task";
  }

  getCoro(): CoroutineThunk<T> {
    return this._coro;
  }

  getName(): string {
    return this._name;
  }

  setName(value: unknown): void {
    this._name = String(value);
  }

  override setResult(_result: T): void {
    throw new RuntimeError("Task does not support set_result operation");
  }

  override setException(_exception: BaseException | (new () => BaseException)): void {
    throw new RuntimeError("Task does not support set_exception operation");
  }

  /**
   * Requests cancellation: the CancelledError is thrown into the coroutine at its next step (at once
   * scheduled when it waits on a future, since that future is cancelled and wakes it up).
   */
  override cancel(msg?: unknown): boolean {
    this._clearLogTraceback();
    if (this.done()) return false;
    this._numCancelsRequested++;
    if (this._futWaiter !== null && this._futWaiter.cancel(msg)) return true;
    this._mustCancel = true;
    this._cancelMessage = msg ?? null;
    return true;
  }

  /** The number of pending cancellation requests. */
  cancelling(): number {
    return this._numCancelsRequested;
  }

  /** Decrements the cancellation request count; returns the remaining count. */
  uncancel(): number {
    if (this._numCancelsRequested > 0) this._numCancelsRequested--;
    return this._numCancelsRequested;
  }

  /**
   * An AbortSignal aborted (with a CancelledError) when this task is done, for outside operations
   * that must not outlive it. Cancelling one await is what `awaitExternal`'s own signal is for.
   */
  get signal(): AbortSignal {
    if (this._abortController === null) {
      this._abortController = new AbortController();
      if (this.done()) this._abortController.abort(new CancelledError());
    }
    return this._abortController.signal;
  }

  /** CPython's `Task.__step`, minus the part that runs in microtasks after it (see _coroReturned). */
  _step(exc: BaseException | null, value: unknown): void {
    if (this.done()) throw new InvalidStateError(`_step(): already done: ${this.__repr__()}, ${asyncioRepr(exc)}`);
    if (this._mustCancel) {
      if (!(exc instanceof CancelledError)) exc = this._makeCancelledError();
      this._mustCancel = false;
    }
    this._futWaiter = null;
    if (!this._started) {
      this._started = true;
      // Throwing into a coroutine that never started raises at once: its body never runs.
      if (exc !== null) this._coroFailed(exc);
      else asyncioTaskStorage.run(this, () => this._startCoro());
      return;
    }
    const continuation = this._continuation;
    this._continuation = null;
    if (continuation === null) throw new RuntimeError(`Task ${this.__repr__()} resumed while not suspended`);
    if (exc !== null) continuation.onError(exc);
    else continuation.onValue(value);
  }

  _startCoro(): void {
    let result: PromiseLike<T> | T;
    try {
      result = this._coro();
    } catch (error) {
      this._coroFailed(error);
      return;
    }
    if (asyncioIsThenable(result)) {
      Promise.resolve(result).then(
        (value) => this._coroReturned(value),
        (error: unknown) => this._coroFailed(error),
      );
    } else {
      this._coroReturned(result);
    }
  }

  /** The coroutine returned (CPython's `except StopIteration` branch of `__step`). */
  _coroReturned(value: T): void {
    if (this.done()) return;
    if (this._mustCancel) {
      this._mustCancel = false;
      this._futureCancel(this._cancelMessage);
    } else {
      this._futureSetResult(value);
    }
    this._taskFinished();
  }

  /** The coroutine raised. */
  _coroFailed(error: unknown): void {
    if (this.done()) return;
    const exc = toPyException(error);
    if (exc instanceof CancelledError) {
      this._cancelledExc = exc;
      this._futureCancel(null);
    } else {
      this._futureSetException(exc);
      if (exc instanceof SystemExit || exc instanceof KeyboardInterrupt) this._loop._raiseFatal(exc);
    }
    this._taskFinished();
  }

  _taskFinished(): void {
    this._loop._tasks.delete(this);
    this._continuation = null;
    if (this._abortController !== null && !this._abortController.signal.aborted) this._abortController.abort(new CancelledError());
  }

  /** CPython's `Task.__wakeup`: the future this task waited on is done. */
  _wakeup(fut: Future<unknown>): void {
    let value: unknown;
    try {
      value = fut.result();
    } catch (error) {
      this._step(toPyException(error), undefined);
      return;
    }
    this._step(null, value);
  }

  /**
   * Called by `Future.then` when this task's code awaits `fut`: the equivalent of the coroutine
   * yielding the future to `Task.__step`. Returns false when the await is not a suspension of this
   * task (the future is already done — CPython does not suspend either — or the task is not running).
   */
  _asyncioBlockOn(fut: Future<unknown>, onValue: (value: unknown) => void, onError: (error: unknown) => void): boolean {
    if (this.done() || !this._started || this._continuation !== null || fut.done()) return false;
    this._continuation = { onValue, onError };
    if (fut.getLoop() !== this._loop) {
      const error = new RuntimeError(`Task ${this.__repr__()} got Future ${fut.__repr__()} attached to a different loop`);
      this._loop._callSoonInternal(() => this._step(error, undefined), [], true);
      return true;
    }
    if (fut === (this as unknown)) {
      const error = new RuntimeError(`Task cannot await on itself: ${this.__repr__()}`);
      this._loop._callSoonInternal(() => this._step(error, undefined), [], true);
      return true;
    }
    fut._addDoneCallbackInternal((done: Future<unknown>) => this._wakeup(done), true);
    this._futWaiter = fut;
    if (this._mustCancel && fut.cancel(this._cancelMessage)) this._mustCancel = false;
    return true;
  }

  /** A bare `yield` in the coroutine (what `sleep(0)` does): the next step is scheduled at once. */
  _asyncioYield(onValue: (value: unknown) => void, onError: (error: unknown) => void): boolean {
    if (this.done() || !this._started || this._continuation !== null) return false;
    this._continuation = { onValue, onError };
    this._loop._callSoonInternal(() => this._step(null, undefined), [], true);
    return true;
  }

  override _stateRepr(): string {
    const state = super._stateRepr();
    const space = state.indexOf(" ");
    const head = space < 0 ? state : state.slice(0, space);
    const tail = space < 0 ? "" : state.slice(space);
    return `${head} name=${asyncioRepr(this._name)}${tail}`;
  }
}

/** `asyncio.current_task(loop=None)`: the task running now, or null (e.g. inside a plain callback). */
export function currentTask(loop?: BaseEventLoop | null): Task<unknown> | null {
  const theLoop = loop ?? asyncioRequireRunningLoop();
  const task = asyncioTaskStorage.getStore();
  if (task instanceof Task && !task.done() && task.getLoop() === theLoop) return task;
  return null;
}

/** `asyncio.all_tasks(loop=None)`: the loop's tasks that are not done (in creation order). */
export function allTasks(loop?: BaseEventLoop | null): Set<Task<unknown>> {
  const theLoop = loop ?? asyncioRequireRunningLoop();
  const result = new Set<Task<unknown>>();
  for (const task of theLoop._tasks) if (task instanceof Task && !task.done()) result.add(task);
  return result;
}

/** The AbortSignal of the running task (aborted when it is done), or null outside tasks. */
export function currentTaskSignal(): AbortSignal | null {
  const task = asyncioTaskStorage.getStore();
  return task instanceof Task ? task.signal : null;
}

/**
 * `asyncio.create_task(coro, name=None)`. Like CPython, the task is created unnamed (consuming a
 * `Task-N` number) and then renamed.
 */
export function createTask<T>(coro: CoroutineThunk<T>, options?: { name?: unknown }): Task<T> {
  const loop = asyncioRequireRunningLoop();
  loop._checkClosed();
  const task = new Task<T>(coro, { loop });
  const name = options?.name;
  if (name !== null && name !== undefined) task.setName(name);
  return task;
}

/**
 * `asyncio.ensure_future(aw)`: a Future or Task is returned as is, a coroutine thunk becomes a Task,
 * another PromiseLike becomes a Task awaiting it (a native promise through `awaitExternal`).
 */
export function ensureFuture<F extends Future<unknown>>(aw: F, options?: { loop?: BaseEventLoop | null }): F;
export function ensureFuture<T>(aw: AsyncioAwaitable<T>, options?: { loop?: BaseEventLoop | null }): Task<T>;
export function ensureFuture<T>(aw: AsyncioAwaitable<T>, options?: { loop?: BaseEventLoop | null }): Future<T> {
  const loop = options?.loop ?? null;
  if (aw instanceof Future) {
    if (loop !== null && loop !== aw.getLoop()) throw new ValueError("The future belongs to a different loop than the one specified as the loop argument");
    return aw as Future<T>;
  }
  const theLoop = loop ?? asyncioEventLoopBase();
  if (typeof aw === "function") return new Task<T>(aw, { loop: theLoop });
  if (asyncioIsThenable(aw)) {
    const thenable = aw;
    return new Task<T>(thenable instanceof Promise ? () => awaitExternal(thenable) : () => thenable, { loop: theLoop });
  }
  throw new TypeError("An asyncio.Future, a coroutine or an awaitable is required");
}
