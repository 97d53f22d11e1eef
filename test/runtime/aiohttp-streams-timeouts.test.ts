/**
 * `resp.content` (aiohttp's StreamReader) and ClientTimeout (total / sock_read / connect) against the
 * test server, outside an asyncio loop. Expected values were observed with CPython 3.11 + aiohttp 3.8.4.
 */
import { ClientSession } from "../../src/runtime/aiohttp/session";
import { ClientTimeout } from "../../src/runtime/aiohttp/timeout";
import { TCPConnector } from "../../src/runtime/aiohttp/connector";
import { ClientConnectionError, ClientError, ServerTimeoutError } from "../../src/runtime/aiohttp/errors";
import { IncompleteReadError } from "../../src/runtime/asyncio/errors";
import { BaseException, StopAsyncIteration, TimeoutError } from "../../src/runtime/exceptions";
import { repr } from "../../src/runtime/repr";

const B = process.env.TEST_BASE_URL as string;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function caught(fn: () => PromiseLike<unknown>): Promise<BaseException> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof BaseException) return e;
    throw e;
  }
  throw new Error("no exception");
}

let session: ClientSession;
beforeEach(() => {
  session = new ClientSession();
});
afterEach(async () => {
  await session.close();
});

describe("StreamReader", () => {
  test("async for line in resp.content", async () => {
    const r = await session.get(B + "/stream/3");
    expect([r.contentType, r.contentLength, r.headers.get("Transfer-Encoding")]).toEqual(["application/x-ndjson", null, "chunked"]);
    const lines: string[] = [];
    for await (const line of r.content) lines.push(repr(line));
    expect(lines).toEqual(["b'{\"id\":0,\"message\":\"line 0\"}\\n'", "b'{\"id\":1,\"message\":\"line 1\"}\\n'", "b'{\"id\":2,\"message\":\"line 2\"}\\n'"]);
    r.release();
  });

  test("iter_chunked, iter_any, __anext__", async () => {
    const r = await session.get(B + "/bytes/10");
    const chunks: string[] = [];
    for await (const c of r.content.iterChunked(4)) chunks.push(repr(c));
    expect(chunks).toEqual(["b'\\x00\\x01\\x02\\x03'", "b'\\x04\\x05\\x06\\x07'", "b'\\x08\\t'"]);
    r.release();
    const s = await session.get(B + "/stream/3");
    const any: Uint8Array[] = [];
    for await (const c of s.content.iterAny()) any.push(c);
    // The server writes each line separately, ~20 ms apart: one chunk per line (as with aiohttp).
    expect(any.map((c) => repr(c))).toEqual(["b'{\"id\":0,\"message\":\"line 0\"}\\n'", "b'{\"id\":1,\"message\":\"line 1\"}\\n'", "b'{\"id\":2,\"message\":\"line 2\"}\\n'"]);
    s.release();
    const t = await session.get(B + "/text?n=2");
    const it = t.content.__aiter__();
    expect(repr(await it.__anext__())).toBe("b'line 1\\n'");
    expect(repr(await it.__anext__())).toBe("b'line 2\\n'");
    expect(await caught(() => it.__anext__())).toBeInstanceOf(StopAsyncIteration);
    t.release();
  });

  test("readline / read(n) / readexactly / at_eof", async () => {
    const r = await session.get(B + "/text?n=3");
    const got = [await r.content.readline(), await r.content.read(3), await r.content.readexactly(2), await r.content.read(), await r.content.read(), await r.content.readline()].map((b) => repr(b));
    expect(got).toEqual(["b'line 1\\n'", "b'lin'", "b'e '", "b'2\\nline 3\\n'", "b''", "b''"]);
    expect(r.content.atEof()).toBe(true);
    r.release();
    const short = await session.get(B + "/bytes/5");
    const e = await caught(() => short.content.readexactly(10));
    expect(e).toBeInstanceOf(IncompleteReadError);
    expect([e.__str__(), e.__repr__(), repr((e as IncompleteReadError).partial), (e as IncompleteReadError).expected]).toEqual([
      "5 bytes read on a total of 10 expected bytes",
      "IncompleteReadError('5 bytes read on a total of 10 expected bytes')",
      "b'\\x00\\x01\\x02\\x03\\x04'",
      10,
    ]);
    short.release();
  });

  test("content and read() share the stream; release poisons the content", async () => {
    const r = await session.get(B + "/bytes/5");
    expect([repr(await r.content.read(2)), repr(await r.read())]).toEqual(["b'\\x00\\x01'", "b'\\x02\\x03\\x04'"]);
    r.release();
    const r2 = await session.get(B + "/bytes/5");
    expect([repr(await r2.read()), repr(await r2.content.read())]).toEqual(["b'\\x00\\x01\\x02\\x03\\x04'", "b''"]);
    r2.release();
    const r3 = await session.get(B + "/bytes/5");
    r3.release();
    const e3 = await caught(() => r3.content.read());
    expect(e3).toBeInstanceOf(ClientConnectionError);
    expect(e3.__str__()).toBe("Connection closed");
    const r4 = await session.get(B + "/bytes/5");
    r4.close();
    expect((await caught(() => r4.read())).__repr__()).toBe("ClientConnectionError('Connection closed')");
  });

  test("a large body goes through the pause/resume flow control intact", async () => {
    const r = await session.get(B + "/bytes/1000000");
    await sleep(50); // let the pump fill the buffer past the high-water mark
    const body = await r.read();
    expect(body.length).toBe(1000000);
    let ok = true;
    for (let i = 0; i < body.length; i++) if (body[i] !== i % 256) ok = false;
    expect(ok).toBe(true);
  });

  test("two readers at once", async () => {
    const r = await session.get(B + "/slow?delay=100");
    const first = r.content.read();
    const e = await caught(() => r.content.readany());
    expect(e.__repr__()).toBe("RuntimeError('readany() called while another coroutine is already waiting for incoming data')");
    expect(repr(await first)).toBe("b'slow body\\n'");
    r.release();
  });
});

