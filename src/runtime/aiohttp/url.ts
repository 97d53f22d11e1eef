/**
 * yarl 1.8's `URL` (what aiohttp's `resp.url` is and what it sends), with yarl's percent-encoding
 * (`_Quoter` / `_Unquoter`), `parse_qsl`, and the query-parameter encoding of `URL.with_query`
 * (aiohttp's `params=`). yarl splits, joins and unquotes with Python's `urllib.parse`, and so does
 * this module, with `../urllib.ts`.
 *
 * Named `YarlURL` because `URL` is a JavaScript global the rest of the runtime may need.
 */
import { domainToASCII, domainToUnicode } from "node:url";
import { TypeError, ValueError } from "../exceptions";
import { repr, str, typeNameOf } from "../repr";
import { decode } from "../strings";
import { MultiDict } from "./headers";
import { ipV4Octets, ipV6Hextets } from "../ip-address";
import { ulHostinfo, ulLowerHost, ulPortNumber, ulResolveDots, ulSplit, ulUserinfo, unquote, urljoin, urlunparse } from "../urllib";

// ---------------------------------------------------------------------------------------------
// urllib.parse

/** `urllib.parse.SplitResult`: the five components of a URL. */
export interface AiohttpSplitResult {
  readonly scheme: string;
  readonly netloc: string;
  readonly path: string;
  readonly query: string;
  readonly fragment: string;
}

/** Python's `urllib.parse.urlsplit(url)`. */
export function aiohttpUrlSplit(input: string): AiohttpSplitResult {
  const [scheme, netloc, path, query, fragment] = ulSplit(input, "", true);
  return { scheme, netloc, path, query, fragment };
}

/** Python's `urllib.parse.urlunsplit(parts)`. */
export function aiohttpUrlUnsplit(parts: AiohttpSplitResult): string {
  return urlunparse([parts.scheme, parts.netloc, parts.path, "", parts.query, parts.fragment]);
}

