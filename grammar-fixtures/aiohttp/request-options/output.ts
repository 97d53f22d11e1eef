import { ClientSession, ClientTimeout, TimeoutError, getItem, repr, run, str } from "py2ts-async/runtime";

// Per-request options: headers=, timeout=, allow_redirects=False, and following redirects with history.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    let resp = await session.get(BASE + "/headers", { headers: new Map([["X-Trace", "abc"], ["Accept", "text/plain"]]) });
    try {
      console.log("headers:", str(getItem(await resp.json(), "headers")));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/redirect/3");
    try {
      console.log("followed:", resp.status, resp.url.path, await resp.text());
      console.log("history:", str(resp.history.map((r) => [r.status, r.url.path]), "[(?,?)]"));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/redirect/3", { allowRedirects: false });
    try {
      console.log("not followed:", resp.status, resp.headers.getItem("Location"), resp.history.length);
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/redirect-to", { params: new Map([["url", "/users/1"], ["status", "301"]]) });
    try {
      console.log("301 to:", resp.url.path, str(getItem(await resp.json(), "name")));
    } finally {
      resp.release();
    }
    let data!: unknown;
    resp = await session.post(BASE + "/redirect-to?url=/echo&status=307", { data: "kept" });
    try {
      data = await resp.json();
      console.log("307 keeps method and body:", str(getItem(data, "method")), str(getItem(data, "body")));
    } finally {
      resp.release();
    }
    resp = await session.post(BASE + "/redirect-to?url=/echo&status=302", { data: "dropped" });
    try {
      data = await resp.json();
      console.log("302 turns POST into:", str(getItem(data, "method")), repr(getItem(data, "body")));
    } finally {
      resp.release();
    }
    try {
      resp = await session.get(BASE + "/delay/500", { timeout: new ClientTimeout({ total: 0.05 }) });
      try {
        console.log("unexpected:", resp.status);
      } finally {
        resp.release();
      }
    } catch (error) {
      if (error instanceof TimeoutError) {
        console.log("request timeout: asyncio.TimeoutError");
      } else {
        throw error;
      }
    }
    resp = await session.get(BASE + "/delay/20", { timeout: new ClientTimeout({ total: 1 }) });
    try {
      console.log("within timeout:", str(await resp.json()));
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

await run(main);
