/**
 * What aiohttp's `ClientRequest` computes before sending: the request headers (in aiohttp's order,
 * with its automatic Host / Accept / Accept-Encoding / User-Agent / Cookie / Authorization /
 * Content-Type / Content-Length), the body payload (`data=` and `json=` encoded like aiohttp), and
 * `aiohttp.BasicAuth`.
 */
import { NotImplementedError, TypeError, ValueError } from "../exceptions";
import { jsonDumps } from "../json";
import { repr, str } from "../repr";
import { encode } from "../strings";
import { Morsel, SimpleCookie } from "./cookies";
import { ConnectionKey, InvalidURL, RequestInfo } from "./errors";
import { CIMultiDict, MultiDict } from "./headers";
import type { LooseMultiDict } from "./headers";
import { YarlURL } from "./url";
import { quotePlus } from "../urllib";
import type { AiohttpQuery } from "./url";

/** What aiohttp sends as User-Agent: servers see the same client as from Python. */
export const AIOHTTP_USER_AGENT = "Python/3.11 aiohttp/3.8.4";

/** `aiohttp.BasicAuth(login, password="", encoding="latin1")`. */
export class BasicAuth {
  readonly login: string;
  readonly password: string;
  readonly encoding: string;

  constructor(login: string, password = "", encoding = "latin1") {
    if (login === null || login === undefined) throw new ValueError("None is not allowed as login value");
    if (password === null || password === undefined) throw new ValueError("None is not allowed as password value");
    if (login.includes(":")) throw new ValueError('A ":" is not allowed in login (RFC 1945#section-11.1)');
    this.login = login;
    this.password = password;
    this.encoding = encoding;
  }

  /** The Authorization header value: `Basic base64(login:password)`. */
  encode(): string {
    const creds = encode(`${this.login}:${this.password}`, this.encoding);
    return "Basic " + Buffer.from(creds).toString("base64");
  }

  __repr__(): string {
    return `BasicAuth(login=${repr(this.login)}, password=${repr(this.password)}, encoding=${repr(this.encoding)})`;
  }

  __eq__(other: unknown): boolean {
    return other instanceof BasicAuth && other.login === this.login && other.password === this.password && other.encoding === this.encoding;
  }
}

/** aiohttp's `helpers.strip_auth_from_url`: the URL without credentials, and a BasicAuth for them. */
export function aiohttpStripAuthFromUrl(url: YarlURL): [YarlURL, BasicAuth | null] {
  const user = url.user;
  if (!user) return [url, null];
  return [url.withUser(null), new BasicAuth(user, url.password ?? "")];
}

/** A request body as aiohttp's payload classes produce it. */
export interface AiohttpPayload {
  body: Uint8Array;
  contentType: string;
}

/** What `data=` may be: bytes, str, a dict (Map or record) or pairs for a form, or null. */
export type AiohttpData = Uint8Array | string | ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>> | readonly (readonly [string, unknown])[] | MultiDict<unknown> | null | undefined;

/** Python's `str(value)` for a form field (`urlencode(..., doseq=True)`). */
function aiohttpFormValue(v: unknown): string {
  if (typeof v === "string") return v;
  if (v instanceof Uint8Array) throw new NotImplementedError("aiohttp runtime: bytes values in a form (multipart/form-data) are not supported");
  return str(v);
}

/** aiohttp's FormData for a dict / pairs: `application/x-www-form-urlencoded`. */
function aiohttpFormUrlencoded(data: Exclude<AiohttpData, Uint8Array | string | null | undefined>): AiohttpPayload {
  let pairs: [string, unknown][];
  if (data instanceof MultiDict) pairs = data.items();
  else if (data instanceof Map) pairs = [...(data as ReadonlyMap<string, unknown>)];
  else if (Array.isArray(data)) {
    pairs = [];
    for (const rec of data as readonly unknown[]) {
      if (!Array.isArray(rec) || rec.length !== 2) throw new TypeError(`Only io.IOBase, multidict and (name, file) pairs allowed, use .add_field() for passing more complex parameters, got ${repr(rec)}`);
      pairs.push([String(rec[0]), rec[1]]);
    }
  } else pairs = Object.entries(data as Readonly<Record<string, unknown>>);
  const parts: string[] = [];
  for (const [k, v] of pairs) {
    if (Array.isArray(v)) for (const item of v as unknown[]) parts.push(quotePlus(k) + "=" + quotePlus(aiohttpFormValue(item)));
    else parts.push(quotePlus(k) + "=" + quotePlus(aiohttpFormValue(v)));
  }
  return { body: new TextEncoder().encode(parts.join("&")), contentType: "application/x-www-form-urlencoded" };
}

/** aiohttp's payload for `data=`: bytes → octet-stream, str → text/plain UTF-8, dict/pairs → form. */
export function aiohttpDataPayload(data: AiohttpData): AiohttpPayload | null {
  if (data === null || data === undefined) return null;
  if (data instanceof Uint8Array) return { body: data, contentType: "application/octet-stream" };
  if (typeof data === "string") return { body: new TextEncoder().encode(data), contentType: "text/plain; charset=utf-8" };
  if (typeof data === "object") return aiohttpFormUrlencoded(data);
  throw new TypeError(`Only io.IOBase, multidict and (name, file) pairs allowed, use .add_field() for passing more complex parameters, got ${repr(data)}`);
}