/** Python's `urllib.parse.parse_qsl(qs, keep_blank_values=True)`. */
export function aiohttpParseQsl(qs: string): [string, string][] {
  const out: [string, string][] = [];
  if (!qs) return out;
  for (const pair of qs.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? "" : pair.slice(eq + 1);
    out.push([unquote(name.replace(/\+/g, " ")), unquote(value.replace(/\+/g, " "))]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// IP addresses (Python's ipaddress, as yarl and aiohttp use it)

/** Python's `ipaddress.IPv6Address(...).compressed`. */
export function aiohttpCompressIPv6(hextets: readonly number[]): string {
  let bestStart = -1;
  let bestLen = 0;
  let start = -1;
  for (let i = 0; i <= 8; i++) {
    if (i < 8 && hextets[i] === 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start > bestLen) {
        bestStart = start;
        bestLen = i - start;
      }
      start = -1;
    }
  }
  const hex = hextets.map((h) => h.toString(16));
  if (bestLen > 1) {
    const left = hex.slice(0, bestStart).join(":");
    const right = hex.slice(bestStart + bestLen).join(":");
    return `${left}::${right}`;
  }
  return hex.join(":");
}

/** aiohttp's `helpers.is_ip_address(host)`. */
export function aiohttpIsIpAddress(host: string | null | undefined): boolean {
  if (host === null || host === undefined) return false;
  if (/^(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$/.test(host)) return true;
  return ipV6Hextets(host.replace(/^\[|\]$/g, "").split("%")[0]) !== null && host.includes(":");
}

// ---------------------------------------------------------------------------------------------
// yarl quoting

const AIOHTTP_ALLOWED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~" + "!$'()*,";

interface AiohttpQuoterOptions {
  safe?: string;
  protected?: string;
  qs?: boolean;
  requote?: boolean;
}

/** yarl's `_Quoter`. */
export class AiohttpQuoter {
  private readonly safeSet: Set<number>;
  private readonly protectedChars: string;
  private readonly qs: boolean;
  private readonly requote: boolean;

  constructor(options: AiohttpQuoterOptions = {}) {
    let safe = (options.safe ?? "") + AIOHTTP_ALLOWED;
    this.qs = options.qs ?? false;
    if (!this.qs) safe += "+&=;";
    this.protectedChars = options.protected ?? "";
    safe += this.protectedChars;
    this.safeSet = new Set([...safe].map((c) => c.charCodeAt(0)));
    this.requote = options.requote ?? true;
  }

  quote(val: string): string {
    if (!val) return "";
    const bval = new TextEncoder().encode(val.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ""));
    let ret = "";
    let pct: number[] = [];
    let idx = 0;
    const hex2 = (n: number): string => "%" + n.toString(16).toUpperCase().padStart(2, "0");
    while (idx < bval.length) {
      let ch = bval[idx];
      idx++;
      if (pct.length > 0) {
        if (ch >= 0x61 && ch <= 0x7a) ch -= 32;
        pct.push(ch);
        if (pct.length === 3) {
          const buf = String.fromCharCode(pct[1], pct[2]);
          if (!/^[A-Z0-9][A-Z0-9]$/.test(buf) || !/^[0-9A-F]{2}$/.test(buf)) {
            ret += "%25";
            pct = [];
            idx -= 2;
            continue;
          }
          const unquoted = String.fromCharCode(parseInt(buf, 16));
          if (this.protectedChars.includes(unquoted)) ret += String.fromCharCode(...pct);
          else if (this.safeSet.has(unquoted.charCodeAt(0))) ret += unquoted;
          else ret += String.fromCharCode(...pct);
          pct = [];
        } else if (pct.length === 2 && idx === bval.length) {
          ret += "%25";
          pct = [];
          idx -= 1;
        }
        continue;
      } else if (ch === 0x25 && this.requote) {
        pct = [ch];
        if (idx === bval.length) ret += "%25";
        continue;
      }
      if (this.qs && ch === 0x20) {
        ret += "+";
        continue;
      }
      if (this.safeSet.has(ch)) {
        ret += String.fromCharCode(ch);
        continue;
      }
      ret += hex2(ch);
    }
    return ret;
  }
}

/** yarl's `_Unquoter`. */
export class AiohttpUnquoter {
  private readonly unsafe: string;
  private readonly qs: boolean;
  private static readonly quoter = new AiohttpQuoter();
  private static readonly qsQuoter = new AiohttpQuoter({ qs: true });

  constructor(options: { unsafe?: string; qs?: boolean } = {}) {
    this.unsafe = options.unsafe ?? "";
    this.qs = options.qs ?? false;
  }

  unquote(val: string): string {
    if (!val) return "";
    const out: string[] = [];
    let pending: number[] = [];
    let idx = 0;
    const n = val.length;
    while (idx < n) {
      const ch = val[idx];
      idx++;
      if (ch === "%" && idx <= n - 2) {
        const pctText = val.slice(idx, idx + 2);
        if (/^[0-9A-Fa-f]{2}$/.test(pctText)) {
          const b = parseInt(pctText, 16);
          idx += 2;
          let step = aiohttpUtf8Feed(pending, b);
          if (step === null) {
            const startPct = idx - 3 - pending.length * 3;
            out.push(val.slice(startPct, idx - 3));
            pending = [];
            step = aiohttpUtf8Feed(pending, b);
            if (step === null) {
              out.push(val.slice(idx - 3, idx));
              continue;
            }
          }
          pending = step.pending;
          const unquoted = step.char;
          if (!unquoted) continue;
          if (this.qs && "+=&;".includes(unquoted)) out.push(AiohttpUnquoter.qsQuoter.quote(unquoted));
          else if (this.unsafe.includes(unquoted)) out.push(AiohttpUnquoter.quoter.quote(unquoted));
          else out.push(unquoted);
          continue;
        }
      }
      if (pending.length > 0) {
        const startPct = idx - 1 - pending.length * 3;
        out.push(val.slice(startPct, idx - 1));
        pending = [];
      }
      if (ch === "+") {
        out.push(!this.qs || this.unsafe.includes(ch) ? "+" : " ");
        continue;
      }
      if (this.unsafe.includes(ch)) {
        out.push("%" + ch.charCodeAt(0).toString(16).toUpperCase());
        continue;
      }
      out.push(ch);
    }
    if (pending.length > 0) out.push(val.slice(val.length - pending.length * 3));
    return out.join("");
  }
}

/**
 * One step of an incremental strict UTF-8 decoder: `pending` bytes plus `b` give either a character
 * ("" while a sequence is incomplete) and the new pending bytes, or null (a decoding error).
 */
function aiohttpUtf8Feed(pending: readonly number[], b: number): { char: string; pending: number[] } | null {
  if (pending.length === 0) {
    if (b < 0x80) return { char: String.fromCharCode(b), pending: [] };
    if (b >= 0xc2 && b <= 0xf4) return { char: "", pending: [b] };
    return null;
  }
  const lead = pending[0];
  const size = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  let lo = 0x80;
  let hi = 0xbf;
  if (pending.length === 1) {
    if (lead === 0xe0) lo = 0xa0;
    else if (lead === 0xed) hi = 0x9f;
    else if (lead === 0xf0) lo = 0x90;
    else if (lead === 0xf4) hi = 0x8f;
  }
  if (b < lo || b > hi) return null;
  const bytes = [...pending, b];
  if (bytes.length < size) return { char: "", pending: bytes };
  return { char: new TextDecoder().decode(Uint8Array.from(bytes)), pending: [] };
}

const AIOHTTP_QUOTER = new AiohttpQuoter({ requote: false });
const AIOHTTP_REQUOTER = new AiohttpQuoter();
const AIOHTTP_PATH_QUOTER = new AiohttpQuoter({ safe: "@:", protected: "/+", requote: false });
const AIOHTTP_PATH_REQUOTER = new AiohttpQuoter({ safe: "@:", protected: "/+" });
const AIOHTTP_QUERY_QUOTER = new AiohttpQuoter({ safe: "?/:@", protected: "=+&;", qs: true, requote: false });
const AIOHTTP_QUERY_REQUOTER = new AiohttpQuoter({ safe: "?/:@", protected: "=+&;", qs: true });
const AIOHTTP_QUERY_PART_QUOTER = new AiohttpQuoter({ safe: "?/:@", qs: true, requote: false });
const AIOHTTP_FRAGMENT_QUOTER = new AiohttpQuoter({ safe: "?/:@", requote: false });
const AIOHTTP_FRAGMENT_REQUOTER = new AiohttpQuoter({ safe: "?/:@" });
const AIOHTTP_UNQUOTER = new AiohttpUnquoter();
const AIOHTTP_PATH_UNQUOTER = new AiohttpUnquoter({ unsafe: "+" });
const AIOHTTP_QS_UNQUOTER = new AiohttpUnquoter({ qs: true });

const AIOHTTP_DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443, ws: 80, wss: 443 };

/** What yarl accepts as a query: a string, a mapping (values may be lists), or a sequence of pairs. */
export type AiohttpQuery = string | ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>> | readonly (readonly [string, unknown])[] | MultiDict<unknown> | null | undefined;

/** yarl's `_query_var`: str, int and float are accepted (bool and None are not). */
function aiohttpQueryVar(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") {
    if (v === Infinity || v === -Infinity) throw new ValueError("float('inf') is not supported");
    if (Number.isNaN(v)) throw new ValueError("float('nan') is not supported");
    return str(v);
  }
  if (typeof v === "bigint") return v.toString();
  throw new TypeError(`Invalid variable type: value should be str, int or float, got ${repr(v)} of type <class '${typeNameOf(v)}'>`);
}

