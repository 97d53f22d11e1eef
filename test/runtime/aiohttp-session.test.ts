/**
 * ClientSession / ClientResponse against the project's test server (test/server/server.mjs) over the
 * real platform fetch, outside an asyncio loop. Every expected value was observed with CPython 3.11 +
 * aiohttp 3.8.4 against the same server (`{B}` stands for the server's base URL).
 */
import { ClientSession } from "../../src/runtime/aiohttp/session";
import type { ClientRequestOptions } from "../../src/runtime/aiohttp/session";
import { ClientResponse } from "../../src/runtime/aiohttp/response";
import { CookieJar, DummyCookieJar } from "../../src/runtime/aiohttp/cookies";
import { TCPConnector } from "../../src/runtime/aiohttp/connector";
import { BasicAuth } from "../../src/runtime/aiohttp/request";
import { YarlURL } from "../../src/runtime/aiohttp/url";
import { AssertionError, BaseException, TypeError, UnicodeDecodeError, ValueError } from "../../src/runtime/exceptions";
import { ClientConnectionError, ClientResponseError, ContentTypeError } from "../../src/runtime/aiohttp/errors";
import { jsonDumps } from "../../src/runtime/json";
import { repr } from "../../src/runtime/repr";

const B = process.env.TEST_BASE_URL as string;
const HOST = B.replace("http://", "");
/** Replaces the base URL (and host:port) by placeholders, as the Python expectations have them. */
const norm = (s: string): string => s.split(B).join("{B}").split(HOST).join("{HOST}");
const M = <V>(o: Record<string, V>): Map<string, V> => new Map(Object.entries(o));

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

/** `async with session.request(...) as r: return await r.json()`, printed with json.dumps(ensure_ascii=False). */
async function echo(method: string, path: string, options: ClientRequestOptions, s: ClientSession = session): Promise<string> {
  const r = await s.request(method, B + path, options);
  try {
    return jsonDumps(await r.json(), { ensureAscii: false });
  } finally {
    r.release();
  }
}

