/**
 * The loopback test server itself (test/server/server.mjs): how it starts and stops, and that its
 * responses are deterministic functions of the request and the server's own state. Uses Node's http
 * client directly, so that what the server sends is seen byte for byte.
 */
import { spawn } from "node:child_process";
import * as http from "node:http";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

const B = process.env.TEST_BASE_URL as string;
const SERVER = path.join(__dirname, "..", "server", "server.mjs");

interface Raw {
  status: number;
  reason: string;
  headers: string[];
  body: Buffer;
}

function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, reason: res.statusMessage ?? "", headers: res.rawHeaders, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

describe("test server", () => {
  test("startServer({port: 0}) / close(), even with a response pending", async () => {
    // ES module import is not available inside jest's VM: check it in a child process.
    const script = `
      import { startServer } from ${JSON.stringify(pathToFileURL(SERVER).href)};
      import http from "node:http";
      const server = await startServer({ port: 0 });
      const get = (u) => new Promise((resolve) => http.get(u, { agent: false }, (res) => { let b = ""; res.on("data", (c) => (b += c)); res.on("end", () => resolve(b)); }).on("error", (e) => resolve("error " + e.code)));
      const hello = await get(server.url + "/hello");
      const pending = get(server.url + "/delay/10000");
      await new Promise((r) => setTimeout(r, 50));
      const t0 = Date.now();
      await server.close();
      console.log(JSON.stringify({ url: server.url, hello, pending: await pending, fast: Date.now() - t0 < 1000 }));
    `;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    const result = JSON.parse(out) as { url: string; hello: string; pending: string; fast: boolean };
    expect(result.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect([result.hello, result.pending, result.fast]).toEqual(["Hello, world!", "error ECONNRESET", true]);
  });

  test("run directly: prints exactly one line once listening", async () => {
    const child = spawn(process.execPath, [SERVER, "0"], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (c: Buffer) => {
          out += c.toString();
          if (out.includes("\n")) resolve(out);
        });
        child.on("exit", () => reject(new Error("exited")));
      });
      expect(line).toMatch(/^listening http:\/\/127\.0\.0\.1:\d+\n$/);
      const url = line.trim().split(" ")[1];
      expect((await raw(url + "/")).body.toString()).toBe("py2ts-async test server\n");
    } finally {
      child.kill();
    }
  });

  test("responses are deterministic: exact bytes, no Date header", async () => {
    const a = await raw(B + "/json");
    const b = await raw(B + "/json");
    expect(a.headers).toEqual(b.headers);
    expect(a.body.equals(b.body)).toBe(true);
    expect(a.headers).toEqual(["Content-Type", "application/json; charset=utf-8", "Content-Length", "363", "Connection", "close"]);
    expect(a.body.toString()).toBe(
      '{"name":"py2ts-async","version":3,"ratio":0.75,"pi":3.14159,"big":12345678901,"negative":-42,"enabled":true,"disabled":false,"nothing":null,"tags":["async","http","json"],"numbers":[1,2.5,-3,0],"unicode":"café – naïve ✓","nested":{"level":1,"inner":{"level":2,"items":[{"id":1,"ok":true},{"id":2,"ok":false,"note":null}]}},"empty_list":[],"empty_object":{}}',
    );
  });

  test("status codes and reasons", async () => {
    const r = await raw(B + "/status/418");
    expect([r.status, r.reason, r.body.toString()]).toEqual([418, "I'm a Teapot", "418 I'm a Teapot\n"]);
    const custom = await raw(B + "/status/299?reason=Custom%20Reason");
    expect([custom.status, custom.reason]).toEqual([299, "Custom Reason"]);
    const empty = await raw(B + "/status/204");
    expect([empty.status, empty.body.length]).toEqual([204, 0]);
    expect((await raw(B + "/status/99")).status).toBe(400);
    const missing = await raw(B + "/nope");
    expect([missing.status, missing.body.toString()]).toEqual([404, "Not Found: /nope\n"]);
  });

  test("echo", async () => {
    const r = await raw(B + "/echo?b=2&a=1&a=x+y", { method: "PUT", headers: { "Content-Type": "application/json", "X-Test": "t", Cookie: "c=1", "User-Agent": "ignored" }, body: '{"k": [1, 2]}' });
    expect(JSON.parse(r.body.toString())).toEqual({
      method: "PUT",
      path: "/echo",
      raw_query: "b=2&a=1&a=x+y",
      query: [
        ["b", "2"],
        ["a", "1"],
        ["a", "x y"],
      ],
      headers: { "content-length": "13", "content-type": "application/json", cookie: "c=1", "x-test": "t" },
      body: '{"k": [1, 2]}',
      json: { k: [1, 2] },
      form: null,
    });
    const f = await raw(B + "/echo", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "a=1&a=2&b=%C3%A9" });
    expect(JSON.parse(f.body.toString()).form).toEqual({ a: ["1", "2"], b: "é" });
  });

  test("pagination, users, login, protected, cookies", async () => {
    expect(JSON.parse((await raw(B + "/items?page=5&per_page=5")).body.toString())).toEqual({
      page: 5,
      per_page: 5,
      total: 23,
      items: [
        { id: 21, name: "item-21", price: 31.5 },
        { id: 22, name: "item-22", price: 33 },
        { id: 23, name: "item-23", price: 34.5 },
      ],
      next: null,
    });
    expect(JSON.parse((await raw(B + "/items")).body.toString()).next).toBe("/items?page=2&per_page=5");
    expect((await raw(B + "/items?page=0")).status).toBe(400);
    expect((await raw(B + "/users/11")).status).toBe(404);
    const login = await raw(B + "/login", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "username=bob&password=hunter2" });
    expect(JSON.parse(login.body.toString())).toEqual({ token: "token-bob", user: "bob" });
    expect((await raw(B + "/login")).status).toBe(405);
    expect(JSON.parse((await raw(B + "/protected", { headers: { Authorization: "Bearer token-bob" } })).body.toString())).toEqual({ user: "bob", message: "Hello, bob!" });
    const set = await raw(B + "/cookies/set?a=1&b=2");
    expect(set.headers.filter((_h, i) => i % 2 === 0 && set.headers[i] === "Set-Cookie").length).toBe(2);
    expect(JSON.parse((await raw(B + "/cookies", { headers: { Cookie: "a=1; b=two" } })).body.toString())).toEqual({ cookies: { a: "1", b: "two" } });
  });

  test("flaky counts per key", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await raw(B + "/flaky?key=server-test&fail=3")).status);
    expect(statuses).toEqual([503, 503, 503, 200]);
    expect(JSON.parse((await raw(B + "/flaky?key=server-test&fail=3")).body.toString())).toEqual({ attempts: 5, key: "server-test" });
  });

  test("bytes, text, html, encodings", async () => {
    const bytes = (await raw(B + "/bytes/258")).body;
    expect([bytes.length, bytes[0], bytes[255], bytes[256], bytes[257]]).toEqual([258, 0, 255, 0, 1]);
    expect((await raw(B + "/text?n=2")).body.toString()).toBe("line 1\nline 2\n");
    const index = (await raw(B + "/html/index")).body.toString();
    expect(index).toContain('<a href="/html/missing">missing</a>');
    expect((await raw(B + "/html/missing")).status).toBe(404);
    expect((await raw(B + "/encoding/latin1")).body.toString("latin1")).toBe("Café crème, naïve façade, 25 °C, ½ price, £5\n");
  });

  test("close and truncated connections", async () => {
    await expect(raw(B + "/close")).rejects.toThrow();
    await expect(raw(B + "/truncated")).rejects.toThrow();
  });
});
