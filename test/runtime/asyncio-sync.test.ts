/**
 * Unit tests of the synchronisation primitives, queues and async-iteration helpers. Expected values
 * were checked against CPython 3.11.
 */
import { RuntimeError, StopAsyncIteration, TypeError, ValueError } from "../../src/runtime/exceptions";
import {
  Barrier,
  BoundedSemaphore,
  BrokenBarrierError,
  CancelledError,
  Condition,
  Event,
  LifoQueue,
  Lock,
  PriorityQueue,
  Queue,
  QueueEmpty,
  QueueFull,
  Semaphore,
  aiter,
  anext,
  createTask,
  gather,
  gatherWith,
  newEventLoop,
  run,
  sleep,
} from "../../src/runtime/asyncio/index";

// Real timers a few milliseconds apart: a busy machine can reorder them; a real bug fails every retry.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

describe("Lock", () => {
  test("acquire/release/locked and the error messages", async () => {
    await run(async () => {
      const lock = new Lock();
      expect(() => lock.release()).toThrow(new RuntimeError("Lock is not acquired."));
      expect(await lock.acquire()).toBe(true);
      expect(lock.locked()).toBe(true);
      expect(lock.__repr__()).toBe("<asyncio.locks.Lock object [locked]>");
      lock.release();
      expect(lock.locked()).toBe(false);
      await lock.__aenter__();
      expect(lock.locked()).toBe(true);
      expect(await lock.__aexit__(null, null, null)).toBe(false);
      expect(lock.locked()).toBe(false);
    });
  });

  test("a task woken by release() is not overtaken by a newcomer (CPython 3.11 fairness)", async () => {
    // Python: ['waiter', 'newcomer']
    const order: string[] = [];
    await run(async () => {
      const lock = new Lock();
      await lock.acquire();
      const w = async (n: string): Promise<void> => {
        await lock.acquire();
        order.push(n);
        lock.release();
      };
      const wt = createTask(() => w("waiter"));
      await sleep(0);
      lock.release();
      const nt = createTask(() => w("newcomer"));
      await gather(wt, nt);
    });
    expect(order).toEqual(["waiter", "newcomer"]);
  });

  test("a waiter cancelled after being woken passes the lock on", async () => {
    // Python: [2] False
    const out: number[] = [];
    let lockedAtEnd = true;
    await run(async () => {
      const l = new Lock();
      await l.acquire();
      const lw = async (n: number): Promise<void> => {
        await l.acquire();
        try {
          out.push(n);
        } finally {
          l.release();
        }
      };
      const t1 = createTask(() => lw(1));
      const t2 = createTask(() => lw(2));
      await sleep(0);
      l.release();
      t1.cancel();
      await gatherWith({ returnExceptions: true }, t1, t2);
      lockedAtEnd = l.locked();
    });
    expect([out, lockedAtEnd]).toEqual([[2], false]);
  });

  test("a lock is bound to the loop it was first used on", async () => {
    const lock = new Lock();
    await run(async () => {
      await lock.acquire();
      const t = createTask(() => lock.acquire());
      await sleep(0);
      lock.release();
      await t;
      lock.release();
    });
    const loop = newEventLoop();
    await loop.runUntilComplete(async () => {
      await lock.acquire();
      await expect(lock.acquire()).rejects.toThrow("is bound to a different event loop");
    });
    loop.close();
  });
});

describe("Event", () => {
  test("set/clear/isSet and waiting", async () => {
    const log: string[] = [];
    await run(async () => {
      const ev = new Event();
      expect(ev.isSet()).toBe(false);
      const t = createTask(async () => {
        log.push(`waited ${await ev.wait()}`);
      });
      await sleep(0);
      expect(ev.__repr__()).toBe("<asyncio.locks.Event object [unset, waiters:1]>");
      ev.set();
      expect(ev.isSet()).toBe(true);
      await t;
      expect(await ev.wait()).toBe(true);
      ev.clear();
      expect(ev.isSet()).toBe(false);
    });
    expect(log).toEqual(["waited true"]);
  });
});

