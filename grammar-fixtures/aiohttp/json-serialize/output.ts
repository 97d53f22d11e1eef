import { ClientSession, getItem, jsonDumps, run } from "py2ts-async/runtime";

// json_serialize replaces json.dumps for json= bodies; the server echoes the exact text it received.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

function compact(value: unknown): string {
  return jsonDumps(value, { sortKeys: true, separators: [",", ":"] });
}

async function post_body(session: ClientSession, payload: unknown): Promise<string> {
  const resp = await session.post(BASE + "/echo", { json: payload });
  try {
    const echo = await resp.json();
    return getItem(echo, "body") as string;
  } finally {
    resp.release();
  }
}

async function main(): Promise<void> {
  const payload: Map<string, string | string[] | number | boolean | null> = new Map<string, string | string[] | number | boolean | null>([["name", "Zoë"], ["tags", ["b", "a"]], ["count", 3], ["ratio", 0.5], ["ok", true], ["none", null]]);
  let session = new ClientSession();
  try {
    console.log("default:", await post_body(session, payload));
  } finally {
    await session.close();
  }
  session = new ClientSession({ jsonSerialize: compact });
  try {
    console.log("compact:", await post_body(session, payload));
    console.log("list:", await post_body(session, [3, 1, 2]));
  } finally {
    await session.close();
  }
  const pretty = (obj: unknown) => jsonDumps(obj, { indent: 1, ensureAscii: false });
  session = new ClientSession({ jsonSerialize: pretty });
  try {
    console.log("pretty:");
    console.log(await post_body(session, new Map<string, number | number[]>([["z", 1], ["é", [1, 2]]])));
  } finally {
    await session.close();
  }
}

await run(main);
