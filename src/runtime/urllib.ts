/**
 * Python's `urllib.parse` (CPython 3.11): `urlparse` (a `ParseResult` named tuple with `hostname`,
 * `port`, `username`, `password`, `geturl()`), `urljoin`, `urlencode`, `quote` / `quote_plus`,
 * `unquote` / `unquote_plus`, byte for byte as CPython computes them.
 */
import { IndexError, TypeError, ValueError } from "./exceptions";
import { ANY_SHAPE, parseShape, repr, shapeFor, shapeOfItem, strWithShape, type PyShape } from "./repr";
import { decode, encode } from "./strings";
import { eq } from "./compare";
import { ipV6Hextets } from "./ip-address";

const ulUsesRelative = new Set(["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]);
const ulUsesNetloc = new Set(["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"]);
const ulUsesParams = new Set(["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips", "mms", "sftp", "tel"]);
const ulSchemeChars = /^[A-Za-z0-9+\-.]*$/;
const ulAlwaysSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";
const ulFields = ["scheme", "netloc", "path", "params", "query", "fragment"] as const;

type UlField = (typeof ulFields)[number];

/** `urllib.parse.ParseResult`: a named 6-tuple `(scheme, netloc, path, params, query, fragment)`. */
export class ParseResult {
  readonly scheme: string;
  readonly netloc: string;
  readonly path: string;
  readonly params: string;
  readonly query: string;
  readonly fragment: string;

  constructor(scheme: string, netloc: string, path: string, params: string, query: string, fragment: string) {
    this.scheme = scheme;
    this.netloc = netloc;
    this.path = path;
    this.params = params;
    this.query = query;
    this.fragment = fragment;
    Object.freeze(this);
  }

  /** The user name before `@` in the netloc, or null. */
  get username(): string | null {
    return ulUserinfo(this.netloc)[0];
  }

  /** The password after `user:` in the netloc, or null. */
  get password(): string | null {
    return ulUserinfo(this.netloc)[1];
  }

  /** The host, lower-cased (an IPv6 zone keeps its case), or null. */
  get hostname(): string | null {
    return ulLowerHost(ulHostinfo(this.netloc)[0]);
  }

  /** The port as an int, or null; ValueError when it is not a number in 0..65535. */
  get port(): number | null {
    return ulPortNumber(ulHostinfo(this.netloc)[1]);
  }

  /** The URL put back together (`urlunparse(self)`). */
  geturl(): string {
    return urlunparse(this);
  }

  /** `_replace(path="/x")`: a copy with some fields changed. */
  _replace(changes: ReadonlyMap<string, unknown>): ParseResult {
    const values = ulFields.map((f) => this[f]);
    for (const [k, v] of changes) {
      const i = (ulFields as readonly string[]).indexOf(k);
      if (i < 0) throw new ValueError(`Got unexpected field names: [${repr(k)}]`);
      values[i] = v as string;
    }
    return new ParseResult(values[0], values[1], values[2], values[3], values[4], values[5]);
  }

  __repr__(): string {
    return `ParseResult(${ulFields.map((f) => `${f}=${repr(this[f])}`).join(", ")})`;
  }

  __eq__(other: unknown): boolean {
    const items = other instanceof ParseResult ? [...other] : Array.isArray(other) ? other : undefined;
    return items !== undefined && items.length === 6 && ulFields.every((f, i) => eq(this[f], items[i]));
  }

  __getitem__(index: number): string {
    const i = index < 0 ? index + 6 : index;
    if (!Number.isInteger(i) || i < 0 || i >= 6) throw new IndexError("tuple index out of range");
    return this[ulFields[i] as UlField];
  }

  __len__(): number {
    return 6;
  }

  *[Symbol.iterator](): Generator<string> {
    for (const f of ulFields) yield this[f];
  }
}

/** The user and password of a netloc (`user:pw@host`). */
export function ulUserinfo(netloc: string): [string | null, string | null] {
  const at = netloc.lastIndexOf("@");
  if (at < 0) return [null, null];
  const userinfo = netloc.slice(0, at);
  const colon = userinfo.indexOf(":");
  return colon < 0 ? [userinfo, null] : [userinfo.slice(0, colon), userinfo.slice(colon + 1)];
}

/** The host and port text of a netloc (an IPv6 host without its brackets). */
export function ulHostinfo(netloc: string): [string, string | null] {
  const hostinfo = netloc.slice(netloc.lastIndexOf("@") + 1);
  let hostname: string;
  let port: string;
  const open = hostinfo.indexOf("[");
  if (open >= 0) {
    const bracketed = hostinfo.slice(open + 1);
    const close = bracketed.indexOf("]");
    hostname = close < 0 ? bracketed : bracketed.slice(0, close);
    const after = close < 0 ? "" : bracketed.slice(close + 1);
    const colon = after.indexOf(":");
    port = colon < 0 ? "" : after.slice(colon + 1);
  } else {
    const colon = hostinfo.indexOf(":");
    hostname = colon < 0 ? hostinfo : hostinfo.slice(0, colon);
    port = colon < 0 ? "" : hostinfo.slice(colon + 1);
  }
  return [hostname, port === "" ? null : port];
}

/** A host (`ulHostinfo`'s), lower-cased (an IPv6 zone keeps its case), or null when empty. */
export function ulLowerHost(host: string): string | null {
  if (!host) return null;
  const pct = host.indexOf("%");
  return pct < 0 ? host.toLowerCase() : host.slice(0, pct).toLowerCase() + host.slice(pct);
}

/** A port's text as an int, or null; ValueError when it is not a number in 0..65535. */
export function ulPortNumber(port: string | null): number | null {
  if (port === null) return null;
  if (!/^[0-9]+$/.test(port)) throw new ValueError(`Port could not be cast to integer value as ${repr(port)}`);
  const n = Number(port);
  if (n > 65535) throw new ValueError("Port out of range 0-65535");
  return n;
}

/** `urlsplit`: the five components (no `;params` split). */
export function ulSplit(input: string, defaultScheme: string, allowFragments: boolean): [string, string, string, string, string] {
  // eslint-disable-next-line no-control-regex
  let url = input.replace(/^[\x00-\x20]+/, "").replace(/[\t\r\n]/g, "");
  // eslint-disable-next-line no-control-regex
  let scheme = defaultScheme.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, "").replace(/[\t\r\n]/g, "");
  let netloc = "";
  let query = "";
  let fragment = "";
  const i = url.indexOf(":");
  if (i > 0 && /^[A-Za-z]/.test(url) && ulSchemeChars.test(url.slice(0, i))) {
    scheme = url.slice(0, i).toLowerCase();
    url = url.slice(i + 1);
  }
  if (url.startsWith("//")) {
    let delim = url.length;
    for (const c of "/?#") {
      const w = url.indexOf(c, 2);
      if (w >= 0) delim = Math.min(delim, w);
    }
    netloc = url.slice(2, delim);
    url = url.slice(delim);
    if (netloc.includes("[") !== netloc.includes("]")) throw new ValueError("Invalid IPv6 URL");
    if (netloc.includes("[")) ulCheckBracketedHost(netloc);
  }
  if (allowFragments) {
    const hash = url.indexOf("#");
    if (hash >= 0) {
      fragment = url.slice(hash + 1);
      url = url.slice(0, hash);
    }
  }
  const q = url.indexOf("?");
  if (q >= 0) {
    query = url.slice(q + 1);
    url = url.slice(0, q);
  }
  return [scheme, netloc, url, query, fragment];
}

/** The host between brackets must be an IPv6 (or IPvFuture) address, followed by nothing but a port. */
function ulCheckBracketedHost(netloc: string): void {
  const hostAndPort = netloc.slice(netloc.lastIndexOf("@") + 1);
  const open = hostAndPort.indexOf("[");
  if (open < 0) return;
  if (open > 0) throw new ValueError("Invalid IPv6 URL");
  const bracketed = hostAndPort.slice(open + 1);
  const close = bracketed.indexOf("]");
  const hostname = close < 0 ? bracketed : bracketed.slice(0, close);
  const port = close < 0 ? "" : bracketed.slice(close + 1);
  if (port && !port.startsWith(":")) throw new ValueError("Invalid IPv6 URL");
  if (hostname.startsWith("v")) {
    if (!/^v[a-fA-F0-9]+\..+$/.test(hostname)) throw new ValueError("IPvFuture address is invalid");
  } else if (ipV6Hextets(hostname.split("%")[0]!) === null) {
    throw new ValueError(`${repr(hostname)} does not appear to be an IPv4 or IPv6 address`);
  }
}

/** Python's `urllib.parse.urlparse(urlstring, scheme="", allow_fragments=True)`. */
export function urlparse(url: string, scheme = "", allowFragments = true): ParseResult {
  const [s, netloc, rest, query, fragment] = ulSplit(url, scheme, allowFragments);
  let path = rest;
  let params = "";
  if (ulUsesParams.has(s) && path.includes(";")) {
    const i = path.includes("/") ? path.indexOf(";", path.lastIndexOf("/")) : path.indexOf(";");
    if (i >= 0) {
      params = path.slice(i + 1);
      path = path.slice(0, i);
    }
  }
  return new ParseResult(s, netloc, path, params, query, fragment);
}

/** Python's `urllib.parse.urlunparse((scheme, netloc, path, params, query, fragment))`. */
export function urlunparse(parts: Iterable<string>): string {
  const [scheme = "", netloc = "", path0 = "", params = "", query = "", fragment = ""] = [...parts];
  let url = params ? `${path0};${params}` : path0;
  if (netloc || (scheme && ulUsesNetloc.has(scheme) && url.slice(0, 2) !== "//")) {
    if (url && url[0] !== "/") url = "/" + url;
    url = "//" + netloc + url;
  }
  if (scheme) url = scheme + ":" + url;
  if (query) url = url + "?" + query;
  if (fragment) url = url + "#" + fragment;
  return url;
}

/** Python's `urllib.parse.urljoin(base, url, allow_fragments=True)` (RFC 3986 resolution). */
export function urljoin(base: string, url: string, allowFragments = true): string {
  if (!base) return url;
  if (!url) return base;
  const b = urlparse(base, "", allowFragments);
  const u = urlparse(url, b.scheme, allowFragments);
  const scheme = u.scheme;
  let { netloc, path, params, query } = u;
  if (scheme !== b.scheme || !ulUsesRelative.has(scheme)) return url;
  if (ulUsesNetloc.has(scheme)) {
    if (netloc) return urlunparse([scheme, netloc, path, params, query, u.fragment]);
    netloc = b.netloc;
  }
  if (!path && !params) {
    path = b.path;
    params = b.params;
    if (!query) query = b.query;
    return urlunparse([scheme, netloc, path, params, query, u.fragment]);
  }
  const baseParts = b.path.split("/");
  if (baseParts[baseParts.length - 1] !== "") baseParts.pop();
  let segments: string[];
  if (path.startsWith("/")) {
    segments = path.split("/");
  } else {
    segments = [...baseParts, ...path.split("/")];
    if (segments.length > 2) segments = [segments[0], ...segments.slice(1, -1).filter((s) => s !== ""), segments[segments.length - 1]];
  }
  return urlunparse([scheme, netloc, ulResolveDots(segments) || "/", params, query, u.fragment]);
}

/** A path's segments with `.` and `..` resolved, joined again (as `urljoin` resolves them). */
export function ulResolveDots(segments: readonly string[]): string {
  const resolved: string[] = [];
  for (const seg of segments) {
    if (seg === "..") resolved.pop();
    else if (seg !== ".") resolved.push(seg);
  }
  const last = segments[segments.length - 1];
  if (last === "." || last === "..") resolved.push("");
  return resolved.join("/");
}

function ulSafeSet(safe: string | Uint8Array): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i < ulAlwaysSafe.length; i++) set.add(ulAlwaysSafe.charCodeAt(i));
  if (typeof safe === "string") {
    for (const ch of safe) if (ch.charCodeAt(0) < 128) set.add(ch.charCodeAt(0));
  } else {
    for (const b of safe) if (b < 128) set.add(b);
  }
  return set;
}

