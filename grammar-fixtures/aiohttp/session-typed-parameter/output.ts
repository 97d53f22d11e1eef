import { ClientSession, dictGet, dynDiv, format, gather, getItem, run, str, sum, truthy } from "py2ts-async/runtime";

// Helpers receive the session as a typed parameter; the caller owns it and fans out with gather.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function fetch_user(session: ClientSession, user_id: number): Promise<Map<unknown, unknown>> {
  const response = await session.get(`${BASE}/users/${user_id}`);
  try {
    if (response.status === 404) {
      return new Map<string, number | boolean>([["id", user_id], ["missing", true]]);
    }
    return await response.json() as Map<unknown, unknown>;
  } finally {
    response.release();
  }
}

async function fetch_status(session: ClientSession, code: number): Promise<[number, string]> {
  const response = await session.get(`${BASE}/status/${code}`);
  try {
    const body = await response.text();
    return [response.status, body.trim()];
  } finally {
    response.release();
  }
}

async function average_score(session: ClientSession, ids: number[]): Promise<number> {
  const users = await gather(...ids.map((i) => () => fetch_user(session, i)));
  const scores: unknown[] = users.filter((u) => dictGet(u, "missing") === null || !truthy(dictGet(u, "missing"))).map((u) => getItem(u, "score"));
  return dynDiv(sum(scores), scores.length) as number;
}

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    const users = await gather(...[2, 5, 11, 8, 1].map((i) => () => fetch_user(session, i)));
    for (const user of users) {
      if (dictGet(user, "missing") !== null && truthy(dictGet(user, "missing"))) {
        console.log(`user ${str(getItem(user, "id"))}: not found`);
      } else {
        console.log(`user ${str(getItem(user, "id"))}: ${str(getItem(user, "name"))} active=${str(getItem(user, "active"))} score=${str(getItem(user, "score"))}`);
      }
    }
    console.log("statuses:", str(await gather(...([200, 418, 503] as [number, number, number]).map((c) => () => fetch_status(session, c))), "[(?,?)]"));
    console.log(`average: ${format(await average_score(session, [1, 2, 3, 4]), ".3f")}`);
  } finally {
    await session.close();
  }
}

await run(main);
