/**
 * aiohttp's exception hierarchy (including its three multiple-inheritance classes) and the errors the
 * client raises for network failures, invalid URLs and bad arguments. Expected classes and messages
 * were observed with CPython 3.11 + aiohttp 3.8.4 against the same test server.
 */
import { createServer } from "node:net";
import * as errors from "../../src/runtime/aiohttp/errors";
import {
  ClientConnectionError,
  ClientConnectorError,
  ClientError,
  ClientOSError,
  ClientPayloadError,
  ClientResponseError,
  ConnectionKey,
  InvalidURL,
  ServerConnectionError,
  ServerDisconnectedError,
  ServerTimeoutError,
  TooManyRedirects,
  aiohttpConnectionRefused,
} from "../../src/runtime/aiohttp/errors";
import { ClientSession } from "../../src/runtime/aiohttp/session";
import { CIMultiDict } from "../../src/runtime/aiohttp/headers";
import { YarlURL } from "../../src/runtime/aiohttp/url";
import { AssertionError, BaseException, ConnectionError, Exception, OSError, TimeoutError, ValueError } from "../../src/runtime/exceptions";

const B = process.env.TEST_BASE_URL as string;
const norm = (s: string): string => s.split(B).join("{B}").split(B.replace("http://", "")).join("{HOST}");

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

describe("hierarchy (isinstance as in Python)", () => {
  // issubclass(cls, base) for every aiohttp class, from CPython.
  const MATRIX: Record<string, string[]> = {
    ClientError: ["ClientError", "Exception"],
    ClientResponseError: ["ClientError", "ClientResponseError", "Exception"],
    ContentTypeError: ["ClientError", "ClientResponseError", "ContentTypeError", "Exception"],
    TooManyRedirects: ["ClientError", "ClientResponseError", "TooManyRedirects", "Exception"],
    ClientConnectionError: ["ClientError", "ClientConnectionError", "Exception"],
    ClientOSError: ["ClientError", "ClientConnectionError", "ClientOSError", "Exception", "OSError"],
    ClientConnectorError: ["ClientError", "ClientConnectionError", "ClientOSError", "ClientConnectorError", "Exception", "OSError"],
    ServerConnectionError: ["ClientError", "ClientConnectionError", "ServerConnectionError", "Exception"],
    ServerDisconnectedError: ["ClientError", "ClientConnectionError", "ServerConnectionError", "ServerDisconnectedError", "Exception"],
    ServerTimeoutError: ["ClientError", "ClientConnectionError", "ServerConnectionError", "ServerTimeoutError", "Exception", "OSError", "TimeoutError"],
    ClientPayloadError: ["ClientError", "ClientPayloadError", "Exception"],
    InvalidURL: ["ClientError", "InvalidURL", "Exception", "ValueError"],
  };
  const builtins: Record<string, unknown> = { Exception, OSError, TimeoutError, ValueError, ConnectionError };
  const classes = errors as unknown as Record<string, unknown>;
  const key = new ConnectionKey("h", 1, false);
  const info = new errors.RequestInfo(new YarlURL("http://h/"), "GET", new CIMultiDict(), new YarlURL("http://h/"));
  const instance = (name: string): unknown => {
    switch (name) {
      case "ClientResponseError":
      case "ContentTypeError":
      case "TooManyRedirects":
        return new (classes[name] as new (...a: unknown[]) => unknown)(info, []);
      case "ClientConnectorError":
        return new ClientConnectorError(key, aiohttpConnectionRefused("127.0.0.1", 1));
      default:
        return new (classes[name] as new (...a: unknown[]) => unknown)("x");
    }
  };
  test.each(Object.keys(MATRIX))("%s", (name) => {
    const value = instance(name);
    const bases = [...Object.keys(MATRIX), ...Object.keys(builtins)];
    const got = bases.filter((b) => value instanceof ((classes[b] ?? builtins[b]) as new () => unknown));
    expect(got.sort()).toEqual([...MATRIX[name]].sort());
  });

  test("TimeoutError subclasses stay outside ClientError", () => {
    expect(new TimeoutError() instanceof ClientError).toBe(false);
    expect(new OSError() instanceof ClientConnectionError).toBe(false);
    expect(new ValueError() instanceof ClientError).toBe(false);
    expect(new ServerTimeoutError("x") instanceof ServerDisconnectedError).toBe(false);
  });
});

describe("messages and reprs", () => {
  test("constructed errors", () => {
    const refused = new ClientConnectorError(new ConnectionKey("127.0.0.1", 1, false), aiohttpConnectionRefused("127.0.0.1", 1));
    expect(refused.__str__()).toBe("Cannot connect to host 127.0.0.1:1 ssl:default [Connect call failed ('127.0.0.1', 1)]");
    expect(refused.__repr__()).toBe(
      "ClientConnectorError(ConnectionKey(host='127.0.0.1', port=1, is_ssl=False, ssl=None, proxy=None, proxy_auth=None, proxy_headers_hash=None), ConnectionRefusedError(111, \"Connect call failed ('127.0.0.1', 1)\"))",
    );
    expect([refused.host, refused.port, refused.errno, refused.strerror]).toEqual(["127.0.0.1", 1, 111, "Connect call failed ('127.0.0.1', 1)"]);
    expect(new ServerDisconnectedError().__repr__()).toBe("ServerDisconnectedError('Server disconnected')");
    expect(new ServerDisconnectedError().message).toBe("Server disconnected");
    expect(new ClientOSError(104, "Connection reset by peer").__str__()).toBe("[Errno 104] Connection reset by peer");
    expect(new InvalidURL("not%20a%20url").__repr__()).toBe("<InvalidURL not%20a%20url>");
    expect(new ServerTimeoutError("Timeout on reading data from socket").__repr__()).toBe("ServerTimeoutError('Timeout on reading data from socket')");
  });
});

