import type { LowerContext } from "../context";
import type { BoundCall } from "../bind-args";
import { chain, expr, line, Prec, type Expr, type Stmt } from "../ir";
import type { AttrRule, CallRule, ClassRule, RuleSet, WithItem } from "../registry";
import { arg, helperCall, methodCall, receiver, runtimeMethod as method } from "../rule-kit";
import { Msg } from "../../diagnostics/messages";
import { T, union } from "../../analysis/types";
import { boundBy, isPlainSession, sessionOfRequest } from "./plain-fetch";

/**
 * Keyword arguments as the runtime's camelCase options object (`allow_redirects=False` →
 * `allowRedirects: false`); a `**mapping` is converted at run time with the same names.
 */
function optionsObject(call: BoundCall, cx: LowerContext, names: Record<string, string>): string | undefined {
  const parts: string[] = call.splats
    .filter((s) => s.type === "dictionary_splat")
    .map((s) => `...${cx.helper("keywordOptions")}(${cx.expr(s.namedChildren[0]!).code}, ${JSON.stringify(names)})`);
  for (const [py, ts] of Object.entries(names)) {
    const node = call.args.get(py);
    if (node) parts.push(`${ts}: ${cx.text(node, Prec.Assign)}`);
  }
  return parts.length ? `{ ${parts.join(", ")} }` : undefined;
}

const REQUEST_OPTIONS: Record<string, string> = {
  params: "params",
  data: "data",
  json: "json",
  headers: "headers",
  cookies: "cookies",
  auth: "auth",
  timeout: "timeout",
  allow_redirects: "allowRedirects",
  max_redirects: "maxRedirects",
  raise_for_status: "raiseForStatus",
  read_bufsize: "readBufsize",
};

const REQUEST_KEYWORDS = "params: object = ..., data: object = ..., json: object = ..., headers: object = ..., cookies: object = ..., auth: object = ..., timeout: object = ..., allow_redirects: bool = ..., max_redirects: int = ..., raise_for_status: bool = ..., read_bufsize: int = ..., ssl: object = ..., verify_ssl: object = ..., proxy: object = ..., proxy_auth: object = ..., compress: object = ..., chunked: object = ..., expect100: bool = ..., trace_request_ctx: object = ...";

/** Options fetch cannot honour get a diagnostic rather than a silent drop. */
function refuseUnsupported(call: BoundCall, cx: LowerContext, name: string): void {
  for (const [py, reason] of [
    ["proxy", "fetch has no proxy option; set HTTPS_PROXY for Node instead"],
    ["proxy_auth", "fetch has no proxy option"],
    ["ssl", "fetch cannot change TLS verification per request; use NODE_EXTRA_CA_CERTS"],
    ["verify_ssl", "fetch cannot change TLS verification per request; use NODE_EXTRA_CA_CERTS"],
    ["compress", "fetch cannot compress request bodies"],
    ["chunked", "fetch decides the transfer encoding"],
    ["expect100", "fetch has no Expect: 100-continue"],
    ["trace_request_ctx", "there is no request tracing"],
  ] as const) {
    const node = call.args.get(py);
    if (node) cx.report(node.parent ?? node, Msg.cannotHonour, { name: `${name}(${py}=...)`, reason });
  }
}

function verb(method: string): CallRule {
  return {
    keywordSplat: true,
    sig: `(url: str, *, ${REQUEST_KEYWORDS}) -> aiohttp._RequestContextManager`,
    lower(call, cx) {
      refuseUnsupported(call, cx, `ClientSession.${method}`);
      if (call.receiver?.type === "identifier" && isPlainSession(cx.symbolOf(call.receiver), cx)) return expr(`fetch(${arg(call, "url", cx)!.code})`, Prec.Call);
      return methodCall(receiver(call, cx), method, [arg(call, "url", cx), optionsObject(call, cx, REQUEST_OPTIONS)]);
    },
  };
}

