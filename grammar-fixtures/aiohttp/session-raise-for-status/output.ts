import { ClientResponseError, ClientSession, repr, run, str } from "py2ts-async/runtime";

// raise_for_status=True on the session turns every 4xx/5xx response into ClientResponseError.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function fetch_(session: ClientSession, path: string): Promise<string> {
  try {
    const resp = await session.get(BASE + path);
    try {
      return `${path}: ${resp.status} ${(await resp.text()).trim().slice(0, 20)}`;
    } finally {
      resp.release();
    }
  } catch (exc) {
    if (exc instanceof ClientResponseError) {
      return `${path}: error ${exc.status} ${repr(exc.message)}`;
    } else {
      throw exc;
    }
  }
}

async function main(): Promise<void> {
  let session = new ClientSession({ raiseForStatus: true });
  try {
    for (const path of ["/hello", "/status/404", "/status/500", "/users/99", "/status/302", "/status/204", "/status/418?reason=Custom"]) {
      console.log(await fetch_(session, path));
    }
    try {
      await session.get(BASE + "/status/401");
    } catch (exc) {
      if (exc instanceof ClientResponseError) {
        console.log("awaited request:", exc.status, exc.requestInfo.method, exc.requestInfo.url.path);
      } else {
        throw exc;
      }
    }
  } finally {
    await session.close();
  }

  session = new ClientSession();
  try {
    const resp = await session.get(BASE + "/status/404");
    try {
      console.log("without the option:", resp.status, str(resp.ok));
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

await run(main);