/** aiohttp's JsonPayload: `dumps(value)` as UTF-8, `application/json`. */
export function aiohttpJsonPayload(value: unknown, dumps: ((value: unknown) => string) | null): AiohttpPayload {
  const text = dumps !== null ? dumps(value) : jsonDumps(value);
  return { body: new TextEncoder().encode(text), contentType: "application/json" };
}

/** What aiohttp accepts as headers. */
export type LooseHeaders = LooseMultiDict<string>;

const AIOHTTP_GET_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);

export interface AiohttpClientRequestInit {
  params?: AiohttpQuery;
  headers: CIMultiDict;
  skipAutoHeaders: ReadonlySet<string>;
  payload: AiohttpPayload | null;
  cookies: SimpleCookie;
  auth: BasicAuth | null;
}

/** The parts of aiohttp's `ClientRequest` that decide what goes on the wire. */
export class AiohttpClientRequest {
  readonly method: string;
  readonly originalUrl: YarlURL;
  readonly url: YarlURL;
  readonly headers: CIMultiDict;
  readonly body: Uint8Array | null;

  constructor(method: string, url: YarlURL, init: AiohttpClientRequestInit) {
    let u = url;
    const params = init.params;
    if (params !== null && params !== undefined && aiohttpTruthyQuery(params)) {
      const q = new MultiDict<unknown>(u.query.items());
      const u2 = u.withQuery(params);
      q.extend(u2.query.items());
      u = u.withQuery(q);
    }
    this.originalUrl = u;
    this.url = u.withFragment(null);
    this.method = method.toUpperCase();
    if (!this.url.rawHost) throw new InvalidURL(this.url);

    const auth0 = this.url.user ? new BasicAuth(this.url.user, this.url.password ?? "") : null;

    // update_headers: Host first, then the given headers.
    const headers = new CIMultiDict();
    let netloc = this.url.rawHost;
    if (netloc.includes(":")) netloc = `[${netloc}]`;
    if (this.url.port !== null && !this.url.isDefaultPort()) netloc += ":" + String(this.url.port);
    headers.set("Host", netloc);
    for (const [key, value] of init.headers.items()) {
      if (key.toLowerCase() === "host") headers.set(key, value);
      else headers.add(key, value);
    }

    // update_auto_headers
    const used = new Set([...headers.keys()].map((k) => k.toLowerCase()));
    for (const k of init.skipAutoHeaders) used.add(k.toLowerCase());
    if (!used.has("accept")) headers.add("Accept", "*/*");
    if (!used.has("accept-encoding")) headers.add("Accept-Encoding", "gzip, deflate");
    if (!used.has("user-agent")) headers.set("User-Agent", AIOHTTP_USER_AGENT);

    // update_cookies
    if (init.cookies.size > 0) {
      const c = new SimpleCookie();
      if (headers.has("Cookie")) {
        c.load(headers.get("Cookie", "") ?? "");
        headers.delete("Cookie");
      }
      for (const [name, value] of init.cookies) {
        const m = new Morsel();
        m.set(value.key as string, value.value as string, value.codedValue as string);
        c.setItem(name, m);
      }
      headers.set("Cookie", c.output(null, "", ";").trim());
    }

    // update_auth
    const auth = init.auth ?? auth0;
    if (auth !== null) {
      if (!(auth instanceof BasicAuth)) throw new TypeError("BasicAuth() tuple is required instead");
      headers.set("Authorization", auth.encode());
    }

    // update_body_from_data
    const payload = init.payload;
    this.body = payload !== null ? payload.body : null;
    if (payload !== null) {
      if (!headers.has("Content-Length")) headers.set("Content-Length", String(payload.body.length));
      const skip = new Set([...init.skipAutoHeaders].map((k) => k.toLowerCase()));
      if (!headers.has("Content-Type") && !skip.has("content-type")) headers.set("Content-Type", payload.contentType);
    }
    // update_transfer_encoding
    if ((payload !== null || !AIOHTTP_GET_METHODS.has(this.method)) && !(headers.get("Transfer-Encoding", "") ?? "").toLowerCase().includes("chunked")) {
      if (!headers.has("Content-Length")) headers.set("Content-Length", String(this.body?.length ?? 0));
    }
    this.headers = headers;
  }

  get connectionKey(): ConnectionKey {
    return new ConnectionKey(this.url.rawHost ?? "", this.url.port, this.url.scheme === "https" || this.url.scheme === "wss");
  }

  get requestInfo(): RequestInfo {
    return new RequestInfo(this.url, this.method, new CIMultiDict(this.headers.items(), { readonly: true }), this.originalUrl);
  }
}

function aiohttpTruthyQuery(params: NonNullable<AiohttpQuery>): boolean {
  if (typeof params === "string") return params.length > 0;
  if (Array.isArray(params)) return params.length > 0;
  if (params instanceof MultiDict) return params.size > 0;
  if (params instanceof Map) return params.size > 0;
  return Object.keys(params).length > 0;
}
