import { ClientResponse, ClientSession, ClientTimeout, TimeoutError, gather, getItem, run, str } from "py2ts-async/runtime";

// ClientTimeout(total=...) on the session and per request; expiry raises asyncio.TimeoutError.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function fetch_delay(session: ClientSession, ms: number): Promise<string> {
  try {
    const resp = await session.get(`${BASE}/delay/${ms}`);
    try {
      const data = await resp.json();
      return `${ms}ms ok (${str(getItem(data, "delay_ms"))})`;
    } finally {
      resp.release();
    }
  } catch (error) {
    if (error instanceof TimeoutError) {
      return `${ms}ms timed out`;
    } else {
      throw error;
    }
  }
}

async function main(): Promise<void> {
  const timeout = new ClientTimeout({ total: 1.0 });
  console.log("total:", str(timeout.total, "f"));
  const session = new ClientSession({ timeout: timeout });
  try {
    const results = await gather(...([10, 2500, 150, 3000, 300] as [number, number, number, number, number]).map((ms) => () => fetch_delay(session, ms)));
    for (const line of results) {
      console.log(line);
    }
    let resp!: ClientResponse;
    try {
      resp = await session.get(BASE + "/delay/1500", { timeout: new ClientTimeout({ total: 0.05 }) });
      try {
        console.log("unexpected", resp.status);
      } finally {
        resp.release();
      }
    } catch (error2) {
      if (error2 instanceof TimeoutError) {
        console.log("per-request timeout overrides the session's");
      } else {
        throw error2;
      }
    }
    resp = await session.get(BASE + "/delay/1300", { timeout: new ClientTimeout({ total: 4 }) });
    try {
      console.log("longer per-request timeout:", str(getItem(await resp.json(), "delay_ms")));
    } finally {
      resp.release();
    }
    try {
      resp = await session.get(BASE + "/slow?delay=2500");
      try {
        console.log("headers arrived:", resp.status);
        await resp.text();
      } finally {
        resp.release();
      }
    } catch (error3) {
      if (error3 instanceof TimeoutError) {
        console.log("body read timed out");
      } else {
        throw error3;
      }
    }
  } finally {
    await session.close();
  }
}

await run(main);