const request: CallRule = {
  keywordSplat: true,
  sig: `(method: str, url: str, *, ${REQUEST_KEYWORDS}) -> aiohttp._RequestContextManager`,
  lower(call, cx) {
    refuseUnsupported(call, cx, "ClientSession.request");
    return methodCall(receiver(call, cx), "request", [arg(call, "method", cx), arg(call, "url", cx), optionsObject(call, cx, REQUEST_OPTIONS)]);
  },
};

/** `async with session.get(url) as resp:` → the response, released when the block ends (as aiohttp does). */
function requestWith(item: WithItem, body: Stmt[], cx: LowerContext): Stmt[] {
  const name = item.target?.name ?? cx.names.fresh("response");
  const decl = item.target && !item.target.declare ? "" : `${item.target?.declare ?? "const"} `;
  // A plain fetch response is released by cancelling its unread body.
  const release = isPlainSession(sessionOfRequest(item.managerNode, cx), cx) ? `await ${name}.body?.cancel();` : `${name}.release();`;
  return [line(`${decl}${name} = await ${item.manager.code};`), chain({ head: "try", body }, { head: "finally", body: [line(release)] })];
}

/** `async with aiohttp.ClientSession() as session:` → a session closed when the block ends. */
function sessionWith(item: WithItem, body: Stmt[], cx: LowerContext): Stmt[] {
  if (isPlainSession(boundBy(item.managerNode, cx), cx)) return body;
  const name = item.target?.name ?? cx.names.fresh("session");
  const decl = item.target && !item.target.declare ? "" : `${item.target?.declare ?? "const"} `;
  return [line(`${decl}${name} = ${item.manager.code};`), chain({ head: "try", body }, { head: "finally", body: [line(`await ${name}.close();`)] })];
}

const SESSION_OPTIONS: Record<string, string> = {
  base_url: "baseUrl",
  connector: "connector",
  cookies: "cookies",
  headers: "headers",
  auth: "auth",
  json_serialize: "jsonSerialize",
  cookie_jar: "cookieJar",
  connector_owner: "connectorOwner",
  raise_for_status: "raiseForStatus",
  timeout: "timeout",
  auto_decompress: "autoDecompress",
  trust_env: "trustEnv",
  read_bufsize: "readBufsize",
};

const clientSession: CallRule = {
  keywordSplat: true,
  sig: "(base_url: object = ..., *, connector: object = ..., loop: object = ..., cookies: object = ..., headers: object = ..., skip_auto_headers: object = ..., auth: object = ..., json_serialize: object = ..., cookie_jar: object = ..., connector_owner: bool = ..., raise_for_status: bool = ..., timeout: object = ..., auto_decompress: bool = ..., trust_env: bool = ..., read_bufsize: int = ...) -> None",
  lower(call, cx) {
    const loop = call.args.get("loop");
    if (loop) cx.report(loop.parent ?? loop, Msg.argumentIgnored, { arg: "loop", name: "aiohttp.ClientSession", reason: "the session always uses the running event loop" });
    return expr(`new ${cx.helper("ClientSession")}(${optionsObject(call, cx, SESSION_OPTIONS) ?? ""})`, Prec.Call);
  },
};

/** A runtime class built from keyword arguments (`ClientTimeout(total=5)` → `new ClientTimeout({ total: 5 })`). */
function optionsClass(runtime: string, sig: string, names: Record<string, string>): CallRule {
  return { sig, lower: (call, cx) => expr(`new ${cx.helper(runtime)}(${optionsObject(call, cx, names) ?? ""})`, Prec.Call) };
}

/** A property read under its runtime (camelCase) name. */
const attr = (type: string, name?: string): AttrRule => ({
  type,
  lower: name ? (object: Expr | undefined) => expr(`${object!.code}.${name}`, Prec.Call) : undefined,
});

const runtimeType = (runtime: string, extra: Partial<ClassRule> = {}): ClassRule => ({ runtime, tsType: (_a, cx) => cx.helper(runtime), ...extra });