describe("responses", () => {
  test("status, reason, url, headers, text", async () => {
    const r = await session.get(B + "/hello");
    try {
      expect([r.status, r.reason, r.ok, r.method]).toEqual([200, "OK", true, "GET"]);
      expect(norm(r.url.__repr__())).toBe("URL('{B}/hello')");
      expect([r.url.path, r.url.host, norm(r.realUrl.__str__())]).toEqual(["/hello", "127.0.0.1", "{B}/hello"]);
      expect(r.headers.items()).toEqual([
        ["Content-Type", "text/plain; charset=utf-8"],
        ["Content-Length", "13"],
        ["Connection", "keep-alive"],
        ["Keep-Alive", "timeout=5"],
      ]);
      expect([r.contentType, r.charset, r.contentLength]).toEqual(["text/plain", "utf-8", 13]);
      expect(await r.text()).toBe("Hello, world!");
      expect(r.closed).toBe(true);
      expect(repr(await r.read())).toBe("b'Hello, world!'");
      expect(r.history).toEqual([]);
      expect(norm(r.__repr__())).toBe("<ClientResponse({B}/hello) [200 OK]>\n<CIMultiDictProxy('Content-Type': 'text/plain; charset=utf-8', 'Content-Length': '13', 'Connection': 'keep-alive', 'Keep-Alive': 'timeout=5')>\n");
      expect(r.version.__repr__()).toBe("HttpVersion(major=1, minor=1)");
      expect(r.host).toBe("127.0.0.1");
    } finally {
      r.release();
    }
    // After the `async with` block: text() still works (cached), read() raises.
    expect(await r.text()).toBe("Hello, world!");
    const e = await caught(() => r.read());
    expect(e).toBeInstanceOf(ClientConnectionError);
    expect(e.__repr__()).toBe("ClientConnectionError('Connection closed')");
  });

  test("raise_for_status", async () => {
    const empty = await session.get(B + "/status/299?reason=");
    expect([empty.status, empty.reason]).toEqual([299, ""]);
    empty.release();
    const r = await session.get(B + "/status/404");
    expect([r.status, r.reason, r.ok]).toEqual([404, "Not Found", false]);
    const e = await caught(async () => r.raiseForStatus());
    expect(e).toBeInstanceOf(ClientResponseError);
    expect(norm(e.__str__())).toBe("404, message='Not Found', url=URL('{B}/status/404')");
    const cre = e as ClientResponseError;
    expect([cre.status, cre.message, cre.history]).toEqual([404, "Not Found", []]);
    expect(norm(cre.requestInfo.__repr__())).toBe(
      "RequestInfo(url=URL('{B}/status/404'), method='GET', headers=<CIMultiDictProxy('Host': '{HOST}', 'Accept': '*/*', 'Accept-Encoding': 'gzip, deflate', 'User-Agent': 'Python/3.11 aiohttp/3.8.4')>, real_url=URL('{B}/status/404'))",
    );
    expect(norm(cre.__repr__()).startsWith("ClientResponseError(RequestInfo(url=URL('{B}/status/404'), method='GET', headers=<CIMultiDictProxy('Host': '{HOST}', 'Accept': '*/*', 'Accept-Encoding': 'gzip, deflate', 'User-Agent': 'Python/3.11 aiohttp/3.8.4')>, real_url=URL('{B}/status/404')), (), stat")).toBe(true);
    expect(r.closed).toBe(true);
    const after = await caught(() => r.text());
    expect(`${after.name}: ${after.__str__()}`).toBe("ClientConnectionError: Connection closed");
  });

  test("json: content-type check, contentType null, empty body", async () => {
    const doc = await (await session.get(B + "/json")).json();
    expect(repr(doc)).toBe(
      "{'name': 'py2ts-async', 'version': 3, 'ratio': 0.75, 'pi': 3.14159, 'big': 12345678901, 'negative': -42, 'enabled': True, 'disabled': False, 'nothing': None, 'tags': ['async', 'http', 'json'], 'numbers': [1, 2.5, -3, 0], 'unicode': 'café – naïve ✓', 'nested': {'level': 1, 'inner': {'level': 2, 'items': [{'id': 1, 'ok': True}, {'id': 2, 'ok': False, 'note': None}]}}, 'empty_list': [], 'empty_object': {}}",
    );
    const r = await session.get(B + "/wrong-content-type");
    const e = await caught(() => r.json());
    expect(e).toBeInstanceOf(ContentTypeError);
    expect(e).toBeInstanceOf(ClientResponseError);
    expect(norm(e.__str__())).toBe("0, message='Attempt to decode JSON with unexpected mimetype: text/plain; charset=utf-8', url=URL('{B}/wrong-content-type')");
    expect([(e as ContentTypeError).status, (e as ContentTypeError).message]).toEqual([0, "Attempt to decode JSON with unexpected mimetype: text/plain; charset=utf-8"]);
    expect(repr(await r.json({ contentType: null }))).toBe("{'message': 'this is JSON', 'ok': True}");
    const empty = await session.get(B + "/empty");
    expect([empty.contentType, empty.charset, empty.contentLength]).toEqual(["application/octet-stream", null, 0]);
    expect(norm((await caught(() => empty.json())).__str__())).toBe("0, message='Attempt to decode JSON with unexpected mimetype: ', url=URL('{B}/empty')");
    expect(await empty.json({ contentType: null })).toBeNull();
    expect(await empty.text()).toBe("");
  });

  test("text decoding: charset, detection, strict errors", async () => {
    const latin = await session.get(B + "/encoding/latin1");
    expect([latin.charset, await latin.text(), latin.getEncoding()]).toEqual(["iso-8859-1", "Café crème, naïve façade, 25 °C, ½ price, £5\n", "iso-8859-1"]);
    const none = await session.get(B + "/encoding/none");
    expect([none.charset, await none.text(), none.getEncoding()]).toEqual([null, "Grüße aus Köln, schöne Straße\n", "utf-8"]);
    const bad = await session.get(B + "/encoding/bad-utf8");
    const e = await caught(() => bad.text());
    expect(e).toBeInstanceOf(UnicodeDecodeError);
    expect(e.__str__()).toBe("'utf-8' codec can't decode byte 0xff in position 3: invalid start byte");
    expect(await bad.text(null, "replace")).toBe("ok \ufffd\ufffd caf\ufffd\n");
    const bytes = await session.get(B + "/bytes/300");
    const b = await bytes.read();
    expect([b.length, repr(b.subarray(0, 5)), repr(b.subarray(255, 258)), bytes.contentType, bytes.charset]).toEqual([300, "b'\\x00\\x01\\x02\\x03\\x04'", "b'\\xff\\x00\\x01'", "application/octet-stream", null]);
    expect((await caught(() => bytes.text())).__str__()).toBe("'utf-8' codec can't decode byte 0x80 in position 128: invalid start byte");
    expect(await (await session.get(B + "/encoding/utf8")).text()).toBe("Grüße, 東京, café ✓ €\n");
  });

  test("HEAD, 204, gzip", async () => {
    const head = await session.head(B + "/hello");
    expect([head.status, repr(await head.read()), head.contentLength]).toEqual([200, "b''", 13]);
    const nc = await session.get(B + "/no-content");
    expect([nc.status, repr(await nc.read()), nc.contentType]).toEqual([204, "b''", "application/octet-stream"]);
    const gz = await session.get(B + "/gzip");
    expect([gz.headers.get("Content-Encoding"), gz.contentLength, repr(await gz.json())]).toEqual(["gzip", 64, "{'gzipped': True, 'message': 'compressed body'}"]);
  });

  test("multi-valued response headers", async () => {
    const r = await session.get(B + "/response-headers?X-A=1&X-A=2&x-b=3");
    const h = r.headers;
    expect(h.keys()).toEqual(["Content-Type", "Content-Length", "X-A", "X-A", "x-b", "Connection", "Keep-Alive"]);
    expect([h.getAll("x-a"), h.get("X-B"), h.get("nope"), h.get("nope", "dflt"), h.has("x-a"), h.size]).toEqual([["1", "2"], "3", null, "dflt", true, 7]);
    const e = await caught(async () => h.getItem("nope"));
    expect([e.__repr__(), e.__str__()]).toEqual(["KeyError('nope')", "'nope'"]);
    expect(h.getItem("X-A")).toBe("1");
    expect(h.__repr__()).toBe("<CIMultiDictProxy('Content-Type': 'application/json; charset=utf-8', 'Content-Length': '21', 'X-A': '1', 'X-A': '2', 'x-b': '3', 'Connection': 'keep-alive', 'Keep-Alive': 'timeout=5')>");
    r.release();
  });

  test("closed / connection follow the body", async () => {
    const r = await session.get(B + "/slow?delay=100");
    expect([r.closed, r.connection !== null]).toEqual([false, true]);
    await r.read();
    expect([r.closed, r.connection]).toEqual([true, null]);
  });

  test("__aenter__ / __aexit__", async () => {
    const cm = session.get(B + "/hello");
    const r = await cm.__aenter__();
    expect(await r.text()).toBe("Hello, world!");
    await cm.__aexit__(null, null, null);
    expect(r.closed).toBe(true);
    const r2 = await session.get(B + "/hello");
    expect(await r2.__aenter__()).toBe(r2);
    await r2.__aexit__(null, null, null);
    expect(r2.closed).toBe(true);
  });
});

