/**
 * `aiohttp.ClientSession` (aiohttp/client.py) over the platform fetch.
 *
 * `session.get(url, options)` (and post/put/patch/delete/head/options/request) returns a request
 * object that is both awaitable (`resp = await session.get(url)`) and an async context manager
 * (`async with session.get(url) as resp:`, translated as
 * `const resp = await session.get(url); try { ... } finally { resp.release(); }`). Like a Python
 * coroutine it does nothing until it is awaited.
 *
 * Python keyword arguments become camelCase option keys: `allow_redirects=False` is
 * `{ allowRedirects: false }`, `raise_for_status=True` is `{ raiseForStatus: true }`. Timeouts are in
 * seconds, as in Python.
 */
import { AssertionError, BaseException, NotImplementedError, OSError, RuntimeError, TimeoutError, TypeError, ValueError } from "../exceptions";
import { repr } from "../repr";
import { AiohttpConnection, TCPConnector } from "./connector";
import { CookieJar } from "./cookies";
import type { AbstractCookieJar, LooseCookies } from "./cookies";
import { ClientError, ClientOSError, InvalidURL, ServerDisconnectedError, ServerTimeoutError, TooManyRedirects } from "./errors";
import { aiohttpClassifyFetchError, aiohttpFetch, aiohttpResponseHeaderPairs } from "./fetch";
import type { AiohttpFetchRecord } from "./fetch";
import { CIMultiDict, MultiDict } from "./headers";
import { aiohttpAwaitExternal, aiohttpCallAt, aiohttpInTask, aiohttpLoopTime } from "./loop-bridge";
import type { AiohttpTimerHandle } from "./loop-bridge";
import { AiohttpClientRequest, BasicAuth, aiohttpDataPayload, aiohttpJsonPayload, aiohttpStripAuthFromUrl } from "./request";
import type { AiohttpData, AiohttpPayload, LooseHeaders } from "./request";
import { ClientResponse, aiohttpPrefetchBody } from "./response";
import type { AiohttpPrefetch } from "./response";
import { AIOHTTP_DEFAULT_TIMEOUT, AiohttpTimeoutHandle, ClientTimeout, aiohttpCeilTimeout } from "./timeout";
import type { AiohttpBaseTimer } from "./timeout";
import { YarlURL, aiohttpToUrl } from "./url";
import type { AiohttpQuery } from "./url";

/** The keyword arguments of `session.request(...)`, camelCased. */
export interface ClientRequestOptions {
  params?: AiohttpQuery;
  data?: AiohttpData;
  json?: unknown;
  cookies?: LooseCookies | null;
  headers?: LooseHeaders;
  skipAutoHeaders?: Iterable<string> | null;
  auth?: BasicAuth | null;
  allowRedirects?: boolean;
  maxRedirects?: number;
  compress?: string | boolean | null;
  chunked?: boolean | null;
  expect100?: boolean;
  raiseForStatus?: boolean | null;
  readUntilEof?: boolean;
  proxy?: string | YarlURL | null;
  proxyAuth?: BasicAuth | null;
  /** A ClientTimeout, or a number of seconds for `total`, or null for no timeout. */
  timeout?: ClientTimeout | number | null;
  verifySsl?: boolean | null;
  fingerprint?: Uint8Array | null;
  sslContext?: unknown;
  ssl?: unknown;
  proxyHeaders?: LooseHeaders;
  traceRequestCtx?: unknown;
  readBufsize?: number | null;
}

/** The keyword arguments of `aiohttp.ClientSession(...)`, camelCased. */
export interface ClientSessionOptions {
  baseUrl?: string | YarlURL | null;
  connector?: TCPConnector | null;
  cookies?: LooseCookies | null;
  headers?: LooseHeaders;
  skipAutoHeaders?: Iterable<string> | null;
  auth?: BasicAuth | null;
  jsonSerialize?: ((value: unknown) => string) | null;
  cookieJar?: AbstractCookieJar | null;
  connectorOwner?: boolean;
  raiseForStatus?: boolean;
  timeout?: ClientTimeout | null;
  autoDecompress?: boolean;
  trustEnv?: boolean;
  requoteRedirectUrl?: boolean;
  readBufsize?: number;
}

/**
 * What `session.get(...)` returns: awaitable (lazily: the request starts when first awaited, like a
 * Python coroutine) and an async context manager whose exit releases the response.
 */
