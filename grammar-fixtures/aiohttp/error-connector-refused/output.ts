import { ClientConnectionError, ClientConnectorError, ClientError, ClientOSError, ClientResponseError, ClientSession, OSError, gather, pyType, range, run, str } from "py2ts-async/runtime";

// Nothing listens on port 1: the request fails with ClientConnectorError, a ClientOSError and an OSError.

const DEAD = "http://127.0.0.1:1";

async function try_get(session: ClientSession, path: string): Promise<string> {
  try {
    const resp = await session.get(DEAD + path);
    try {
      return `unexpected ${resp.status}`;
    } finally {
      resp.release();
    }
  } catch (exc) {
    if (exc instanceof ClientConnectorError) {
      return `${path}: ClientConnectorError host=${exc.host} port=${str(exc.port)} ssl=${str(exc.ssl)}`;
    } else {
      throw exc;
    }
  }
}

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    const results = await gather(...[...range(5)].map((i) => () => try_get(session, `/page/${i}`)));
    for (const line of results) {
      console.log(line);
    }
    try {
      await session.get(DEAD + "/x");
    } catch (exc) {
      if (exc instanceof ClientConnectionError) {
        console.log("is ClientConnectionError:", pyType(exc).__name__);
        console.log("is ClientOSError:", str(exc instanceof ClientOSError));
        console.log("is OSError:", str(exc instanceof OSError));
        console.log("is ClientError:", str(exc instanceof ClientError));
        console.log("is ClientResponseError:", str(exc instanceof ClientResponseError));
      } else {
        throw exc;
      }
    }
    try {
      await session.post(DEAD + "/submit", { json: new Map([["a", 1]]) });
    } catch (exc) {
      if (exc instanceof ClientError) {
        console.log("caught as ClientError:", pyType(exc).__name__, str(exc));
      } else {
        throw exc;
      }
    }
  } finally {
    await session.close();
  }
  console.log("session closed:", str(session.closed));
}

await run(main);
