/**
 * Unit tests of sleep, gather, shield, wait_for, wait, as_completed, timeout and TaskGroup. Expected
 * values were checked against CPython 3.11.
 */
import { AssertionError, BaseException, BaseExceptionGroup, ExceptionGroup, RuntimeError, TimeoutError, TypeError, ValueError } from "../../src/runtime/exceptions";
import {
  ALL_COMPLETED,
  CancelledError,
  FIRST_COMPLETED,
  TaskGroup,
  asCompleted,
  createTask,
  currentTask,
  gather,
  gatherWith,
  getRunningLoop,
  run,
  shield,
  sleep,
  timeout,
  timeoutAt,
  wait,
  waitFor,
} from "../../src/runtime/asyncio/index";
import type { ReturnWhen } from "../../src/runtime/asyncio/index";

// Real timers a few milliseconds apart: a busy machine can reorder them; a real bug fails every retry.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

async function c<T>(v: T, ms = 0): Promise<T> {
  await sleep(ms);
  return v;
}

describe("sleep", () => {
  test("returns its result; a negative delay is sleep(0); needs a running loop", async () => {
    // Python: res neg
    await run(async () => {
      expect(await sleep(1, "res")).toBe("res");
      expect(await sleep(-1, "neg")).toBe("neg");
      expect(await sleep(0)).toBe(null);
    });
    await expect(sleep(10)).rejects.toThrow("no running event loop");
  });

  test("a cancelled sleep raises CancelledError and removes its timer", async () => {
    await run(async () => {
      const loop = getRunningLoop();
      const t = createTask(() => sleep(10_000));
      await sleep(0);
      expect(loop._scheduled.filter((h) => !h._cancelled).length).toBe(1);
      t.cancel();
      await expect(t).rejects.toThrow(CancelledError);
      expect(loop._scheduled.filter((h) => !h._cancelled).length).toBe(0);
    });
  });
});

describe("gather and shield", () => {
  test("empty gather; the same task twice; results in argument order", async () => {
    // Python: [] and [1, 1]
    await run(async () => {
      expect(await gather()).toEqual([]);
      const t = createTask(() => c(1));
      expect(await gather(t, t)).toEqual([1, 1]);
      expect(await gather(() => c("slow", 20), () => c("fast", 5), Promise.resolve("promise"))).toEqual(["slow", "fast", "promise"]);
    });
  });

  test("a cancelled child: CancelledError('') with returnExceptions, else the gather raises", async () => {
    // Python: ["CancelledError('')", '1'] and "gather child cancelled -> CancelledError()"
    await run(async () => {
      let ct = createTask(() => sleep(1000));
      let g = gatherWith({ returnExceptions: true }, ct, () => c(1));
      await sleep(0);
      ct.cancel();
      const res = await g;
      expect(res[0]).toBeInstanceOf(CancelledError);
      expect((res[0] as BaseException).__repr__()).toBe("CancelledError('')");
      expect(res[1]).toBe(1);
      ct = createTask(() => sleep(1000));
      g = gather(ct, () => c(1));
      await sleep(0);
      ct.cancel();
      await expect(g).rejects.toThrow(CancelledError);
    });
  });

  test("cancelling the gather cancels its children", async () => {
    const log: string[] = [];
    await run(async () => {
      const child = async (n: string): Promise<void> => {
        try {
          await sleep(1000);
        } catch (e) {
          log.push(`${n} ${e instanceof CancelledError ? "cancelled" : "?"}`);
          throw e;
        }
      };
      const g = gather(() => child("a"), () => child("b"));
      await sleep(0);
      expect(g.cancel()).toBe(true);
      await expect(g).rejects.toThrow(CancelledError);
      expect(g.cancel()).toBe(false);
    });
    expect(log).toEqual(["a cancelled", "b cancelled"]);
  });

  test("shield protects the inner task; a done awaitable is returned as is", async () => {
    // Python: True False x / True / shield cancelled with inner True
    await run(async () => {
      const inner = createTask(() => c("x", 10));
      const sh = shield(inner);
      sh.cancel();
      expect([sh.cancelled(), inner.cancelled(), await inner]).toEqual([true, false, "x"]);
      const done = createTask(() => c("d"));
      await done;
      expect(shield(done)).toBe(done);
      const inner2 = createTask(() => c("y", 1000));
      const sh2 = shield(inner2);
      await sleep(0);
      inner2.cancel();
      await expect(sh2).rejects.toThrow(CancelledError);
      expect(sh2.cancelled()).toBe(true);
    });
  });
});

