#!/usr/bin/env node
// py2ts-async loopback HTTP test server (plain ES module, no dependencies).
//
// Every response is a deterministic function of the request and of the server's own state (no Date
// header, no randomness); state is per process (the /flaky counters only).
//
// Endpoints (any method unless noted; {x} = path segment, ?x= = query parameter):
//   GET  /                      text: "py2ts-async test server\n"
//   GET  /hello                 text/plain "Hello, world!"
//   ANY  /status/{code}         that status (200..599, anything else → 400) with text body "{code} {reason}\n";
//                               ?reason= overrides the reason phrase (may be empty); 204/304 have no body
//   GET  /json                  a nested JSON document (str, int, float, bool, null, lists, non-ASCII)
//   GET  /users/{id}            JSON user for id 1..10, else 404 JSON {"error": "user not found", "id": "..."}
//   GET  /users                 JSON list of the 10 users (summaries)
//   GET  /items?page=&per_page= paginated JSON (23 items, per_page default 5, max 20) with a "next" URL path
//                               or null; bad numbers → 400 JSON error
//   ANY  /echo                  JSON {method, path, raw_query, query: [[k, v], ...], headers: {subset}, body,
//                               json, form}; headers subset = content-type, content-length (only when a body
//                               was sent), authorization, cookie, x-* (lower-case names, sorted); json = parsed
//                               body when content-type is application/json (null if invalid), form = parsed
//                               urlencoded body ({name: value} or {name: [values]} when repeated)
//   ANY  /headers               JSON {"headers": {...}}: accept, accept-encoding, content-type, authorization,
//                               cookie, x-* request headers (lower-case names, sorted)
//   GET  /response-headers?k=v  200 JSON of the query; every query pair is also sent as a response header
//                               (repeated keys → repeated headers)
//   GET  /bytes/{n}             n bytes 0,1,..,255,0,1,.. (application/octet-stream), n ≤ 10_000_000
//   GET  /text?n=               n lines "line 1\n".."line n\n" (text/plain; charset=utf-8), default 10
//   GET  /stream/{n}            chunked: n JSON lines {"id": i, "message": "line i"}, each written separately
//                               ~20 ms apart
//   GET  /drip?n=&interval=     chunked text: n chunks "chunk i\n" (default 5), one every interval ms
//                               (default 100), headers sent at once
//   GET  /delay/{ms}            JSON {"delay_ms": ms} after ms milliseconds (≤ 60000)
//   GET  /slow?delay=           headers at once, then the body "slow body\n" after delay ms (default 1000)
//   GET  /redirect/{n}          302 Location /redirect/{n-1}; /redirect/1 → /hello (relative Locations)
//   ANY  /redirect-to?url=&status=  redirect (default 302) to url (any string, relative or absolute)
//   GET  /cookies/set?name=value    sets each pair as a cookie (Path=/), JSON {"set": {...}}
//   GET  /cookies/delete?name       expires each named cookie, JSON {"deleted": [...]}
//   GET  /cookies               JSON {"cookies": {...}} of the Cookie request header
//   GET  /flaky?key=&fail=      503 "try again" the first `fail` (default 2) times per key per process, then
//                               200 JSON {"attempts": n, "key": key}
//   POST /login                 json {"username", "password"} or form; alice/secret, bob/hunter2 →
//                               JSON {"token": "token-<user>", "user": "<user>"}; else 401 JSON error;
//                               other methods → 405 (Allow: POST)
//   GET  /protected             needs "Authorization: Bearer token-<user>" → JSON {"user", "message"};
//                               else 401 JSON error with WWW-Authenticate: Bearer
//   GET  /html/{page}           small HTML pages index/about/contact/blog linking to each other; index also
//                               links to /html/missing, which (like any unknown page) is a 404 HTML page
//   GET  /wrong-content-type    a JSON document served as text/plain; charset=utf-8
//   GET  /empty                 200 with an empty body (no Content-Type)
//   GET  /no-content            204
//   GET  /close                 destroys the socket without responding
//   GET  /truncated             announces Content-Length: 100, sends 10 bytes, then destroys the socket
//   GET  /gzip                  gzip-encoded JSON (Content-Encoding: gzip)
//   GET  /encoding/latin1       text/plain; charset=iso-8859-1 body with non-ASCII characters
//   GET  /encoding/utf8         text/plain; charset=utf-8 body with non-ASCII characters
//   GET  /encoding/bad-utf8     text/plain; charset=utf-8 body that is not valid UTF-8
//   GET  /encoding/none         text/plain (no charset), non-ASCII UTF-8 body
// Anything else → 404 text "Not Found: <path>\n".
//
// Usage: `node test/server/server.mjs [port]` prints "listening http://127.0.0.1:PORT" and runs until killed;
// or `import { startServer } from "./server.mjs"; const { url, close } = await startServer({ port: 0 });`.
import http from "node:http";
import zlib from "node:zlib";
import { pathToFileURL } from "node:url";

