import { ClientError, ClientSession, ClientTimeout, Exception, TimeoutError, gather, pyType, run, str } from "py2ts-async/runtime";

// A ClientTimeout expiry is asyncio.TimeoutError, not a ClientError: except clauses must agree.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function fetch_(session: ClientSession, path: string): Promise<string> {
  try {
    try {
      const resp = await session.get(BASE + path);
      try {
        resp.raiseForStatus();
        return `${path}: ${resp.status}`;
      } finally {
        resp.release();
      }
    } catch (exc) {
      if (exc instanceof ClientError) {
        return `${path}: ClientError ${pyType(exc).__name__}`;
      } else {
        throw exc;
      }
    }
  } catch (error) {
    if (error instanceof TimeoutError) {
      return `${path}: timeout (not a ClientError)`;
    } else {
      throw error;
    }
  }
}

async function main(): Promise<void> {
  const timeout = new ClientTimeout({ total: 1.0 });
  const session = new ClientSession({ timeout: timeout });
  try {
    const paths: string[] = ["/delay/10", "/delay/3000", "/status/404", "/close", "/hello"];
    for (const line of await gather(...paths.map((p) => () => fetch_(session, p)))) {
      console.log(line);
    }
    try {
      const resp = await session.get(BASE + "/delay/3000");
      try {
        console.log("unexpected", resp.status);
      } finally {
        resp.release();
      }
    } catch (exc) {
      if (exc instanceof Exception) {
        console.log("caught by except Exception:", pyType(exc).__name__, str(exc instanceof ClientError));
      } else {
        throw exc;
      }
    }
    try {
      await session.get(BASE + "/delay/3000");
    } catch (exc) {
      if (exc instanceof ClientError || exc instanceof TimeoutError) {
        console.log("tuple clause:", pyType(exc).__name__);
      } else {
        throw exc;
      }
    }
    console.log("TimeoutError is asyncio.TimeoutError:", str(TimeoutError === TimeoutError));
  } finally {
    await session.close();
  }
}

await run(main);
