/**
 * Cookies as aiohttp handles them: `http.cookies.Morsel` / `SimpleCookie` (`resp.cookies`, the
 * parsing of Set-Cookie and the quoting of Cookie values) and aiohttp's `CookieJar` (RFC 6265
 * storage: domain/path matching, host-only cookies, expiry; by default, like aiohttp, it ignores
 * cookies set by IP-address hosts unless `unsafe: true`) and `DummyCookieJar`.
 */
import { Exception, KeyError } from "../exceptions";
import { repr, str } from "../repr";
import { MultiDict } from "./headers";
import { YarlURL, aiohttpIsIpAddress } from "./url";

/** `http.cookies.CookieError`. */
export class CookieError extends Exception {}

const AIOHTTP_COOKIE_LEGAL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~:";
const AIOHTTP_COOKIE_UNESCAPED = AIOHTTP_COOKIE_LEGAL + " ()/<=>?@[]{}";

function aiohttpIsLegalCookieKey(s: string): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!AIOHTTP_COOKIE_LEGAL.includes(c)) return false;
  return true;
}

/** `http.cookies._quote`: double-quotes values with special characters (octal escapes for bytes 0-255). */
export function aiohttpCookieQuote(s: string): string {
  if (aiohttpIsLegalCookieKey(s)) return s;
  let out = '"';
  for (const c of s) {
    const code = c.codePointAt(0) as number;
    if (c === '"') out += '\\"';
    else if (c === "\\") out += "\\\\";
    else if (code < 256 && !AIOHTTP_COOKIE_UNESCAPED.includes(c)) out += "\\" + code.toString(8).padStart(3, "0");
    else out += c;
  }
  return out + '"';
}

/** `http.cookies._unquote`. */
export function aiohttpCookieUnquote(s: string): string {
  if (s.length < 2 || s[0] !== '"' || s[s.length - 1] !== '"') return s;
  return s.slice(1, -1).replace(/\\(?:([0-3][0-7][0-7])|([\s\S]))/g, (_m, oct: string | undefined, ch: string | undefined) => (oct !== undefined ? String.fromCharCode(parseInt(oct, 8)) : (ch as string)));
}

const AIOHTTP_MORSEL_RESERVED: Readonly<Record<string, string>> = {
  expires: "expires",
  path: "Path",
  comment: "Comment",
  domain: "Domain",
  "max-age": "Max-Age",
  secure: "Secure",
  httponly: "HttpOnly",
  version: "Version",
  samesite: "SameSite",
};
const AIOHTTP_MORSEL_FLAGS = new Set(["secure", "httponly"]);

type AiohttpMorselAttr = string | boolean | number;

/** `http.cookies.Morsel`: one cookie (key, value, coded value) and its attributes (`morsel.getItem("path")`). */
export class Morsel {
  private keyValue: string | null = null;
  private valueValue: string | null = null;
  private codedValueValue: string | null = null;
  private readonly attrs = new Map<string, AiohttpMorselAttr>();

  constructor() {
    for (const k of Object.keys(AIOHTTP_MORSEL_RESERVED)) this.attrs.set(k, "");
  }

  get key(): string | null {
    return this.keyValue;
  }

  get value(): string | null {
    return this.valueValue;
  }

  get codedValue(): string | null {
    return this.codedValueValue;
  }

  /** `morsel[attr]`. */
  getItem(attr: string): AiohttpMorselAttr {
    const k = attr.toLowerCase();
    const v = this.attrs.get(k);
    if (v === undefined) throw new KeyError(attr);
    return v;
  }

  __getitem__(attr: string): AiohttpMorselAttr {
    return this.getItem(attr);
  }

  /** `morsel.get(attr, default=None)`. */
  get<D = null>(attr: string, defaultValue?: D): AiohttpMorselAttr | D {
    const v = this.attrs.get(attr);
    return v === undefined ? ((defaultValue === undefined ? null : defaultValue) as D) : v;
  }

  /** `morsel[attr] = value` (CookieError for an unknown attribute). */
  setItem(attr: string, value: AiohttpMorselAttr): void {
    const k = attr.toLowerCase();
    if (!(k in AIOHTTP_MORSEL_RESERVED)) throw new CookieError(`Invalid attribute ${repr(k)}`);
    this.attrs.set(k, value);
  }

