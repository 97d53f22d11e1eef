/**
 * Unit tests of the event loop, futures and tasks (src/runtime/asyncio/). Expected orders and messages
 * were checked against CPython 3.11.
 */
import { BaseException, RuntimeError, StopIteration, SystemExit, TypeError, ValueError } from "../../src/runtime/exceptions";
import {
  CancelledError,
  EventLoop,
  Future,
  InvalidStateError,
  Task,
  allTasks,
  awaitExternal,
  createTask,
  currentTask,
  currentTaskSignal,
  ensureFuture,
  gather,
  getEventLoop,
  getRunningLoop,
  newEventLoop,
  run,
  setEventLoop,
  sleep,
  toThread,
} from "../../src/runtime/asyncio/index";

// Real timers a few milliseconds apart: a busy machine can reorder them; a real bug fails every retry.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

/** Captures what the runtime writes to stderr while `body` runs. */
async function captureStderr(body: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array): boolean => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    await body();
  } finally {
    spy.mockRestore();
  }
  return chunks.join("");
}

describe("event loop", () => {
  test("callSoon runs callbacks in FIFO order with their arguments; cancelled handles are skipped", async () => {
    const log: string[] = [];
    await run(async () => {
      const loop = getRunningLoop();
      loop.callSoon((a: string, b: number) => log.push(`${a}${b}`), "x", 1);
      const h = loop.callSoon(() => log.push("cancelled"));
      loop.callSoon(() => log.push("y"));
      expect(h.cancelled()).toBe(false);
      h.cancel();
      expect(h.cancelled()).toBe(true);
      await sleep(0);
      log.push("main");
    });
    expect(log).toEqual(["x1", "y", "main"]);
  });

  test("each iteration runs only the callbacks that were ready when it started", async () => {
    // Python: cb1, after sleep0, cb2, after sleep0 #2, cb3-nested, after sleep0 #3
    const out: string[] = [];
    await run(async () => {
      const loop = getRunningLoop();
      loop.callSoon(() => out.push("cb1"));
      await sleep(0);
      out.push("after sleep0");
      loop.callSoon(() => out.push("cb2"));
      loop.callSoon(() => loop.callSoon(() => out.push("cb3-nested")));
      await sleep(0);
      out.push("after sleep0 #2");
      await sleep(0);
      out.push("after sleep0 #3");
    });
    expect(out).toEqual(["cb1", "after sleep0", "cb2", "after sleep0 #2", "cb3-nested", "after sleep0 #3"]);
  });

  test("timers fire in deadline order, ties in creation order; handles can be cancelled", async () => {
    const log: string[] = [];
    await run(async () => {
      const loop = getRunningLoop();
      const now = loop.time();
      loop.callAt(now + 0.02, () => log.push("at20-a"));
      loop.callLater(0.01, () => log.push("later10"));
      loop.callAt(now + 0.02, () => log.push("at20-b"));
      const h = loop.callLater(0.005, () => log.push("cancelled"));
      expect(h.when()).toBeGreaterThan(now);
      h.cancel();
      loop.callAt(now + 0.02, () => log.push("at20-c"));
      loop.callLater(-1, () => log.push("past"));
      await sleep(40);
    });
    expect(log).toEqual(["past", "later10", "at20-a", "at20-b", "at20-c"]);
  });

  test("time() is monotonic seconds", async () => {
    await run(async () => {
      const loop = getRunningLoop();
      const t0 = loop.time();
      await sleep(30);
      const elapsed = loop.time() - t0;
      expect(elapsed).toBeGreaterThanOrEqual(0.029);
      expect(elapsed).toBeLessThan(1);
    });
  });

  test("runUntilComplete can be called several times; state queries; close", async () => {
    const loop = newEventLoop();
    expect(loop.isRunning()).toBe(false);
    let runningInside = false;
    const first = await loop.runUntilComplete(async () => {
      runningInside = loop.isRunning() && getRunningLoop() === loop;
      await sleep(5);
      return 1;
    });
    const fut = loop.createFuture<string>();
    loop.callLater(0.005, () => fut.setResult("second"));
    const second = await loop.runUntilComplete(fut);
    expect([first, second, runningInside]).toEqual([1, "second", true]);
    await expect(loop.runUntilComplete(async () => {
      throw new ValueError("boom");
    })).rejects.toThrow(ValueError);
    expect(loop.isClosed()).toBe(false);
    loop.close();
    expect(loop.isClosed()).toBe(true);
    expect(() => loop.callSoon(() => null)).toThrow("Event loop is closed");
    await expect(loop.runUntilComplete(async () => 1)).rejects.toThrow("Event loop is closed");
  });

  test("runForever until stop(); the remaining ready callbacks stay for the next run", async () => {
    const loop = newEventLoop();
    const log: string[] = [];
    loop.callSoon(() => {
      log.push("a");
      loop.stop();
      loop.callSoon(() => log.push("next run"));
    });
    loop.callSoon(() => log.push("b"));
    await loop.runForever();
    expect(log).toEqual(["a", "b"]);
    await loop.runUntilComplete(async () => log.push("task"));
    expect(log).toEqual(["a", "b", "next run", "task"]);
    loop.close();
  });

  test("a loop cannot be run twice at once, nor closed while running, nor run inside another", async () => {
    await run(async () => {
      const loop = getRunningLoop();
      await expect(loop.runUntilComplete(async () => 1)).rejects.toThrow("This event loop is already running");
      expect(() => loop.close()).toThrow("Cannot close a running event loop");
      const other = newEventLoop();
      await expect(other.runUntilComplete(async () => 1)).rejects.toThrow("Cannot run the event loop while another loop is running");
      other.close();
      await expect(run(async () => 1)).rejects.toThrow("asyncio.run() cannot be called from a running event loop");
    });
  });

  test("getRunningLoop / getEventLoop / setEventLoop / newEventLoop", async () => {
    expect(() => getRunningLoop()).toThrow("no running event loop");
    const loop = newEventLoop();
    setEventLoop(loop);
    expect(getEventLoop()).toBe(loop);
    // gather() outside a running loop uses the current loop, as in `loop.run_until_complete(gather(...))`.
    const results = await loop.runUntilComplete(gather(async () => 1, async () => 2));
    expect(results).toEqual([1, 2]);
    await run(async () => {
      expect(getEventLoop()).toBe(getRunningLoop());
      expect(getRunningLoop()).not.toBe(loop);
    });
    // asyncio.run() ends with set_event_loop(None): 3.11 then refuses to create a loop implicitly.
    expect(() => getEventLoop()).toThrow("There is no current event loop in thread 'MainThread'.");
    loop.close();
  });

  test("an exception in a callback goes to the exception handler and the loop goes on", async () => {
    const contexts: string[] = [];
    const log: string[] = [];
    await run(async () => {
      const loop = getRunningLoop();
      loop.setExceptionHandler((_loop, context) => contexts.push(`${context.message} / ${context.exception?.__repr__()}`));
      function failing(): void {
        throw new ValueError("bad");
      }
      loop.callSoon(failing);
      loop.callSoon(() => log.push("after"));
      await sleep(0);
      await sleep(0);
      loop.setExceptionHandler(null);
      expect(loop.getExceptionHandler()).toBe(null);
    });
    expect(contexts).toEqual(["Exception in callback failing() / ValueError('bad')"]);
    expect(log).toEqual(["after"]);
  });

  test("the default exception handler writes to stderr", async () => {
    const err = await captureStderr(async () => {
      await run(async () => {
        getRunningLoop().callSoon(() => {
          throw new ValueError("in callback");
        });
        await sleep(0);
      });
    });
    expect(err).toContain("Exception in callback");
    expect(err).toContain("ValueError: in callback");
  });

  test("runInExecutor and toThread run the function on the loop (no threads)", async () => {
    const log: string[] = [];
    const result = await run(async () => {
      const loop = getRunningLoop();
      const fut = loop.runInExecutor(null, (a: number, b: number) => {
        log.push("fn runs");
        return a + b;
      }, 2, 3);
      log.push("scheduled");
      const r1 = await fut;
      const r2 = await toThread((s: string) => s.toUpperCase(), "abc");
      const failing = loop.runInExecutor(null, () => {
        throw new ValueError("in executor");
      });
      await expect(failing).rejects.toThrow("in executor");
      const r3 = await loop.runInExecutor(null, async () => "async fn");
      return [r1, r2, r3];
    });
    expect(result).toEqual([5, "ABC", "async fn"]);
    expect(log).toEqual(["scheduled", "fn runs"]);
  });
});