describe("request bodies and headers (echoed by the server)", () => {
  const H = (o: Record<string, string>): Map<string, string> => M(o);
  test("data= and json=", async () => {
    expect(await echo("POST", "/echo", { data: M({ a: "1", b: "x y", c: "é&=+" }) })).toBe(
      '{"method": "POST", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-length": "27", "content-type": "application/x-www-form-urlencoded"}, "body": "a=1&b=x+y&c=%C3%A9%26%3D%2B", "json": null, "form": {"a": "1", "b": "x y", "c": "é&=+"}}',
    );
    expect(await echo("POST", "/echo", { data: M<unknown>({ i: 1, f: 2.5, t: true, n: null }) })).toBe(
      '{"method": "POST", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-length": "23", "content-type": "application/x-www-form-urlencoded"}, "body": "i=1&f=2.5&t=True&n=None", "json": null, "form": {"i": "1", "f": "2.5", "t": "True", "n": "None"}}',
    );
    const pairsForm = '{"method": "POST", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-length": "7", "content-type": "application/x-www-form-urlencoded"}, "body": "a=1&a=2", "json": null, "form": {"a": ["1", "2"]}}';
    expect(await echo("POST", "/echo", { data: M({ a: ["1", "2"] }) })).toBe(pairsForm);
    expect(await echo("POST", "/echo", { data: [["a", "1"], ["a", "2"]] })).toBe(pairsForm);
    expect(await echo("POST", "/echo", { data: "héllo" })).toBe('{"method": "POST", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-length": "6", "content-type": "text/plain; charset=utf-8"}, "body": "héllo", "json": null, "form": null}');
    expect(await echo("POST", "/echo", { data: Uint8Array.of(0, 1, 97, 98, 99) })).toBe(
      '{"method": "POST", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-length": "5", "content-type": "application/octet-stream"}, "body": "\\u0000\\u0001abc", "json": null, "form": null}',
    );
    expect(await echo("POST", "/echo", { json: M<unknown>({ a: [1, 2.5, null, true], é: "ü", nested: M({ x: "y" }) }) })).toBe(
      '{"method": "POST", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-length": "69", "content-type": "application/json"}, "body": "{\\"a\\": [1, 2.5, null, true], \\"\\\\u00e9\\": \\"\\\\u00fc\\", \\"nested\\": {\\"x\\": \\"y\\"}}", "json": {"a": [1, 2.5, null, true], "é": "ü", "nested": {"x": "y"}}, "form": null}',
    );
    expect(await echo("POST", "/echo", { json: "text" })).toBe('{"method": "POST", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-length": "6", "content-type": "application/json"}, "body": "\\"text\\"", "json": "text", "form": null}');
    expect(await echo("POST", "/echo", { json: M({ a: 1 }), headers: H({ "Content-Type": "application/vnd+json" }) })).toBe(
      '{"method": "POST", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-length": "8", "content-type": "application/vnd+json"}, "body": "{\\"a\\": 1}", "json": null, "form": null}',
    );
    expect(await echo("POST", "/echo", { data: "abc", headers: H({ "content-type": "text/csv" }) })).toBe('{"method": "POST", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-length": "3", "content-type": "text/csv"}, "body": "abc", "json": null, "form": null}');
    expect(await echo("PATCH", "/echo", { json: [1] })).toBe('{"method": "PATCH", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-length": "3", "content-type": "application/json"}, "body": "[1]", "json": [1], "form": null}');
    expect(await echo("POST", "/echo", { data: new Uint8Array(0) })).toBe('{"method": "POST", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-type": "application/octet-stream"}, "body": "", "json": null, "form": null}');
    expect(await echo("POST", "/echo", { data: "" })).toBe('{"method": "POST", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-type": "text/plain; charset=utf-8"}, "body": "", "json": null, "form": null}');
    expect(await echo("POST", "/echo", { data: new Map() })).toBe('{"method": "POST", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-type": "application/x-www-form-urlencoded"}, "body": "", "json": null, "form": {}}');
    const both = await caught(() => session.post(B + "/echo", { data: "x", json: M({ a: 1 }) }));
    expect(both).toBeInstanceOf(ValueError);
    expect(both.__str__()).toBe("data and json parameters can not be used at the same time");
  });

  test("methods and headers", async () => {
    expect(await echo("GET", "/echo", { headers: H({ "X-One": "1", "x-two": "2", Authorization: "Bearer t" }) })).toBe(
      '{"method": "GET", "path": "/echo", "raw_query": "", "query": [], "headers": {"authorization": "Bearer t", "x-one": "1", "x-two": "2"}, "body": "", "json": null, "form": null}',
    );
    expect(await echo("GET", "/echo", { headers: [["X-A", "1"], ["X-A", "2"]] })).toBe('{"method": "GET", "path": "/echo", "raw_query": "", "query": [], "headers": {"x-a": "1, 2"}, "body": "", "json": null, "form": null}');
    const bad = await caught(() => session.get(B + "/echo", { headers: M({ "X-N": 5 }) as unknown as Map<string, string> }));
    expect(bad).toBeInstanceOf(TypeError);
    expect(bad.__str__()).toBe("Cannot serialize non-str key 5");
    expect(await echo("DELETE", "/echo", {})).toBe('{"method": "DELETE", "path": "/echo", "raw_query": "", "query": [], "headers": {}, "body": "", "json": null, "form": null}');
    expect(await echo("OPTIONS", "/echo", {})).toBe('{"method": "OPTIONS", "path": "/echo", "raw_query": "", "query": [], "headers": {}, "body": "", "json": null, "form": null}');
    expect(await echo("put", "/echo", { data: "x" })).toBe('{"method": "PUT", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-length": "1", "content-type": "text/plain; charset=utf-8"}, "body": "x", "json": null, "form": null}');
    const h = await session.get(B + "/headers");
    expect(repr(await h.json())).toBe("{'headers': {'accept': '*/*', 'accept-encoding': 'gzip, deflate'}}");
  });

  test("session defaults are overridden per request", async () => {
    const s = new ClientSession({ headers: H({ "X-Default": "d", "X-Over": "session" }), cookies: H({ sess: "1" }) });
    try {
      expect(await echo("GET", "/echo", { headers: H({ "X-Over": "request" }) }, s)).toBe(
        '{"method": "GET", "path": "/echo", "raw_query": "", "query": [], "headers": {"cookie": "sess=1", "x-default": "d", "x-over": "request"}, "body": "", "json": null, "form": null}',
      );
    } finally {
      await s.close();
    }
  });

  test("params", async () => {
    const path = async (p: string, options: ClientRequestOptions): Promise<string> => {
      const r = await session.get(B + p, options);
      r.release();
      return norm(r.url.__str__());
    };
    expect(await path("/echo", { params: M<unknown>({ a: 1.5, b: 2, c: [1, "x"], d: "é &=+/?:@;,$!'()*~" }) })).toBe("{B}/echo?a=1.5&b=2&c=1&c=x&d=%C3%A9+%26%3D%2B/?:@%3B,$!'()*~");
    expect(await path("/echo", { params: [["a", "1"], ["a", "2"]] })).toBe("{B}/echo?a=1&a=2");
    expect(await path("/echo?x=1&y=a+b", { params: M({ z: "3" }) })).toBe("{B}/echo?x=1&y=a+b&z=3");
    expect(await path("/echo", { params: "a=1&b=c d" })).toBe("{B}/echo?a=1&b=c+d");
    expect(await path("/ech o/é/a%2Fb?q=x y&r=%zz#frag", {})).toBe("{B}/ech%20o/%C3%A9/a%2Fb?q=x+y&r=%25zz");
    const r = await session.get(B + "/echo", { params: M({ q: "a b", n: "é" }) });
    expect(repr(((await r.json()) as Map<string, unknown>).get("query"))).toBe("[['q', 'a b'], ['n', 'é']]");
    for (const [value, message] of [
      [true, "TypeError: Invalid variable type: value should be str, int or float, got True of type <class 'bool'>"],
      [null, "TypeError: Invalid variable type: value should be str, int or float, got None of type <class 'NoneType'>"],
      [Infinity, "ValueError: float('inf') is not supported"],
    ] as const) {
      const e = await caught(() => session.get(B + "/echo", { params: M<unknown>({ a: value }) }));
      expect(`${e.name}: ${e.__str__()}`).toBe(message);
    }
  });

  test("basic auth", async () => {
    expect(await echo("GET", "/echo", { auth: new BasicAuth("user", "pässword") })).toBe('{"method": "GET", "path": "/echo", "raw_query": "", "query": [], "headers": {"authorization": "Basic dXNlcjpw5HNzd29yZA=="}, "body": "", "json": null, "form": null}');
    const r = await session.get(B.replace("http://", "http://u:p@") + "/echo");
    expect(repr(((await r.json()) as Map<string, unknown>).get("headers"))).toBe("{'authorization': 'Basic dTpw'}");
    expect([norm(r.url.__str__()), norm(r.requestInfo.url.__str__()), r.requestInfo.headers.get("Authorization")]).toEqual(["{B}/echo", "{B}/echo", "Basic dTpw"]);
    expect(new BasicAuth("user", "pass").__repr__()).toBe("BasicAuth(login='user', password='pass', encoding='latin1')");
    expect(new BasicAuth("user", "pass").encode()).toBe("Basic dXNlcjpwYXNz");
    expect(() => new BasicAuth("a:b")).toThrow('A ":" is not allowed in login (RFC 1945#section-11.1)');
  });
});