export class AiohttpRequestContextManager implements PromiseLike<ClientResponse> {
  private started: Promise<ClientResponse> | null = null;
  private resp: ClientResponse | null = null;

  constructor(private readonly coro: () => Promise<ClientResponse>) {}

  private start(): Promise<ClientResponse> {
    if (this.started === null) this.started = this.coro();
    return this.started;
  }

  then<R1 = ClientResponse, R2 = never>(onfulfilled?: ((value: ClientResponse) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
    return this.start().then(onfulfilled, onrejected);
  }

  async __aenter__(): Promise<ClientResponse> {
    this.resp = await this.start();
    return this.resp;
  }

  async __aexit__(_excType?: unknown, _exc?: unknown, _tb?: unknown): Promise<null> {
    this.resp?.release();
    return null;
  }

  /** Python's `coro.close()` on a never-awaited request. */
  close(): void {
    // nothing started, nothing to close
  }
}

const AIOHTTP_REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function aiohttpIsBodyMethod(method: string): boolean {
  return method !== "GET" && method !== "HEAD";
}

/** `aiohttp.ClientSession`. */
export class ClientSession {
  private connectorValue: TCPConnector | null;
  private readonly baseUrlValue: YarlURL | null;
  private readonly cookieJarValue: AbstractCookieJar;
  private readonly connectorOwnerValue: boolean;
  private readonly defaultAuth: BasicAuth | null;
  private readonly jsonSerializeValue: ((value: unknown) => string) | null;
  private readonly timeoutValue: ClientTimeout;
  private readonly raiseForStatusValue: boolean;
  private readonly defaultHeaders: CIMultiDict;
  private readonly skipAutoHeadersValue: ReadonlySet<string>;
  private readonly requoteRedirectUrlValue: boolean;
  private readonly readBufsizeValue: number;
  private readonly autoDecompressValue: boolean;
  private readonly trustEnvValue: boolean;

  /** `aiohttp.ClientSession(base_url=None, *, ...)`: `new ClientSession(options)` or `new ClientSession(baseUrl, options)`. */
  constructor(baseUrlOrOptions?: string | YarlURL | ClientSessionOptions | null, maybeOptions?: ClientSessionOptions) {
    let options: ClientSessionOptions;
    if (typeof baseUrlOrOptions === "string" || baseUrlOrOptions instanceof YarlURL) options = { ...maybeOptions, baseUrl: baseUrlOrOptions };
    else options = baseUrlOrOptions ?? maybeOptions ?? {};
    const base = options.baseUrl ?? null;
    if (base === null) this.baseUrlValue = null;
    else {
      const u = aiohttpToUrl(base);
      if (!u.origin().__eq__(u)) throw new AssertionError("Only absolute URLs without path part are supported");
      this.baseUrlValue = u;
    }
    this.connectorValue = options.connector ?? new TCPConnector();
    this.cookieJarValue = options.cookieJar ?? new CookieJar();
    if (options.cookies !== null && options.cookies !== undefined) this.cookieJarValue.updateCookies(options.cookies);
    this.connectorOwnerValue = options.connectorOwner ?? true;
    this.defaultAuth = options.auth ?? null;
    this.jsonSerializeValue = options.jsonSerialize ?? null;
    this.timeoutValue = options.timeout === undefined ? AIOHTTP_DEFAULT_TIMEOUT : (options.timeout ?? new ClientTimeout());
    this.raiseForStatusValue = options.raiseForStatus ?? false;
    this.defaultHeaders = new CIMultiDict(options.headers ?? null);
    this.skipAutoHeadersValue = new Set(options.skipAutoHeaders ?? []);
    this.requoteRedirectUrlValue = options.requoteRedirectUrl ?? true;
    this.readBufsizeValue = options.readBufsize ?? 2 ** 16;
    this.autoDecompressValue = options.autoDecompress ?? true;
    if (!this.autoDecompressValue) throw new NotImplementedError("aiohttp runtime: auto_decompress=False is not supported (fetch always decompresses)");
    this.trustEnvValue = options.trustEnv ?? false;
  }

  get closed(): boolean {
    return this.connectorValue === null || this.connectorValue.closed;
  }

  get connector(): TCPConnector | null {
    return this.connectorValue;
  }

  get cookieJar(): AbstractCookieJar {
    return this.cookieJarValue;
  }

  get timeout(): ClientTimeout {
    return this.timeoutValue;
  }