/** Python's `urllib.parse.quote(string, safe="/", encoding=None, errors=None)`. */
export function quote(value: string | Uint8Array, safe: string | Uint8Array = "/", encoding: string | null = null, errors: string | null = null): string {
  let bytes: Uint8Array;
  if (typeof value === "string") {
    if (!value) return value;
    bytes = encode(value, encoding ?? "utf-8", errors ?? "strict");
  } else {
    if (encoding !== null) throw new TypeError("quote() doesn't support 'encoding' for bytes");
    if (errors !== null) throw new TypeError("quote() doesn't support 'errors' for bytes");
    bytes = value;
  }
  const ok = ulSafeSet(safe);
  let out = "";
  for (const b of bytes) out += ok.has(b) ? String.fromCharCode(b) : "%" + b.toString(16).toUpperCase().padStart(2, "0");
  return out;
}

/** Python's `urllib.parse.quote_plus(string, safe="", encoding=None, errors=None)`: spaces become `+`. */
export function quotePlus(value: string | Uint8Array, safe: string | Uint8Array = "", encoding: string | null = null, errors: string | null = null): string {
  const hasSpace = typeof value === "string" ? value.includes(" ") : value.includes(0x20);
  if (!hasSpace) return quote(value, safe, encoding, errors);
  const withSpace = typeof safe === "string" ? safe + " " : new Uint8Array([...safe, 0x20]);
  return quote(value, withSpace, encoding, errors).replace(/ /g, "+");
}