  __setitem__(attr: string, value: AiohttpMorselAttr): void {
    this.setItem(attr, value);
  }

  /** `del morsel[attr]`. */
  delItem(attr: string): void {
    if (!this.attrs.delete(attr.toLowerCase())) throw new KeyError(attr);
  }

  __contains__(attr: unknown): boolean {
    return typeof attr === "string" && this.attrs.has(attr);
  }

  /** `morsel.set(key, value, coded_value)`. */
  set(key: string, value: string, codedValue: string): void {
    if (key.toLowerCase() in AIOHTTP_MORSEL_RESERVED) throw new CookieError(`Attempt to set a reserved key ${repr(key)}`);
    if (!aiohttpIsLegalCookieKey(key)) throw new CookieError(`Illegal key ${repr(key)}`);
    this.keyValue = key;
    this.valueValue = value;
    this.codedValueValue = codedValue;
  }

  isReservedKey(k: string): boolean {
    return k.toLowerCase() in AIOHTTP_MORSEL_RESERVED;
  }

  keys(): string[] {
    return [...this.attrs.keys()];
  }

  values(): AiohttpMorselAttr[] {
    return [...this.attrs.values()];
  }

  items(): [string, AiohttpMorselAttr][] {
    return [...this.attrs.entries()];
  }

  copy(): Morsel {
    const m = new Morsel();
    for (const [k, v] of this.attrs) m.attrs.set(k, v);
    m.keyValue = this.keyValue;
    m.valueValue = this.valueValue;
    m.codedValueValue = this.codedValueValue;
    return m;
  }

  /** `morsel.OutputString(attrs=None)`: `key=coded_value; Path=/; ...`. */
  outputString(attrs?: readonly string[] | null): string {
    const result = [`${this.keyValue}=${this.codedValueValue}`];
    const items = [...this.attrs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, value] of items) {
      if (value === "") continue;
      if (attrs !== null && attrs !== undefined && !attrs.includes(key)) continue;
      const name = AIOHTTP_MORSEL_RESERVED[key] ?? key;
      if (key === "max-age" && typeof value === "number") result.push(`${name}=${value}`);
      else if (key === "comment" && typeof value === "string") result.push(`${name}=${aiohttpCookieQuote(value)}`);
      else if (AIOHTTP_MORSEL_FLAGS.has(key)) {
        if (value) result.push(name);
      } else result.push(`${name}=${str(value)}`);
    }
    return result.join("; ");
  }

  /** `morsel.output(attrs=None, header="Set-Cookie:")`. */
  output(attrs?: readonly string[] | null, header = "Set-Cookie:"): string {
    return `${header} ${this.outputString(attrs)}`;
  }

  __str__(): string {
    return this.output();
  }

  __repr__(): string {
    return `<Morsel: ${this.outputString()}>`;
  }

  __eq__(other: unknown): boolean {
    if (!(other instanceof Morsel)) return false;
    if (this.keyValue !== other.keyValue || this.valueValue !== other.valueValue || this.codedValueValue !== other.codedValueValue) return false;
    if (this.attrs.size !== other.attrs.size) return false;
    for (const [k, v] of this.attrs) if (other.attrs.get(k) !== v) return false;
    return true;
  }
}

const AIOHTTP_KEY_CHARS = "\\w\\d!#%&'~_`><@,:/\\$\\*\\+\\-\\.\\^\\|\\)\\(\\?\\}\\{\\=";
const AIOHTTP_SPACE = "[ \\t\\n\\r\\f\\v]";
const AIOHTTP_COOKIE_PATTERN = new RegExp(
  `${AIOHTTP_SPACE}*(?<key>[${AIOHTTP_KEY_CHARS}]+?)(${AIOHTTP_SPACE}*=${AIOHTTP_SPACE}*(?<val>"(?:[^\\\\"]|\\\\.)*"|\\w{3},${AIOHTTP_SPACE}[\\w\\d \\t\\n\\r\\f\\v-]{9,11}${AIOHTTP_SPACE}[\\d:]{8}${AIOHTTP_SPACE}GMT|[${AIOHTTP_KEY_CHARS}\\[\\]]*))?${AIOHTTP_SPACE}*(${AIOHTTP_SPACE}+|;|$)`,
  "y",
);