  /** The default headers (a mutable CIMultiDict). */
  get headers(): CIMultiDict {
    return this.defaultHeaders;
  }

  get skipAutoHeaders(): ReadonlySet<string> {
    return this.skipAutoHeadersValue;
  }

  get auth(): BasicAuth | null {
    return this.defaultAuth;
  }

  get jsonSerialize(): ((value: unknown) => string) | null {
    return this.jsonSerializeValue;
  }

  get connectorOwner(): boolean {
    return this.connectorOwnerValue;
  }

  /** The session's `raise_for_status` setting (a property, unlike `resp.raiseForStatus()`). */
  get raiseForStatus(): boolean {
    return this.raiseForStatusValue;
  }

  get autoDecompress(): boolean {
    return this.autoDecompressValue;
  }

  get trustEnv(): boolean {
    return this.trustEnvValue;
  }

  get requoteRedirectUrl(): boolean {
    return this.requoteRedirectUrlValue;
  }

  get version(): [number, number] {
    return [1, 1];
  }

  /** `await session.close()`. */
  async close(): Promise<void> {
    if (!this.closed) {
      if (this.connectorValue !== null && this.connectorOwnerValue) await this.connectorValue.close();
      this.connectorValue = null;
    }
  }

  /** `session.detach()`: forget the connector without closing it. */
  detach(): void {
    this.connectorValue = null;
  }

  async __aenter__(): Promise<ClientSession> {
    return this;
  }

  async __aexit__(_excType?: unknown, _exc?: unknown, _tb?: unknown): Promise<null> {
    await this.close();
    return null;
  }

  __repr__(): string {
    return "<aiohttp.client.ClientSession object>";
  }

  request(method: string, url: string | YarlURL, options?: ClientRequestOptions): AiohttpRequestContextManager {
    return new AiohttpRequestContextManager(() => aiohttpInTask(() => this.doRequest(method, url, options ?? {})));
  }

  get(url: string | YarlURL, options?: ClientRequestOptions): AiohttpRequestContextManager {
    return this.request("GET", url, { allowRedirects: true, ...options });
  }

  options(url: string | YarlURL, options?: ClientRequestOptions): AiohttpRequestContextManager {
    return this.request("OPTIONS", url, { allowRedirects: true, ...options });
  }

  head(url: string | YarlURL, options?: ClientRequestOptions): AiohttpRequestContextManager {
    return this.request("HEAD", url, { allowRedirects: false, ...options });
  }

  post(url: string | YarlURL, options?: ClientRequestOptions): AiohttpRequestContextManager {
    return this.request("POST", url, options);
  }

  put(url: string | YarlURL, options?: ClientRequestOptions): AiohttpRequestContextManager {
    return this.request("PUT", url, options);
  }

  patch(url: string | YarlURL, options?: ClientRequestOptions): AiohttpRequestContextManager {
    return this.request("PATCH", url, options);
  }

  delete(url: string | YarlURL, options?: ClientRequestOptions): AiohttpRequestContextManager {
    return this.request("DELETE", url, options);
  }

  /** `session.ws_connect(...)`: WebSockets are not supported by this runtime. */
  wsConnect(_url: string | YarlURL, _options?: unknown): never {
    throw new NotImplementedError("aiohttp runtime: WebSockets (ws_connect) are not supported");
  }

  private buildUrl(strOrUrl: string | YarlURL): YarlURL {
    const url = aiohttpToUrl(strOrUrl);
    if (this.baseUrlValue === null) return url;
    if (url.isAbsolute() || !url.path.startsWith("/")) throw new AssertionError();
    return this.baseUrlValue.join(url);
  }

  /** Session headers, overridden by the request's (aiohttp's `_prepare_headers`). */
  private prepareHeaders(headers: LooseHeaders): CIMultiDict {
    const result = new CIMultiDict(this.defaultHeaders.items());
    if (headers === null || headers === undefined) return result;
    const given = headers instanceof MultiDict ? headers : new CIMultiDict(headers);
    const added = new Set<string>();
    for (const [key, value] of given.items()) {
      const k = key.toLowerCase();
      if (added.has(k)) result.add(key, value);
      else {
        result.set(key, value);
        added.add(k);
      }
    }
    return result;
  }