describe("waitFor", () => {
  test("no timeout runs the coroutine inline, in the caller's task", async () => {
    // Python: True False
    await run(async () => {
      const me = currentTask();
      const who = async (): Promise<boolean> => currentTask() === me;
      expect([await waitFor(who, null), await waitFor(who, 1)]).toEqual([true, false]);
    });
  });

  test("futures, timeouts, inner exceptions", async () => {
    // Python: fv / timeout TimeoutError() CancelledError True / ValueError('inner')
    await run(async () => {
      const loop = getRunningLoop();
      const f = loop.createFuture<string>();
      loop.callLater(0.005, (v: string) => f.setResult(v), "fv");
      expect(await waitFor(f, 1)).toBe("fv");
      const f2 = loop.createFuture<string>();
      let caught: unknown = null;
      try {
        await waitFor(f2, 0.005);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(TimeoutError);
      expect((caught as TimeoutError).__cause__).toBeInstanceOf(CancelledError);
      expect(f2.cancelled()).toBe(true);
      await expect(
        waitFor(async () => {
          throw new ValueError("inner");
        }, 1),
      ).rejects.toThrow(new ValueError("inner"));
    });
  });

  test("an inner task swallowing the cancellation makes wait_for return its result (3.11)", async () => {
    // Python: swallowed
    await run(async () => {
      const swallow = async (): Promise<string> => {
        try {
          await sleep(1000);
        } catch (e) {
          if (e instanceof CancelledError) return "swallowed";
          throw e;
        }
        return "slept";
      };
      expect(await waitFor(swallow, 0.01)).toBe("swallowed");
    });
  });
});

describe("wait and asCompleted", () => {
  test("argument errors", async () => {
    // Python: ValueError Set of Tasks/Futures is empty. / TypeError ... / ValueError Invalid return_when value: bogus
    await run(async () => {
      await expect(wait([])).rejects.toThrow(new ValueError("Set of Tasks/Futures is empty."));
      await expect(wait([(() => c(1)) as unknown as ReturnType<typeof createTask>])).rejects.toThrow(new TypeError("Passing coroutines is forbidden, use tasks explicitly."));
      const t = createTask(() => c(1));
      await expect(wait([t], { returnWhen: "bogus" as ReturnWhen })).rejects.toThrow(new ValueError("Invalid return_when value: bogus"));
      await t;
    });
  });

  test("return_when and timeout", async () => {
    await run(async () => {
      const ts = [100, 10, 60].map((ms) => createTask(() => c(ms, ms)));
      let [done, pending] = await wait(ts, { returnWhen: FIRST_COMPLETED });
      expect([[...done].map((t) => t.result()), pending.size]).toEqual([[10], 2]);
      [done, pending] = await wait(ts, { timeout: 0.01, returnWhen: ALL_COMPLETED });
      expect([done.size, pending.size]).toEqual([1, 2]);
      [done, pending] = await wait(ts);
      expect([done.size, pending.size]).toEqual([3, 0]);
    });
  });

  test("asCompleted yields in completion order and times out", async () => {
    const log: string[] = [];
    await run(async () => {
      for (const f of asCompleted([() => c("c", 30), () => c("a", 10), () => c("b", 20)])) log.push(await f);
      try {
        for (const f of asCompleted([() => c("slow", 50), () => c("fast", 5)], { timeout: 0.02 })) log.push(await f);
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        log.push("timeout");
      }
    });
    expect(log).toEqual(["a", "b", "c", "fast", "timeout"]);
  });
});

describe("timeout", () => {
  test("state, when(), reschedule, repr", async () => {
    // Python: True <Timeout [created]> / AssertionError / True / <Timeout [finished]>
    await run(async () => {
      const t = timeout(0.01);
      expect(t.when()).not.toBe(null);
      expect(timeout(null).__repr__()).toBe("<Timeout [created]>");
      expect(() => t.reschedule(1)).toThrow(AssertionError);
      const tt = timeout(0.01);
      await tt.__aenter__();
      expect(tt.__repr__()).toMatch(/^<Timeout \[active\] when=/);
      expect(await tt.__aexit__(null, null, null)).toBe(false);
      expect(tt.__repr__()).toBe("<Timeout [finished]>");
      expect(() => tt.reschedule(null)).toThrow(new RuntimeError("Cannot change state of finished Timeout"));
    });
  });

  test("timeoutAt expiry converts CancelledError into TimeoutError", async () => {
    // Python: timeout_at True <Timeout [expired]> CancelledError
    await run(async () => {
      const loop = getRunningLoop();
      const ta = timeoutAt(loop.time() + 0.005);
      await ta.__aenter__();
      let caught: unknown = null;
      try {
        await sleep(1000);
      } catch (e) {
        try {
          if (!(await ta.__aexit__(CancelledError, e, null))) throw e;
        } catch (e2) {
          caught = e2;
        }
      }
      expect(caught).toBeInstanceOf(TimeoutError);
      expect((caught as TimeoutError).__context__).toBeInstanceOf(CancelledError);
      expect([ta.expired(), ta.__repr__()]).toEqual([true, "<Timeout [expired]>"]);
      expect(currentTask()!.cancelling()).toBe(0);
    });
  });

  test("timeout must be used inside a task", async () => {
    await run(async () => {
      const t = timeout(1);
      let entered: Promise<unknown> | null = null;
      getRunningLoop().callSoon(() => {
        entered = t.__aenter__();
      });
      await sleep(0);
      await expect(entered).rejects.toThrow(new RuntimeError("Timeout should be used inside a task"));
    });
  });
});

describe("TaskGroup", () => {
  test("usage errors", async () => {
    // Python: has not been entered / is finished / has been already entered
    await run(async () => {
      const tg = new TaskGroup();
      expect(() => tg.createTask(() => c(1))).toThrow(new RuntimeError("TaskGroup <TaskGroup> has not been entered"));
      await tg.__aenter__();
      await tg.__aexit__(null, null, null);
      expect(() => tg.createTask(() => c(1))).toThrow(new RuntimeError("TaskGroup <TaskGroup entered> is finished"));
      await expect(tg.__aenter__()).rejects.toThrow(new RuntimeError("TaskGroup <TaskGroup entered> has been already entered"));
    });
  });

  test("cancelling the parent task cancels the children and propagates CancelledError", async () => {
    const log: string[] = [];
    await run(async () => {
      const body = async (): Promise<void> => {
        const tg = new TaskGroup();
        await tg.__aenter__();
        let failed = false;
        try {
          tg.createTask(async () => {
            try {
              await sleep(1000);
            } finally {
              log.push("child finally");
            }
          });
          await sleep(1000);
        } catch (e) {
          failed = true;
          if (!(await tg.__aexit__(CancelledError, e, null))) throw e;
        } finally {
          if (!failed) await tg.__aexit__(null, null, null);
        }
      };
      const bt = createTask(body);
      await sleep(5);
      bt.cancel();
      await expect(bt).rejects.toThrow(CancelledError);
    });
    expect(log).toEqual(["child finally"]);
  });

  test("a child raising a BaseException gives a BaseExceptionGroup; results are kept", async () => {
    // Python: BaseExceptionGroup unhandled errors in a TaskGroup (1 sub-exception) (MyBase('b'),), then cancelling() == 1
    class MyBase extends BaseException {}
    await run(async () => {
      const tg = new TaskGroup();
      await tg.__aenter__();
      const ok = tg.createTask(() => c("fine"));
      tg.createTask(async () => {
        throw new MyBase("b");
      });
      let caught: unknown = null;
      try {
        await tg.__aexit__(null, null, null);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(BaseExceptionGroup);
      expect(caught).not.toBeInstanceOf(ExceptionGroup);
      expect((caught as BaseExceptionGroup).__str__()).toBe("unhandled errors in a TaskGroup (1 sub-exception)");
      expect((caught as BaseExceptionGroup).exceptions.map((e) => e.__repr__())).toEqual(["MyBase('b')"]);
      expect(ok.result()).toBe("fine");
      // CPython 3.11 leaves the parent's cancellation request counted in this case.
      expect(currentTask()!.cancelling()).toBe(1);
    });
  });
});