/** What aiohttp accepts as cookies: a dict of name → value (str or Morsel), pairs, or a SimpleCookie. */
export type LooseCookies = ReadonlyMap<string, string | Morsel> | Readonly<Record<string, string | Morsel>> | readonly (readonly [string, string | Morsel])[] | SimpleCookie;

function aiohttpCookiePairs(cookies: LooseCookies | MultiDict<string | Morsel>): [string, string | Morsel][] {
  if (cookies instanceof MultiDict) return cookies.items();
  if (cookies instanceof Map) return [...(cookies as ReadonlyMap<string, string | Morsel>)];
  if (Array.isArray(cookies)) return (cookies as readonly (readonly [string, string | Morsel])[]).map((p) => [p[0], p[1]]);
  return Object.entries(cookies as Readonly<Record<string, string | Morsel>>);
}

/** `http.cookies.SimpleCookie`: a dict (Map) of cookie name → Morsel. */
export class SimpleCookie extends Map<string, Morsel> {
  constructor(input?: string | LooseCookies | null) {
    super();
    if (input) this.load(input);
  }

  /** `cookie[key] = value`: a Morsel is stored as is, anything else becomes the morsel's value. */
  setItem(key: string, value: string | Morsel): void {
    if (value instanceof Morsel) {
      super.set(key, value);
      return;
    }
    const strval = typeof value === "string" ? value : str(value);
    this.setMorselValue(key, strval, aiohttpCookieQuote(strval));
  }

  __setitem__(key: string, value: string | Morsel): void {
    this.setItem(key, value);
  }

  /** `cookie[key]` (KeyError when missing). */
  getItem(key: string): Morsel {
    const m = super.get(key);
    if (m === undefined) throw new KeyError(key);
    return m;
  }

  __getitem__(key: string): Morsel {
    return this.getItem(key);
  }

  private setMorselValue(key: string, realValue: string, codedValue: string): void {
    const m = super.get(key) ?? new Morsel();
    m.set(key, realValue, codedValue);
    super.set(key, m);
  }

  /** `cookie.load(rawdata)`: a Cookie / Set-Cookie header string, or a dict. */
  load(rawdata: string | LooseCookies): void {
    if (typeof rawdata === "string") {
      this.parseString(rawdata);
      return;
    }
    for (const [k, v] of aiohttpCookiePairs(rawdata)) this.setItem(k, v);
  }

  private parseString(s: string): void {
    let i = 0;
    const n = s.length;
    const parsed: [number, string, string | boolean][] = [];
    let morselSeen = false;
    const ATTRIBUTE = 1;
    const KEYVALUE = 2;
    const coded = new Map<number, string>();
    while (i >= 0 && i < n) {
      AIOHTTP_COOKIE_PATTERN.lastIndex = i;
      const match = AIOHTTP_COOKIE_PATTERN.exec(s);
      if (match === null || match.groups === undefined) break;
      const key = match.groups.key;
      const value = match.groups.val;
      i = AIOHTTP_COOKIE_PATTERN.lastIndex;
      if (match[0].length === 0) break;
      if (key[0] === "$") {
        if (!morselSeen) continue;
        parsed.push([ATTRIBUTE, key.slice(1), value ?? ""]);
      } else if (key.toLowerCase() in AIOHTTP_MORSEL_RESERVED) {
        if (!morselSeen) return;
        if (value === undefined) {
          if (AIOHTTP_MORSEL_FLAGS.has(key.toLowerCase())) parsed.push([ATTRIBUTE, key, true]);
          else return;
        } else {
          parsed.push([ATTRIBUTE, key, aiohttpCookieUnquote(value)]);
        }
      } else if (value !== undefined) {
        coded.set(parsed.length, value);
        parsed.push([KEYVALUE, key, aiohttpCookieUnquote(value)]);
        morselSeen = true;
      } else {
        return;
      }
    }
    let current: Morsel | null = null;
    parsed.forEach(([tp, key, value], index) => {
      if (tp === ATTRIBUTE) {
        if (current !== null) current.setItem(key, value);
      } else {
        this.setMorselValue(key, value as string, coded.get(index) as string);
        current = super.get(key) ?? null;
      }
    });
  }