/** yarl's `URL._get_str_query`: the encoded query string for `with_query(query)`. */
export function aiohttpEncodeQuery(query: AiohttpQuery): string {
  if (query === null || query === undefined) return "";
  const q = (s: string): string => AIOHTTP_QUERY_PART_QUOTER.quote(s);
  if (typeof query === "string") return AIOHTTP_QUERY_QUOTER.quote(query);
  if (query instanceof Uint8Array) throw new TypeError("Invalid query type: bytes, bytearray and memoryview are forbidden");
  const parts: string[] = [];
  if (Array.isArray(query)) {
    for (const pair of query as readonly (readonly [string, unknown])[]) parts.push(q(pair[0]) + "=" + q(aiohttpQueryVar(pair[1])));
    return parts.join("&");
  }
  let pairs: [string, unknown][];
  if (query instanceof MultiDict) pairs = query.items();
  else if (query instanceof Map) pairs = [...(query as ReadonlyMap<string, unknown>)];
  else if (typeof query === "object") pairs = Object.entries(query as Readonly<Record<string, unknown>>);
  else throw new TypeError("Invalid query type: only str, mapping or sequence of (key, value) pairs is allowed");
  for (const [k, v] of pairs) {
    if (Array.isArray(v)) for (const item of v as unknown[]) parts.push(q(k) + "=" + q(aiohttpQueryVar(item)));
    else parts.push(q(k) + "=" + q(aiohttpQueryVar(v)));
  }
  return parts.join("&");
}

