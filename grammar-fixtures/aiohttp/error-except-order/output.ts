import { ClientConnectorError, ClientError, ClientResponseError, ClientSession, ClientTimeout, ContentTypeError, ServerDisconnectedError, TimeoutError, gather, iter, pyType, replace, run, sorted, str, zip } from "py2ts-async/runtime";

// One fetcher, many failure modes: except clauses ordered from specific to general, as production code does.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function classify(session: ClientSession, url: string): Promise<string> {
  try {
    const resp = await session.get(url, { timeout: new ClientTimeout({ total: 1.0 }) });
    try {
      resp.raiseForStatus();
      const data = await resp.json();
      return `ok ${str(sorted(iter(data)).slice(0, 2))}`;
    } finally {
      resp.release();
    }
  } catch (error) {
    if (error instanceof ContentTypeError) {
      const exc = error;
      return `content type error (${exc.status})`;
    } else if (error instanceof ClientResponseError) {
      const exc = error;
      return `http error ${exc.status} ${exc.message}`;
    } else if (error instanceof ClientConnectorError) {
      return "cannot connect";
    } else if (error instanceof ServerDisconnectedError) {
      return "server disconnected";
    } else if (error instanceof ClientError) {
      const exc = error;
      return `other client error ${pyType(exc).__name__}`;
    } else if (error instanceof TimeoutError) {
      return "timed out";
    } else {
      throw error;
    }
  }
}

async function main(): Promise<void> {
  const urls: string[] = [BASE + "/json", BASE + "/hello", BASE + "/status/403", "http://127.0.0.1:1/", BASE + "/close", BASE + "/delay/4000", BASE + "/truncated", BASE + "/users/5"];
  let results!: string[];
  const session = new ClientSession();
  try {
    results = await gather(...urls.map((u) => () => classify(session, u)));
  } finally {
    await session.close();
  }
  for (const [url, result] of zip(urls, results)) {
    console.log(`${replace(url, BASE, "<base>")} -> ${result}`);
  }
}

await run(main);