  /** `cookie.output(attrs=None, header="Set-Cookie:", sep="\r\n")` (sorted by name). */
  output(attrs?: readonly string[] | null, header = "Set-Cookie:", sep = "\r\n"): string {
    const keys = [...this.keys()].sort();
    return keys.map((k) => (super.get(k) as Morsel).output(attrs, header)).join(sep);
  }

  __str__(): string {
    return this.output();
  }

  __repr__(): string {
    const keys = [...this.keys()].sort();
    return `<SimpleCookie: ${keys.map((k) => `${k}=${repr((super.get(k) as Morsel).value)}`).join(" ")}>`;
  }
}

/** The interface ClientSession uses (aiohttp's AbstractCookieJar). */
export interface AbstractCookieJar extends Iterable<Morsel> {
  updateCookies(cookies: LooseCookies, responseUrl?: YarlURL): void;
  filterCookies(requestUrl: YarlURL | string): SimpleCookie;
  clear(predicate?: ((morsel: Morsel) => boolean) | null): void;
  clearDomain(domain: string): void;
  __len__(): number;
}

const AIOHTTP_DATE_TOKENS = /[\x09\x20-\x2F\x3B-\x40\x5B-\x60\x7B-\x7E]*([\x00-\x08\x0A-\x1F\d:a-zA-Z\x7F-\xFF]+)/g;

/** aiohttp's `CookieJar._parse_date` (RFC 6265 dates): a UTC timestamp in ms, or null. */
function aiohttpParseCookieDate(dateStr: string): number | null {
  if (!dateStr) return null;
  let foundTime = false;
  let foundDay = false;
  let foundMonth = false;
  let foundYear = false;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let day = 0;
  let month = 0;
  let year = 0;
  const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
  for (const m of dateStr.matchAll(AIOHTTP_DATE_TOKENS)) {
    const token = m[1];
    if (token === undefined) continue;
    if (!foundTime) {
      const t = /^(\d{1,2}):(\d{1,2}):(\d{1,2})/.exec(token);
      if (t) {
        foundTime = true;
        hour = Number(t[1]);
        minute = Number(t[2]);
        second = Number(t[3]);
        continue;
      }
    }
    if (!foundDay) {
      const d = /^(\d{1,2})/.exec(token);
      if (d) {
        foundDay = true;
        day = Number(d[1]);
        continue;
      }
    }
    if (!foundMonth) {
      const mm = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.exec(token);
      if (mm) {
        foundMonth = true;
        month = months.indexOf(mm[1].toLowerCase()) + 1;
        continue;
      }
    }
    if (!foundYear) {
      const y = /^(\d{2,4})/.exec(token);
      if (y) {
        foundYear = true;
        year = Number(y[1]);
      }
    }
  }
  if (year >= 70 && year <= 99) year += 1900;
  else if (year >= 0 && year <= 69) year += 2000;
  if (!foundDay || !foundMonth || !foundYear || !foundTime) return null;
  if (day < 1 || day > 31) return null;
  if (year < 1601 || hour > 23 || minute > 59 || second > 59) return null;
  const probe = new Date(Date.UTC(2000, month - 1, day));
  if (probe.getUTCDate() !== day) return null;
  const when = new Date(0);
  when.setUTCFullYear(year, month - 1, day);
  when.setUTCHours(hour, minute, second, 0);
  return when.getTime();
}

function aiohttpDomainMatch(domain: string, hostname: string): boolean {
  if (hostname === domain) return true;
  if (!hostname.endsWith(domain)) return false;
  const nonMatching = hostname.slice(0, hostname.length - domain.length);
  if (!nonMatching.endsWith(".")) return false;
  return !aiohttpIsIpAddress(hostname);
}