const USERS = [
  ["Alice Smith", "alice@example.com", true, 91.5, ["admin", "dev"]],
  ["Bob Jones", "bob@example.com", true, 78.25, ["dev"]],
  ["Carol White", "carol@example.com", false, 88.0, []],
  ["Dan Brown", "dan@example.com", true, 65.75, ["ops"]],
  ["Eve Black", "eve@example.com", false, 99.5, ["security", "dev"]],
  ["Frank Green", "frank@example.com", true, 72.0, ["support"]],
  ["Grace Hopper", "grace@example.com", true, 100.0, ["admin"]],
  ["Heidi Klum", "heidi@example.com", false, 54.5, []],
  ["Ivan Petrov", "ivan@example.com", true, 81.125, ["dev", "ops"]],
  ["Judy Garland", "judy@example.com", true, 70.0, ["support", "dev"]],
].map(([name, email, active, score, tags], i) => ({ id: i + 1, name, email, active, score, tags }));

const CREDENTIALS = { alice: "secret", bob: "hunter2" };

const JSON_DOC = {
  name: "py2ts-async",
  version: 3,
  ratio: 0.75,
  pi: 3.14159,
  big: 12345678901,
  negative: -42,
  enabled: true,
  disabled: false,
  nothing: null,
  tags: ["async", "http", "json"],
  numbers: [1, 2.5, -3, 0],
  unicode: "café – naïve ✓",
  nested: { level: 1, inner: { level: 2, items: [{ id: 1, ok: true }, { id: 2, ok: false, note: null }] } },
  empty_list: [],
  empty_object: {},
};

const HTML_PAGES = {
  index: ["Home", ["about", "contact", "blog", "missing"]],
  about: ["About us", ["index", "contact"]],
  contact: ["Contact", ["index", "about"]],
  blog: ["Blog", ["index", "about"]],
};

const ITEMS_TOTAL = 23;

function htmlPage(title, links) {
  const items = links.map((p) => `    <li><a href="/html/${p}">${p}</a></li>\n`).join("");
  return `<!DOCTYPE html>\n<html>\n<head><title>${title}</title></head>\n<body>\n  <h1>${title}</h1>\n  <ul>\n${items}  </ul>\n</body>\n</html>\n`;
}

function reasonFor(code) {
  return http.STATUS_CODES[code] ?? "Unknown";
}

/** Parses a request's query string into decoded [key, value] pairs (`+` is a space). */
function queryPairs(search) {
  return [...new URLSearchParams(search)];
}

function selectedHeaders(req, names) {
  const out = {};
  for (const name of Object.keys(req.headers).sort()) {
    if (names.includes(name) || name.startsWith("x-")) out[name] = req.headers[name];
  }
  return out;
}

function parseForm(text) {
  const form = {};
  for (const [k, v] of new URLSearchParams(text)) {
    if (!(k in form)) form[k] = v;
    else if (Array.isArray(form[k])) form[k].push(v);
    else form[k] = [form[k], v];
  }
  return form;
}

