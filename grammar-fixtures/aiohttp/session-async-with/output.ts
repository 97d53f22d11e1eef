import { ClientSession, getItem, isMain, iter, len, run, slice, str } from "py2ts-async/runtime";

// One session opened with async with; several requests, each response used in its own async with.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    let resp = await session.get(BASE + "/hello");
    try {
      console.log("hello:", resp.status, await resp.text());
    } finally {
      resp.release();
    }
    resp = await session.get(`${BASE}/users/3`);
    try {
      const user = await resp.json();
      console.log("user:", str(getItem(user, "name")), str(getItem(user, "email")), str(getItem(user, "tags")));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/users");
    try {
      const users = await resp.json();
      console.log("user count:", len(users));
      console.log("first two:", str([...iter(slice(users, null, 2, null))].map((u) => getItem(u, "name"))));
    } finally {
      resp.release();
    }
    for (let page = 1; page < 4; page++) {
      resp = await session.get(BASE + "/items", { params: new Map([["page", page], ["per_page", 10]]) });
      try {
        const data = await resp.json();
        console.log(`${`page ${page}:`} ${str([...iter(getItem(data, "items"))].map((item) => getItem(item, "id")))} next: ${str(getItem(data, "next"))}`);
      } finally {
        resp.release();
      }
    }
    console.log("closed inside:", str(session.closed));
  } finally {
    await session.close();
  }
  console.log("closed after:", str(session.closed));
}

if (isMain(import.meta.url)) {
  await run(main);
}