describe("ClientTimeout", () => {
  test("repr and defaults", () => {
    expect(new ClientTimeout({ total: 3 }).__repr__()).toBe("ClientTimeout(total=3, connect=None, sock_read=None, sock_connect=None)");
    expect(new ClientTimeout().__repr__()).toBe("ClientTimeout(total=None, connect=None, sock_read=None, sock_connect=None)");
    expect(new ClientTimeout({ total: 0.5, sockRead: 2 }).evolve({ total: null }).__repr__()).toBe("ClientTimeout(total=None, connect=None, sock_read=2, sock_connect=None)");
    expect(session.timeout.__repr__()).toBe("ClientTimeout(total=300, connect=None, sock_read=None, sock_connect=None)");
  });

  test("total: TimeoutError (not a ClientError) while waiting for the head", async () => {
    const t0 = Date.now();
    const e = await caught(() => session.get(B + "/delay/500", { timeout: new ClientTimeout({ total: 0.2 }) }));
    const elapsed = Date.now() - t0;
    expect(e.constructor).toBe(TimeoutError);
    expect(e instanceof ClientError).toBe(false);
    expect([e.__str__(), e.__repr__()]).toEqual(["", "TimeoutError()"]);
    expect(elapsed).toBeGreaterThanOrEqual(180);
    expect(elapsed).toBeLessThan(450);
    const f = await caught(() => session.get(B + "/delay/500", { timeout: 0.2 }));
    expect(f.constructor).toBe(TimeoutError);
  });

  test("total covers reading the body", async () => {
    const r = await session.get(B + "/slow?delay=500", { timeout: new ClientTimeout({ total: 0.2 }) });
    expect(r.status).toBe(200);
    expect((await caught(() => r.text())).constructor).toBe(TimeoutError);
    const d = await session.get(B + "/drip?n=5&interval=100", { timeout: new ClientTimeout({ total: 0.3 }) });
    expect((await caught(() => d.text())).constructor).toBe(TimeoutError);
  });

  test("total stops once the body has arrived", async () => {
    const r = await session.get(B + "/slow?delay=300", { timeout: new ClientTimeout({ total: 0.1 }) });
    await sleep(500);
    expect(await r.text()).toBe("slow body\n");
  });

  test("sock_read: ServerTimeoutError, reset by every chunk", async () => {
    const e = await caught(() => session.get(B + "/delay/500", { timeout: new ClientTimeout({ sockRead: 0.2 }) }));
    expect(e).toBeInstanceOf(ServerTimeoutError);
    expect(e).toBeInstanceOf(TimeoutError);
    expect(e).toBeInstanceOf(ClientError);
    expect(e.__repr__()).toBe("ServerTimeoutError('Timeout on reading data from socket')");
    const r = await session.get(B + "/slow?delay=500", { timeout: new ClientTimeout({ sockRead: 0.2 }) });
    expect((await caught(() => r.text())).__repr__()).toBe("ServerTimeoutError('Timeout on reading data from socket')");
    const d = await session.get(B + "/drip?n=5&interval=100", { timeout: new ClientTimeout({ sockRead: 0.3 }) });
    expect(await d.text()).toBe("chunk 1\nchunk 2\nchunk 3\nchunk 4\nchunk 5\n");
  });

  test("connect: waiting for a connection slot", async () => {
    const s = new ClientSession({ connector: new TCPConnector({ limit: 1 }) });
    try {
      const held = await s.get(B + "/slow?delay=500");
      const e = await caught(() => s.get(B + "/hello", { timeout: new ClientTimeout({ connect: 0.1 }) }));
      expect(e).toBeInstanceOf(ServerTimeoutError);
      expect(e.__str__()).toBe(`Connection timeout to host ${B}/hello`);
      held.release();
      expect(await (await s.get(B + "/hello")).text()).toBe("Hello, world!");
    } finally {
      await s.close();
    }
  });
});
