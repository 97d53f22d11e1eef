import { ClientSession, callDynamic, callMethod, excInfo, getAttr, getItem, keywordOptions, run, str } from "py2ts-async/runtime";

// A verb chosen at run time (getattr(session, method)) and request keywords forwarded through **kwargs.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function call(session: ClientSession, method: string, path: string, kwargs: Map<string, unknown> = new Map()): Promise<number> {
  const resp = await session.request(method, BASE + path, { ...keywordOptions(kwargs, {"params":"params","data":"data","json":"json","headers":"headers","cookies":"cookies","auth":"auth","timeout":"timeout","allow_redirects":"allowRedirects","max_redirects":"maxRedirects","raise_for_status":"raiseForStatus","read_bufsize":"readBufsize"}) });
  try {
    return resp.status;
  } finally {
    resp.release();
  }
}

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    for (const method of (["get", "post", "delete"] as [string, string, string])) {
      const func = getAttr(session, method);
      const manager = callDynamic(func, [BASE + "/echo"]);
      const resp: unknown = await callMethod(manager, "__aenter__", []);
      let failed = false;
      try {
        const body = await callMethod(resp, "json", []);
        console.log(`${method} ${str(getAttr(resp, "status"))} ${str(getItem(body, "method"))}`);
      } catch (error) {
        failed = true;
        if (!await callMethod(manager, "__aexit__", [...excInfo(error)])) {
          throw error;
        }
      } finally {
        if (!failed) {
          await callMethod(manager, "__aexit__", [null, null, null]);
        }
      }
    }
    console.log(await call(session, "PUT", "/echo", new Map<string, unknown>([["json", new Map([["a", 1]])]])));
    console.log(await call(session, "GET", "/echo", new Map<string, unknown>([["params", new Map([["q", "x"]])], ["headers", new Map([["X-Test", "1"]])]])));
  } finally {
    await session.close();
  }
}

await run(main);