function aiohttpEncodeHost(host: string, human = false): string {
  const percent = host.indexOf("%");
  const ipPart = percent < 0 ? host : host.slice(0, percent);
  const zone = percent < 0 ? "" : host.slice(percent);
  if (ipV4Octets(ipPart) !== null) return ipPart + zone;
  const v6 = ipV6Hextets(ipPart);
  if (v6 !== null) return `[${aiohttpCompressIPv6(v6)}${zone}]`;
  const lower = host.toLowerCase();
  if (human || /^[\x00-\x7f]*$/.test(lower)) return lower;
  const ascii = domainToASCII(lower);
  return ascii === "" ? lower : ascii;
}

function aiohttpMakeNetloc(user: string | null, password: string | null, host: string, port: number | null, options: { encode?: boolean; encodeHost?: boolean; requote?: boolean } = {}): string {
  const quoter = options.requote ? AIOHTTP_REQUOTER : AIOHTTP_QUOTER;
  let ret = options.encodeHost === false ? host : aiohttpEncodeHost(host);
  if (port) ret = ret + ":" + String(port);
  let u = user;
  if (password !== null) {
    if (!u) u = "";
    else if (options.encode) u = quoter.quote(u);
    const p = options.encode ? quoter.quote(password) : password;
    u = u + ":" + p;
  } else if (u && options.encode) {
    u = quoter.quote(u);
  }
  if (u) ret = u + "@" + ret;
  return ret;
}

function aiohttpNormalizePath(path: string): string {
  return ulResolveDots(path.split("/"));
}

interface AiohttpNetlocParts {
  user: string | null;
  password: string | null;
  hostname: string | null;
  portText: string | null;
}

function aiohttpNetlocParts(netloc: string): AiohttpNetlocParts {
  const [user, password] = ulUserinfo(netloc);
  const [host, portText] = ulHostinfo(netloc);
  return { user, password, hostname: ulLowerHost(host), portText };
}

/** yarl's `URL`: `new YarlURL("http://host/path?q=1")`; immutable. */
export class YarlURL {
  private readonly val: AiohttpSplitResult;

  /** `URL(val)`; `encoded: true` takes the components as already encoded. */
  constructor(val: string | YarlURL | AiohttpSplitResult = "", options?: { encoded?: boolean }) {
    if (val instanceof YarlURL) {
      this.val = val.val;
      return;
    }
    const encoded = options?.encoded ?? false;
    let parts: AiohttpSplitResult;
    if (typeof val === "string") parts = aiohttpUrlSplit(val);
    else if (typeof val === "object" && val !== null && "netloc" in val) {
      if (!encoded) throw new ValueError("Cannot apply decoding to SplitResult");
      parts = val;
    } else throw new TypeError("Constructor parameter should be str");
    if (!encoded) {
      let netloc = "";
      let host = "";
      if (parts.netloc) {
        const np = aiohttpNetlocParts(parts.netloc);
        if (np.hostname === null) throw new ValueError("Invalid URL: host is required for absolute urls");
        host = np.hostname;
        let port: number | null;
        try {
          port = ulPortNumber(np.portText);
        } catch {
          throw new ValueError("Invalid URL: port can't be converted to integer");
        }
        netloc = aiohttpMakeNetloc(np.user, np.password, host, port, { encode: true, requote: true });
      }
      let path = AIOHTTP_PATH_REQUOTER.quote(parts.path);
      if (netloc) path = aiohttpNormalizePath(path);
      if (host.length > 0 && path.length > 0 && !path.startsWith("/")) throw new ValueError("Path in a URL with authority should start with a slash ('/') if set");
      parts = { scheme: parts.scheme, netloc, path, query: AIOHTTP_QUERY_REQUOTER.quote(parts.query), fragment: AIOHTTP_FRAGMENT_REQUOTER.quote(parts.fragment) };
    }
    this.val = parts;
  }

  /** The five encoded components. */
  get components(): AiohttpSplitResult {
    return this.val;
  }

  private replace(changes: Partial<AiohttpSplitResult>): YarlURL {
    return new YarlURL({ ...this.val, ...changes }, { encoded: true });
  }