describe("Condition", () => {
  test("errors without the lock", async () => {
    await run(async () => {
      const cond = new Condition();
      await expect(cond.wait()).rejects.toThrow(new RuntimeError("cannot wait on un-acquired lock"));
      expect(() => cond.notify()).toThrow(new RuntimeError("cannot notify on un-acquired lock"));
      expect(() => cond.notifyAll()).toThrow(RuntimeError);
    });
  });

  test("a cancelled wait re-acquires the lock before raising", async () => {
    // Python: "cw cancelled, locked: True" then "cw done False"
    const log: string[] = [];
    await run(async () => {
      const cond = new Condition();
      const cw = async (): Promise<void> => {
        await cond.acquire();
        try {
          await cond.wait();
        } catch (e) {
          if (e instanceof CancelledError) log.push(`cw cancelled, locked: ${cond.locked()}`);
          throw e;
        } finally {
          cond.release();
        }
      };
      const ct = createTask(cw);
      await sleep(0);
      ct.cancel();
      await expect(ct).rejects.toThrow(CancelledError);
      log.push(`cw done ${cond.locked()}`);
    });
    expect(log).toEqual(["cw cancelled, locked: true", "cw done false"]);
  });

  test("waitFor returns the predicate's value; a shared lock", async () => {
    await run(async () => {
      const lock = new Lock();
      const cond = new Condition(lock);
      let value: number[] = [];
      const t = createTask(async () => {
        await cond.acquire();
        try {
          return await cond.waitFor(() => value);
        } finally {
          cond.release();
        }
      });
      await sleep(0);
      await lock.acquire();
      value = [1];
      cond.notify();
      lock.release();
      expect(await t).toEqual([1]);
    });
  });
});

describe("Semaphore", () => {
  test("counting, locked(), errors", async () => {
    await run(async () => {
      expect(() => new Semaphore(-1)).toThrow(new ValueError("Semaphore initial value must be >= 0"));
      const s = new Semaphore(2);
      expect(s.locked()).toBe(false);
      await s.acquire();
      await s.acquire();
      expect(s.locked()).toBe(true);
      expect(s.__repr__()).toBe("<asyncio.locks.Semaphore object [locked]>");
      s.release();
      s.release();
      s.release();
      expect(s._value).toBe(3);
      const b = new BoundedSemaphore(1);
      await b.__aenter__();
      await b.__aexit__(null, null, null);
      expect(() => b.release()).toThrow(new ValueError("BoundedSemaphore released too many times"));
    });
  });

  test("a waiter cancelled after being handed the unit passes it on", async () => {
    // Python: [2] 0 True, then [2, 3] 0
    const snapshots: unknown[] = [];
    await run(async () => {
      const s = new Semaphore(1);
      await s.acquire();
      const out: number[] = [];
      const sw = async (n: number): Promise<void> => {
        await s.acquire();
        out.push(n);
      };
      const t1 = createTask(() => sw(1));
      createTask(() => sw(2));
      createTask(() => sw(3));
      await sleep(0);
      s.release();
      t1.cancel();
      await sleep(0);
      await sleep(0);
      snapshots.push([...out], s._value, s.locked());
      s.release();
      await sleep(0);
      await sleep(0);
      snapshots.push([...out], s._value);
    });
    expect(snapshots).toEqual([[2], 0, true, [2, 3], 0]);
  });
});

describe("Barrier", () => {
  test("reset breaks the waiters; parties validation", async () => {
    // Python: both waiters get BrokenBarrierError('Abort or reset of barrier'); then broken False, n_waiting 0
    const log: string[] = [];
    await run(async () => {
      expect(() => new Barrier(0)).toThrow(new ValueError("parties must be > 0"));
      const b = new Barrier(3);
      const bw = async (n: number): Promise<void> => {
        try {
          await b.wait();
        } catch (e) {
          if (!(e instanceof BrokenBarrierError)) throw e;
          log.push(`${n} broken ${e.__repr__()}`);
        }
      };
      const ts = [0, 1].map((i) => createTask(() => bw(i)));
      await sleep(0);
      expect(b.nWaiting).toBe(2);
      expect(b.parties).toBe(3);
      await b.reset();
      await gather(...ts);
      log.push(`${b.broken} ${b.nWaiting}`);
    });
    expect(log).toEqual(["0 broken BrokenBarrierError('Abort or reset of barrier')", "1 broken BrokenBarrierError('Abort or reset of barrier')", "false 0"]);
  });
});

