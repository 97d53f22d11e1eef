/**
 * `asyncio.TaskGroup` (Python 3.11 taskgroups.py). Translation of `async with TaskGroup() as tg:`
 * uses the async context manager protocol like `timeout()`: `__aenter__()`, then
 * `__aexit__(excType, exc, tb)`, which waits for every child and raises
 * `ExceptionGroup('unhandled errors in a TaskGroup', [...])` (a BaseExceptionGroup when one of them is
 * not an Exception). The first failing child cancels its siblings and the task running the body.
 */
import { BaseException, BaseExceptionGroup, Exception, ExceptionGroup, KeyboardInterrupt, RuntimeError, SystemExit, toPyException } from "../exceptions";
import { CancelledError } from "./errors";
import { Future } from "./future";
import { BaseEventLoop, asyncioRequireRunningLoop } from "./loop";
import { Task, currentTask } from "./task";
import type { CoroutineThunk } from "./task";
import { asyncioExcTypeIs } from "./timeouts";

export class TaskGroup {
  _entered = false;
  _exiting = false;
  _aborting = false;
  _loop: BaseEventLoop | null = null;
  _parentTask: Task<unknown> | null = null;
  _parentCancelRequested = false;
  readonly _tasks = new Set<Task<unknown>>();
  _errors: BaseException[] | null = [];
  _baseError: BaseException | null = null;
  _onCompletedFut: Future<boolean> | null = null;

  __repr__(): string {
    const info = [""];
    if (this._tasks.size > 0) info.push(`tasks=${this._tasks.size}`);
    if (this._errors !== null && this._errors.length > 0) info.push(`errors=${this._errors.length}`);
    if (this._aborting) info.push("cancelling");
    else if (this._entered) info.push("entered");
    return `<TaskGroup${info.join(" ")}>`;
  }

  async __aenter__(): Promise<TaskGroup> {
    if (this._entered) throw new RuntimeError(`TaskGroup ${this.__repr__()} has been already entered`);
    this._entered = true;
    if (this._loop === null) this._loop = asyncioRequireRunningLoop();
    this._parentTask = currentTask(this._loop);
    if (this._parentTask === null) throw new RuntimeError(`TaskGroup ${this.__repr__()} cannot determine the parent task`);
    return this;
  }

  async __aexit__(et: unknown, exc: unknown, _tb?: unknown): Promise<boolean> {
    this._exiting = true;
    const error = exc === null || exc === undefined ? null : toPyException(exc);
    const hasExc = et !== null && et !== undefined ? true : error !== null;
    if (error !== null && this._isBaseError(error) && this._baseError === null) this._baseError = error;

    let propagateCancellationError: BaseException | null = asyncioExcTypeIs(et, exc, CancelledError) ? error : null;
    if (this._parentCancelRequested) {
      // The parent task was cancelled by us: that cancellation must not escape the group.
      if ((this._parentTask as Task<unknown>).uncancel() === 0) propagateCancellationError = null;
    }
    if (hasExc && !this._aborting) this._abort();

    while (this._tasks.size > 0) {
      if (this._onCompletedFut === null) this._onCompletedFut = new Future<boolean>({ loop: this._loop });
      try {
        await this._onCompletedFut;
      } catch (ex) {
        if (!(ex instanceof CancelledError)) throw ex;
        if (!this._aborting) {
          propagateCancellationError = ex;
          this._abort();
        }
      }
      this._onCompletedFut = null;
    }

    if (this._baseError !== null) throw this._baseError;
    const errors = this._errors as BaseException[];
    if (propagateCancellationError !== null && errors.length === 0) throw propagateCancellationError;
    if (hasExc && !asyncioExcTypeIs(et, exc, CancelledError) && error !== null) errors.push(error);
    if (errors.length > 0) {
      try {
        const group = errors.every((e) => e instanceof Exception)
          ? new ExceptionGroup("unhandled errors in a TaskGroup", errors)
          : new BaseExceptionGroup("unhandled errors in a TaskGroup", errors);
        throw group.withCause(null);
      } finally {
        this._errors = null;
      }
    }
    return false;
  }

  /** `tg.create_task(coro, name=None)`. */
  createTask<T>(coro: CoroutineThunk<T>, options?: { name?: unknown }): Task<T> {
    if (!this._entered) throw new RuntimeError(`TaskGroup ${this.__repr__()} has not been entered`);
    if (this._exiting && this._tasks.size === 0) throw new RuntimeError(`TaskGroup ${this.__repr__()} is finished`);
    if (this._aborting) throw new RuntimeError(`TaskGroup ${this.__repr__()} is shutting down`);
    const loop = this._loop as BaseEventLoop;
    loop._checkClosed();
    const task = new Task<T>(coro, { loop });
    const name = options?.name;
    if (name !== null && name !== undefined) task.setName(name);
    task._addDoneCallbackInternal((done: Task<T>) => this._onTaskDone(done as Task<unknown>), false);
    this._tasks.add(task as Task<unknown>);
    return task;
  }

  _isBaseError(exc: BaseException): boolean {
    return exc instanceof SystemExit || exc instanceof KeyboardInterrupt;
  }

  _abort(): void {
    this._aborting = true;
    for (const task of this._tasks) {
      if (!task.done()) task.cancel();
    }
  }

  _onTaskDone(task: Task<unknown>): void {
    this._tasks.delete(task);
    if (this._onCompletedFut !== null && this._tasks.size === 0) {
      if (!this._onCompletedFut.done()) this._onCompletedFut.setResult(true);
    }
    if (task.cancelled()) return;
    const exc = task.exception();
    if (exc === null) return;
    (this._errors as BaseException[]).push(exc);
    if (this._isBaseError(exc) && this._baseError === null) this._baseError = exc;
    const parent = this._parentTask as Task<unknown>;
    if (parent.done()) {
      (this._loop as BaseEventLoop).callExceptionHandler({
        message: `Task ${task.__repr__()} has errored out but its parent task ${parent.__repr__()} is already completed`,
        exception: exc,
        task,
      });
      return;
    }
    if (!this._aborting && !this._parentCancelRequested) {
      // The first failure: cancel the siblings and the task running the `async with` body.
      this._abort();
      this._parentCancelRequested = true;
      parent.cancel();
    }
  }
}
