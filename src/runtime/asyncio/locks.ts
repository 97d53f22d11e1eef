/**
 * Synchronisation primitives (CPython 3.11.2 locks.py): Lock, Event, Condition, Semaphore,
 * BoundedSemaphore, Barrier. Same waiter queues and wake-up rules as CPython, including its fairness
 * details: `Lock.acquire()` does not take a free lock while non-cancelled waiters are queued (so a
 * newcomer cannot overtake the waiter `release()` woke), and `Semaphore.release()` hands the unit
 * to the first waiter at once (decrementing the value on its behalf), so `locked()` stays true.
 *
 * `async with lock:` is translated with the async context manager protocol: `__aenter__()` and
 * `__aexit__(excType, exc, tb)` (which resolves to false: exceptions are not suppressed).
 */
import { RuntimeError, ValueError } from "../exceptions";
import { BrokenBarrierError, CancelledError } from "./errors";
import { Future } from "./future";
import { BaseEventLoop, asyncioRunningLoopOrNull } from "./loop";

/** Python's `mixins._LoopBoundMixin`: the object binds to the running loop the first time it blocks. */
export class AsyncioLoopBound {
  _boundLoop: BaseEventLoop | null = null;

  _getLoop(): BaseEventLoop {
    const loop = asyncioRunningLoopOrNull();
    if (this._boundLoop === null) this._boundLoop = loop;
    if (loop !== this._boundLoop) throw new RuntimeError(`${this.__repr__()} is bound to a different event loop`);
    if (loop === null) throw new RuntimeError("no running event loop");
    return loop;
  }

  _reprExtra(): string {
    return "";
  }

  /**
   * Waits at the end of `waiters` until woken (its future's result set). However the wait ends,
   * the waiter leaves the queue; when it is cancelled, `onCancel` may hand the wake-up on first.
   */
  async _waitInLine(waiters: Future<boolean>[], onCancel?: (fut: Future<boolean>) => void): Promise<void> {
    const fut = new Future<boolean>({ loop: this._getLoop() });
    waiters.push(fut);
    try {
      try {
        await fut;
      } finally {
        asyncioRemoveWaiter(waiters, fut);
      }
    } catch (error) {
      if (error instanceof CancelledError) onCancel?.(fut);
      throw error;
    }
  }

  __repr__(): string {
    const extra = this._reprExtra();
    return `<asyncio.locks.${this.constructor.name} object${extra === "" ? "" : ` [${extra}]`}>`;
  }

  __str__(): string {
    return this.__repr__();
  }
}

/** Removes the first occurrence of `item` (Python's `deque.remove`, which raises when absent). */
export function asyncioRemoveWaiter<T>(waiters: T[], item: T): void {
  const index = waiters.indexOf(item);
  if (index < 0) throw new ValueError("deque.remove(x): x not in deque");
  waiters.splice(index, 1);
}

/**
 * Python's `locks._ContextManagerMixin` on a loop-bound object: `async with` acquires and releases
 * (Lock, Condition, Semaphore).
 */
export abstract class AsyncioAcquirable extends AsyncioLoopBound {
  abstract acquire(): Promise<boolean>;
  abstract release(): void;

  async __aenter__(): Promise<null> {
    await this.acquire();
    return null;
  }

  async __aexit__(_excType?: unknown, _exc?: unknown, _tb?: unknown): Promise<boolean> {
    this.release();
    return false;
  }
}

/** Python truthiness (None, False, 0, "", empty containers, `__bool__`/`__len__`). */
export function asyncioTruthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  if (typeof value === "bigint") return value !== 0n;
  if (typeof value === "string") return value.length > 0;
  if (Array.isArray(value) || value instanceof Uint8Array) return value.length > 0;
  if (value instanceof Map || value instanceof Set) return value.size > 0;
  if (typeof value === "object") {
    const obj = value as { __bool__?: () => unknown; __len__?: () => unknown };
    if (typeof obj.__bool__ === "function") return Boolean(obj.__bool__());
    if (typeof obj.__len__ === "function") return Number(obj.__len__()) !== 0;
  }
  return true;
}

/** A primitive lock, not owned by a task; waiters are woken in FIFO order. */
export class Lock extends AsyncioAcquirable {
  _waiters: Future<boolean>[] | null = null;
  _locked = false;