describe("queues", () => {
  test("nowait operations, sizes and errors", async () => {
    await run(async () => {
      const q = new Queue<number>(2);
      expect([q.maxsize, q.qsize(), q.empty(), q.full()]).toEqual([2, 0, true, false]);
      expect(() => q.getNowait()).toThrow(QueueEmpty);
      q.putNowait(1);
      q.putNowait(2);
      expect(() => q.putNowait(3)).toThrow(QueueFull);
      expect([q.qsize(), q.empty(), q.full()]).toEqual([2, false, true]);
      expect(q.__repr__()).toBe("<Queue maxsize=2 _queue=[1, 2] tasks=2>");
      expect(q.getNowait()).toBe(1);
      q.taskDone();
      q.taskDone();
      expect(() => q.taskDone()).toThrow(new ValueError("task_done() called too many times"));
      expect(await q.join()).toBe(null);
      const unbounded = new Queue<number>();
      for (let i = 0; i < 5000; i++) unbounded.putNowait(i);
      expect(unbounded.full()).toBe(false);
      let sum = 0;
      while (!unbounded.empty()) sum += unbounded.getNowait();
      expect(sum).toBe(12497500);
    });
  });

  test("a cancelled get() does not lose the item", async () => {
    // Python: a 0
    await run(async () => {
      const q = new Queue<string>();
      const g1 = createTask(() => q.get());
      const g2 = createTask(() => q.get());
      await sleep(0);
      q.putNowait("a");
      g1.cancel();
      expect(await g2).toBe("a");
      expect(q.qsize()).toBe(0);
    });
  });

  test("put() blocks while full; join() waits for taskDone()", async () => {
    // Python: ['put 0', 'get 0', 'put 1', 'joined', 'get 1', 'put 2', 'get 2']
    const log: string[] = [];
    await run(async () => {
      const q = new Queue<number>(1);
      const producer = createTask(async () => {
        for (let i = 0; i < 3; i++) {
          await q.put(i);
          log.push(`put ${i}`);
        }
      });
      // 20 and 40 ms (Python: 0.001 and 0.002 s): real timers need margins a busy machine keeps.
      const joiner = createTask(async () => {
        await sleep(20);
        await q.join();
        log.push("joined");
      });
      for (let i = 0; i < 3; i++) {
        await sleep(40);
        log.push(`get ${await q.get()}`);
        q.taskDone();
      }
      await gather(producer, joiner);
    });
    expect(log).toEqual(["put 0", "get 0", "put 1", "joined", "get 1", "put 2", "get 2"]);
  });

  test("LifoQueue and PriorityQueue orders (heapq order for equal priorities)", async () => {
    // Python: [(0, 1), (0, 4), (0, 7), (1, 2), (1, 6), (1, 0), (1, 3), (1, 8), (2, 5)]
    await run(async () => {
      const lq = new LifoQueue<number>();
      [1, 2, 3].forEach((i) => lq.putNowait(i));
      expect([lq.getNowait(), lq.getNowait(), lq.getNowait()]).toEqual([3, 2, 1]);
      class P {
        constructor(
          readonly p: number,
          readonly v: number,
        ) {}
        __lt__(o: P): boolean {
          return this.p < o.p;
        }
      }
      const pq = new PriorityQueue<P>();
      [1, 0, 1, 1, 0, 2, 1, 0, 1].forEach((p, i) => pq.putNowait(new P(p, i)));
      const order = [...Array(9).keys()].map(() => {
        const x = pq.getNowait();
        return [x.p, x.v];
      });
      expect(order).toEqual([[0, 1], [0, 4], [0, 7], [1, 2], [1, 6], [1, 0], [1, 3], [1, 8], [2, 5]]);
      const tuples = new PriorityQueue<[number, string]>();
      for (const t of [[2, "b"], [1, "z"], [2, "a"], [1, "y"], [0, "q"], [1, "é"]] as [number, string][]) tuples.putNowait(t);
      expect([...Array(6).keys()].map(() => tuples.getNowait())).toEqual([[0, "q"], [1, "y"], [1, "z"], [1, "é"], [2, "a"], [2, "b"]]);
      const custom = new PriorityQueue<string>(0, { lessThan: (a, b) => a.length < b.length });
      ["ccc", "a", "bb"].forEach((s) => custom.putNowait(s));
      expect([custom.getNowait(), custom.getNowait(), custom.getNowait()]).toEqual(["a", "bb", "ccc"]);
      const mixed = new PriorityQueue<unknown>();
      mixed.putNowait(1);
      expect(() => mixed.putNowait("x")).toThrow(new TypeError("'<' not supported between instances of 'str' and 'int'"));
    });
  });
});

describe("aiter / anext", () => {
  test("JS async generators and Python-style async iterators", async () => {
    await run(async () => {
      async function* gen(): AsyncGenerator<number> {
        yield 1;
        await sleep(1);
        yield 2;
      }
      const it = aiter(gen());
      expect(await anext(it)).toBe(1);
      expect(await anext(it)).toBe(2);
      expect(await anext(it, "end")).toBe("end");
      await expect(anext(it)).rejects.toThrow(StopAsyncIteration);
      let n = 0;
      const pyIter = {
        __aiter__() {
          return this;
        },
        async __anext__(): Promise<number> {
          if (n >= 2) throw new StopAsyncIteration();
          return n++;
        },
      };
      const it2 = aiter(pyIter);
      expect([await anext(it2), await anext(it2), await anext(it2, null)]).toEqual([0, 1, null]);
      expect(() => aiter(5 as unknown as AsyncIterable<number>)).toThrow(TypeError);
    });
  });
});