function parseCookieHeader(header) {
  const cookies = {};
  if (!header) return cookies;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (name) cookies[name] = value;
  }
  return cookies;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export async function startServer({ port = 0 } = {}) {
  const flakyCounts = new Map();
  const timers = new Set();

  const timersOf = new WeakMap();

  /** setTimeout that the server clears when it closes or when the client goes away. */
  function later(res, ms, fn) {
    let own = timersOf.get(res);
    if (own === undefined) {
      own = new Set();
      timersOf.set(res, own);
      res.once("close", () => {
        for (const t of own) {
          clearTimeout(t);
          timers.delete(t);
        }
        own.clear();
      });
    }
    const t = setTimeout(() => {
      timers.delete(t);
      own.delete(t);
      if (!res.destroyed && !res.writableEnded) fn();
    }, ms);
    timers.add(t);
    own.add(t);
  }

  function send(res, status, body, headers = {}, reason) {
    const buf = typeof body === "string" ? Buffer.from(body, "utf8") : body;
    const h = { ...headers };
    if (status !== 204 && status !== 304) h["Content-Length"] = String(buf.length);
    if (reason !== undefined) res.writeHead(status, reason, h);
    else res.writeHead(status, h);
    res.end(status === 204 || status === 304 ? undefined : buf);
  }
  const sendText = (res, status, text, extra = {}) => send(res, status, text, { "Content-Type": "text/plain; charset=utf-8", ...extra });
  const sendJson = (res, status, value, extra = {}) => send(res, status, JSON.stringify(value), { "Content-Type": "application/json; charset=utf-8", ...extra });
  const sendHtml = (res, status, html) => send(res, status, html, { "Content-Type": "text/html; charset=utf-8" });

  async function handle(req, res) {
    const target = req.url ?? "/";
    const qIndex = target.indexOf("?");
    const rawPath = qIndex < 0 ? target : target.slice(0, qIndex);
    const rawQuery = qIndex < 0 ? "" : target.slice(qIndex + 1);
    let path;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      path = rawPath;
    }
    const query = new URLSearchParams(rawQuery);
    const body = await readBody(req);
    const seg = path.split("/").filter((s, i) => i > 0);
    let m;

    if (path === "/") return sendText(res, 200, "py2ts-async test server\n");
    if (path === "/hello") return sendText(res, 200, "Hello, world!");

    if ((m = /^\/status\/(\d+)$/.exec(path))) {
      const code = Number(m[1]);
      if (code < 200 || code > 599) return sendText(res, 400, `invalid status: ${m[1]}\n`);
      const reason = query.has("reason") ? query.get("reason") : reasonFor(code);
      return send(res, code, `${code} ${reasonFor(code)}\n`, { "Content-Type": "text/plain; charset=utf-8" }, reason);
    }

    if (path === "/json") return sendJson(res, 200, JSON_DOC);

    if (path === "/users") return sendJson(res, 200, USERS.map((u) => ({ id: u.id, name: u.name })));
    if (seg[0] === "users" && seg.length === 2) {
      const user = /^\d+$/.test(seg[1]) ? USERS.find((u) => u.id === Number(seg[1])) : undefined;
      if (user) return sendJson(res, 200, user);
      return sendJson(res, 404, { error: "user not found", id: seg[1] });
    }

    if (path === "/items") {
      const page = query.has("page") ? query.get("page") : "1";
      const perPage = query.has("per_page") ? query.get("per_page") : "5";
      if (!/^\d+$/.test(page) || !/^\d+$/.test(perPage) || Number(page) < 1 || Number(perPage) < 1 || Number(perPage) > 20) {
        return sendJson(res, 400, { error: "invalid pagination", page, per_page: perPage });
      }
      const p = Number(page);
      const pp = Number(perPage);
      const start = (p - 1) * pp;
      const items = [];
      for (let i = start; i < Math.min(start + pp, ITEMS_TOTAL); i++) items.push({ id: i + 1, name: `item-${i + 1}`, price: Math.round((i + 1) * 150) / 100 });
      const next = start + pp < ITEMS_TOTAL ? `/items?page=${p + 1}&per_page=${pp}` : null;
      return sendJson(res, 200, { page: p, per_page: pp, total: ITEMS_TOTAL, items, next });
    }

    if (path === "/echo") {
      const contentType = req.headers["content-type"] ?? "";
      const text = body.toString("utf8");
      let json = null;
      if (/^application\/json/i.test(contentType)) {
        try {
          json = JSON.parse(text);
        } catch {
          json = null;
        }
      }
      const form = /^application\/x-www-form-urlencoded/i.test(contentType) ? parseForm(text) : null;
      const names = ["content-type", "authorization", "cookie"];
      if (body.length > 0) names.push("content-length");
      return sendJson(res, 200, {
        method: req.method,
        path: rawPath,
        raw_query: rawQuery,
        query: queryPairs(rawQuery),
        headers: selectedHeaders(req, names),
        body: text,
        json,
        form,
      });
    }

    if (path === "/headers") {
      return sendJson(res, 200, { headers: selectedHeaders(req, ["accept", "accept-encoding", "content-type", "authorization", "cookie"]) });
    }

    if (path === "/response-headers") {
      const headers = [];
      const obj = {};
      for (const [k, v] of queryPairs(rawQuery)) {
        headers.push(k, v);
        obj[k] = v;
      }
      const payload = Buffer.from(JSON.stringify(obj), "utf8");
      res.writeHead(200, ["Content-Type", "application/json; charset=utf-8", "Content-Length", String(payload.length), ...headers]);
      return res.end(payload);
    }

    if ((m = /^\/bytes\/(\d+)$/.exec(path))) {
      const n = Math.min(Number(m[1]), 10_000_000);
      const buf = Buffer.alloc(n);
      for (let i = 0; i < n; i++) buf[i] = i % 256;
      return send(res, 200, buf, { "Content-Type": "application/octet-stream" });
    }

    if (path === "/text") {
      const n = query.has("n") && /^\d+$/.test(query.get("n")) ? Math.min(Number(query.get("n")), 100_000) : 10;
      let out = "";
      for (let i = 1; i <= n; i++) out += `line ${i}\n`;
      return sendText(res, 200, out);
    }

    if ((m = /^\/stream\/(\d+)$/.exec(path))) {
      const n = Math.min(Number(m[1]), 1000);
      res.writeHead(200, { "Content-Type": "application/x-ndjson" });
      res.flushHeaders();
      let i = 0;
      const step = () => {
        if (i >= n) return res.end();
        res.write(JSON.stringify({ id: i, message: `line ${i}` }) + "\n");
        i++;
        later(res, 20, step);
      };
      step();
      return;
    }

    if (path === "/drip") {
      const n = query.has("n") ? Math.min(Number(query.get("n")) || 0, 1000) : 5;
      const interval = query.has("interval") ? Math.min(Number(query.get("interval")) || 0, 60_000) : 100;
      res.writeHead(200, { "Content-Type": "text/plain; charset=utf-8" });
      res.flushHeaders();
      let i = 0;
      const step = () => {
        if (i >= n) return res.end();
        i++;
        res.write(`chunk ${i}\n`);
        later(res, interval, step);
      };
      if (n === 0) res.end();
      else later(res, interval, step);
      return;
    }

    if ((m = /^\/delay\/(\d+)$/.exec(path))) {
      const ms = Math.min(Number(m[1]), 60_000);
      later(res, ms, () => sendJson(res, 200, { delay_ms: ms }));
      return;
    }

    if (path === "/slow") {
      const ms = query.has("delay") ? Math.min(Number(query.get("delay")) || 0, 60_000) : 1000;
      const text = "slow body\n";
      res.writeHead(200, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": String(text.length) });
      res.flushHeaders();
      later(res, ms, () => res.end(text));
      return;
    }

    if ((m = /^\/redirect\/(\d+)$/.exec(path))) {
      const n = Number(m[1]);
      const location = n <= 1 ? "/hello" : `/redirect/${n - 1}`;
      return sendText(res, 302, `Redirecting to ${location}\n`, { Location: location });
    }

    if (path === "/redirect-to") {
      const url = query.get("url") ?? "/hello";
      const status = query.has("status") ? Number(query.get("status")) : 302;
      if (!(status >= 300 && status <= 399)) return sendText(res, 400, `invalid redirect status: ${query.get("status")}\n`);
      return sendText(res, status, `Redirecting to ${url}\n`, { Location: url });
    }

    if (path === "/cookies/set") {
      const set = {};
      const cookies = [];
      for (const [k, v] of queryPairs(rawQuery)) {
        set[k] = v;
        cookies.push(`${k}=${v}; Path=/`);
      }
      return sendJson(res, 200, { set }, { "Set-Cookie": cookies });
    }

    if (path === "/cookies/delete") {
      const names = [...new URLSearchParams(rawQuery).keys()];
      const cookies = names.map((k) => `${k}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/`);
      return sendJson(res, 200, { deleted: names }, { "Set-Cookie": cookies });
    }

    if (path === "/cookies") return sendJson(res, 200, { cookies: parseCookieHeader(req.headers.cookie) });

    if (path === "/flaky") {
      const key = query.get("key") ?? "";
      const fail = query.has("fail") ? Number(query.get("fail")) || 0 : 2;
      const attempts = (flakyCounts.get(key) ?? 0) + 1;
      flakyCounts.set(key, attempts);
      if (attempts <= fail) return sendText(res, 503, "try again\n", { "Retry-After": "0" });
      return sendJson(res, 200, { attempts, key });
    }

    if (path === "/login") {
      if (req.method !== "POST") return sendJson(res, 405, { error: "method not allowed" }, { Allow: "POST" });
      const contentType = req.headers["content-type"] ?? "";
      let username;
      let password;
      const text = body.toString("utf8");
      if (/^application\/json/i.test(contentType)) {
        try {
          const v = JSON.parse(text);
          if (v && typeof v === "object") {
            username = v.username;
            password = v.password;
          }
        } catch {
          return sendJson(res, 400, { error: "invalid json" });
        }
      } else if (/^application\/x-www-form-urlencoded/i.test(contentType)) {
        const form = new URLSearchParams(text);
        username = form.get("username") ?? undefined;
        password = form.get("password") ?? undefined;
      }
      if (typeof username === "string" && Object.hasOwn(CREDENTIALS, username) && CREDENTIALS[username] === password) {
        return sendJson(res, 200, { token: `token-${username}`, user: username });
      }
      return sendJson(res, 401, { error: "invalid credentials" });
    }

    if (path === "/protected") {
      const auth = req.headers.authorization ?? "";
      const mm = /^Bearer token-(\w+)$/.exec(auth);
      if (mm && Object.hasOwn(CREDENTIALS, mm[1])) return sendJson(res, 200, { user: mm[1], message: `Hello, ${mm[1]}!` });
      return sendJson(res, 401, { error: "unauthorized" }, { "WWW-Authenticate": "Bearer" });
    }

    if (seg[0] === "html" && seg.length === 2) {
      const page = HTML_PAGES[seg[1]];
      if (page && Object.hasOwn(HTML_PAGES, seg[1])) return sendHtml(res, 200, htmlPage(page[0], page[1]));
      return sendHtml(res, 404, htmlPage("Not Found", ["index"]));
    }

    if (path === "/wrong-content-type") return sendText(res, 200, JSON.stringify({ message: "this is JSON", ok: true }));

    if (path === "/empty") {
      res.writeHead(200, { "Content-Length": "0" });
      return res.end();
    }

    if (path === "/no-content") return send(res, 204, "", {});

    if (path === "/close") {
      req.socket.destroy();
      return;
    }

    if (path === "/truncated") {
      res.writeHead(200, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": "100" });
      res.write("0123456789");
      later(res, 20, () => req.socket.destroy());
      return;
    }

    if (path === "/gzip") {
      const json = Buffer.from(JSON.stringify({ gzipped: true, message: "compressed body" }), "utf8");
      return send(res, 200, zlib.gzipSync(json, { level: 9 }), { "Content-Type": "application/json", "Content-Encoding": "gzip" });
    }

    if (path === "/encoding/latin1") {
      return send(res, 200, Buffer.from("Café crème, naïve façade, 25 °C, ½ price, £5\n", "latin1"), { "Content-Type": "text/plain; charset=iso-8859-1" });
    }
    if (path === "/encoding/utf8") {
      return send(res, 200, Buffer.from("Grüße, 東京, café ✓ €\n", "utf8"), { "Content-Type": "text/plain; charset=utf-8" });
    }
    if (path === "/encoding/bad-utf8") {
      return send(res, 200, Buffer.from([0x6f, 0x6b, 0x20, 0xff, 0xfe, 0x20, 0x63, 0x61, 0x66, 0xc3, 0x0a]), { "Content-Type": "text/plain; charset=utf-8" });
    }
    if (path === "/encoding/none") {
      return send(res, 200, Buffer.from("Grüße aus Köln, schöne Straße\n", "utf8"), { "Content-Type": "text/plain" });
    }

    return sendText(res, 404, `Not Found: ${path}\n`);
  }

  const server = http.createServer((req, res) => {
    res.sendDate = false;
    handle(req, res).catch((err) => {
      if (!res.headersSent) sendText(res, 500, `internal error: ${err && err.message}\n`);
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const port = process.argv[2] !== undefined ? Number(process.argv[2]) : 0;
  const { url } = await startServer({ port });
  console.log(`listening ${url}`);
}