/** Python's `urllib.parse.unquote(string, encoding="utf-8", errors="replace")`. */
export function unquote(value: string | Uint8Array, encoding = "utf-8", errors = "replace"): string {
  if (typeof value !== "string") return decode(ulUnquoteToBytes(value), encoding, errors);
  if (!value.includes("%")) return value;
  // Like CPython: only runs of ASCII are unescaped (and decoded as a whole); other characters stay.
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\x00-\x7f]+/g, (run) => (run.includes("%") ? decode(ulUnquoteToBytes(encode(run, "latin-1")), encoding, errors) : run));
}

/** Python's `urllib.parse.unquote_plus(string, encoding="utf-8", errors="replace")`. */
export function unquotePlus(value: string, encoding = "utf-8", errors = "replace"): string {
  return unquote(value.replace(/\+/g, " "), encoding, errors);
}

function ulUnquoteToBytes(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  const hex = (b: number | undefined): number => (b === undefined ? -1 : b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x41 && b <= 0x46 ? b - 55 : b >= 0x61 && b <= 0x66 ? b - 87 : -1);
  for (let i = 0; i < bytes.length; i++) {
    const hi = bytes[i] === 0x25 ? hex(bytes[i + 1]) : -1;
    const lo = hi >= 0 ? hex(bytes[i + 2]) : -1;
    if (lo >= 0) {
      out.push(hi * 16 + lo);
      i += 2;
    } else {
      out.push(bytes[i]!);
    }
  }
  return new Uint8Array(out);
}