  private async doRequest(methodIn: string, strOrUrl: string | YarlURL, options: ClientRequestOptions): Promise<ClientResponse> {
    if (this.closed) throw new RuntimeError("Session is closed");
    const connector = this.connectorValue as TCPConnector;
    if (options.proxy !== null && options.proxy !== undefined) throw new NotImplementedError("aiohttp runtime: proxies are not supported");
    if (options.compress) throw new NotImplementedError("aiohttp runtime: compress= is not supported");
    if (options.chunked) throw new NotImplementedError("aiohttp runtime: chunked= is not supported");
    if (options.expect100) throw new NotImplementedError("aiohttp runtime: expect100= is not supported");
    let method = methodIn;
    let data: AiohttpData = options.data ?? null;
    const jsonValue = options.json;
    if (data !== null && jsonValue !== null && jsonValue !== undefined) throw new ValueError("data and json parameters can not be used at the same time");
    let jsonPayload: AiohttpPayload | null = jsonValue !== null && jsonValue !== undefined ? aiohttpJsonPayload(jsonValue, this.jsonSerializeValue) : null;

    let redirects = 0;
    const history: ClientResponse[] = [];
    const headers = this.prepareHeaders(options.headers);
    let url: YarlURL;
    try {
      url = this.buildUrl(strOrUrl);
    } catch (error) {
      if (error instanceof ValueError) throw new InvalidURL(strOrUrl).withCause(error);
      throw error;
    }
    const skipHeaders = new Set(this.skipAutoHeadersValue);
    for (const h of options.skipAutoHeaders ?? []) skipHeaders.add(h);

    let realTimeout: ClientTimeout;
    if (options.timeout === undefined) realTimeout = this.timeoutValue;
    else if (options.timeout instanceof ClientTimeout) realTimeout = options.timeout;
    else realTimeout = new ClientTimeout({ total: options.timeout });

    const tm = new AiohttpTimeoutHandle(realTimeout.total);
    let handle = tm.start();
    const readBufsize = options.readBufsize ?? this.readBufsizeValue;
    const maxRedirects = options.maxRedirects ?? 10;
    const allowRedirects = options.allowRedirects ?? true;
    let params: AiohttpQuery = options.params;
    let auth: BasicAuth | null = options.auth ?? null;
    const timer = tm.timer();

    try {
      const resp = await timer.run(async () => {
        for (;;) {
          const [stripped, authFromUrl] = aiohttpStripAuthFromUrl(url);
          url = stripped;
          if (auth !== null && authFromUrl !== null) throw new ValueError("Cannot combine AUTH argument with credentials encoded in URL");
          if (auth === null) auth = authFromUrl;
          if (auth === null) auth = this.defaultAuth;
          if (auth !== null && headers.has("Authorization")) throw new ValueError("Cannot combine AUTHORIZATION header with AUTH argument or credentials encoded in URL");

          const allCookies = this.cookieJarValue.filterCookies(url);
          if (options.cookies !== null && options.cookies !== undefined) {
            const tmpJar = new CookieJar();
            tmpJar.updateCookies(options.cookies);
            const reqCookies = tmpJar.filterCookies(url);
            if (reqCookies.size > 0) allCookies.load(reqCookies);
          }

          const payload = jsonPayload ?? aiohttpDataPayload(data);
          const req = new AiohttpClientRequest(method, url, { params, headers, skipAutoHeaders: skipHeaders, payload, cookies: allCookies, auth });
          if (req.url.port === null) throw new AssertionError();
          if (req.url.scheme !== "http" && req.url.scheme !== "https") throw new NotImplementedError(`aiohttp runtime: the ${req.url.scheme} scheme is not supported`);

          // The connection: a slot of the connector (the TCP connection itself is fetch's).
          const connectDeadline = realTimeout.connect !== null && realTimeout.connect > 0 ? aiohttpLoopTime() + realTimeout.connect : null;
          let conn: AiohttpConnection;
          try {
            conn = await aiohttpCeilTimeout(realTimeout.connect, () => connector.connect(req.connectionKey));
          } catch (error) {
            if (error instanceof TimeoutError && !(error instanceof ServerTimeoutError)) throw new ServerTimeoutError(`Connection timeout to host ${url.__str__()}`).withCause(error);
            throw error;
          }

          let resp: ClientResponse;
          try {
            resp = await this.send(req, conn, connector, url, realTimeout, connectDeadline, timer, readBufsize);
          } catch (error) {
            conn.close();
            if (error instanceof ClientError) throw error;
            if (error instanceof OSError) {
              if (error instanceof TimeoutError && (error as { errno?: unknown }).errno === undefined) throw error;
              throw new ClientOSError(...error.args).withCause(error);
            }
            throw error;
          }

          this.cookieJarValue.updateCookies(resp.cookies, resp.url);

          if (!(AIOHTTP_REDIRECT_STATUSES.has(resp.status) && allowRedirects)) return resp;
          redirects += 1;
          history.push(resp);
          if (maxRedirects && redirects >= maxRedirects) {
            resp.close();
            throw new TooManyRedirects(history[0].requestInfo, [...history]);
          }
          if ((resp.status === 303 && resp.method !== "HEAD") || ((resp.status === 301 || resp.status === 302) && resp.method === "POST")) {
            method = "GET";
            data = null;
            jsonPayload = null;
            if (headers.get("Content-Length")) headers.pop("Content-Length");
          }
          const location = resp.headers.get("Location");
          const rUrl = location ? location : resp.headers.get("URI");
          if (rUrl === null) return resp;
          resp.release();
          let parsed: YarlURL;
          try {
            parsed = new YarlURL(rUrl, { encoded: !this.requoteRedirectUrlValue });
          } catch (error) {
            if (error instanceof ValueError) throw new InvalidURL(rUrl).withCause(error);
            throw error;
          }
          const scheme = parsed.scheme;
          if (scheme !== "http" && scheme !== "https" && scheme !== "") {
            resp.close();
            throw new ValueError("Can redirect only to http or https");
          } else if (!scheme) {
            parsed = url.join(parsed);
          }
          let sameOrigin: boolean;
          try {
            sameOrigin = url.origin().__eq__(parsed.origin());
          } catch {
            sameOrigin = false;
          }
          if (!sameOrigin) {
            auth = null;
            headers.delete("Authorization");
          }
          url = parsed;
          params = null;
          resp.release();
        }
      });

      const rfs = options.raiseForStatus ?? this.raiseForStatusValue;
      if (rfs) resp.raiseForStatus();

      if (handle !== null) {
        const h: AiohttpTimerHandle = handle;
        if (resp.connection !== null) resp.connection.addCallback(() => h.cancel());
        else h.cancel();
      }
      resp.setHistory([...history]);
      return resp;
    } catch (error) {
      tm.close();
      if (handle !== null) {
        handle.cancel();
        handle = null;
      }
      throw error;
    }
  }

