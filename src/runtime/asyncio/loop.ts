/**
 * The core of the event loop: CPython's `BaseEventLoop` scheduling model (base_events.py).
 *
 * - a FIFO ready queue of `Handle`s (`callSoon`), a heap of `TimerHandle`s (`callLater`/`callAt`,
 *   ordered by deadline, ties broken by creation order);
 * - `_runOnce()` is `BaseEventLoop._run_once`: wait until the first timer is due (or for an outside
 *   event), move every expired timer to the ready queue in deadline order, then run exactly the
 *   callbacks that were ready at that point; callbacks scheduled meanwhile run in the next iteration.
 *
 * The one JavaScript-specific part: resuming a task means settling the JS promise its `await` is
 * suspended on, and the task's code then runs in *microtasks*. After every callback that may resume
 * JavaScript code the loop yields one macrotask turn (`setImmediate`), which only happens once the
 * microtask queue is completely empty: the resumed task has run until it blocked again on a runtime
 * awaitable or finished, however many non-blocking `await helper()` calls it went through. So the
 * next callback starts only after the previous step is complete, exactly as in CPython where a step
 * is one synchronous `coro.send()`.
 *
 * Task and Future live in later files (future.ts, task.ts); the concrete `EventLoop` (eventloop.ts)
 * extends this class with `createFuture`/`createTask`/`runUntilComplete`.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { BaseException, KeyboardInterrupt, RuntimeError, SystemExit, TypeError, toPyException } from "../exceptions";

/** What the loop needs to know about a task (the Task class depends on this file, not the reverse). */
export interface AsyncioLoopTask {
  done(): boolean;
  getLoop(): BaseEventLoop;
  __repr__(): string;
}

/** A future whose exception may have to be reported as "never retrieved" when the loop closes. */
export interface AsyncioLoggedFuture {
  _logTraceback: boolean;
  _exception: BaseException | null;
  _pyClassName(): string;
  __repr__(): string;
}

/**
 * The task whose code is running. Python finds it through `_current_tasks[loop]`, set around each
 * synchronous step. Here a step continues in microtasks after the loop callback that resumed it has
 * returned, and an `await` on a runtime future is registered (its `then` is called) from a microtask
 * too, so a variable set around the callback would be wrong by then. Node's AsyncLocalStorage follows
 * the asynchronous call chain instead: each Task calls its thunk inside `asyncioTaskStorage.run(task, …)`,
 * so every continuation of that coroutine — through any number of nested `await`s — sees its task,
 * while plain loop callbacks (run outside any store) see none, like CPython's `current_task()`.
 */
export const asyncioTaskStorage = new AsyncLocalStorage<AsyncioLoopTask>();

/** The context passed to exception handlers (`loop.call_exception_handler(context)`). */
export interface LoopExceptionContext {
  message?: string;
  exception?: BaseException | null;
  [key: string]: unknown;
}

export type LoopExceptionHandler = (loop: BaseEventLoop, context: LoopExceptionContext) => void;

