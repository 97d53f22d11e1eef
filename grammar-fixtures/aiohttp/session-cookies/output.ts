import { ClientResponse, ClientSession, CookieJar, callMethod, getAttr, getItem, iter, len, run, sorted, str } from "py2ts-async/runtime";

// Cookies: session-wide cookies=, per-request cookies=, and cookies set by the server kept in a jar.
// The default CookieJar ignores cookies from IP-address hosts such as 127.0.0.1; unsafe=True accepts them.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function show_cookies(session: ClientSession, label: string): Promise<void> {
  const resp = await session.get(BASE + "/cookies");
  try {
    const data = await resp.json();
    console.log(`${label} ${str(new Map(sorted(iter(callMethod(getItem(data, "cookies"), "items", []))) as Iterable<[unknown, unknown]>))}`);
  } finally {
    resp.release();
  }
}

async function main(): Promise<void> {
  let resp!: ClientResponse;
  let session = new ClientSession({ cookies: new Map([["theme", "dark"], ["lang", "en"]]) });
  try {
    await show_cookies(session, "initial:");
    resp = await session.get(BASE + "/cookies/set", { params: new Map([["session_id", "abc123"]]) });
    try {
      console.log("set response:", str(await resp.json()));
      console.log("response cookies:", str(sorted(resp.cookies.keys())), str(getAttr(getItem(resp.cookies, "session_id"), "value")));
    } finally {
      resp.release();
    }
    await show_cookies(session, "default jar, after set:");
    console.log("jar:", str(sorted([...session.cookieJar].map((c) => [getAttr(c, "key"), getAttr(c, "value")])), "[(?,?)]"));
    resp = await session.get(BASE + "/cookies", { cookies: new Map([["one_off", "yes"]]) });
    try {
      console.log("per request:", str(sorted(iter(getItem(await resp.json(), "cookies")))));
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }

  const jar = new CookieJar({ unsafe: true });
  session = new ClientSession({ cookieJar: jar });
  try {
    await session.get(BASE + "/cookies/set?token=xyz&cart=3");
    await show_cookies(session, "unsafe jar, after set:");
    console.log("jar size:", len(session.cookieJar));
    resp = await session.get(BASE + "/cookies/delete?cart");
    try {
      console.log("delete response:", str(await resp.json()));
    } finally {
      resp.release();
    }
    await show_cookies(session, "after delete:");
  } finally {
    await session.close();
  }
  console.log("jar outlives the session:", str(sorted([...jar].map((c) => [getAttr(c, "key"), getAttr(c, "value")])), "[(?,?)]"));
  session = new ClientSession({ cookieJar: jar });
  try {
    await show_cookies(session, "reused jar:");
  } finally {
    await session.close();
  }
}

await run(main);