  override _reprExtra(): string {
    let extra = this._locked ? "locked" : "unlocked";
    if (this._waiters !== null && this._waiters.length > 0) extra += `, waiters:${this._waiters.length}`;
    return extra;
  }

  locked(): boolean {
    return this._locked;
  }

  async acquire(): Promise<boolean> {
    if (!this._locked && (this._waiters === null || this._waiters.every((w) => w.cancelled()))) {
      this._locked = true;
      return true;
    }
    await this._waitInLine((this._waiters ??= []), () => {
      if (!this._locked) this._wakeUpFirst();
    });
    this._locked = true;
    return true;
  }

  release(): void {
    if (this._locked) {
      this._locked = false;
      this._wakeUpFirst();
    } else {
      throw new RuntimeError("Lock is not acquired.");
    }
  }

  _wakeUpFirst(): void {
    if (this._waiters === null || this._waiters.length === 0) return;
    const fut = this._waiters[0];
    if (!fut.done()) fut.setResult(true);
  }
}

/** `asyncio.Event`: `set()` wakes every waiter. */
export class Event extends AsyncioLoopBound {
  _waiters: Future<boolean>[] = [];
  _value = false;

  override _reprExtra(): string {
    let extra = this._value ? "set" : "unset";
    if (this._waiters.length > 0) extra += `, waiters:${this._waiters.length}`;
    return extra;
  }

  isSet(): boolean {
    return this._value;
  }

  set(): void {
    if (!this._value) {
      this._value = true;
      for (const fut of this._waiters) {
        if (!fut.done()) fut.setResult(true);
      }
    }
  }

  clear(): void {
    this._value = false;
  }

  async wait(): Promise<boolean> {
    if (this._value) return true;
    await this._waitInLine(this._waiters);
    return true;
  }
}

/** `asyncio.Condition(lock=None)`. */
export class Condition extends AsyncioAcquirable {
  readonly _lock: Lock;
  _waiters: Future<boolean>[] = [];

  constructor(lock?: Lock | null) {
    super();
    this._lock = lock ?? new Lock();
  }

  override _reprExtra(): string {
    let extra = this.locked() ? "locked" : "unlocked";
    if (this._waiters.length > 0) extra += `, waiters:${this._waiters.length}`;
    return extra;
  }

  locked(): boolean {
    return this._lock.locked();
  }

  acquire(): Promise<boolean> {
    return this._lock.acquire();
  }

  release(): void {
    this._lock.release();
  }

  /** Releases the lock, waits to be notified, re-acquires the lock (even when cancelled). */
  async wait(): Promise<boolean> {
    if (!this.locked()) throw new RuntimeError("cannot wait on un-acquired lock");
    this.release();
    try {
      await this._waitInLine(this._waiters);
      return true;
    } finally {
      let cancelled = false;
      for (;;) {
        try {
          await this.acquire();
          break;
        } catch (error) {
          if (error instanceof CancelledError) cancelled = true;
          else throw error;
        }
      }
      if (cancelled) throw new CancelledError();
    }
  }

  /** Waits until `predicate()` is true (Python truthiness) and returns its last value. */
  async waitFor<R>(predicate: () => R): Promise<R> {
    let result = predicate();
    while (!asyncioTruthy(result)) {
      await this.wait();
      result = predicate();
    }
    return result;
  }

  notify(n = 1): void {
    if (!this.locked()) throw new RuntimeError("cannot notify on un-acquired lock");
    let idx = 0;
    for (const fut of this._waiters) {
      if (idx >= n) break;
      if (!fut.done()) {
        idx++;
        fut.setResult(false);
      }
    }
  }

  notifyAll(): void {
    this.notify(this._waiters.length);
  }
}

/** `asyncio.Semaphore(value=1)`. */
export class Semaphore extends AsyncioAcquirable {
  _waiters: Future<boolean>[] | null = null;
  _value: number;

  constructor(value = 1) {
    super();
    if (value < 0) throw new ValueError("Semaphore initial value must be >= 0");
    this._value = value;
  }

