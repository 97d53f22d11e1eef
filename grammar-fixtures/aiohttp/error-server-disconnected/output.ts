import { ClientConnectionError, ClientPayloadError, ClientSession, ServerConnectionError, ServerDisconnectedError, pyType, range, repr, run, str } from "py2ts-async/runtime";

// The server drops the connection: ServerDisconnectedError; a truncated body: ClientPayloadError.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function fetch_with_retry(session: ClientSession, path: string, attempts: number): Promise<string> {
  for (const attempt of range(1, attempts + 1)) {
    try {
      const resp = await session.get(BASE + path);
      try {
        return `${resp.status} after ${attempt} attempts`;
      } finally {
        resp.release();
      }
    } catch (exc) {
      if (exc instanceof ServerDisconnectedError) {
        console.log(`attempt ${attempt}: ${pyType(exc).__name__}: ${str(exc)}`);
      } else {
        throw exc;
      }
    }
  }
  return "gave up";
}

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    console.log(await fetch_with_retry(session, "/close", 3));
    try {
      await session.get(BASE + "/close");
    } catch (exc) {
      if (exc instanceof ServerConnectionError) {
        console.log("ServerConnectionError:", pyType(exc).__name__);
        console.log("is ClientConnectionError:", str(exc instanceof ClientConnectionError));
      } else {
        throw exc;
      }
    }
    let resp = await session.get(BASE + "/truncated");
    try {
      console.log("truncated status:", resp.status, str(resp.contentLength));
      try {
        await resp.read();
      } catch (exc) {
        if (exc instanceof ClientPayloadError) {
          console.log("ClientPayloadError:", pyType(exc).__name__);
        } else {
          throw exc;
        }
      }
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/hello");
    try {
      console.log("session still usable:", await resp.text());
    } finally {
      resp.release();
    }
    for (let attempt = 1; attempt < 5; attempt++) {
      resp = await session.get(BASE + "/flaky", { params: new Map([["key", "disconnect-demo"], ["fail", "2"]]) });
      try {
        if (resp.status === 503) {
          console.log(`flaky attempt ${attempt}: 503 ${repr(await resp.text())}`);
          continue;
        }
        console.log(`${`flaky attempt ${attempt}:`} ${str(await resp.json())}`);
        break;
      } finally {
        resp.release();
      }
    }
  } finally {
    await session.close();
  }
}

await run(main);