describe("redirects", () => {
  const show = async (coro: PromiseLike<ClientResponse>): Promise<string> => {
    const r = await coro;
    let t: string;
    try {
      t = await r.text();
    } catch (e) {
      t = `<${(e as BaseException).name}: ${(e as BaseException).__str__()}>`;
    }
    return norm(`${r.status} ${r.method} ${r.url.__str__()} ${repr(r.history.map((h) => [h.status, h.url.__str__(), h.method]))} ${t.slice(0, 300)}`);
  };

  test("follows chains and records history", async () => {
    expect(await show(session.get(B + "/redirect/3"))).toBe("200 GET {B}/hello [[302, '{B}/redirect/3', 'GET'], [302, '{B}/redirect/2', 'GET'], [302, '{B}/redirect/1', 'GET']] Hello, world!");
    expect(await show(session.get(B + "/redirect/2", { allowRedirects: false }))).toBe("302 GET {B}/redirect/2 [] Redirecting to /redirect/1\n");
    expect(await show(session.head(B + "/redirect/2"))).toBe("302 HEAD {B}/redirect/2 [] ");
    expect(await show(session.head(B + "/redirect/2", { allowRedirects: true }))).toBe("200 HEAD {B}/hello [[302, '{B}/redirect/2', 'HEAD'], [302, '{B}/redirect/1', 'HEAD']] ");
    expect(await show(session.get(B + "/redirect/3", { maxRedirects: 0 }))).toBe("200 GET {B}/hello [[302, '{B}/redirect/3', 'GET'], [302, '{B}/redirect/2', 'GET'], [302, '{B}/redirect/1', 'GET']] Hello, world!");
  });

  test("method and body across redirects", async () => {
    expect(await show(session.post(B + "/redirect-to?url=/echo&status=302", { data: "abc" }))).toBe(
      '200 GET {B}/echo [[302, \'{B}/redirect-to?url=/echo&status=302\', \'POST\']] {"method":"GET","path":"/echo","raw_query":"","query":[],"headers":{},"body":"","json":null,"form":null}',
    );
    expect(await show(session.post(B + "/redirect-to?url=/echo&status=307", { data: "abc" }))).toBe(
      '200 POST {B}/echo [[307, \'{B}/redirect-to?url=/echo&status=307\', \'POST\']] {"method":"POST","path":"/echo","raw_query":"","query":[],"headers":{"content-length":"3","content-type":"text/plain; charset=utf-8"},"body":"abc","json":null,"form":null}',
    );
    expect(await show(session.post(B + "/redirect-to?url=/echo&status=303", { json: M({ a: 1 }) }))).toBe(
      '200 GET {B}/echo [[303, \'{B}/redirect-to?url=/echo&status=303\', \'POST\']] {"method":"GET","path":"/echo","raw_query":"","query":[],"headers":{},"body":"","json":null,"form":null}',
    );
    expect(await show(session.put(B + "/redirect-to?url=/echo&status=301", { data: "abc" }))).toBe(
      '200 PUT {B}/echo [[301, \'{B}/redirect-to?url=/echo&status=301\', \'PUT\']] {"method":"PUT","path":"/echo","raw_query":"","query":[],"headers":{"content-length":"3","content-type":"text/plain; charset=utf-8"},"body":"abc","json":null,"form":null}',
    );
  });

  test("Location forms", async () => {
    const port = B.split(":").pop() as string;
    expect(await show(session.get(B + "/redirect-to?url=/echo%3Fx%3D1&status=302", { params: M({ p: "1" }) }))).toBe(
      '200 GET {B}/echo?x=1 [[302, \'{B}/redirect-to?url=/echo?x%3D1&status=302&p=1\', \'GET\']] {"method":"GET","path":"/echo","raw_query":"x=1","query":[["x","1"]],"headers":{},"body":"","json":null,"form":null}',
    );
    expect(await show(session.get(B + "/redirect-to", { params: M({ url: "echo?z=1" }) }))).toBe(
      '200 GET {B}/echo?z=1 [[302, \'{B}/redirect-to?url=echo?z%3D1\', \'GET\']] {"method":"GET","path":"/echo","raw_query":"z=1","query":[["z","1"]],"headers":{},"body":"","json":null,"form":null}',
    );
    expect(await show(session.get(B + "/redirect-to", { params: M({ url: `//127.0.0.1:${port}/echo` }) }))).toBe(
      `200 GET {B}/echo [[302, '{B}/redirect-to?url=//{HOST}/echo', 'GET']] {"method":"GET","path":"/echo","raw_query":"","query":[],"headers":{},"body":"","json":null,"form":null}`,
    );
    expect(await show(session.get(B + "/redirect-to", { params: M({ url: "/echo#frag" }) }))).toBe(
      '200 GET {B}/echo [[302, \'{B}/redirect-to?url=/echo%23frag\', \'GET\']] {"method":"GET","path":"/echo","raw_query":"","query":[],"headers":{},"body":"","json":null,"form":null}',
    );
    const r = await session.get(B + "/status/302");
    expect([r.status, r.history.length, r.history[0] === r, await r.text()]).toEqual([302, 1, true, "302 Found\n"]);
    const ftp = await caught(() => session.get(B + "/redirect-to", { params: M({ url: "ftp://x/y" }) }));
    expect(ftp).toBeInstanceOf(ValueError);
    expect(ftp.__repr__()).toBe("ValueError('Can redirect only to http or https')");
  });
});