  override _reprExtra(): string {
    let extra = this.locked() ? "locked" : `unlocked, value:${this._value}`;
    if (this._waiters !== null && this._waiters.length > 0) extra += `, waiters:${this._waiters.length}`;
    return extra;
  }

  /** True if `acquire()` would block. */
  locked(): boolean {
    return this._value === 0 || (this._waiters ?? []).some((w) => !w.cancelled());
  }

  async acquire(): Promise<boolean> {
    if (!this.locked()) {
      this._value--;
      return true;
    }
    await this._waitInLine((this._waiters ??= []), (fut) => {
      if (!fut.cancelled()) {
        this._value++;
        this._wakeUpNext();
      }
    });
    if (this._value > 0) this._wakeUpNext();
    return true;
  }

  release(): void {
    this._value++;
    this._wakeUpNext();
  }

  _wakeUpNext(): void {
    if (this._waiters === null || this._waiters.length === 0) return;
    for (const fut of this._waiters) {
      if (!fut.done()) {
        this._value--;
        fut.setResult(true);
        return;
      }
    }
  }
}

/** A Semaphore whose `release()` raises ValueError above the initial value. */
export class BoundedSemaphore extends Semaphore {
  readonly _boundValue: number;

  constructor(value = 1) {
    super(value);
    this._boundValue = value;
  }

  override release(): void {
    if (this._value >= this._boundValue) throw new ValueError("BoundedSemaphore released too many times");
    super.release();
  }
}

type AsyncioBarrierState = "filling" | "draining" | "resetting" | "broken";

/** `asyncio.Barrier(parties)` (3.11). */
export class Barrier extends AsyncioLoopBound {
  readonly _cond = new Condition();
  readonly _parties: number;
  _state: AsyncioBarrierState = "filling";
  _count = 0;

  constructor(parties: number) {
    super();
    if (parties < 1) throw new ValueError("parties must be > 0");
    this._parties = parties;
  }

  override _reprExtra(): string {
    let extra = this._state;
    if (!this.broken) extra += `, waiters:${this.nWaiting}/${this.parties}`;
    return extra;
  }

  async __aenter__(): Promise<number> {
    return this.wait();
  }

  async __aexit__(_excType?: unknown, _exc?: unknown, _tb?: unknown): Promise<boolean> {
    return false;
  }

  /** Waits until `parties` tasks are waiting; returns a distinct index in 0..parties-1. */
  async wait(): Promise<number> {
    await this._cond.acquire();
    try {
      await this._block();
      const index = this._count;
      try {
        this._count++;
        if (index + 1 === this._parties) await this._release();
        else await this._wait();
        return index;
      } finally {
        this._count--;
        this._exit();
      }
    } finally {
      this._cond.release();
    }
  }

  async _block(): Promise<void> {
    await this._cond.waitFor(() => this._state !== "draining" && this._state !== "resetting");
    if (this._state === "broken") throw new BrokenBarrierError("Barrier aborted");
  }

  async _release(): Promise<void> {
    this._state = "draining";
    this._cond.notifyAll();
  }

  async _wait(): Promise<void> {
    await this._cond.waitFor(() => this._state !== "filling");
    if (this._state === "broken" || this._state === "resetting") throw new BrokenBarrierError("Abort or reset of barrier");
  }

  _exit(): void {
    if (this._count === 0) {
      if (this._state === "resetting" || this._state === "draining") this._state = "filling";
      this._cond.notifyAll();
    }
  }

  /** Returns the barrier to the empty state; waiting tasks get BrokenBarrierError. */
  async reset(): Promise<void> {
    await this._cond.acquire();
    try {
      if (this._count > 0) {
        if (this._state !== "resetting") this._state = "resetting";
      } else {
        this._state = "filling";
      }
      this._cond.notifyAll();
    } finally {
      this._cond.release();
    }
  }

  /** Puts the barrier into the broken state. */
  async abort(): Promise<void> {
    await this._cond.acquire();
    try {
      this._state = "broken";
      this._cond.notifyAll();
    } finally {
      this._cond.release();
    }
  }

  get parties(): number {
    return this._parties;
  }

  get nWaiting(): number {
    return this._state === "filling" ? this._count : 0;
  }

  get broken(): boolean {
    return this._state === "broken";
  }
}