  __str__(): string {
    let v = this.val;
    if (!v.path && this.isAbsolute() && (v.query || v.fragment)) v = { ...v, path: "/" };
    return aiohttpUrlUnsplit(v);
  }

  toString(): string {
    return this.__str__();
  }

  __repr__(): string {
    return `URL('${this.__str__()}')`;
  }

  private normalized(): AiohttpSplitResult {
    return !this.val.path && this.isAbsolute() ? { ...this.val, path: "/" } : this.val;
  }

  __eq__(other: unknown): boolean {
    if (!(other instanceof YarlURL)) return false;
    const a = this.normalized();
    const b = other.normalized();
    return a.scheme === b.scheme && a.netloc === b.netloc && a.path === b.path && a.query === b.query && a.fragment === b.fragment;
  }

  equals(other: unknown): boolean {
    return this.__eq__(other);
  }

  __hash__(): string {
    return aiohttpUrlUnsplit(this.normalized());
  }

  __bool__(): boolean {
    return Boolean(this.val.netloc || this.val.path || this.val.query || this.val.fragment);
  }

  isAbsolute(): boolean {
    return this.rawHost !== null;
  }

  isDefaultPort(): boolean {
    const port = this.port;
    if (port === null) return false;
    const dflt = AIOHTTP_DEFAULT_PORTS[this.scheme];
    return dflt !== undefined && port === dflt;
  }

  /** Scheme, host and port only. */
  origin(): YarlURL {
    if (!this.isAbsolute()) throw new ValueError("URL should be absolute");
    if (!this.val.scheme) throw new ValueError("URL should have scheme");
    const np = aiohttpNetlocParts(this.val.netloc);
    const netloc = aiohttpMakeNetloc(null, null, np.hostname ?? "", ulPortNumber(np.portText));
    return this.replace({ netloc, path: "", query: "", fragment: "" });
  }

  /** The URL without scheme and authority. */
  relative(): YarlURL {
    if (!this.isAbsolute()) throw new ValueError("URL should be absolute");
    return this.replace({ scheme: "", netloc: "" });
  }

  get scheme(): string {
    return this.val.scheme;
  }

  get rawAuthority(): string {
    return this.val.netloc;
  }

  get authority(): string {
    return aiohttpMakeNetloc(this.user, this.password, this.host ?? "", this.port, { encodeHost: false });
  }

  get rawUser(): string | null {
    const u = aiohttpNetlocParts(this.val.netloc).user;
    return u ? u : null;
  }

  get user(): string | null {
    const raw = this.rawUser;
    return raw === null ? null : AIOHTTP_UNQUOTER.unquote(raw);
  }

  get rawPassword(): string | null {
    return aiohttpNetlocParts(this.val.netloc).password;
  }

  get password(): string | null {
    const raw = this.rawPassword;
    return raw === null ? null : AIOHTTP_UNQUOTER.unquote(raw);
  }

  get rawHost(): string | null {
    return aiohttpNetlocParts(this.val.netloc).hostname;
  }

  get host(): string | null {
    const raw = this.rawHost;
    if (raw === null) return null;
    if (raw.includes("%")) return raw;
    if (!raw.includes("xn--")) return raw;
    const decoded = domainToUnicode(raw);
    return decoded === "" ? raw : decoded;
  }

  /** The explicit port, else the scheme's default port, else null. */
  get port(): number | null {
    const explicit = this.explicitPort;
    if (explicit) return explicit;
    return AIOHTTP_DEFAULT_PORTS[this.val.scheme] ?? null;
  }

  get explicitPort(): number | null {
    return ulPortNumber(aiohttpNetlocParts(this.val.netloc).portText);
  }

  get rawPath(): string {
    const p = this.val.path;
    return !p && this.isAbsolute() ? "/" : p;
  }

  get path(): string {
    return AIOHTTP_PATH_UNQUOTER.unquote(this.rawPath);
  }

  /** The decoded query (a read-only MultiDict). */
  get query(): MultiDict<string> {
    return new MultiDict<string>(aiohttpParseQsl(this.val.query), { readonly: true });
  }

  get rawQueryString(): string {
    return this.val.query;
  }

  get queryString(): string {
    return AIOHTTP_QS_UNQUOTER.unquote(this.val.query);
  }

  get pathQs(): string {
    const qs = this.queryString;
    return qs ? `${this.path}?${qs}` : this.path;
  }

