import { ClientSession, gather, getItem, range, run, splitlines, str } from "py2ts-async/runtime";

// A new session for each call: simple scripts often open and close one per request.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function get_text(path: string): Promise<string> {
  const session = new ClientSession();
  try {
    const resp = await session.get(BASE + path);
    try {
      return await resp.text();
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

async function get_json(path: string): Promise<unknown> {
  const session = new ClientSession();
  try {
    const resp = await session.get(BASE + path);
    try {
      return await resp.json();
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

async function post_login(username: string, password: string): Promise<[number, Map<unknown, unknown>]> {
  const session = new ClientSession();
  try {
    const resp = await session.post(BASE + "/login", { json: new Map([["username", username], ["password", password]]) });
    try {
      return [resp.status, await resp.json() as Map<unknown, unknown>];
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  console.log(await get_text("/hello"));
  console.log(str(splitlines(await get_text("/text?n=3"))));
  const doc = await get_json("/json");
  console.log(`${str(getItem(doc, "name"))} ${str(getItem(doc, "version"))} ${str(getItem(doc, "ratio"))} ${str(getItem(doc, "unicode"))}`);
  console.log(str(getItem(getItem(getItem(doc, "nested"), "inner"), "items")));
  const results = await gather(...[...range(1, 6)].map((i) => () => get_json(`/users/${i}`)));
  console.log(str(results.map((r) => getItem(r, "email"))));
  console.log(str(await post_login("alice", "secret"), "(?,{?:?})"));
  console.log(str(await post_login("bob", "wrong"), "(?,{?:?})"));
}

await run(main);
