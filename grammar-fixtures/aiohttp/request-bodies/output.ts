import { ClientSession, bytesOf, callMethod, getItem, keywordOptions, repr, run, str } from "py2ts-async/runtime";

// Request bodies: json=, data= as a form dict, as a str and as bytes; the echo shows what was sent.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function send(session: ClientSession, label: string, kwargs: Map<string, unknown> = new Map()): Promise<void> {
  const resp = await session.post(BASE + "/echo", { ...keywordOptions(kwargs, {"params":"params","data":"data","json":"json","headers":"headers","cookies":"cookies","auth":"auth","timeout":"timeout","allow_redirects":"allowRedirects","max_redirects":"maxRedirects","raise_for_status":"raiseForStatus","read_bufsize":"readBufsize"}) });
  try {
    const data = await resp.json();
    const headers = getItem(data, "headers");
    console.log(`${label}: content-type=${str(callMethod(headers, "get", ["content-type"]))} length=${str(callMethod(headers, "get", ["content-length"]))}`);
    console.log(`  body=${repr(getItem(data, "body"))} json=${str(getItem(data, "json"))} form=${str(getItem(data, "form"))}`);
  } finally {
    resp.release();
  }
}

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    await send(session, "json", new Map<string, unknown>([["json", new Map<string, string | number | string[] | null>([["name", "widget"], ["price", 9.5], ["tags", ["a", "b"]], ["stock", null]])]]));
    await send(session, "json list", new Map<string, unknown>([["json", [1, 2, 3]]]));
    await send(session, "form", new Map<string, unknown>([["data", new Map([["username", "alice"], ["password", "secret"], ["note", "a b&c"]])]]));
    await send(session, "str", new Map<string, unknown>([["data", "plain text body"]]));
    await send(session, "bytes", new Map<string, unknown>([["data", bytesOf([0, 1, 98, 105, 110, 97, 114, 121])]]));
    await send(session, "str with type", new Map<string, unknown>([["data", "{\"raw\": true}"], ["headers", new Map([["Content-Type", "application/json"]])]]));
    await send(session, "empty", new Map<string, unknown>([["data", bytesOf()]]));
    let token!: unknown;
    let resp = await session.post(BASE + "/login", { json: new Map([["username", "alice"], ["password", "secret"]]) });
    try {
      token = getItem(await resp.json(), "token");
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/protected", { headers: new Map([["Authorization", `Bearer ${str(token)}`]]) });
    try {
      console.log("protected:", str(await resp.json()));
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

await run(main);
