import type { LowerContext } from "../context";
import type { BoundCall } from "../bind-args";
import { chain, expr, line, Prec, type Expr, type Stmt } from "../ir";
import type { CallRule, RuleSet, WithItem } from "../registry";
import { arg, methodCall, receiver } from "../rule-kit";

const REQUEST_OPTIONS: Record<string, string> = {
  params: "params",
  data: "data",
  json: "json",
  headers: "headers",
  timeout: "timeout",
  allow_redirects: "allowRedirects",
  raise_for_status: "raiseForStatus",
  cookies: "cookies",
  ssl: "ssl",
  proxy: "proxy",
};

/** Keyword arguments as a camelCase options object for the runtime (`allow_redirects=False` → `allowRedirects: false`). */
function optionsObject(call: BoundCall, cx: LowerContext, names: Record<string, string>): string | undefined {
  const parts: string[] = [];
  for (const [py, ts] of Object.entries(names)) {
    const node = call.args.get(py);
    if (node) parts.push(`${ts}: ${cx.text(node, Prec.Assign)}`);
  }
  return parts.length ? `{ ${parts.join(", ")} }` : undefined;
}

const REQUEST_SIG = "(url: str, *, params: object = ..., data: object = ..., json: object = ..., headers: object = ..., timeout: object = ..., allow_redirects: bool = ..., raise_for_status: bool = ..., cookies: object = ..., ssl: object = ..., proxy: str = ...) -> aiohttp._RequestContextManager";

function verb(method: string): CallRule {
  return {
    sig: REQUEST_SIG,
    lower(call, cx) {
      const opts = optionsObject(call, cx, REQUEST_OPTIONS);
      return methodCall(receiver(call, cx), method, [arg(call, "url", cx), opts]);
    },
  };
}

/** `async with session.get(url) as resp:` → the response, released when the block ends (as aiohttp does). */
function requestWith(item: WithItem, body: Stmt[], cx: LowerContext): Stmt[] {
  const name = item.target?.name ?? cx.names.fresh("response");
  const decl = item.target && !item.target.declare ? "" : `${item.target?.declare ?? "const"} `;
  return [line(`${decl}${name} = await ${item.manager.code};`), chain({ head: "try", body }, { head: "finally", body: [line(`${name}.release();`)] })];
}

/** `async with aiohttp.ClientSession() as session:` → a session closed when the block ends. */
function sessionWith(item: WithItem, body: Stmt[], cx: LowerContext): Stmt[] {
  const name = item.target?.name ?? cx.names.fresh("session");
  const decl = item.target && !item.target.declare ? "" : `${item.target?.declare ?? "const"} `;
  return [line(`${decl}${name} = ${item.manager.code};`), chain({ head: "try", body }, { head: "finally", body: [line(`await ${name}.close();`)] })];
}

const SESSION_OPTIONS: Record<string, string> = {
  base_url: "baseUrl",
  headers: "headers",
  timeout: "timeout",
  raise_for_status: "raiseForStatus",
  cookies: "cookies",
  cookie_jar: "cookieJar",
  connector: "connector",
  json_serialize: "jsonSerialize",
};

const clientSession: CallRule = {
  sig: "(base_url: str | None = ..., *, connector: object = ..., cookies: object = ..., headers: object = ..., timeout: object = ..., raise_for_status: bool = ..., cookie_jar: object = ..., json_serialize: object = ...) -> None",
  lower: (call, cx) => expr(`new ${cx.helper("ClientSession")}(${optionsObject(call, cx, SESSION_OPTIONS) ?? ""})`, Prec.Call),
};

const response = (method: string, sig: string, params: string[] = []): CallRule => ({
  sig,
  lower: (call, cx) => methodCall(receiver(call, cx), method, params.map((p) => arg(call, p, cx))),
});

const attr = (type: string, name?: string) => ({
  type,
  lower: name ? (object: Expr | undefined) => expr(`${object!.code}.${name}`, Prec.Call) : undefined,
});

export const aiohttpRules: RuleSet = {
  modules: ["aiohttp"],
  calls: {
    "aiohttp.ClientSession": clientSession,
    "aiohttp.ClientSession.get": verb("get"),
    "aiohttp.ClientSession.post": verb("post"),
    "aiohttp.ClientSession.put": verb("put"),
    "aiohttp.ClientSession.patch": verb("patch"),
    "aiohttp.ClientSession.delete": verb("delete"),
    "aiohttp.ClientSession.head": verb("head"),
    "aiohttp.ClientSession.options": verb("options"),
    "aiohttp.ClientSession.close": { sig: "() -> Coroutine[None]", lower: (call, cx) => methodCall(receiver(call, cx), "close", []) },
    "aiohttp.ClientResponse.text": response("text", "(encoding: str | None = ...) -> Coroutine[str]", ["encoding"]),
    "aiohttp.ClientResponse.read": response("read", "() -> Coroutine[bytes]"),
    "aiohttp.ClientResponse.json": {
      sig: "(*, content_type: str | None = ..., loads: object = ...) -> Coroutine[unknown]",
      lower: (call, cx) => {
        const ct = call.args.get("content_type");
        return methodCall(receiver(call, cx), "json", [ct ? `{ contentType: ${cx.expr(ct).code} }` : undefined]);
      },
    },
    "aiohttp.ClientResponse.raise_for_status": response("raiseForStatus", "() -> None"),
    "aiohttp.ClientResponse.release": response("release", "() -> None"),
    "aiohttp.CIMultiDictProxy.__getitem__": {
      sig: "(key: str, /) -> str",
      lower: (call, cx) => methodCall(receiver(call, cx), "getItem", [cx.expr(call.args.get("key")!)]),
    },
    "aiohttp.CIMultiDictProxy.get": {
      sig: "(key: str, default: D = ..., /) -> str | D",
      lower: (call, cx) => methodCall(receiver(call, cx), "get", [arg(call, "key", cx), arg(call, "default", cx)]),
    },
  },
  attrs: {
    "aiohttp.ClientResponse.status": attr("int"),
    "aiohttp.ClientResponse.reason": attr("str"),
    "aiohttp.ClientResponse.ok": attr("bool"),
    "aiohttp.ClientResponse.method": attr("str"),
    "aiohttp.ClientResponse.headers": attr("aiohttp.CIMultiDictProxy"),
    "aiohttp.ClientResponse.content_type": attr("str", "contentType"),
    "aiohttp.ClientResponse.charset": attr("str | None"),
    "aiohttp.ClientResponse.url": attr("aiohttp.URL"),
    "aiohttp.ClientResponse.history": attr("tuple[aiohttp.ClientResponse, ...]"),
    "aiohttp.ClientSession.closed": attr("bool"),
    "aiohttp.URL.path": attr("str"),
  },
  classes: {
    "aiohttp.ClientSession": { with: sessionWith, runtime: "ClientSession", tsType: (_a, cx) => cx.helper("ClientSession"), enter: "aiohttp.ClientSession" },
    "aiohttp._RequestContextManager": { with: requestWith, enter: "aiohttp.ClientResponse", awaits: "aiohttp.ClientResponse", tsType: (_a, cx) => cx.helper("AiohttpRequestContextManager") },
    "aiohttp.ClientResponse": { runtime: "ClientResponse", tsType: (_a, cx) => cx.helper("ClientResponse") },
    "aiohttp.CIMultiDictProxy": { tsType: (_a, cx) => cx.helper("CIMultiDict") },
    "aiohttp.URL": { tsType: (_a, cx) => cx.helper("YarlURL") },
  },
};

