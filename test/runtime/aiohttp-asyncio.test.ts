/**
 * The aiohttp runtime inside the asyncio runtime's event loop (`asyncio.run`): connection limits,
 * cancellation (`task.cancel()`, `asyncio.wait_for`, `asyncio.timeout`), aiohttp's own timeouts
 * cancelling the task, gather of requests, and the order in which tasks see their responses.
 * Expected values were observed with CPython 3.11 + aiohttp 3.8.4 against the same test server.
 */
import { ClientSession } from "../../src/runtime/aiohttp/session";
import { TCPConnector } from "../../src/runtime/aiohttp/connector";
import { ClientTimeout } from "../../src/runtime/aiohttp/timeout";
import { ClientResponse } from "../../src/runtime/aiohttp/response";
import { ServerTimeoutError } from "../../src/runtime/aiohttp/errors";
import { CancelledError, Task, createTask, currentTask, gather, gatherWith, getRunningLoop, run, sleep, timeout, waitFor } from "../../src/runtime/asyncio/index";
import { BaseException, TimeoutError } from "../../src/runtime/exceptions";
import { repr } from "../../src/runtime/repr";

const B = process.env.TEST_BASE_URL as string;

async function caught(fn: () => PromiseLike<unknown>): Promise<BaseException> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof BaseException) return e;
    throw e;
  }
  throw new Error("no exception");
}

/** Python's `async with cm:` as the translator emits it (see src/runtime/asyncio/README.md). */
async function asyncWith<T, R>(cm: { __aenter__(): Promise<T>; __aexit__(t: unknown, e: unknown, tb: unknown): Promise<unknown> }, body: (v: T) => Promise<R>): Promise<R> {
  const v = await cm.__aenter__();
  let failed = false;
  try {
    return await body(v);
  } catch (e) {
    failed = true;
    if (!(await cm.__aexit__((e as object).constructor, e, null))) throw e;
    return undefined as R;
  } finally {
    if (!failed) await cm.__aexit__(null, null, null);
  }
}

test("connection limit: at most `limit` requests in flight, FIFO", async () => {
  const log = await run(async () => {
    const events: string[] = [];
    const s = new ClientSession({ connector: new TCPConnector({ limit: 2 }) });
    const one = async (i: number): Promise<void> => {
      events.push(`start ${i}`);
      const r = await s.get(B + "/delay/200");
      try {
        events.push(`headers ${i}`);
        await r.json();
      } finally {
        r.release();
      }
      events.push(`done ${i}`);
    };
    const t0 = getRunningLoop().time();
    await gather(...[0, 1, 2, 3, 4].map((i) => () => one(i)));
    const elapsed = getRunningLoop().time() - t0;
    await s.close();
    events.push(elapsed >= 0.55 ? "three rounds" : `too fast ${elapsed}`);
    return events;
  });
  // CPython: the small body arrives with the head, so each task reads it without blocking.
  expect(log).toEqual(["start 0", "start 1", "start 2", "start 3", "start 4", "headers 0", "done 0", "headers 1", "done 1", "headers 2", "done 2", "headers 3", "done 3", "headers 4", "done 4", "three rounds"]);
});

