/**
 * `asyncio.Future` (CPython 3.11 futures.py semantics, including the C implementation's messages),
 * plus the glue between JavaScript's `await` and the event loop.
 *
 * A Future is a PromiseLike: `await fut` calls `fut.then(resolve, reject)`. When that happens inside a
 * Task (found through AsyncLocalStorage), the task registers itself as blocked on the future exactly
 * like CPython's `Task.__step` does when a coroutine yields a future: the task's wakeup becomes a done
 * callback of the future (run through `call_soon`), and `task.cancel()` cancels the future it waits on.
 */
import { BaseException, StopIteration, TypeError, toPyException } from "../exceptions";
import { CancelledError, InvalidStateError } from "./errors";
import { BaseEventLoop, asyncioEventLoopBase, asyncioRepr, asyncioRequireRunningLoop, asyncioTaskStorage } from "./loop";

type AsyncioFutureState = "PENDING" | "CANCELLED" | "FINISHED";

/**
 * Calls `fn(value)` while `value` does not look like a thenable. Promise resolution functions adopt
 * thenables, and Tasks and Futures are thenables: without this, `await queue.get()` returning a Task
 * would wait for the task instead of returning it, unlike Python.
 */
export function asyncioCallRaw<V, R>(value: V, fn: (value: V) => R): R {
  if (((typeof value === "object" && value !== null) || typeof value === "function") && typeof (value as { then?: unknown }).then === "function" && Object.isExtensible(value)) {
    const hadOwn = Object.prototype.hasOwnProperty.call(value, "then");
    const own = hadOwn ? Object.getOwnPropertyDescriptor(value, "then") : undefined;
    Object.defineProperty(value, "then", { value: undefined, configurable: true, writable: true });
    try {
      return fn(value);
    } finally {
      if (own !== undefined) Object.defineProperty(value, "then", own);
      else delete (value as { then?: unknown }).then;
    }
  }
  return fn(value);
}

/** Fulfils a promise with `value` itself, even when it is a thenable (see asyncioCallRaw). */
export function asyncioResolveRaw<T>(resolve: (value: T) => void, value: T): void {
  asyncioCallRaw(value, resolve);
}

/** A result wrapped so that an `async` function can return it without JavaScript flattening it. */
export interface AsyncioBox<T> {
  readonly value: T;
}

/** The native promise of a boxed result, fulfilled with the raw value (see asyncioCallRaw). */
export function asyncioDeliver<T>(boxed: Promise<AsyncioBox<T>>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    boxed.then((box) => asyncioResolveRaw(resolve, box.value), reject);
  });
}

/**
 * The body of a `then` method: `subscribe(onValue, onError)` is called once and must call one of them
 * later; the callbacks given to `then` are applied Promise-style, values passed through un-flattened.
 */
export function asyncioForwardThen<T, R1, R2>(
  subscribe: (onValue: (value: T) => void, onError: (error: unknown) => void) => void,
  onfulfilled: ((value: T) => R1 | PromiseLike<R1>) | null | undefined,
  onrejected: ((reason: unknown) => R2 | PromiseLike<R2>) | null | undefined,
): Promise<R1 | R2> {
  return new Promise<R1 | R2>((resolve, reject) => {
    subscribe(
      (value) => {
        if (typeof onfulfilled !== "function") {
          asyncioResolveRaw(resolve, value as unknown as R1);
          return;
        }
        try {
          resolve(asyncioCallRaw(value, onfulfilled));
        } catch (error) {
          reject(error);
        }
      },
      (error) => {
        if (typeof onrejected !== "function") {
          reject(error);
          return;
        }
        try {
          resolve(onrejected(error));
        } catch (inner) {
          reject(inner);
        }
      },
    );
  });
}

/** The task-side hook `await fut` uses (implemented by Task in task.ts). */
interface AsyncioBlockingTask {
  _asyncioBlockOn(fut: Future<unknown>, onValue: (value: unknown) => void, onError: (error: unknown) => void): boolean;
}

function asyncioIsBlockingTask(value: unknown): value is AsyncioBlockingTask {
  return typeof value === "object" && value !== null && typeof (value as { _asyncioBlockOn?: unknown })._asyncioBlockOn === "function";
}

/** A done callback as stored (its argument type is the future's own class). */
type AsyncioStoredCallback = (...args: never[]) => unknown;

