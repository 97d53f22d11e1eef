import { ClientSession, getItem, iter, repr, run, str } from "py2ts-async/runtime";

// Query parameters: a dict, a list of pairs with repeated keys, ints, and params merged with a URL query.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function echo_query(session: ClientSession, url: string, params: null | Map<string, string | number> | [string, string][] = null): Promise<void> {
  const resp = await session.get(url, { params: params });
  try {
    const data = await resp.json();
    console.log(`${repr(getItem(data, "raw_query"))} -> ${str(getItem(data, "query"))}`);
  } finally {
    resp.release();
  }
}

async function main(): Promise<void> {
  const echo = BASE + "/echo";
  const session = new ClientSession();
  try {
    await echo_query(session, echo, new Map<string, string | number>([["q", "python asyncio"], ["page", 2]]));
    await echo_query(session, echo, [["tag", "a"], ["tag", "b"], ["sort", "-date"]]);
    await echo_query(session, echo, new Map([["name", "Zoë"], ["path", "/tmp/x y"], ["sym", "a+b=c&d"]]));
    await echo_query(session, echo, new Map([["empty", ""]]));
    await echo_query(session, echo + "?fixed=1");
    await echo_query(session, echo, null);
    let resp = await session.get(BASE + "/items", { params: new Map([["page", "3"], ["per_page", "4"]]) });
    try {
      const data = await resp.json();
      console.log("items page 3:", str([...iter(getItem(data, "items"))].map((i) => getItem(i, "name"))), "next:", str(getItem(data, "next")));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/items", { params: new Map([["page", "x"]]) });
    try {
      console.log("bad page:", resp.status, str(await resp.json()));
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

await run(main);