const ERRORS: Record<string, string[]> = {
  ClientError: ["Exception"],
  ClientResponseError: ["aiohttp.ClientError"],
  ContentTypeError: ["aiohttp.ClientResponseError"],
  TooManyRedirects: ["aiohttp.ClientResponseError"],
  ClientConnectionError: ["aiohttp.ClientError"],
  ClientOSError: ["aiohttp.ClientConnectionError", "OSError"],
  ClientConnectorError: ["aiohttp.ClientOSError"],
  ServerConnectionError: ["aiohttp.ClientConnectionError"],
  ServerDisconnectedError: ["aiohttp.ServerConnectionError"],
  ServerTimeoutError: ["aiohttp.ServerConnectionError", "TimeoutError"],
  ClientPayloadError: ["aiohttp.ClientError"],
  InvalidURL: ["aiohttp.ClientError", "ValueError"],
};

const errorClasses: Record<string, ClassRule> = {};
for (const [name, bases] of Object.entries(ERRORS)) errorClasses[`aiohttp.${name}`] = runtimeType(name, { bases });

const streamIterator = (ts: string, sig: string, params: string[] = []): CallRule => method(ts, sig, params);

export const aiohttpRules: RuleSet = {
  modules: ["aiohttp", "yarl"],
  calls: {
    "aiohttp.ClientSession": clientSession,
    "aiohttp.ClientSession.get": verb("get"),
    "aiohttp.ClientSession.post": verb("post"),
    "aiohttp.ClientSession.put": verb("put"),
    "aiohttp.ClientSession.patch": verb("patch"),
    "aiohttp.ClientSession.delete": verb("delete"),
    "aiohttp.ClientSession.head": verb("head"),
    "aiohttp.ClientSession.options": verb("options"),
    "aiohttp.ClientSession.request": request,
    "aiohttp.ClientSession.close": method("close", "() -> Coroutine[None]"),
    "aiohttp.request": {
      sig: `(method: str, url: str, *, ${REQUEST_KEYWORDS}) -> aiohttp._RequestContextManager`,
      lower: (call, cx) => helperCall(cx, "aiohttpRequest", [arg(call, "method", cx), arg(call, "url", cx), optionsObject(call, cx, REQUEST_OPTIONS)]),
    },
    "aiohttp.ClientTimeout": optionsClass("ClientTimeout", "(*, total: float | None = ..., connect: float | None = ..., sock_read: float | None = ..., sock_connect: float | None = ...) -> None", { total: "total", connect: "connect", sock_read: "sockRead", sock_connect: "sockConnect" }),
    "aiohttp.TCPConnector": optionsClass("TCPConnector", "(*, limit: int = ..., limit_per_host: int = ..., force_close: bool = ..., ssl: object = ..., verify_ssl: bool = ...) -> None", { limit: "limit", limit_per_host: "limitPerHost", force_close: "forceClose" }),
    "aiohttp.CookieJar": optionsClass("CookieJar", "(*, unsafe: bool = ..., quote_cookie: bool = ..., treat_as_secure_origin: object = ...) -> None", { unsafe: "unsafe", quote_cookie: "quoteCookie", treat_as_secure_origin: "treatAsSecureOrigin" }),
    "aiohttp.DummyCookieJar": { sig: "() -> None", lower: (_call, cx) => expr(`new ${cx.helper("DummyCookieJar")}()`, Prec.Call) },
    "aiohttp.BasicAuth": {
      sig: "(login: str, password: str = ..., encoding: str = ...) -> None",
      lower: (call, cx) => expr(`new ${cx.helper("BasicAuth")}(${[arg(call, "login", cx), arg(call, "password", cx), arg(call, "encoding", cx)].filter((a) => a).map((a) => a!.code).join(", ")})`, Prec.Call),
    },

    "aiohttp.ClientResponse.text": method("text", "(encoding: str | None = ..., errors: str = ...) -> Coroutine[str]", ["encoding", "errors"]),
    "aiohttp.ClientResponse.read": method("read", "() -> Coroutine[bytes]"),
    "aiohttp.ClientResponse.json": {
      sig: "(*, encoding: str | None = ..., loads: object = ..., content_type: str | None = ...) -> Coroutine[unknown]",
      lower: (call, cx) => methodCall(receiver(call, cx), "json", [optionsObject(call, cx, { encoding: "encoding", loads: "loads", content_type: "contentType" })]),
    },
    "aiohttp.ClientResponse.raise_for_status": method("raiseForStatus", "() -> None"),
    "aiohttp.ClientResponse.release": method("release", "() -> None"),
    "aiohttp.ClientResponse.close": method("close", "() -> None"),
    "aiohttp.ClientResponse.get_encoding": method("getEncoding", "() -> str"),

    "aiohttp.CIMultiDictProxy.__getitem__": { sig: "(key: str, /) -> str", lower: (call, cx) => methodCall(receiver(call, cx), "getItem", [cx.expr(call.args.get("key")!)]) },
    "aiohttp.CIMultiDictProxy.get": {
      ...method("get", "(key: str, default: D = ..., /) -> str | D", ["key", "default"]),
      // Without a default, a missing header is None.
      returns: (a) => union(T.str, a.positional[1] ?? T.none),
    },
    "aiohttp.CIMultiDictProxy.getall": method("getAll", "(key: str, default: object = ..., /) -> list[str]", ["key", "default"]),
    "aiohttp.CIMultiDictProxy.getone": method("getOne", "(key: str, default: object = ..., /) -> str", ["key", "default"]),
    "aiohttp.CIMultiDictProxy.keys": method("keys", "() -> list[str]"),
    "aiohttp.CIMultiDictProxy.values": method("values", "() -> list[str]"),
    "aiohttp.CIMultiDictProxy.items": method("items", "() -> list[tuple[str, str]]"),
    "aiohttp.CIMultiDictProxy.__contains__": { sig: "(key: str, /) -> bool", lower: (call, cx) => methodCall(receiver(call, cx), "has", [cx.expr(call.args.get("key")!)]) },
    "aiohttp.CIMultiDictProxy.__iter__": { sig: "() -> Iterator[str]", lower: (call, cx) => receiver(call, cx) },

    "aiohttp.StreamReader.read": method("read", "(n: int = ...) -> Coroutine[bytes]", ["n"]),
    "aiohttp.StreamReader.readline": method("readline", "() -> Coroutine[bytes]"),
    "aiohttp.StreamReader.readany": method("readany", "() -> Coroutine[bytes]"),
    "aiohttp.StreamReader.readexactly": method("readexactly", "(n: int, /) -> Coroutine[bytes]", ["n"]),
    "aiohttp.StreamReader.readchunk": method("readchunk", "() -> Coroutine[tuple[bytes, bool]]"),
    "aiohttp.StreamReader.at_eof": method("atEof", "() -> bool"),
    "aiohttp.StreamReader.iter_chunked": streamIterator("iterChunked", "(n: int, /) -> AsyncIterator[bytes]", ["n"]),
    "aiohttp.StreamReader.iter_any": streamIterator("iterAny", "() -> AsyncIterator[bytes]"),
    "aiohttp.StreamReader.iter_chunks": streamIterator("iterChunks", "() -> AsyncIterator[tuple[bytes, bool]]"),

    "aiohttp.URL.with_query": method("withQuery", "(query: object, /) -> aiohttp.URL", ["query"]),
    "aiohttp.URL.human_repr": method("humanRepr", "() -> str"),
    "aiohttp.URL.joinpath": method("joinPath", "(name: str, /) -> aiohttp.URL", ["name"]),
  },
  attrs: {
    "aiohttp.ClientResponse.status": attr("int"),
    "aiohttp.ClientResponse.reason": attr("str"),
    "aiohttp.ClientResponse.ok": attr("bool"),
    "aiohttp.ClientResponse.method": attr("str"),
    "aiohttp.ClientResponse.headers": attr("aiohttp.CIMultiDictProxy"),
    "aiohttp.ClientResponse.content_type": attr("str", "contentType"),
    "aiohttp.ClientResponse.content_length": attr("int | None", "contentLength"),
    "aiohttp.ClientResponse.charset": attr("str | None"),
    "aiohttp.ClientResponse.url": attr("aiohttp.URL"),
    "aiohttp.ClientResponse.real_url": attr("aiohttp.URL", "realUrl"),
    "aiohttp.ClientResponse.history": attr("tuple[aiohttp.ClientResponse, ...]"),
    "aiohttp.ClientResponse.content": attr("aiohttp.StreamReader"),
    "aiohttp.ClientResponse.cookies": attr("dict[str, object]"),
    "aiohttp.ClientResponse.closed": attr("bool"),
    "aiohttp.ClientSession.closed": attr("bool"),
    "aiohttp.ClientSession.headers": attr("aiohttp.CIMultiDictProxy"),
    "aiohttp.ClientSession.cookie_jar": attr("aiohttp.CookieJar", "cookieJar"),
    "aiohttp.ClientResponseError.status": attr("int"),
    "aiohttp.ClientResponseError.message": attr("str"),
    "aiohttp.ClientResponseError.headers": attr("aiohttp.CIMultiDictProxy | None"),
    "aiohttp.ClientResponseError.history": attr("tuple[aiohttp.ClientResponse, ...]"),
    "aiohttp.ClientResponseError.request_info": attr("aiohttp.RequestInfo", "requestInfo"),
    "aiohttp.RequestInfo.url": attr("aiohttp.URL"),
    "aiohttp.RequestInfo.method": attr("str"),
    "aiohttp.RequestInfo.headers": attr("aiohttp.CIMultiDictProxy"),
    "aiohttp.RequestInfo.real_url": attr("aiohttp.URL", "realUrl"),
    "aiohttp.ClientConnectorError.ssl": attr("object"),
    "aiohttp.ClientConnectorError.host": attr("str"),
    "aiohttp.ClientConnectorError.port": attr("int | None"),
    "aiohttp.URL.path": attr("str"),
    "aiohttp.URL.host": attr("str | None"),
    "aiohttp.URL.port": attr("int | None"),
    "aiohttp.URL.scheme": attr("str"),
    "aiohttp.URL.query_string": attr("str", "queryString"),
    "aiohttp.URL.query": attr("aiohttp.CIMultiDictProxy"),
    "aiohttp.URL.name": attr("str"),
    "aiohttp.URL.fragment": attr("str"),
    "aiohttp.ClientTimeout.total": attr("float | None"),
    "aiohttp.TCPConnector.limit": attr("int"),
    "aiohttp.TCPConnector.closed": attr("bool"),
  },
  classes: {
    "aiohttp.ClientSession": runtimeType("ClientSession", { with: sessionWith, enter: "aiohttp.ClientSession" }),
    "aiohttp._RequestContextManager": { with: requestWith, enter: "aiohttp.ClientResponse", awaits: "aiohttp.ClientResponse", tsType: (_a, cx) => cx.helper("AiohttpRequestContextManager") },
    "aiohttp.ClientResponse": runtimeType("ClientResponse", { enter: "aiohttp.ClientResponse" }),
    "aiohttp.CIMultiDictProxy": runtimeType("CIMultiDict"),
    "aiohttp.StreamReader": runtimeType("AiohttpStreamReader"),
    "aiohttp.URL": runtimeType("YarlURL"),
    "aiohttp.RequestInfo": runtimeType("RequestInfo"),
    "yarl.URL": runtimeType("YarlURL"),
    "aiohttp.ClientTimeout": runtimeType("ClientTimeout"),
    "aiohttp.TCPConnector": runtimeType("TCPConnector"),
    "aiohttp.CookieJar": runtimeType("CookieJar"),
    "aiohttp.DummyCookieJar": runtimeType("DummyCookieJar"),
    "aiohttp.BasicAuth": runtimeType("BasicAuth"),
    ...errorClasses,
  },
};