  /** One HTTP exchange over fetch: aiohttp's `req.send(conn)` + `resp.start(conn)`. */
  private async send(req: AiohttpClientRequest, conn: AiohttpConnection, connector: TCPConnector, url: YarlURL, timeout: ClientTimeout, connectDeadline: number | null, timer: AiohttpBaseTimer, readBufsize: number): Promise<ClientResponse> {
    for (const v of req.headers.values()) {
      if (typeof v !== "string") throw new TypeError(`Cannot serialize non-str key ${repr(v)}`);
    }
    if (req.body !== null && req.body.length > 0 && !aiohttpIsBodyMethod(req.method)) {
      throw new NotImplementedError(`aiohttp runtime: fetch cannot send a body with a ${req.method} request`);
    }
    const controller = new AbortController();
    const abort = (reason: BaseException): void => {
      if (!controller.signal.aborted) controller.abort(reason);
    };
    conn.closer = () => abort(new ServerDisconnectedError());
    let responsePhase: ClientResponse | null = null;
    const unhook = connector.onClose(() => {
      if (responsePhase !== null) responsePhase.detachFromConnector();
      else abort(new ServerDisconnectedError());
    });
    conn.addCallback(() => unhook());

    const timers: AiohttpTimerHandle[] = [];
    const clearTimers = (): void => {
      for (const t of timers.splice(0)) t.cancel();
    };
    const connectTimeout = (): void => abort(new ServerTimeoutError(`Connection timeout to host ${url.__str__()}`));
    const sockConnect = timeout.sockConnect !== null && timeout.sockConnect > 0 ? aiohttpLoopTime() + timeout.sockConnect : null;
    const deadline = connectDeadline === null ? sockConnect : sockConnect === null ? connectDeadline : Math.min(connectDeadline, sockConnect);
    if (deadline !== null) timers.push(aiohttpCallAt(deadline, connectTimeout));
    const startSockRead = (): void => {
      if (deadline !== null) {
        for (const t of timers.splice(0)) t.cancel();
      }
      const sr = timeout.sockRead;
      if (sr !== null && sr > 0) timers.push(aiohttpCallAt(aiohttpLoopTime() + sr, () => abort(new ServerTimeoutError("Timeout on reading data from socket"))));
    };

    const record: AiohttpFetchRecord = { rawHeaders: null, statusText: null, onRequestSent: null };
    const fetchHeaders: [string, string][] = [];
    for (const [k, v] of req.headers.items()) {
      const lk = k.toLowerCase();
      if (lk === "host" || lk === "content-length") continue;
      fetchHeaders.push([k, v]);
    }
    const init: RequestInit = {
      method: req.method,
      headers: fetchHeaders,
      redirect: "manual",
      signal: controller.signal,
    };
    if (aiohttpIsBodyMethod(req.method) && (req.body !== null || req.headers.has("Content-Length"))) init.body = req.body ?? new Uint8Array(0);

    const skipPayload = req.method === "HEAD";
    let sent = false;
    record.onRequestSent = () => {
      sent = true;
      startSockRead();
    };

    let fetched: { response: Response; reader: ReadableStreamDefaultReader<Uint8Array> | null; prefetch: AiohttpPrefetch | null };
    try {
      fetched = await timer.run(() =>
        aiohttpAwaitExternal(async (signal) => {
          if (signal.aborted) abort(signal.reason as BaseException);
          else signal.addEventListener("abort", () => abort(signal.reason as BaseException), { once: true });
          let response: Response;
          try {
            response = await aiohttpFetch(req.url.__str__(), init, record);
          } catch (error) {
            throw await aiohttpClassifyFetchError(error, req.connectionKey, controller.signal);
          }
          if (skipPayload || response.body === null || response.status === 204 || response.status === 304) {
            void response.body?.cancel().catch(() => undefined);
            return { response, reader: null, prefetch: null };
          }
          const reader = response.body.getReader();
          return { response, reader, prefetch: await aiohttpPrefetchBody(reader, 2 * readBufsize) };
        }),
      );
    } finally {
      clearTimers();
      if (!sent) record.onRequestSent = null;
    }

    const response = fetched.response;
    const reason = record.statusText ?? response.statusText;
    const resp = new ClientResponse({
      method: req.method,
      url: req.originalUrl,
      requestInfo: req.requestInfo,
      timer,
      connection: conn,
      status: response.status,
      reason,
      headers: aiohttpResponseHeaderPairs(response, record),
      body: fetched.reader,
      prefetch: fetched.prefetch,
      skipPayload,
      readTimeout: timeout.sockRead,
      readBufsize,
      abort,
    });
    responsePhase = resp;
    resp.attachCloser();
    resp.startPayload();
    return resp;
  }
}

/** The request of `aiohttp.request(method, url, **kwargs)`: an async context manager with its own session. */
export class AiohttpSessionRequestContextManager {
  private resp: ClientResponse | null = null;