test("a slot is held until the body has arrived or the response is released", async () => {
  const out = await run(async () => {
    const lines: string[] = [];
    const s = new ClientSession({ connector: new TCPConnector({ limit: 1 }) });
    const r1 = await s.get(B + "/hello");
    const r2 = await s.get(B + "/hello");
    lines.push(`small bodies: ${r1.closed} ${r2.closed}`);
    const r3 = await s.get(B + "/slow?delay=300");
    lines.push(`slow: ${r3.closed}`);
    const e = await caught(() => waitFor(s.get(B + "/hello"), 0.1));
    lines.push(`blocked: ${e.name}`);
    r3.release();
    lines.push(`after release: ${await (await s.get(B + "/hello")).text()}`);
    lines.push(`limit ${s.connector?.limit} ${s.connector?.limitPerHost}`);
    // A waiter that is cancelled leaves the queue.
    const held = await s.get(B + "/slow?delay=300");
    const t = createTask(() => s.get(B + "/hello"));
    await sleep(50);
    t.cancel();
    lines.push(`waiter: ${(await caught(() => t)).name}`);
    held.release();
    lines.push(`then: ${await (await s.get(B + "/hello")).text()}`);
    await s.close();
    const p = new ClientSession({ connector: new TCPConnector({ limitPerHost: 1 }) });
    const a = await p.get(B + "/slow?delay=300");
    const port = B.split(":").pop() as string;
    lines.push(`other host: ${(await p.get(`http://localhost:${port}/hello`)).status}`);
    lines.push(`same host: ${(await caught(() => waitFor(p.get(B + "/hello"), 0.1))).name}`);
    a.release();
    await p.close();
    return lines;
  });
  expect(out).toEqual(["small bodies: true true", "slow: false", "blocked: TimeoutError", "after release: Hello, world!", "limit 1 0", "waiter: CancelledError", "then: Hello, world!", "other host: 200", "same host: TimeoutError"]);
});

test("task.cancel() interrupts a request and a body read", async () => {
  const out = await run(async () => {
    const lines: string[] = [];
    const s = new ClientSession();
    const t = createTask(() => s.get(B + "/delay/1000"));
    await sleep(100);
    t.cancel();
    const e = await caught(() => t);
    lines.push(`request: ${e.name} ${repr(e.__str__())}`);
    const r = await s.get(B + "/slow?delay=1000");
    const reader = createTask(() => r.text());
    await sleep(100);
    reader.cancel();
    lines.push(`read: ${(await caught(() => reader)).name} closed=${r.closed}`);
    lines.push(`again: ${(await caught(() => r.text())).__repr__()}`);
    await s.close();
    return lines;
  });
  expect(out).toEqual(["request: CancelledError ''", "read: CancelledError closed=true", "again: ClientConnectionError('Connection closed')"]);
});

test("asyncio.wait_for and asyncio.timeout around requests", async () => {
  const out = await run(async () => {
    const lines: string[] = [];
    const s = new ClientSession();
    lines.push(`wait_for: ${(await caught(() => waitFor(s.get(B + "/delay/500"), 0.2))).__repr__()}`);
    const withTimeout = async (): Promise<void> => {
      try {
        await asyncWith(timeout(0.1), async () => await s.get(B + "/delay/300"));
      } catch (e) {
        lines.push(`asyncio.timeout: ${(e as BaseException).__repr__()}`);
      }
    };
    await createTask(withTimeout);
    // Iterating a body under wait_for: the iteration is interrupted, the response stays open.
    const r = await s.get(B + "/drip?n=10&interval=50");
    const got: Uint8Array[] = [];
    const consume = async (): Promise<void> => {
      for await (const c of r.content.iterAny()) got.push(c);
    };
    const e = await caught(() => waitFor(consume, 0.175));
    lines.push(`iteration: ${e.__repr__()} ${got.length} closed=${r.closed}`);
    r.release();
    await s.close();
    return lines;
  });
  expect(out).toEqual(["wait_for: TimeoutError()", "asyncio.timeout: TimeoutError()", "iteration: TimeoutError() 3 closed=false"]);
});

test("aiohttp's total timeout cancels the task, as aiohttp 3.8 does on Python 3.11", async () => {
  const out = await run(async () => {
    const lines: string[] = [];
    const s = new ClientSession();
    const t0 = getRunningLoop().time();
    const e = await caught(() => s.get(B + "/delay/300", { timeout: new ClientTimeout({ total: 0.1 }) }));
    const waited = getRunningLoop().time() - t0;
    lines.push(`${e.__repr__()} ${waited >= 0.09 && waited < 0.35 ? "after ~0.1 s" : waited}`);
    lines.push(`cancelling: ${(currentTask() as Task).cancelling()}`);
    // The leftover cancellation request turns a later asyncio.timeout into a CancelledError (CPython does the same).
    const afterAiohttpTimeout = async (): Promise<void> => {
      try {
        await s.get(B + "/delay/300", { timeout: new ClientTimeout({ total: 0.1 }) });
      } catch (err) {
        if (!(err instanceof TimeoutError)) throw err;
      }
      try {
        await asyncWith(timeout(0.1), async () => await s.get(B + "/delay/300"));
      } catch (err) {
        lines.push(`asyncio.timeout after aiohttp timeout: ${(err as BaseException).__repr__()}`);
      }
    };
    await createTask(afterAiohttpTimeout);
    const r = await s.get(B + "/slow?delay=300", { timeout: new ClientTimeout({ sockRead: 0.1 }) });
    const se = await caught(() => r.text());
    lines.push(`sock_read: ${se instanceof ServerTimeoutError} ${se.__repr__()}`);
    await s.close();
    return lines;
  });
  expect(out).toEqual(["TimeoutError() after ~0.1 s", "cancelling: 1", "asyncio.timeout after aiohttp timeout: CancelledError()", "sock_read: true ServerTimeoutError('Timeout on reading data from socket')"]);
});

test("gather of request objects; completion order", async () => {
  const out = await run(async () => {
    const lines: string[] = [];
    const s = new ClientSession();
    const rs = (await gather(s.get(B + "/delay/100"), s.get(B + "/hello"), s.get(B + "/users/1"))) as ClientResponse[];
    lines.push(repr(rs.map((r) => r.status)));
    const bodies: string[] = [];
    for (const r of rs) bodies.push(repr((await r.read()).subarray(0, 20)));
    lines.push(bodies.join(" "));
    const res = (await gatherWith({ returnExceptions: true }, s.get(B + "/close"), s.get(B + "/hello"))) as unknown[];
    lines.push(res.map((x) => (x as object).constructor.name).join(" "));
    const order: string[] = [];
    const fetchOne = async (p: string): Promise<void> => {
      await asyncWith(s.get(B + p), async (r) => {
        await r.read();
        order.push(p);
      });
    };
    await gather(
      () => fetchOne("/delay/200"),
      () => fetchOne("/delay/50"),
      () => fetchOne("/hello"),
    );
    lines.push(order.join(" "));
    await s.close();
    return lines;
  });
  expect(out).toEqual(["[200, 200, 200]", `b'{"delay_ms":100}' b'Hello, world!' b'{"id":1,"name":"Alic'`, "ServerDisconnectedError ClientResponse", "/hello /delay/50 /delay/200"]);
});

test("closing the session under in-flight requests", async () => {
  const out = await run(async () => {
    const lines: string[] = [];
    const s = new ClientSession();
    const t = createTask(() => s.get(B + "/delay/300"));
    await sleep(100);
    await s.close();
    lines.push(`head phase: ${(await caught(() => t)).__repr__()}`);
    // A body still arriving is dropped: reads wait until the total timeout (aiohttp behaves so).
    const s2 = new ClientSession({ timeout: new ClientTimeout({ total: 0.5 }) });
    const r = await s2.get(B + "/slow?delay=200");
    await s2.close();
    const t0 = getRunningLoop().time();
    const e = await caught(() => r.text());
    const waited = getRunningLoop().time() - t0;
    lines.push(`body: ${e.__repr__()} ${waited >= 0.25 && waited < 0.8 ? "at the total timeout" : waited} closed=${r.closed}`);
    return lines;
  });
  expect(out).toEqual(["head phase: ServerDisconnectedError('Server disconnected')", "body: TimeoutError() at the total timeout closed=true"]);
});

test("cancellation error class is asyncio's", async () => {
  const e = await run(async () => {
    const s = new ClientSession();
    const t = createTask(() => s.get(B + "/delay/500"));
    await sleep(50);
    t.cancel();
    try {
      return await caught(() => t);
    } finally {
      await s.close();
    }
  });
  expect(e).toBeInstanceOf(CancelledError);
});

test("interleaving of tasks around requests matches CPython", async () => {
  const log = await run(async () => {
    const events: string[] = [];
    const s = new ClientSession();
    const worker = async (name: string, p: string): Promise<void> => {
      events.push(`${name} start`);
      await asyncWith(s.get(B + p), async (r) => {
        events.push(`${name} status ${r.status}`);
        await sleep(0);
        events.push(`${name} slept`);
        events.push(`${name} body ${(await r.text()).length}`);
      });
      events.push(`${name} end`);
    };
    const ticker = async (): Promise<void> => {
      for (let i = 0; i < 3; i++) {
        events.push(`tick ${i}`);
        await sleep(0);
      }
    };
    await gather(
      () => worker("a", "/hello"),
      ticker,
      () => worker("b", "/stream/2"),
    );
    await s.close();
    return events;
  });
  expect(log).toEqual(["a start", "tick 0", "b start", "tick 1", "tick 2", "a status 200", "a slept", "a body 13", "a end", "b status 200", "b slept", "b body 56", "b end"]);
});