export class Future<T = unknown> implements PromiseLike<T> {
  _state: AsyncioFutureState = "PENDING";
  _result: T | undefined = undefined;
  _exception: BaseException | null = null;
  readonly _loop: BaseEventLoop;
  _callbacks: [AsyncioStoredCallback, boolean][] = [];
  _cancelMessage: unknown = null;
  _cancelledExc: CancelledError | null = null;
  _logTraceback = false;

  constructor(options?: { loop?: BaseEventLoop | null }) {
    this._loop = options?.loop ?? asyncioEventLoopBase();
  }

  getLoop(): BaseEventLoop {
    return this._loop;
  }

  _pyClassName(): string {
    return "Future";
  }

  /** The CancelledError to raise; the one the task was cancelled with is returned only once. */
  _makeCancelledError(): CancelledError {
    if (this._cancelledExc !== null) {
      const exc = this._cancelledExc;
      this._cancelledExc = null;
      return exc;
    }
    return this._cancelMessage === null || this._cancelMessage === undefined ? new CancelledError() : new CancelledError(this._cancelMessage);
  }

  _clearLogTraceback(): void {
    if (this._logTraceback) {
      this._logTraceback = false;
      this._loop._logTracebacks.delete(this);
    }
  }

  /** Cancels the future and schedules its callbacks; false if it was already done. */
  cancel(msg?: unknown): boolean {
    this._clearLogTraceback();
    return this._futureCancel(msg);
  }

  _futureCancel(msg?: unknown): boolean {
    if (this._state !== "PENDING") return false;
    this._state = "CANCELLED";
    this._cancelMessage = msg ?? null;
    this._scheduleCallbacks();
    return true;
  }

  _scheduleCallbacks(): void {
    const callbacks = this._callbacks;
    if (callbacks.length === 0) return;
    this._callbacks = [];
    for (const [callback, drain] of callbacks) {
      this._loop._callSoonInternal(callback as (...args: unknown[]) => unknown, [this], drain);
    }
  }

  cancelled(): boolean {
    return this._state === "CANCELLED";
  }

  done(): boolean {
    return this._state !== "PENDING";
  }

  result(): T {
    if (this._state === "CANCELLED") throw this._makeCancelledError();
    if (this._state !== "FINISHED") throw new InvalidStateError("Result is not set.");
    this._clearLogTraceback();
    if (this._exception !== null) throw this._exception;
    return this._result as T;
  }

  exception(): BaseException | null {
    if (this._state === "CANCELLED") throw this._makeCancelledError();
    if (this._state !== "FINISHED") throw new InvalidStateError("Exception is not set.");
    this._clearLogTraceback();
    return this._exception;
  }

  /** `fn(fut)` runs through the loop's `call_soon` once the future is done. */
  addDoneCallback(fn: (fut: this) => unknown): void {
    this._addDoneCallbackInternal(fn, true);
  }

  /** `drain` false is for runtime callbacks that never resume JavaScript code directly. */
  _addDoneCallbackInternal(fn: (fut: this) => unknown, drain: boolean): void {
    if (this._state !== "PENDING") this._loop._callSoonInternal(fn as (...args: unknown[]) => unknown, [this], drain);
    else this._callbacks.push([fn, drain]);
  }

  /** Removes every registration of `fn`; returns how many were removed. */
  removeDoneCallback(fn: (fut: this) => unknown): number {
    const kept = this._callbacks.filter(([callback]) => callback !== fn);
    const removed = this._callbacks.length - kept.length;
    if (removed > 0) this._callbacks = kept;
    return removed;
  }

  setResult(result: T): void {
    this._futureSetResult(result);
  }

  _futureSetResult(result: T): void {
    if (this._state !== "PENDING") throw new InvalidStateError("invalid state");
    this._result = result;
    this._state = "FINISHED";
    this._scheduleCallbacks();
  }

  setException(exception: BaseException | (new () => BaseException)): void {
    this._futureSetException(exception);
  }

  _futureSetException(exception: BaseException | (new () => BaseException)): void {
    if (this._state !== "PENDING") throw new InvalidStateError("invalid state");
    let exc: BaseException = typeof exception === "function" ? new exception() : exception;
    if (!(exc instanceof BaseException)) exc = toPyException(exc);
    if (exc.constructor === StopIteration) throw new TypeError("StopIteration interacts badly with generators and cannot be raised into a Future");
    this._exception = exc;
    this._state = "FINISHED";
    this._scheduleCallbacks();
    this._logTraceback = true;
    this._loop._logTracebacks.add(this);
  }

