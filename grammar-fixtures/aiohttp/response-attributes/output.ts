import { ClientSession, KeyError, at, contains, print, replace, repr, run, str } from "py2ts-async/runtime";

// Response metadata: status, reason, ok, headers (missing key -> KeyError), content type, charset, url, method.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function describe(session: ClientSession, path: string): Promise<void> {
  const resp = await session.get(BASE + path);
  try {
    console.log(`${path}: ${resp.status} ${repr(resp.reason)} ok=${str(resp.ok)}`);
    console.log(`  content_type=${resp.contentType} charset=${str(resp.charset)} length=${str(resp.contentLength)}`);
    console.log(`  url.path=${resp.url.path} query=${repr(resp.url.queryString)} method=${resp.method}`);
  } finally {
    resp.release();
  }
}

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    for (const path of ["/hello", "/json", "/status/404", "/status/301", "/status/503?reason=Down", "/bytes/4", "/empty", "/encoding/latin1"]) {
      await describe(session, path);
    }
    let resp = await session.get(BASE + "/response-headers", { params: [["X-Color", "red"], ["X-Color", "blue"], ["X-Size", "L"]] });
    try {
      console.log("X-Size:", resp.headers.getItem("X-Size"), "(case-insensitive:", resp.headers.getItem("x-size") + ")");
      console.log("first X-Color:", resp.headers.getItem("X-Color"), "all:", str(resp.headers.getAll("X-Color")));
      print(["get missing:", resp.headers.get("X-Missing"), resp.headers.get("X-Missing", "fallback")]);
      console.log("contains:", str(contains(resp.headers, "X-Size")), str(contains(resp.headers, "X-Missing")));
      try {
        console.log(resp.headers.getItem("X-Missing"));
      } catch (exc) {
        if (exc instanceof KeyError) {
          console.log("KeyError:", str(exc));
        } else {
          throw exc;
        }
      }
      console.log("content-type header:", resp.headers.getItem("Content-Type"));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/redirect/1");
    try {
      console.log("final url:", replace(str(resp.url), BASE, "<base>"), "history:", resp.history.length, at(resp.history, 0, "tuple").status);
    } finally {
      resp.release();
    }
    resp = await session.post(BASE + "/echo");
    try {
      console.log("method:", resp.method, "status:", resp.status);
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

await run(main);