function aiohttpPathMatch(reqPath: string, cookiePath: string): boolean {
  const path = reqPath.startsWith("/") ? reqPath : "/";
  if (path === cookiePath) return true;
  if (!path.startsWith(cookiePath)) return false;
  if (cookiePath.endsWith("/")) return true;
  return path.slice(cookiePath.length).startsWith("/");
}

export interface CookieJarOptions {
  /** Accept cookies from IP-address hosts (aiohttp ignores them by default). */
  unsafe?: boolean;
  quoteCookie?: boolean;
  treatAsSecureOrigin?: string | YarlURL | readonly (string | YarlURL)[] | null;
}

/** aiohttp's `CookieJar`. */
export class CookieJar implements AbstractCookieJar {
  /** (domain, path) → cookies, in insertion order. */
  private readonly cookies = new Map<string, { domain: string; path: string; cookie: SimpleCookie }>();
  private readonly hostOnly = new Set<string>();
  private readonly expirations = new Map<string, number>();
  private readonly unsafe: boolean;
  private readonly quoteCookie: boolean;
  private readonly secureOrigins: YarlURL[];

  constructor(options?: CookieJarOptions) {
    this.unsafe = options?.unsafe ?? false;
    this.quoteCookie = options?.quoteCookie ?? true;
    const origins = options?.treatAsSecureOrigin ?? [];
    const list = typeof origins === "string" || origins instanceof YarlURL ? [origins] : origins;
    this.secureOrigins = list.map((u) => (u instanceof YarlURL ? u : new YarlURL(u)).origin());
  }

  private static slot(domain: string, path: string): string {
    return `${domain}\u0000${path}`;
  }

  private bucket(domain: string, path: string): SimpleCookie {
    const slot = CookieJar.slot(domain, path);
    let entry = this.cookies.get(slot);
    if (entry === undefined) {
      entry = { domain, path, cookie: new SimpleCookie() };
      this.cookies.set(slot, entry);
    }
    return entry.cookie;
  }

  /** `jar.clear(predicate=None)`. */
  clear(predicate?: ((morsel: Morsel) => boolean) | null): void {
    if (predicate === null || predicate === undefined) {
      this.cookies.clear();
      this.hostOnly.clear();
      this.expirations.clear();
      return;
    }
    const now = Date.now();
    const toDelete: [string, string, string][] = [];
    for (const { domain, path, cookie } of this.cookies.values()) {
      for (const [name, morsel] of cookie) {
        const key = `${domain}\u0000${path}\u0000${name}`;
        const exp = this.expirations.get(key);
        if ((exp !== undefined && exp <= now) || predicate(morsel)) toDelete.push([domain, path, name]);
      }
    }
    for (const [domain, path, name] of toDelete) {
      this.hostOnly.delete(`${domain}\u0000${name}`);
      this.expirations.delete(`${domain}\u0000${path}\u0000${name}`);
      this.cookies.get(CookieJar.slot(domain, path))?.cookie.delete(name);
    }
  }

  /** `jar.clear_domain(domain)`. */
  clearDomain(domain: string): void {
    this.clear((m) => aiohttpDomainMatch(domain, String(m.getItem("domain"))));
  }

  private doExpiration(): void {
    this.clear(() => false);
  }

  *[Symbol.iterator](): IterableIterator<Morsel> {
    this.doExpiration();
    for (const { cookie } of [...this.cookies.values()]) yield* [...cookie.values()];
  }

  __iter__(): IterableIterator<Morsel> {
    return this[Symbol.iterator]();
  }

  __len__(): number {
    return [...this].length;
  }

  get size(): number {
    return this.__len__();
  }