  get rawPathQs(): string {
    return this.val.query ? `${this.rawPath}?${this.val.query}` : this.rawPath;
  }

  get rawFragment(): string {
    return this.val.fragment;
  }

  get fragment(): string {
    return AIOHTTP_UNQUOTER.unquote(this.val.fragment);
  }

  get rawParts(): string[] {
    const path = this.val.path;
    if (this.isAbsolute()) return path ? ["/", ...path.slice(1).split("/")] : ["/"];
    return path.startsWith("/") ? ["/", ...path.slice(1).split("/")] : path.split("/");
  }

  get parts(): string[] {
    return this.rawParts.map((p) => AIOHTTP_UNQUOTER.unquote(p));
  }

  get parent(): YarlURL {
    const path = this.rawPath;
    if (!path || path === "/") {
      if (this.val.fragment || this.val.query) return this.replace({ query: "", fragment: "" });
      return this;
    }
    const parts = path.split("/");
    return this.replace({ path: parts.slice(0, -1).join("/"), query: "", fragment: "" });
  }

  get rawName(): string {
    let parts = this.rawParts;
    if (this.isAbsolute()) {
      parts = parts.slice(1);
      return parts.length === 0 ? "" : parts[parts.length - 1];
    }
    return parts[parts.length - 1];
  }

  get name(): string {
    return AIOHTTP_UNQUOTER.unquote(this.rawName);
  }

  get rawSuffix(): string {
    const name = this.rawName;
    const i = name.lastIndexOf(".");
    return i > 0 && i < name.length - 1 ? name.slice(i) : "";
  }

  get suffix(): string {
    return AIOHTTP_UNQUOTER.unquote(this.rawSuffix);
  }

  withScheme(scheme: string): YarlURL {
    if (typeof scheme !== "string") throw new TypeError("Invalid scheme type");
    if (!this.isAbsolute()) throw new ValueError("scheme replacement is not allowed for relative URLs");
    return this.replace({ scheme: scheme.toLowerCase() });
  }

  withHost(host: string): YarlURL {
    if (typeof host !== "string") throw new TypeError("Invalid host type");
    if (!this.isAbsolute()) throw new ValueError("host replacement is not allowed for relative URLs");
    if (!host) throw new ValueError("host removing is not allowed");
    const np = aiohttpNetlocParts(this.val.netloc);
    return this.replace({ netloc: aiohttpMakeNetloc(np.user, np.password, host, ulPortNumber(np.portText)) });
  }

  withPort(port: number | null): YarlURL {
    if (port !== null && typeof port !== "number") throw new TypeError(`port should be int or None, got ${typeNameOf(port)}`);
    if (!this.isAbsolute()) throw new ValueError("port replacement is not allowed for relative URLs");
    const np = aiohttpNetlocParts(this.val.netloc);
    return this.replace({ netloc: aiohttpMakeNetloc(np.user, np.password, np.hostname ?? "", port) });
  }

  withUser(user: string | null): YarlURL {
    const np = aiohttpNetlocParts(this.val.netloc);
    let password = np.password;
    let u: string | null = null;
    if (user === null) password = null;
    else if (typeof user === "string") u = AIOHTTP_QUOTER.quote(user);
    else throw new TypeError("Invalid user type");
    if (!this.isAbsolute()) throw new ValueError("user replacement is not allowed for relative URLs");
    return this.replace({ netloc: aiohttpMakeNetloc(u, password, np.hostname ?? "", ulPortNumber(np.portText)) });
  }

  withPassword(password: string | null): YarlURL {
    let p: string | null = null;
    if (password === null) p = null;
    else if (typeof password === "string") p = AIOHTTP_QUOTER.quote(password);
    else throw new TypeError("Invalid password type");
    if (!this.isAbsolute()) throw new ValueError("password replacement is not allowed for relative URLs");
    const np = aiohttpNetlocParts(this.val.netloc);
    return this.replace({ netloc: aiohttpMakeNetloc(np.user, p, np.hostname ?? "", ulPortNumber(np.portText)) });
  }

  withPath(path: string, options?: { encoded?: boolean }): YarlURL {
    let p = path;
    if (!options?.encoded) {
      p = AIOHTTP_PATH_QUOTER.quote(p);
      if (this.isAbsolute()) p = aiohttpNormalizePath(p);
    }
    if (p.length > 0 && p[0] !== "/") p = "/" + p;
    return this.replace({ path: p, query: "", fragment: "" });
  }

