/**
 * `asyncio.timeout(delay)` / `asyncio.timeout_at(when)` (Python 3.11 timeouts.py), in seconds.
 *
 * Translation of `async with asyncio.timeout(1) as t: body`:
 *   const t = timeout(1); await t.__aenter__(); let failed = false;
 *   try { body } catch (e) { failed = true; if (!(await t.__aexit__(errType, e, null))) throw e; }
 *   finally { if (!failed) await t.__aexit__(null, null, null); }
 * On expiry the task is cancelled; `__aexit__` turns the resulting CancelledError into TimeoutError.
 */
import { AssertionError, RuntimeError, TimeoutError } from "../exceptions";
import { CancelledError } from "./errors";
import { Handle, asyncioRequireRunningLoop } from "./loop";
import { Task, currentTask } from "./task";

type AsyncioTimeoutState = "created" | "active" | "expiring" | "expired" | "finished";

/** Whether `excType` (or, when it is null, the class of `exc`) is exactly `cls` (Python's `et is cls`). */
export function asyncioExcTypeIs(excType: unknown, exc: unknown, cls: unknown): boolean {
  const type = excType ?? (exc !== null && exc !== undefined && typeof exc === "object" ? (exc as object).constructor : null);
  return type === cls;
}

export class Timeout {
  _state: AsyncioTimeoutState = "created";
  _timeoutHandler: Handle | null = null;
  _task: Task<unknown> | null = null;
  _when: number | null;

  constructor(when: number | null) {
    this._when = when ?? null;
  }

  /** The deadline on the `loop.time()` clock, or null. */
  when(): number | null {
    return this._when;
  }

  /** Moves the deadline (null: no deadline); only while the context is active. */
  reschedule(when: number | null): void {
    if (this._state === "created") throw new AssertionError();
    if (this._state !== "active") throw new RuntimeError(`Cannot change state of ${this._state} Timeout`);
    this._when = when ?? null;
    if (this._timeoutHandler !== null) this._timeoutHandler.cancel();
    if (when === null || when === undefined) {
      this._timeoutHandler = null;
    } else {
      const loop = asyncioRequireRunningLoop();
      const onTimeout = (): void => this._onTimeout();
      if (when <= loop.time()) this._timeoutHandler = loop._callSoonInternal(onTimeout, [], false);
      else this._timeoutHandler = loop._callAtInternal(when, onTimeout, [], false);
    }
  }

  /** Whether the deadline was reached while the context was active. */
  expired(): boolean {
    return this._state === "expiring" || this._state === "expired";
  }

  __repr__(): string {
    const info = [""];
    if (this._state === "active") info.push(`when=${this._when === null ? "None" : String(Math.round(this._when * 1000) / 1000)}`);
    return `<Timeout [${this._state}]${info.join(" ")}>`;
  }

  async __aenter__(): Promise<Timeout> {
    this._state = "active";
    this._task = currentTask();
    if (this._task === null) throw new RuntimeError("Timeout should be used inside a task");
    this.reschedule(this._when);
    return this;
  }

  async __aexit__(excType: unknown, exc: unknown, _tb?: unknown): Promise<boolean> {
    if (this._timeoutHandler !== null) {
      this._timeoutHandler.cancel();
      this._timeoutHandler = null;
    }
    if (this._state === "expiring") {
      this._state = "expired";
      if ((this._task as Task<unknown>).uncancel() === 0 && asyncioExcTypeIs(excType, exc, CancelledError)) {
        const error = new TimeoutError();
        if (exc instanceof CancelledError) error.__context__ = exc;
        throw error;
      }
    } else if (this._state === "active") {
      this._state = "finished";
    }
    return false;
  }

  _onTimeout(): void {
    (this._task as Task<unknown>).cancel();
    this._state = "expiring";
    this._timeoutHandler = null;
  }
}

/** `asyncio.timeout(delay)`: `delay` in seconds, or null for no deadline. */
export function timeout(delay: number | null): Timeout {
  const loop = asyncioRequireRunningLoop();
  return new Timeout(delay !== null && delay !== undefined ? loop.time() + delay : null);
}

/** `asyncio.timeout_at(when)`: an absolute deadline on the `loop.time()` clock. */
export function timeoutAt(when: number | null): Timeout {
  return new Timeout(when);
}