describe("futures", () => {
  test("result/exception/set errors mirror CPython's messages", async () => {
    await run(async () => {
      const loop = getRunningLoop();
      const f = loop.createFuture<number>();
      expect(f.done()).toBe(false);
      expect(() => f.result()).toThrow(new InvalidStateError("Result is not set."));
      expect(() => f.exception()).toThrow(new InvalidStateError("Exception is not set."));
      f.setResult(1);
      expect(() => f.setResult(2)).toThrow(new InvalidStateError("invalid state"));
      expect(() => f.setException(new ValueError())).toThrow(new InvalidStateError("invalid state"));
      expect([f.done(), f.result(), f.exception(), f.cancel()]).toEqual([true, 1, null, false]);
      expect(f.__repr__()).toBe("<Future finished result=1>");
      const g = loop.createFuture<number>();
      expect(() => g.setException(new StopIteration())).toThrow("StopIteration interacts badly with generators and cannot be raised into a Future");
      g.setException(ValueError);
      expect(g.exception()).toBeInstanceOf(ValueError);
      expect(() => g.result()).toThrow(ValueError);
      const h = new Future<number>();
      expect(h.getLoop()).toBe(loop);
      expect(h.cancel("why")).toBe(true);
      expect(h.cancelled()).toBe(true);
      expect(h.__repr__()).toBe("<Future cancelled>");
      let caught: unknown = null;
      try {
        h.result();
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(CancelledError);
      expect((caught as CancelledError).args).toEqual(["why"]);
    });
  });

  test("done callbacks run through call_soon, receive the future, can be removed", async () => {
    const log: string[] = [];
    await run(async () => {
      const loop = getRunningLoop();
      const f = loop.createFuture<string>();
      const cb1 = (fut: Future<string>): void => {
        log.push(`cb1 ${fut.result()}`);
      };
      const cb2 = (): void => {
        log.push("cb2");
      };
      f.addDoneCallback(cb1);
      f.addDoneCallback(cb2);
      f.addDoneCallback(cb2);
      expect(f.removeDoneCallback(cb2)).toBe(2);
      f.setResult("v");
      log.push("after setResult");
      await sleep(0);
      f.addDoneCallback(() => log.push("late callback"));
      log.push("added late");
      await sleep(0);
    });
    expect(log).toEqual(["after setResult", "cb1 v", "added late", "late callback"]);
  });

  test("await a future from a task and from outside the loop", async () => {
    const loop = newEventLoop();
    const f = loop.createFuture<number>();
    loop.callLater(0.005, () => f.setResult(7));
    const got = await loop.runUntilComplete(async () => (await f) * 2);
    expect(got).toBe(14);
    expect(await f).toBe(7);
    loop.close();
  });

  test("Tasks and Futures delivered as values are not flattened by JavaScript", async () => {
    await run(async () => {
      const loop = getRunningLoop();
      const inner = createTask(async () => "inner result");
      const f = loop.createFuture<Task<string>>();
      loop.callSoon(() => f.setResult(inner));
      const got = (await f) as unknown as Task<string>;
      expect(got).toBe(inner);
      const viaSleep = (await sleep(1, inner)) as unknown as Task<string>;
      expect(viaSleep).toBe(inner);
      expect(await inner).toBe("inner result");
    });
  });
});

describe("tasks", () => {
  test("default names count like CPython: the main task of run() is Task-1", async () => {
    // Python: Task-1 / x Task-3 / y Task-4 (create_task(name=...) consumes a number, loop.create_task does not)
    let names: string[] = [];
    await new Promise<void>((resolve, reject) => {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require("../../src/runtime/asyncio/index") as typeof import("../../src/runtime/asyncio/index");
        fresh
          .run(async () => {
            const c = async (): Promise<number> => 1;
            names.push(fresh.currentTask()!.getName());
            const t = fresh.createTask(c, { name: "x" });
            const t2 = fresh.createTask(c);
            const t3 = fresh.getRunningLoop().createTask(c, { name: "y" });
            const t4 = fresh.createTask(c);
            names = names.concat([t.getName(), t2.getName(), t3.getName(), t4.getName()]);
            t4.setName("renamed");
            names.push(t4.getName());
          })
          .then(() => resolve(), reject);
      });
    });
    expect(names).toEqual(["Task-1", "x", "Task-3", "y", "Task-4", "renamed"]);
  });

  test("a task cancelled before its first step never calls its thunk", async () => {
    let called = false;
    await run(async () => {
      const t = createTask(async () => {
        called = true;
      });
      expect(t.cancel()).toBe(true);
      await expect(t).rejects.toThrow(CancelledError);
      expect(t.cancelled()).toBe(true);
      expect(t.done()).toBe(true);
      expect(t.cancel()).toBe(false);
    });
    expect(called).toBe(false);
  });

  test("result(), exception(), setResult() on tasks", async () => {
    await run(async () => {
      const t = createTask(async () => {
        await sleep(1);
        return 5;
      });
      expect(() => t.result()).toThrow(new InvalidStateError("Result is not set."));
      expect(() => t.setResult(1)).toThrow(new RuntimeError("Task does not support set_result operation"));
      expect(() => t.setException(new ValueError())).toThrow(new RuntimeError("Task does not support set_exception operation"));
      expect(await t).toBe(5);
      expect([t.result(), t.exception()]).toEqual([5, null]);
      const boom = new ValueError("boom");
      const f = createTask(async () => {
        throw boom;
      });
      let caught: unknown = null;
      try {
        await f;
      } catch (e) {
        caught = e;
      }
      expect(caught).toBe(boom);
      expect(f.exception()).toBe(boom);
      const c = createTask(() => sleep(1000));
      await sleep(0);
      c.cancel("stop");
      await expect(c).rejects.toThrow(CancelledError);
      expect(() => c.result()).toThrow(CancelledError);
      expect(() => c.exception()).toThrow(CancelledError);
      expect(c.__repr__()).toMatch(/^<Task cancelled name='Task-\d+'>$/);
    });
  });

  test("cancel(msg), cancelling() and uncancel()", async () => {
    const log: string[] = [];
    await run(async () => {
      const t = createTask(async () => {
        try {
          await sleep(1000);
        } catch (e) {
          if (!(e instanceof CancelledError)) throw e;
          log.push(`caught ${JSON.stringify(e.args)} cancelling=${currentTask()!.cancelling()}`);
          log.push(`uncancel -> ${currentTask()!.uncancel()}`);
        }
        await sleep(1);
        return "finished anyway";
      });
      await sleep(0);
      expect(t.cancel("first")).toBe(true);
      expect(t.cancelling()).toBe(1);
      expect(await t).toBe("finished anyway");
      expect(t.cancelled()).toBe(false);
      expect(t.uncancel()).toBe(0);
    });
    expect(log).toEqual(['caught ["first"] cancelling=1', "uncancel -> 0"]);
  });

  test("addDoneCallback receives the task; currentTask; allTasks", async () => {
    const log: string[] = [];
    await run(async () => {
      const main = currentTask();
      expect(main).toBeInstanceOf(Task);
      const t = createTask(async () => {
        expect(currentTask()).not.toBe(main);
        return 3;
      }, { name: "worker" });
      t.addDoneCallback((task) => log.push(`${task.getName()} done ${task.result()} current=${String(currentTask())}`));
      expect(allTasks().has(t)).toBe(true);
      expect(allTasks().has(main as Task<unknown>)).toBe(true);
      await t;
      await sleep(0);
      expect(allTasks().has(t)).toBe(false);
    });
    expect(log).toEqual(["worker done 3 current=null"]);
  });

  test("a task awaiting itself gets a RuntimeError", async () => {
    await run(async () => {
      const holder: { task: Task<unknown> | null } = { task: null };
      const t = createTask(async () => {
        await sleep(0);
        await (holder.task as Task<unknown>);
      });
      holder.task = t;
      await expect(t).rejects.toThrow("Task cannot await on itself");
    });
  });

  test("nested non-blocking awaits inside a task do not let another task run in between", async () => {
    const log: string[] = [];
    async function leaf(n: number): Promise<number> {
      return n + 1;
    }
    async function deep(n: number): Promise<number> {
      return n === 0 ? leaf(0) : (await deep(n - 1)) + (await leaf(0));
    }
    async function a(): Promise<void> {
      log.push("a1");
      const v = await deep(50);
      log.push(`a2 ${v}`);
      await sleep(0);
      log.push("a3");
    }
    async function b(): Promise<void> {
      log.push("b1");
      await sleep(0);
      log.push("b2");
    }
    await run(async () => {
      await gather(a, b);
    });
    expect(log).toEqual(["a1", "a2 51", "b1", "a3", "b2"]);
  });

  test("microtask-heavy code stays inside its step", async () => {
    const log: string[] = [];
    async function heavy(name: string): Promise<void> {
      for (let round = 0; round < 3; round++) {
        let total = 0;
        for (let i = 0; i < 2000; i++) {
          total += await Promise.resolve(i);
          await new Promise<void>((resolve) => queueMicrotask(resolve));
          await new Promise<void>((resolve) => process.nextTick(resolve));
        }
        log.push(`${name} round ${round} ${total}`);
        await sleep(0);
      }
    }
    await run(async () => {
      await gather(() => heavy("x"), () => heavy("y"), () => heavy("z"));
    });
    const rounds = [0, 1, 2].flatMap((r) => ["x", "y", "z"].map((n) => `${n} round ${r} 1999000`));
    expect(log).toEqual(rounds);
  });

  test("a task may await a promise from outside the runtime", async () => {
    const log: string[] = [];
    await run(async () => {
      const outside = createTask(async () => {
        log.push("outside start");
        await new Promise<void>((resolve) => setTimeout(resolve, 60));
        log.push("outside resumed");
        await sleep(5);
        log.push("outside done");
      });
      const ticker = createTask(async () => {
        for (let i = 0; i < 3; i++) {
          await sleep(5);
          log.push(`tick ${i}`);
        }
      });
      await gather(outside, ticker);
    });
    expect(log).toEqual(["outside start", "tick 0", "tick 1", "tick 2", "outside resumed", "outside done"]);
  });

  test("an exception escaping run() propagates after the other tasks are cancelled", async () => {
    const log: string[] = [];
    const main = async (): Promise<void> => {
      createTask(async () => {
        try {
          await sleep(1000);
        } finally {
          log.push("background finally");
        }
      });
      await sleep(1);
      throw new ValueError("from main");
    };
    await expect(run(main)).rejects.toThrow(new ValueError("from main"));
    expect(log).toEqual(["background finally"]);
  });

  test("tasks still running at the end of run() are cancelled and their finally blocks run", async () => {
    const log: string[] = [];
    const result = await run(async () => {
      for (const name of ["a", "b", "c"]) {
        createTask(async () => {
          try {
            await sleep(10_000);
          } catch (e) {
            log.push(`${name} ${e instanceof CancelledError ? "cancelled" : "other"}`);
            throw e;
          } finally {
            await sleep(1);
            log.push(`${name} finally`);
          }
        });
      }
      await sleep(0);
      return "main result";
    });
    expect(result).toBe("main result");
    expect(log).toEqual(["a cancelled", "b cancelled", "c cancelled", "a finally", "b finally", "c finally"]);
  });

  test("a failing task nobody awaits does not crash Node; it is reported at loop close", async () => {
    const err = await captureStderr(async () => {
      await run(async () => {
        createTask(async () => {
          throw new ValueError("lost");
        }, { name: "lost-task" });
        await sleep(5);
      });
    });
    expect(err).toContain("Task exception was never retrieved");
    expect(err).toContain("<Task finished name='lost-task' exception=ValueError('lost')>");
    expect(err).toContain("ValueError: lost");
  });

  test("SystemExit raised in a task propagates out of run()", async () => {
    const log: string[] = [];
    await captureStderr(async () => {
      await expect(
        run(async () => {
          createTask(async () => {
            throw new SystemExit(3);
          });
          try {
            await sleep(1000);
          } finally {
            log.push("main finally");
          }
        }),
      ).rejects.toThrow(SystemExit);
    });
    expect(log).toEqual(["main finally"]);
  });

  test("run() refuses a non-coroutine", async () => {
    await expect(run(42 as unknown as () => Promise<number>)).rejects.toThrow("a coroutine was expected");
  });

  test("ensureFuture", async () => {
    await run(async () => {
      const loop = getRunningLoop();
      const f = loop.createFuture<number>();
      expect(ensureFuture(f)).toBe(f);
      const t = ensureFuture(async () => 2);
      expect(t).toBeInstanceOf(Task);
      expect(await t).toBe(2);
      const p = ensureFuture(Promise.resolve(3));
      expect(await p).toBe(3);
      expect(() => ensureFuture(5 as unknown as Promise<number>)).toThrow(TypeError);
    });
  });

  test("awaitExternal resolves through the loop and is cancellable (aborting its signal)", async () => {
    const log: string[] = [];
    await run(async () => {
      const value = await awaitExternal(new Promise<string>((resolve) => setTimeout(() => resolve("fetched"), 5)));
      log.push(value);
      await expect(awaitExternal(Promise.reject(new globalThis.Error("network")))).rejects.toThrow("network");
      let aborted: unknown = null;
      const t = createTask(async () => {
        try {
          await awaitExternal(
            (signal) =>
              new Promise<string>((resolve) => {
                signal.addEventListener("abort", () => {
                  aborted = signal.reason;
                });
                setTimeout(() => resolve("too late"), 30);
              }),
          );
        } catch (e) {
          log.push(`task got ${e instanceof CancelledError ? "CancelledError" : String(e)}`);
          throw e;
        }
      });
      await sleep(5);
      t.cancel();
      await expect(t).rejects.toThrow(CancelledError);
      await sleep(0);
      expect(aborted).toBeInstanceOf(CancelledError);
      await sleep(40);
    });
    expect(log).toEqual(["fetched", "task got CancelledError"]);
  });

  test("a task's signal is aborted when it is done", async () => {
    await run(async () => {
      let signal: AbortSignal | null = null;
      const t = createTask(async () => {
        signal = currentTaskSignal();
        expect(signal?.aborted).toBe(false);
        await sleep(1);
      });
      await t;
      expect((signal as AbortSignal | null)?.aborted).toBe(true);
      expect(currentTaskSignal()?.aborted).toBe(false);
    });
    expect(currentTaskSignal()).toBe(null);
  });

  test("an EventLoop is a plain class", () => {
    const loop = new EventLoop();
    expect(loop.__repr__()).toBe("<EventLoop running=False closed=False debug=False>");
    loop.close();
  });

  test("BaseException subclasses raised by a task keep their identity", async () => {
    class MyBase extends BaseException {}
    const err = new MyBase("b");
    await run(async () => {
      const t = createTask(async () => {
        throw err;
      });
      await expect(t).rejects.toBe(err);
    });
  });
});
