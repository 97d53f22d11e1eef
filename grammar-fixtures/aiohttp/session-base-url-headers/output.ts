import { ClientResponse, ClientSession, getItem, run, str } from "py2ts-async/runtime";

// Session defaults: base_url for relative paths, default headers merged with per-request headers.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function main(): Promise<void> {
  const default_headers: Map<string, string> = new Map([["X-Client", "py2ts-fixture"], ["Authorization", "Bearer token-alice"], ["Accept", "application/json"]]);
  let resp!: ClientResponse;
  let session = new ClientSession({ baseUrl: BASE, headers: default_headers });
  try {
    resp = await session.get("/headers");
    try {
      console.log("defaults:", str(getItem(await resp.json(), "headers")));
    } finally {
      resp.release();
    }
    resp = await session.get("/headers", { headers: new Map([["X-Request-Id", "42"], ["X-Client", "override"]]) });
    try {
      console.log("merged:", str(getItem(await resp.json(), "headers")));
    } finally {
      resp.release();
    }
    resp = await session.get("/protected");
    try {
      console.log("protected:", resp.status, str(await resp.json()));
    } finally {
      resp.release();
    }
    resp = await session.get("/echo", { params: new Map([["q", "a b&c"]]) });
    try {
      const echo = await resp.json();
      console.log("echo path:", str(getItem(echo, "path")), "query:", str(getItem(echo, "raw_query")), str(getItem(echo, "query")));
    } finally {
      resp.release();
    }
    resp = await session.get("/users/2");
    try {
      console.log("url:", resp.url.path, resp.status);
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }

  session = new ClientSession({ headers: new Map([["Authorization", "Bearer token-nobody"]]) });
  try {
    resp = await session.get(BASE + "/protected");
    try {
      console.log("unauthorized:", resp.status, str(resp.headers.get("WWW-Authenticate")));
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

await run(main);
