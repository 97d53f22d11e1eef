import { ClientError, ClientResponse, ClientResponseError, ClientSession, getAttr, getItem, pyType, replace, repr, run, str } from "py2ts-async/runtime";

// resp.raise_for_status() and ClientResponseError: status, message, ok, and handling per status.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function get_user(session: ClientSession, user_id: number): Promise<string> {
  const resp = await session.get(`${BASE}/users/${user_id}`);
  try {
    resp.raiseForStatus();
    return getItem(await resp.json(), "name") as string;
  } finally {
    resp.release();
  }
}

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    for (const uid of ([1, 0, 10, 11] as [number, number, number, number])) {
      try {
        console.log(uid, await get_user(session, uid));
      } catch (exc) {
        if (exc instanceof ClientResponseError) {
          console.log(uid, "failed:", exc.status, exc.message);
        } else {
          throw exc;
        }
      }
    }
    let resp!: ClientResponse;
    for (const code of ([200, 204, 301, 400, 403, 429, 500, 502] as [number, number, number, number, number, number, number, number])) {
      resp = await session.get(`${BASE}/status/${code}`, { allowRedirects: false });
      try {
        try {
          resp.raiseForStatus();
          console.log(code, "ok", str(resp.ok));
        } catch (exc) {
          if (exc instanceof ClientResponseError) {
            console.log(code, "raised", exc.status, repr(exc.message), "ok =", str(resp.ok));
          } else {
            throw exc;
          }
        }
      } finally {
        resp.release();
      }
    }
    resp = await session.get(BASE + "/status/404");
    try {
      try {
        resp.raiseForStatus();
      } catch (exc) {
        if (exc instanceof ClientError) {
          console.log("as ClientError:", pyType(exc).__name__, str(getAttr(exc, "status")));
          console.log("str:", replace(str(exc), BASE, "<base>"));
        } else {
          throw exc;
        }
      }
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/status/500?reason=");
    try {
      try {
        resp.raiseForStatus();
      } catch (exc) {
        if (exc instanceof ClientResponseError) {
          console.log("empty reason:", exc.status, repr(exc.message));
        } else {
          throw exc;
        }
      }
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

await run(main);