  /** Settles the callbacks from the (done) future, as `await fut` would. */
  _settleInto(onValue: (value: T) => void, onError: (error: unknown) => void): void {
    let value: T;
    try {
      value = this.result();
    } catch (error) {
      onError(error);
      return;
    }
    onValue(value);
  }

  /** How `await fut` attaches: the running task blocks on it; anyone else gets a done callback. */
  _subscribe(onValue: (value: T) => void, onError: (error: unknown) => void): void {
    const task = asyncioTaskStorage.getStore();
    if (asyncioIsBlockingTask(task) && task._asyncioBlockOn(this as Future<unknown>, onValue as (value: unknown) => void, onError)) return;
    if (this.done()) {
      this._settleInto(onValue, onError);
      return;
    }
    this._addDoneCallbackInternal(() => this._settleInto(onValue, onError), true);
  }

  then<R1 = T, R2 = never>(onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
    return asyncioForwardThen<T, R1, R2>((onValue, onError) => this._subscribe(onValue, onError), onfulfilled, onrejected);
  }

  _stateRepr(): string {
    if (this._state === "CANCELLED") return "cancelled";
    if (this._state === "PENDING") return "pending";
    return this._exception !== null ? `finished exception=${this._exception.__repr__()}` : `finished result=${asyncioRepr(this._result)}`;
  }

  __repr__(): string {
    return `<${this._pyClassName()} ${this._stateRepr()}>`;
  }

  __str__(): string {
    return this.__repr__();
  }
}

/** `asyncio.isfuture(obj)`. */
export function isFuture(value: unknown): value is Future<unknown> {
  return value instanceof Future;
}

/** futures._set_result_unless_cancelled */
export function asyncioSetResultUnlessCancelled<T>(fut: Future<T>, result: T): void {
  if (fut.cancelled()) return;
  fut.setResult(result);
}

/** tasks._release_waiter */
export function asyncioReleaseWaiter(waiter: Future<unknown>): void {
  if (!waiter.done()) waiter.setResult(null);
}

/** futures._chain_future between two asyncio futures: `source`'s outcome is copied into `dest`. */
export function asyncioCopyFutureState<T>(source: Future<T>, dest: Future<T>): void {
  if (dest.cancelled()) return;
  if (source.cancelled()) {
    dest.cancel();
    return;
  }
  const exc = source.exception();
  if (exc !== null) dest.setException(exc);
  else dest.setResult(source.result());
}

/**
 * Awaits something outside the event loop (a `fetch`, a stream, a Node callback) from a task, the
 * way CPython's transports deliver I/O: the outcome is handed to the loop with `call_soon` (the
 * awaiting task then resumes one iteration later through the future's done callback), and the
 * await is cancellable like any asyncio await: `task.cancel()` makes it raise CancelledError at once
 * (and aborts `signal`, the AbortSignal passed to `source` when it is a function). A late outcome of
 * a cancelled await is dropped. Returns a Future, so `await awaitExternal(p)` works from any task.
 */
export function awaitExternal<T>(source: PromiseLike<T> | ((signal: AbortSignal) => PromiseLike<T>)): Future<T> {
  if (source instanceof Future) return source as Future<T>;
  const loop = asyncioRequireRunningLoop();
  const fut = new Future<T>({ loop });
  const controller = new AbortController();
  let promise: PromiseLike<T>;
  try {
    promise = typeof source === "function" ? source(controller.signal) : source;
  } catch (error) {
    fut.setException(toPyException(error));
    return fut;
  }
  fut._addDoneCallbackInternal(() => {
    if (fut.cancelled()) controller.abort(new CancelledError());
  }, true);
  const deliver = (apply: () => void): void => {
    if (loop.isClosed()) return;
    loop._callSoonInternal(() => {
      if (!fut.done()) apply();
    }, [], false);
  };
  Promise.resolve(promise).then(
    (value) => deliver(() => fut.setResult(value)),
    (error: unknown) => deliver(() => fut.setException(toPyException(error))),
  );
  return fut;
}

/** Whether `value` is a PromiseLike (has a callable `then`). */
export function asyncioIsThenable(value: unknown): value is PromiseLike<unknown> {
  return ((typeof value === "object" && value !== null) || typeof value === "function") && typeof (value as { then?: unknown }).then === "function";
}