describe("cookies", () => {
  test("request cookies are quoted like SimpleCookie", async () => {
    expect(await echo("GET", "/echo", { cookies: M({ a: "1", b: "hello world", c: "é" }) })).toBe(
      '{"method": "GET", "path": "/echo", "raw_query": "", "query": [], "headers": {"cookie": "a=1; b=\\"hello world\\"; c=\\"\\\\351\\""}, "body": "", "json": null, "form": null}',
    );
  });

  test("default jar ignores cookies set by an IP address", async () => {
    const s = new ClientSession({ cookies: M({ sess: "1" }) });
    try {
      const r = await s.get(B + "/cookies/set?k=v&z=1");
      expect(r.cookies.__str__()).toBe("Set-Cookie: k=v; Path=/\r\nSet-Cookie: z=1; Path=/");
      expect([...r.cookies].map(([k, v]) => [k, v.value])).toEqual([
        ["k", "v"],
        ["z", "1"],
      ]);
      expect(r.cookies.getItem("k").__repr__()).toBe("<Morsel: k=v; Path=/>");
      expect(r.headers.getAll("Set-Cookie")).toEqual(["k=v; Path=/", "z=1; Path=/"]);
      r.release();
      expect(repr(await (await s.get(B + "/cookies")).json())).toBe("{'cookies': {'sess': '1'}}");
      expect([...s.cookieJar].map((m) => [m.key, m.value, m.getItem("domain"), m.getItem("path")])).toEqual([["sess", "1", "", "/"]]);
    } finally {
      await s.close();
    }
  });

  test("unsafe jar keeps them; request cookies override; expiry deletes", async () => {
    const s = new ClientSession({ cookieJar: new CookieJar({ unsafe: true }) });
    try {
      (await s.get(B + "/cookies/set?k=v&z=1")).release();
      expect(repr(await (await s.get(B + "/cookies")).json())).toBe("{'cookies': {'k': 'v', 'z': '1'}}");
      expect([...s.cookieJar].map((m) => [m.key, m.value, m.getItem("domain"), m.getItem("path")])).toEqual([
        ["k", "v", "127.0.0.1", "/"],
        ["z", "1", "127.0.0.1", "/"],
      ]);
      expect(s.cookieJar.__len__()).toBe(2);
      expect(repr(await (await s.get(B + "/cookies", { cookies: M({ extra: "x", k: "over" }) })).json())).toBe("{'cookies': {'extra': 'x', 'k': 'over', 'z': '1'}}");
      (await s.get(B + "/cookies/delete?k")).release();
      expect(repr(await (await s.get(B + "/cookies")).json())).toBe("{'cookies': {'z': '1'}}");
      expect(s.cookieJar.filterCookies(B + "/").__str__()).toBe("Set-Cookie: z=1");
    } finally {
      await s.close();
    }
  });

  test("DummyCookieJar", async () => {
    const s = new ClientSession({ cookieJar: new DummyCookieJar(), cookies: M({ a: "1" }) });
    try {
      expect(repr(await (await s.get(B + "/cookies")).json())).toBe("{'cookies': {}}");
    } finally {
      await s.close();
    }
  });
});