  /** `jar.update_cookies(cookies, response_url=URL())`. */
  updateCookies(cookies: LooseCookies, responseUrl: YarlURL = new YarlURL()): void {
    const hostname = responseUrl.rawHost;
    if (!this.unsafe && aiohttpIsIpAddress(hostname)) return;
    for (const [name, given] of aiohttpCookiePairs(cookies)) {
      let cookie: Morsel;
      if (given instanceof Morsel) cookie = given;
      else {
        const tmp = new SimpleCookie();
        tmp.setItem(name, given);
        cookie = tmp.getItem(name);
      }
      let domain = String(cookie.getItem("domain"));
      if (domain.endsWith(".")) {
        domain = "";
        cookie.delItem("domain");
      }
      if (!domain && hostname !== null) {
        this.hostOnly.add(`${hostname}\u0000${name}`);
        domain = hostname;
        cookie.setItem("domain", hostname);
      }
      if (domain.startsWith(".")) {
        domain = domain.slice(1);
        cookie.setItem("domain", domain);
      }
      if (hostname && !aiohttpDomainMatch(domain, hostname)) continue;
      let path = String(cookie.get("path", ""));
      if (!path || !path.startsWith("/")) {
        path = responseUrl.path;
        if (!path.startsWith("/")) path = "/";
        else path = "/" + path.slice(1, path.lastIndexOf("/") < 1 ? 1 : path.lastIndexOf("/"));
        cookie.setItem("path", path);
      }
      const maxAge = String(cookie.get("max-age", ""));
      const expKey = `${domain}\u0000${path}\u0000${name}`;
      if (maxAge) {
        if (/^\s*[+-]?\d+\s*$/.test(maxAge)) this.expirations.set(expKey, Date.now() + Number(maxAge) * 1000);
        else cookie.setItem("max-age", "");
      } else {
        const expires = String(cookie.get("expires", ""));
        if (expires) {
          const when = aiohttpParseCookieDate(expires);
          if (when !== null) this.expirations.set(expKey, when);
          else cookie.setItem("expires", "");
        }
      }
      this.bucket(domain, path).setItem(name, cookie);
    }
    this.doExpiration();
  }

  /** `jar.filter_cookies(request_url)`: the cookies to send to that URL. */
  filterCookies(requestUrl: YarlURL | string = new YarlURL()): SimpleCookie {
    this.doExpiration();
    const url = requestUrl instanceof YarlURL ? requestUrl : new YarlURL(requestUrl);
    const filtered = new SimpleCookie();
    const hostname = url.rawHost ?? "";
    let origin: YarlURL | null = null;
    try {
      origin = url.origin();
    } catch {
      origin = null;
    }
    const isNotSecure = url.scheme !== "https" && url.scheme !== "wss" && !this.secureOrigins.some((o) => origin !== null && o.__eq__(origin));
    for (const cookie of this) {
      const name = cookie.key as string;
      const domain = String(cookie.getItem("domain"));
      if (!domain) {
        if (this.quoteCookie) filtered.setItem(name, cookie.value as string);
        else {
          // BaseCookie: the value goes out unquoted.
          const raw = new Morsel();
          raw.set(name, cookie.value as string, cookie.value as string);
          filtered.setItem(name, raw);
        }
        continue;
      }
      if (!this.unsafe && aiohttpIsIpAddress(hostname)) continue;
      if (this.hostOnly.has(`${domain}\u0000${name}`)) {
        if (domain !== hostname) continue;
      } else if (!aiohttpDomainMatch(domain, hostname)) continue;
      if (!aiohttpPathMatch(url.path, String(cookie.getItem("path")))) continue;
      if (isNotSecure && cookie.getItem("secure")) continue;
      const fresh = new Morsel();
      fresh.set(name, cookie.value as string, cookie.codedValue as string);
      filtered.setItem(name, fresh);
    }
    return filtered;
  }
}

/** aiohttp's `DummyCookieJar`: stores nothing, sends nothing. */
export class DummyCookieJar implements AbstractCookieJar {
  *[Symbol.iterator](): IterableIterator<Morsel> {
    // empty
  }

  __iter__(): IterableIterator<Morsel> {
    return this[Symbol.iterator]();
  }

  __len__(): number {
    return 0;
  }

  get size(): number {
    return 0;
  }

  updateCookies(_cookies: LooseCookies, _responseUrl?: YarlURL): void {
    // ignored
  }

  filterCookies(_requestUrl?: YarlURL | string): SimpleCookie {
    return new SimpleCookie();
  }

  clear(_predicate?: ((morsel: Morsel) => boolean) | null): void {
    // nothing stored
  }

  clearDomain(_domain: string): void {
    // nothing stored
  }
}