describe("failures", () => {
  test("connection refused", async () => {
    // A port nobody listens on: bind one, then close it.
    const srv = createServer();
    await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
    const port = (srv.address() as { port: number }).port;
    await new Promise<void>((resolve) => srv.close(() => resolve()));
    const e = await caught(() => session.get(`http://127.0.0.1:${port}/`));
    expect(e).toBeInstanceOf(ClientConnectorError);
    expect(e).toBeInstanceOf(OSError);
    expect(e.__str__()).toBe(`Cannot connect to host 127.0.0.1:${port} ssl:default [Connect call failed ('127.0.0.1', ${port})]`);
    // Port 1 is one the Fetch standard blocks: the runtime still reports what a TCP client gets.
    const e1 = await caught(() => session.get("http://127.0.0.1:1/"));
    expect(e1.__str__()).toBe("Cannot connect to host 127.0.0.1:1 ssl:default [Connect call failed ('127.0.0.1', 1)]");
    const e2 = await caught(() => session.get("http://localhost:1/"));
    expect(e2.__str__()).toBe("Cannot connect to host localhost:1 ssl:default [Connect call failed ('127.0.0.1', 1)]");
    // The session still works afterwards (the connector slot was given back).
    expect(await (await session.get(B + "/hello")).text()).toBe("Hello, world!");
  });

  test("server closes the connection without responding", async () => {
    const e = await caught(() => session.get(B + "/close"));
    expect(e).toBeInstanceOf(ServerDisconnectedError);
    expect(e).toBeInstanceOf(ServerConnectionError);
    expect([e.__str__(), e.__repr__()]).toEqual(["Server disconnected", "ServerDisconnectedError('Server disconnected')"]);
  });

  test("truncated body", async () => {
    const r = await session.get(B + "/truncated");
    expect(r.status).toBe(200);
    const e = await caught(() => r.text());
    expect(e).toBeInstanceOf(ClientPayloadError);
    expect(e.__repr__()).toBe("ClientPayloadError('Response payload is not completed')");
    const r2 = await session.get(B + "/truncated");
    const chunks: string[] = [];
    const e2 = await caught(async () => {
      for await (const c of r2.content.iterChunked(4)) chunks.push(Buffer.from(c).toString("latin1"));
    });
    expect(chunks).toEqual(["0123", "4567", "89"]);
    expect(e2.__str__()).toBe("Response payload is not completed");
    r2.release();
  });

  test("too many redirects", async () => {
    for (const n of [12, 10]) {
      const e = await caught(() => session.get(`${B}/redirect/${n}`));
      expect(e).toBeInstanceOf(TooManyRedirects);
      expect(e).toBeInstanceOf(ClientResponseError);
      expect(norm(e.__str__())).toBe(`0, message='', url=URL('{B}/redirect/${n}')`);
      expect((e as TooManyRedirects).history.length).toBe(10);
    }
    const e = await caught(() => session.get(B + "/redirect/1", { maxRedirects: 1 }));
    expect(e).toBeInstanceOf(TooManyRedirects);
    const ok = await session.get(B + "/redirect/9");
    expect([ok.status, ok.history.length]).toEqual([200, 9]);
  });

  test("invalid URLs", async () => {
    const cases: [string, string, string][] = [
      ["/hello", "/hello", "<InvalidURL /hello>"],
      ["not a url", "not%20a%20url", "<InvalidURL not%20a%20url>"],
      ["http://", "http://", "<InvalidURL http://>"],
      ["http://127.0.0.1:99999/", "http://127.0.0.1:99999/", "<InvalidURL http://127.0.0.1:99999/>"],
      ["", "", "<InvalidURL >"],
      ["http://127.0.0.1:abc/", "http://127.0.0.1:abc/", "<InvalidURL http://127.0.0.1:abc/>"],
    ];
    for (const [url, str, rep] of cases) {
      const e = await caught(() => session.get(url));
      expect(e).toBeInstanceOf(InvalidURL);
      expect(e).toBeInstanceOf(ValueError);
      expect(e).toBeInstanceOf(ClientError);
      expect([url, e.__str__(), e.__repr__()]).toEqual([url, str, rep]);
    }
    const ftp = await caught(() => session.get("ftp://127.0.0.1/"));
    expect(ftp).toBeInstanceOf(AssertionError);
  });

  test("errors keep their Python names", async () => {
    const e = await caught(() => session.get(B + "/close"));
    expect(e.name).toBe("ServerDisconnectedError");
    expect(String(e)).toBe("ServerDisconnectedError: Server disconnected");
  });
});