describe("session options", () => {
  test("base_url", async () => {
    const s = new ClientSession({ baseUrl: B });
    try {
      const r = await s.get("/hello");
      expect([norm(r.url.__str__()), await r.text()]).toEqual(["{B}/hello", "Hello, world!"]);
      const e = await caught(() => s.get("hello"));
      expect(e).toBeInstanceOf(AssertionError);
    } finally {
      await s.close();
    }
    expect(() => new ClientSession({ baseUrl: B + "/path" })).toThrow("Only absolute URLs without path part are supported");
    const positional = new ClientSession(B);
    try {
      expect(await (await positional.get(new YarlURL("/hello"))).text()).toBe("Hello, world!");
    } finally {
      await positional.close();
    }
  });

  test("raise_for_status (session and per request)", async () => {
    const s = new ClientSession({ raiseForStatus: true });
    try {
      const e = await caught(() => s.get(B + "/status/418"));
      expect(`${e.name}: ${norm(e.__str__())}`).toBe(`ClientResponseError: 418, message="I'm a Teapot", url=URL('{B}/status/418')`);
      const r = await s.get(B + "/status/418", { raiseForStatus: false });
      expect([r.status, r.reason]).toEqual([418, "I'm a Teapot"]);
      r.release();
    } finally {
      await s.close();
    }
    const e = await caught(() => session.get(B + "/status/500", { raiseForStatus: true }));
    expect(norm(e.__str__())).toBe("500, message='Internal Server Error', url=URL('{B}/status/500')");
  });

  test("json_serialize", async () => {
    const s = new ClientSession({ jsonSerialize: (o) => jsonDumps(o, { separators: [",", ":"] }) });
    try {
      expect(await echo("POST", "/echo", { json: M<unknown>({ a: 1, b: [1, 2] }) }, s)).toBe(
        '{"method": "POST", "path": "/echo", "raw_query": "", "query": [], "headers": {"content-length": "17", "content-type": "application/json"}, "body": "{\\"a\\":1,\\"b\\":[1,2]}", "json": {"a": 1, "b": [1, 2]}, "form": null}',
      );
    } finally {
      await s.close();
    }
  });

  test("close, closed, connector", async () => {
    const s = new ClientSession();
    expect(s.closed).toBe(false);
    expect(s.connector?.limit).toBe(100);
    expect(s.timeout.__repr__()).toBe("ClientTimeout(total=300, connect=None, sock_read=None, sock_connect=None)");
    expect(await s.__aenter__()).toBe(s);
    await s.__aexit__(null, null, null);
    expect(s.closed).toBe(true);
    const e = await caught(() => s.get(B + "/hello"));
    expect(e.__repr__()).toBe("RuntimeError('Session is closed')");
    const shared = new TCPConnector({ limit: 3 });
    const a = new ClientSession({ connector: shared, connectorOwner: false });
    await a.close();
    expect([a.closed, shared.closed]).toEqual([true, false]);
    await shared.close();
  });
});

