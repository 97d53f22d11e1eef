import { ClientSession, callMethod, gather, getItem, run, splitlines, str } from "py2ts-async/runtime";

// resp = await session.get(...) without async with: read the body, then release explicitly.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function fetch_name(session: ClientSession, user_id: number): Promise<string> {
  const resp = await session.get(`${BASE}/users/${user_id}`);
  const data = await resp.json();
  resp.release();
  return callMethod(data, "get", ["name", callMethod(data, "get", ["error"])]) as string;
}

async function main(): Promise<void> {
  const session = new ClientSession();
  let resp = await session.get(BASE + "/hello");
  console.log(resp.status, await resp.text());
  resp.release();

  resp = await session.post(BASE + "/echo", { json: new Map([["n", 1]]) });
  const body = await resp.json();
  console.log(`${str(getItem(body, "method"))} ${str(getItem(body, "json"))}`);
  resp.close();

  const names = await gather(...([1, 2, 42] as [number, number, number]).map((i) => () => fetch_name(session, i)));
  console.log(str(names));

  const response = await session.request("GET", BASE + "/text", { params: new Map([["n", 2]]) });
  const lines = splitlines(await response.text());
  console.log(`${str(lines)} ${str(response.closed)}`);
  response.release();

  const status = (await session.get(BASE + "/status/201")).status;
  console.log("chained:", status);
  await session.close();
  console.log("closed:", str(session.closed));
}

await run(main);
