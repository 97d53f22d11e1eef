import { ClientSession, Exception, format, gatherWith, getItem, range, run, sleep, str, zip } from "py2ts-async/runtime";

// Retrying a flaky endpoint with exponential backoff; several keys retried concurrently.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

class RetryError extends Exception {
}

async function get_with_retry(session: ClientSession, key: string, fail: number, log: string[], max_attempts: number = 4): Promise<Map<unknown, unknown>> {
  let delay = 0.01;
  for (const attempt of range(1, max_attempts + 1)) {
    const resp = await session.get(BASE + "/flaky", { params: new Map([["key", key], ["fail", String(fail)]]) });
    try {
      if (resp.status !== 503) {
        resp.raiseForStatus();
        return await resp.json() as Map<unknown, unknown>;
      }
      log.push(`${key}: attempt ${attempt} got 503, retrying in ${format(delay * 1000, ".0f", "f")} ms`);
    } finally {
      resp.release();
    }
    await sleep(delay * 1000);
    delay *= 2;
  }
  throw new RetryError(`${key}: gave up after ${max_attempts} attempts`);
}

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    const log: string[] = [];
    console.log(str(await get_with_retry(session, "retry-solo", 2, log)));
    console.log(log.join("\n"));

    const logs: Map<string, string[]> = new Map([..."abcd"].map((key) => [key, []] as const));
    const results = await gatherWith({ returnExceptions: true }, ((arg) => () => get_with_retry(session, "retry-a", 0, arg))(getItem(logs, "a")), ((arg2) => () => get_with_retry(session, "retry-b", 1, arg2))(getItem(logs, "b")), ((arg3) => () => get_with_retry(session, "retry-c", 3, arg3))(getItem(logs, "c")), ((arg4) => () => get_with_retry(session, "retry-d", 9, arg4))(getItem(logs, "d")));
    for (const [key, result] of zip(logs.keys(), results)) {
      console.log(`${`${key}: ${getItem(logs, key).length} retries ->`} ${str(result instanceof Map ? result : `error: ${str(result)}`)}`);
      for (const line of getItem(logs, key)) {
        console.log("   ", line);
      }
    }
  } finally {
    await session.close();
  }
}

await run(main);