describe("the test server's application endpoints", () => {
  test("login, protected, flaky, items, users, html", async () => {
    const login = await session.post(B + "/login", { json: M({ username: "alice", password: "secret" }) });
    const token = ((await login.json()) as Map<string, string>).get("token") as string;
    expect(repr(await (await session.get(B + "/protected", { headers: M({ Authorization: "Bearer " + token }) })).json())).toBe("{'user': 'alice', 'message': 'Hello, alice!'}");
    const bad = await session.post(B + "/login", { data: M({ username: "bob", password: "bad" }) });
    expect([bad.status, repr(await bad.json())]).toEqual([401, "{'error': 'invalid credentials'}"]);
    const prot = await session.get(B + "/protected");
    expect([prot.status, prot.headers.get("WWW-Authenticate"), repr(await prot.json())]).toEqual([401, "Bearer", "{'error': 'unauthorized'}"]);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await session.get(B + "/flaky?key=session-test");
      statuses.push(r.status);
      r.release();
    }
    expect(statuses).toEqual([503, 503, 200]);
    const items = (await (await session.get(B + "/items", { params: M({ page: 2, per_page: 10 }) })).json()) as Map<string, unknown>;
    expect([items.get("next"), (items.get("items") as unknown[]).length]).toEqual(["/items?page=3&per_page=10", 10]);
    const html = await session.get(B + "/html/index");
    expect([html.contentType, html.charset, (await html.text()).length]).toEqual(["text/html", "utf-8", 296]);
    expect(repr(await (await session.get(B + "/users/3")).json())).toBe("{'id': 3, 'name': 'Carol White', 'email': 'carol@example.com', 'active': False, 'score': 88, 'tags': []}");
    const missing = await session.get(B + "/users/99");
    expect([missing.status, repr(await missing.json())]).toEqual([404, "{'error': 'user not found', 'id': '99'}"]);
  });
});
