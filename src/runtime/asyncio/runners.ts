/**
 * `asyncio.run` and `asyncio.Runner` (CPython 3.11 runners.py). `run(() => main())` returns a
 * promise the translated module awaits at top level: it creates a new loop, runs `main` as a task
 * (`Task-1` in a fresh program), then cancels every task still pending and runs the loop until they
 * are finished (their `finally` blocks run), and closes the loop. main's exception propagates.
 * SIGINT handling (Ctrl-C cancelling the main task) is not emulated.
 */
import { RuntimeError, ValueError } from "../exceptions";
import { asyncioDeliver } from "./future";
import type { AsyncioBox } from "./future";
import { EventLoop, newEventLoop, setEventLoop } from "./eventloop";
import { gatherWith } from "./gather";
import { asyncioRunningLoopOrNull } from "./loop";
import { allTasks } from "./task";
import type { CoroutineThunk } from "./task";

type AsyncioRunnerState = "created" | "initialized" | "closed";

export interface RunOptions {
  debug?: boolean | null;
  loopFactory?: (() => EventLoop) | null;
}

/** `asyncio.Runner`: `close()` (async here) must be awaited when done. */
export class Runner {
  _state: AsyncioRunnerState = "created";
  readonly _debug: boolean | null;
  readonly _loopFactory: (() => EventLoop) | null;
  _loop: EventLoop | null = null;
  _setEventLoop = false;

  constructor(options?: RunOptions) {
    this._debug = options?.debug ?? null;
    this._loopFactory = options?.loopFactory ?? null;
  }

  /** Shuts down: cancels the remaining tasks, waits for them, closes the loop. */
  async close(): Promise<void> {
    if (this._state !== "initialized") return;
    const loop = this._loop as EventLoop;
    try {
      await asyncioCancelAllTasks(loop);
      await loop.runUntilComplete(() => loop.shutdownAsyncgens());
      await loop.runUntilComplete(() => loop.shutdownDefaultExecutor());
    } finally {
      if (this._setEventLoop) setEventLoop(null);
      loop.close();
      this._loop = null;
      this._state = "closed";
    }
  }

  getLoop(): EventLoop {
    this._lazyInit();
    return this._loop as EventLoop;
  }

  /** Runs a coroutine thunk as a task of the runner's loop and returns its result. */
  run<T>(coro: CoroutineThunk<T>): Promise<T> {
    return asyncioDeliver(this._runBoxed(coro));
  }

  async _runBoxed<T>(coro: CoroutineThunk<T>): Promise<AsyncioBox<T>> {
    if (typeof coro !== "function") throw new ValueError(`a coroutine was expected, got ${String(coro)}`);
    if (asyncioRunningLoopOrNull() !== null) throw new RuntimeError("Runner.run() cannot be called from a running event loop");
    this._lazyInit();
    const loop = this._loop as EventLoop;
    const task = loop.createTask(coro);
    return { value: await loop.runUntilComplete(task) };
  }

  _lazyInit(): void {
    if (this._state === "closed") throw new RuntimeError("Runner is closed");
    if (this._state === "initialized") return;
    if (this._loopFactory === null) {
      this._loop = newEventLoop();
      if (!this._setEventLoop) {
        setEventLoop(this._loop);
        this._setEventLoop = true;
      }
    } else {
      this._loop = this._loopFactory();
    }
    if (this._debug !== null) this._loop.setDebug(this._debug);
    this._state = "initialized";
  }
}

async function asyncioCancelAllTasks(loop: EventLoop): Promise<void> {
  const toCancel = [...allTasks(loop)];
  if (toCancel.length === 0) return;
  for (const task of toCancel) task.cancel();
  await loop.runUntilComplete(gatherWith({ returnExceptions: true }, ...toCancel));
  for (const task of toCancel) {
    if (task.cancelled()) continue;
    const exc = task.exception();
    if (exc !== null) loop.callExceptionHandler({ message: "unhandled exception during asyncio.run() shutdown", exception: exc, task });
  }
}

/** `asyncio.run(main())` is `await run(() => main())`. */
export function run<T>(main: CoroutineThunk<T>, options?: RunOptions): Promise<T> {
  return asyncioDeliver(asyncioRunBoxed(main, options));
}

async function asyncioRunBoxed<T>(main: CoroutineThunk<T>, options?: RunOptions): Promise<AsyncioBox<T>> {
  if (asyncioRunningLoopOrNull() !== null) throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
  const runner = new Runner(options);
  try {
    return { value: await runner.run(main) };
  } finally {
    await runner.close();
  }
}