/** `str(v)` then `quote_plus`, or `quote_plus(v)` for bytes (what `urlencode` does to each key and value). */
function ulQuoteItem(v: unknown, shape: PyShape, safe: string, encoding: string | null, errors: string | null): string {
  if (v instanceof Uint8Array) return quotePlus(v, safe);
  return quotePlus(strWithShape(v, shape), safe, encoding, errors);
}

/** The `(key, value)` pairs of `urlencode`'s query: a dict (Map), a plain object, or a sequence of pairs. */
function ulQueryPairs(query: unknown): [unknown, unknown][] {
  if (query instanceof Map) return [...query.entries()];
  if (Array.isArray(query)) {
    if (query.length && !Array.isArray(query[0])) throw new TypeError("not a valid non-string sequence or mapping object");
    return query.map((pair: unknown) => {
      const items = Array.isArray(pair) ? pair : [];
      if (items.length !== 2) throw new ValueError(`too many values to unpack (expected 2)`);
      return [items[0], items[1]];
    });
  }
  if (typeof query === "object" && query !== null && Object.getPrototypeOf(query) === Object.prototype) return Object.entries(query);
  throw new TypeError("not a valid non-string sequence or mapping object");
}

/** Python's `urllib.parse.urlencode(query, doseq=False, safe="", encoding=None, errors=None)`; `shape` is the query's static shape (floats, tuples). */
export function urlencode(query: unknown, doseq = false, safe = "", encoding: string | null = null, errors: string | null = null, shape?: string): string {
  const parsed = shapeFor(parseShape(shape), query);
  const pairShape = parsed.k === "list" || parsed.k === "tuple..." ? parsed.item : ANY_SHAPE;
  const keyShape = parsed.k === "dict" ? parsed.key : shapeOfItem(pairShape, 0);
  const valueShape = parsed.k === "dict" ? parsed.value : shapeOfItem(pairShape, 1);
  const out: string[] = [];
  for (const [k, v] of ulQueryPairs(query)) {
    const key = ulQuoteItem(k, keyShape, safe, encoding, errors);
    if (!doseq || typeof v === "string" || v instanceof Uint8Array || !(Array.isArray(v) || v instanceof Set || v instanceof Map)) {
      out.push(key + "=" + ulQuoteItem(v, valueShape, safe, encoding, errors));
      continue;
    }
    let i = 0;
    const eltsShape = shapeFor(valueShape, v);
    for (const elt of v instanceof Map ? v.keys() : v) out.push(key + "=" + ulQuoteItem(elt, shapeOfItem(eltsShape, i++), safe, encoding, errors));
  }
  return out.join("&");
}