  constructor(
    private readonly coro: () => Promise<ClientResponse>,
    private readonly session: ClientSession,
  ) {}

  async __aenter__(): Promise<ClientResponse> {
    try {
      this.resp = await this.coro();
    } catch (error) {
      await this.session.close();
      throw error;
    }
    return this.resp;
  }

  async __aexit__(_excType?: unknown, _exc?: unknown, _tb?: unknown): Promise<null> {
    this.resp?.close();
    await this.session.close();
    return null;
  }
}

/** `aiohttp.request(method, url, **kwargs)`: `async with aiohttp.request("GET", url) as resp:`. */
export function aiohttpRequest(method: string, url: string | YarlURL, options?: ClientRequestOptions & { connector?: TCPConnector | null; cookies?: LooseCookies | null }): AiohttpSessionRequestContextManager {
  const ownConnector = options?.connector === null || options?.connector === undefined;
  const connector = options?.connector ?? new TCPConnector({ forceClose: true });
  const timeout = options?.timeout;
  const session = new ClientSession({
    cookies: options?.cookies ?? null,
    timeout: timeout === undefined ? undefined : timeout instanceof ClientTimeout ? timeout : new ClientTimeout({ total: timeout }),
    connector,
    connectorOwner: ownConnector,
  });
  const { connector: _c, cookies: _k, timeout: _t, ...rest } = options ?? {};
  void _c;
  void _k;
  void _t;
  return new AiohttpSessionRequestContextManager(() => aiohttpInTask(async () => await session.request(method, url, rest)), session);
}