  /** `url.with_query(query)`: replaces the query (None clears it). */
  withQuery(query: AiohttpQuery): YarlURL {
    return this.replace({ query: aiohttpEncodeQuery(query) });
  }

  /** `url.update_query(query)`. */
  updateQuery(query: AiohttpQuery): YarlURL {
    const s = aiohttpEncodeQuery(query);
    const merged = new MultiDict<unknown>(this.query.items());
    merged.update(aiohttpParseQsl(s));
    return this.replace({ query: aiohttpEncodeQuery(merged) });
  }

  withFragment(fragment: string | null): YarlURL {
    let raw: string;
    if (fragment === null || fragment === undefined) raw = "";
    else if (typeof fragment !== "string") throw new TypeError("Invalid fragment type");
    else raw = AIOHTTP_FRAGMENT_QUOTER.quote(fragment);
    if (this.val.fragment === raw) return this;
    return this.replace({ fragment: raw });
  }

  withName(name: string): YarlURL {
    if (typeof name !== "string") throw new TypeError("Invalid name type");
    if (name.includes("/")) throw new ValueError("Slash in name is not allowed");
    const quoted = AIOHTTP_PATH_QUOTER.quote(name);
    if (quoted === "." || quoted === "..") throw new ValueError(". and .. values are forbidden");
    const parts = this.rawParts;
    if (this.isAbsolute()) {
      if (parts.length === 1) parts.push(quoted);
      else parts[parts.length - 1] = quoted;
      parts[0] = "";
    } else {
      parts[parts.length - 1] = quoted;
      if (parts[0] === "/") parts[0] = "";
    }
    return this.replace({ path: parts.join("/"), query: "", fragment: "" });
  }

  /** `url / name`. */
  joinPath(name: string): YarlURL {
    const quoted = AIOHTTP_PATH_QUOTER.quote(name);
    if (quoted.startsWith("/")) throw new ValueError(`Appending path ${repr(quoted)} starting from slash is forbidden`);
    const path = this.val.path;
    let newPath: string;
    if (path === "/") newPath = "/" + quoted;
    else if (!path && !this.isAbsolute()) newPath = quoted;
    else {
      const parts = path.replace(/\/+$/, "").split("/");
      parts.push(quoted);
      newPath = parts.join("/");
    }
    if (this.isAbsolute()) newPath = aiohttpNormalizePath(newPath);
    return this.replace({ path: newPath, query: "", fragment: "" });
  }

  __truediv__(name: string): YarlURL {
    return this.joinPath(name);
  }

  /** `url.join(other)`: `urljoin(str(self), str(other))`. */
  join(url: YarlURL): YarlURL {
    if (!(url instanceof YarlURL)) throw new TypeError("url should be URL");
    return new YarlURL(urljoin(this.__str__(), url.__str__()), { encoded: true });
  }

  /** The decoded, human-readable form. */
  humanRepr(): string {
    const hq = (s: string | null, unsafe: string): string | null => {
      if (!s) return s;
      let out = s;
      for (const c of "%" + unsafe) if (out.includes(c)) out = out.split(c).join("%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
      return out;
    };
    const user = hq(this.user, "#/:?@");
    const password = hq(this.password, "#/:?@");
    let host = this.host;
    if (host) host = aiohttpEncodeHost(host, true);
    const path = hq(this.path, "#?") ?? "";
    const qs = this.query
      .items()
      .map(([k, v]) => `${hq(k, "#&+;=")}=${hq(v, "#&+;=")}`)
      .join("&");
    const fragment = hq(this.fragment, "") ?? "";
    const netloc = aiohttpMakeNetloc(user, password, host ?? "", this.explicitPort, { encodeHost: false });
    return aiohttpUrlUnsplit({ scheme: this.scheme, netloc, path, query: qs, fragment });
  }
}

/** yarl's `URL(str_or_url)`. */
export function aiohttpToUrl(value: string | YarlURL): YarlURL {
  return value instanceof YarlURL ? value : new YarlURL(value);
}

/** The decoded pairs of a yarl query (for merging `params=` into a URL's query, as aiohttp does). */
export function aiohttpQueryPairs(url: YarlURL): [string, string][] {
  return aiohttpParseQsl(url.rawQueryString);
}