/** Python's `repr()` of a value for diagnostics, through the installed exception formatter. */
export function asyncioRepr(value: unknown): string {
  if (value !== null && typeof value === "object" && typeof (value as { __repr__?: unknown }).__repr__ === "function") {
    return String((value as { __repr__: () => unknown }).__repr__());
  }
  if (value === undefined || value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (Array.isArray(value)) return `[${value.map(asyncioRepr).join(", ")}]`;
  const text = new BaseException(value).__repr__();
  return text.slice("BaseException(".length, -1);
}

function asyncioCallbackLabel(callback: unknown, args: readonly unknown[]): string {
  const name = typeof callback === "function" && callback.name ? callback.name.replace(/^bound /, "") : "<function>";
  return `${name}(${args.map(asyncioRepr).join(", ")})`;
}

function asyncioCheckCallback(callback: unknown, method: string): void {
  if (typeof callback !== "function") throw new TypeError(`a callable object was expected by ${method}(), got ${asyncioRepr(callback)}`);
}

/** Object returned by `callSoon`: `cancel()` prevents the callback from running. */
export class Handle {
  _callback: ((...args: unknown[]) => unknown) | null;
  _args: readonly unknown[];
  _cancelled = false;
  readonly _loop: BaseEventLoop;
  /** Whether the loop must let JavaScript microtasks settle after running it (see the file comment). */
  readonly _drain: boolean;

  constructor(callback: (...args: unknown[]) => unknown, args: readonly unknown[], loop: BaseEventLoop, drain: boolean) {
    this._callback = callback;
    this._args = args;
    this._loop = loop;
    this._drain = drain;
  }

  cancel(): void {
    if (!this._cancelled) {
      this._cancelled = true;
      this._callback = null;
      this._args = [];
    }
  }

  cancelled(): boolean {
    return this._cancelled;
  }

  _run(): void {
    const callback = this._callback;
    if (callback === null) return;
    try {
      callback(...this._args);
    } catch (error) {
      if (error instanceof SystemExit || error instanceof KeyboardInterrupt) throw error;
      this._loop.callExceptionHandler({
        message: `Exception in callback ${asyncioCallbackLabel(callback, this._args)}`,
        exception: toPyException(error),
        handle: this,
      });
    }
  }

  __repr__(): string {
    const info = [this.constructor.name];
    if (this._cancelled) info.push("cancelled");
    if (this._callback !== null) info.push(asyncioCallbackLabel(this._callback, this._args));
    return `<${info.join(" ")}>`;
  }
}

/** Object returned by `callLater`/`callAt`. */
export class TimerHandle extends Handle {
  readonly _when: number;
  /** Creation order, to break ties between equal deadlines. */
  readonly _seq: number;
  _scheduled = false;

  constructor(when: number, seq: number, callback: (...args: unknown[]) => unknown, args: readonly unknown[], loop: BaseEventLoop, drain: boolean) {
    super(callback, args, loop, drain);
    this._when = when;
    this._seq = seq;
  }

  when(): number {
    return this._when;
  }

  override cancel(): void {
    if (!this._cancelled) this._loop._timerHandleCancelled(this);
    super.cancel();
  }

  override __repr__(): string {
    return super.__repr__().replace(/^<(\w+)( cancelled)?/, (_m, name: string, c: string | undefined) => `<${name}${c ?? ""} when=${this._when}`);
  }
}

function asyncioTimerBefore(a: TimerHandle, b: TimerHandle): boolean {
  return a._when < b._when || (a._when === b._when && a._seq < b._seq);
}

function asyncioTimerPush(heap: TimerHandle[], item: TimerHandle): void {
  heap.push(item);
  let pos = heap.length - 1;
  while (pos > 0) {
    const parent = (pos - 1) >> 1;
    if (!asyncioTimerBefore(item, heap[parent])) break;
    heap[pos] = heap[parent];
    pos = parent;
  }
  heap[pos] = item;
}

function asyncioTimerPop(heap: TimerHandle[]): TimerHandle {
  const top = heap[0];
  const last = heap.pop() as TimerHandle;
  if (heap.length > 0) {
    let pos = 0;
    const n = heap.length;
    for (;;) {
      const left = 2 * pos + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && asyncioTimerBefore(heap[right], heap[left]) ? right : left;
      if (!asyncioTimerBefore(heap[child], last)) break;
      heap[pos] = heap[child];
      pos = child;
    }
    heap[pos] = last;
  }
  return top;
}

/** A FIFO of handles with O(1) `shift`. */
class AsyncioHandleQueue {
  private items: (Handle | undefined)[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(handle: Handle): void {
    this.items.push(handle);
  }

  shift(): Handle {
    const handle = this.items[this.head] as Handle;
    this.items[this.head] = undefined;
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return handle;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

/** One macrotask turn: resolves only after the microtask queue has been drained completely. */
export function asyncioMacrotask(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

const ASYNCIO_MAXIMUM_SELECT_TIMEOUT = 24 * 3600;

let asyncioRunningLoop: BaseEventLoop | null = null;
let asyncioPolicyLoop: BaseEventLoop | null = null;
let asyncioPolicySetCalled = false;
let asyncioLoopFactory: (() => BaseEventLoop) | null = null;

/** Installed by eventloop.ts: how `getEventLoop()` creates the default loop. */
export function asyncioRegisterLoopFactory(factory: () => BaseEventLoop): void {
  asyncioLoopFactory = factory;
}

/** Python's `events._get_running_loop()`: the running loop or null. */
export function asyncioRunningLoopOrNull(): BaseEventLoop | null {
  return asyncioRunningLoop;
}

/** Python's `events.get_running_loop()`. */
export function asyncioRequireRunningLoop(): BaseEventLoop {
  if (asyncioRunningLoop === null) throw new RuntimeError("no running event loop");
  return asyncioRunningLoop;
}

/** Python's `events.get_event_loop()`: the running loop, else the policy's loop (created on first use). */
export function asyncioEventLoopBase(): BaseEventLoop {
  if (asyncioRunningLoop !== null) return asyncioRunningLoop;
  if (asyncioPolicyLoop === null && !asyncioPolicySetCalled && asyncioLoopFactory !== null) {
    asyncioSetPolicyLoop(asyncioLoopFactory());
  }
  if (asyncioPolicyLoop === null) throw new RuntimeError("There is no current event loop in thread 'MainThread'.");
  return asyncioPolicyLoop;
}

/** Python's `events.set_event_loop(loop)`. */
export function asyncioSetPolicyLoop(loop: BaseEventLoop | null): void {
  asyncioPolicySetCalled = true;
  asyncioPolicyLoop = loop;
}

/**
 * CPython's BaseEventLoop. Abstract only because creating futures and tasks needs classes defined
 * in later files; `EventLoop` (eventloop.ts) is the concrete loop.
 */
export abstract class BaseEventLoop {
  readonly _ready = new AsyncioHandleQueue();
  readonly _scheduled: TimerHandle[] = [];
  _timerSeq = 0;
  _timerCancelledCount = 0;
  _stopping = false;
  _closed = false;
  _running = false;
  _debug = false;
  readonly _clockResolution = 1e-9;
  slowCallbackDuration = 0.1;
  _exceptionHandler: LoopExceptionHandler | null = null;
  /** Tasks of this loop that are not done yet, in creation order (Python's `_all_tasks`). */
  readonly _tasks = new Set<AsyncioLoopTask>();
  /** Futures holding an exception nobody retrieved yet. */
  readonly _logTracebacks = new Set<AsyncioLoggedFuture>();
  /** Set while `_runOnce` waits for a timer or an outside event; calling it ends the wait. */
  _idleWake: (() => void) | null = null;
  /** SystemExit/KeyboardInterrupt raised by a task: re-raised out of the loop as CPython does. */
  _fatal: BaseException | null = null;
  _yieldedToNode = false;

  /** Monotonic time in seconds (Python's `loop.time()`). */
  time(): number {
    return performance.now() / 1000;
  }

  isRunning(): boolean {
    return this._running;
  }

  isClosed(): boolean {
    return this._closed;
  }

  getDebug(): boolean {
    return this._debug;
  }

  setDebug(enabled: boolean): void {
    this._debug = enabled;
  }

  _checkClosed(): void {
    if (this._closed) throw new RuntimeError("Event loop is closed");
  }

  _checkRunning(): void {
    if (this.isRunning()) throw new RuntimeError("This event loop is already running");
    if (asyncioRunningLoop !== null) throw new RuntimeError("Cannot run the event loop while another loop is running");
  }

  /** `loop.call_soon(callback, *args)`. */
  callSoon<A extends unknown[]>(callback: (...args: A) => unknown, ...args: A): Handle {
    this._checkClosed();
    asyncioCheckCallback(callback, "call_soon");
    return this._callSoonInternal(callback as unknown as (...args: unknown[]) => unknown, args, true);
  }

  /** There are no threads: the same as `callSoon`, usable from any outside callback. */
  callSoonThreadsafe<A extends unknown[]>(callback: (...args: A) => unknown, ...args: A): Handle {
    return this.callSoon(callback, ...args);
  }

  /** Runtime-internal `call_soon`; `drain` false for callbacks that cannot resume JavaScript code. */
  _callSoonInternal(callback: (...args: unknown[]) => unknown, args: readonly unknown[], drain: boolean): Handle {
    const handle = new Handle(callback, args, this, drain);
    this._ready.push(handle);
    this._wakeUp();
    return handle;
  }

  /** `loop.call_later(delay, callback, *args)`: `delay` in seconds. */
  callLater<A extends unknown[]>(delay: number, callback: (...args: A) => unknown, ...args: A): TimerHandle {
    if (typeof delay !== "number" || Number.isNaN(delay)) throw new TypeError("delay must not be None");
    return this.callAt(this.time() + delay, callback, ...args);
  }

  /** `loop.call_at(when, callback, *args)`: `when` on the `loop.time()` clock. */
  callAt<A extends unknown[]>(when: number, callback: (...args: A) => unknown, ...args: A): TimerHandle {
    if (typeof when !== "number" || Number.isNaN(when)) throw new TypeError("when cannot be None");
    this._checkClosed();
    asyncioCheckCallback(callback, "call_at");
    return this._callAtInternal(when, callback as unknown as (...args: unknown[]) => unknown, args, true);
  }

  _callAtInternal(when: number, callback: (...args: unknown[]) => unknown, args: readonly unknown[], drain: boolean): TimerHandle {
    const timer = new TimerHandle(when, this._timerSeq++, callback, args, this, drain);
    timer._scheduled = true;
    asyncioTimerPush(this._scheduled, timer);
    this._wakeUp();
    return timer;
  }

  _timerHandleCancelled(handle: TimerHandle): void {
    if (handle._scheduled) this._timerCancelledCount++;
  }

  _wakeUp(): void {
    const wake = this._idleWake;
    if (wake !== null) wake();
  }

  /** Stop after the current iteration (every callback already scheduled for it still runs). */
  stop(): void {
    this._stopping = true;
  }

  /** `loop.run_forever()`: resolves when `stop()` was called. */
  async runForever(): Promise<void> {
    this._checkClosed();
    this._checkRunning();
    this._running = true;
    asyncioRunningLoop = this;
    try {
      // Callbacks run outside any task's context (see asyncioTaskStorage).
      await asyncioTaskStorage.exit(() => this._runLoop());
    } finally {
      this._stopping = false;
      this._running = false;
      asyncioRunningLoop = null;
    }
  }

  async _runLoop(): Promise<void> {
    for (;;) {
      await this._runOnce();
      if (this._stopping) break;
    }
  }

  _raiseFatal(error: BaseException): void {
    if (this._fatal === null) this._fatal = error;
    this._wakeUp();
  }

  _checkFatal(): void {
    const fatal = this._fatal;
    if (fatal !== null) {
      this._fatal = null;
      throw fatal;
    }
  }

  /** One iteration of the event loop (CPython's `_run_once`). */
  async _runOnce(): Promise<void> {
    const scheduled = this._scheduled;
    if (scheduled.length > 100 && this._timerCancelledCount / scheduled.length > 0.5) {
      const kept = scheduled.filter((h) => {
        if (h._cancelled) h._scheduled = false;
        return !h._cancelled;
      });
      scheduled.length = 0;
      for (const h of kept) asyncioTimerPush(scheduled, h);
      this._timerCancelledCount = 0;
    } else {
      while (scheduled.length > 0 && scheduled[0]._cancelled) {
        this._timerCancelledCount--;
        asyncioTimerPop(scheduled)._scheduled = false;
      }
    }

    let timeout: number | null = null;
    if (this._ready.length > 0 || this._stopping) timeout = 0;
    else if (scheduled.length > 0) timeout = Math.min(Math.max(0, scheduled[0]._when - this.time()), ASYNCIO_MAXIMUM_SELECT_TIMEOUT);

    if (timeout === null || timeout > 0) {
      await this._waitForEvents(timeout);
    } else if (!this._yieldedToNode) {
      // The "select(0)": let Node poll for I/O at least once per iteration.
      await asyncioMacrotask();
    }
    this._yieldedToNode = false;
    this._checkFatal();
    this._processEvents();

    const endTime = this.time() + this._clockResolution;
    while (scheduled.length > 0) {
      if (scheduled[0]._when >= endTime) break;
      const timer = asyncioTimerPop(scheduled);
      timer._scheduled = false;
      this._ready.push(timer);
    }

    const ntodo = this._ready.length;
    for (let i = 0; i < ntodo; i++) {
      const handle = this._ready.shift();
      if (handle._cancelled) continue;
      handle._run();
      if (handle._drain) {
        await asyncioMacrotask();
        this._yieldedToNode = true;
      }
      this._checkFatal();
    }
  }

  /** What CPython's `_process_events` does after `select()`: events that arrived while Node ran (the concrete loop's signals). */
  _processEvents(): void {}

  /**
   * Waits until the first timer is due (`timeout` seconds), or, with `timeout` null, until something
   * outside the loop schedules a callback. If Node runs out of work meanwhile ('beforeExit'), nothing
   * can ever wake the loop: CPython would block forever; we raise a RuntimeError instead.
   */
  _waitForEvents(timeout: number | null): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      let onBeforeExit: (() => void) | null = null;
      const finish = (): void => {
        if (this._idleWake !== wake) return;
        this._idleWake = null;
        if (timer !== null) clearTimeout(timer);
        if (onBeforeExit !== null) process.removeListener("beforeExit", onBeforeExit);
      };
      const wake = (): void => {
        finish();
        resolve();
      };
      this._idleWake = wake;
      if (timeout !== null) {
        timer = setTimeout(wake, Math.ceil(timeout * 1000));
      } else {
        onBeforeExit = (): void => {
          finish();
          reject(new RuntimeError("Event loop deadlock: every task is waiting and nothing can wake them up (CPython would wait forever)"));
        };
        process.once("beforeExit", onBeforeExit);
      }
    });
  }

  /** `loop.close()`: the loop must not be running; pending callbacks are dropped. */
  close(): void {
    if (this._running) throw new RuntimeError("Cannot close a running event loop");
    if (this._closed) return;
    this._closed = true;
    this._ready.clear();
    for (const timer of this._scheduled) timer._scheduled = false;
    this._scheduled.length = 0;
    this._timerCancelledCount = 0;
    // CPython reports these when the objects are garbage-collected; the loop's end is our equivalent.
    for (const fut of this._logTracebacks) {
      if (fut._logTraceback) {
        this.callExceptionHandler({ message: `${fut._pyClassName()} exception was never retrieved`, exception: fut._exception, future: fut });
      }
    }
    this._logTracebacks.clear();
    for (const task of this._tasks) {
      if (!task.done()) this.callExceptionHandler({ message: "Task was destroyed but it is pending!", task });
    }
    this._tasks.clear();
  }

  setExceptionHandler(handler: LoopExceptionHandler | null): void {
    if (handler !== null && typeof handler !== "function") throw new TypeError(`A callable object or None is expected, got ${asyncioRepr(handler)}`);
    this._exceptionHandler = handler;
  }

  getExceptionHandler(): LoopExceptionHandler | null {
    return this._exceptionHandler;
  }

  /** Logs the context to stderr the way CPython's logger does (without a Python traceback). */
  defaultExceptionHandler(context: LoopExceptionContext): void {
    const lines = [context.message || "Unhandled exception in event loop"];
    for (const key of Object.keys(context).sort()) {
      if (key === "message" || key === "exception") continue;
      lines.push(`${key}: ${asyncioRepr(context[key])}`);
    }
    const exc = context.exception;
    if (exc !== null && exc !== undefined) {
      const text = exc.__str__();
      lines.push(text === "" ? exc.name : `${exc.name}: ${text}`);
    }
    process.stderr.write(lines.join("\n") + "\n");
  }

  callExceptionHandler(context: LoopExceptionContext): void {
    const handler = this._exceptionHandler;
    if (handler === null) {
      try {
        this.defaultExceptionHandler(context);
      } catch (error) {
        if (error instanceof SystemExit || error instanceof KeyboardInterrupt) throw error;
        process.stderr.write("Exception in default exception handler\n");
      }
      return;
    }
    try {
      handler(this, context);
    } catch (error) {
      if (error instanceof SystemExit || error instanceof KeyboardInterrupt) throw error;
      try {
        this.defaultExceptionHandler({ message: "Unhandled error in exception handler", exception: toPyException(error), context });
      } catch (inner) {
        if (inner instanceof SystemExit || inner instanceof KeyboardInterrupt) throw inner;
        process.stderr.write("Exception in default exception handler\n");
      }
    }
  }

  __repr__(): string {
    return `<${this.constructor.name} running=${this.isRunning() ? "True" : "False"} closed=${this._closed ? "True" : "False"} debug=${this._debug ? "True" : "False"}>`;
  }
}
