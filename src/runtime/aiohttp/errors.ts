/**
 * aiohttp 3.8's client exception hierarchy (aiohttp/client_exceptions.py), with its messages.
 *
 * Python uses multiple inheritance in three places, JavaScript classes have one parent:
 * - `ClientOSError(ClientConnectionError, OSError)` (and so `ClientConnectorError`),
 * - `ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError)`,
 * - `InvalidURL(ClientError, ValueError)`.
 * Each of these extends the builtin class for real (`OSError`, `TimeoutError`, `ValueError`, so that
 * `except OSError` / `except asyncio.TimeoutError` / `except ValueError` catch them through the
 * ordinary prototype chain, without touching exceptions.ts), and the aiohttp base classes it also
 * derives from (`ClientError`, `ClientConnectionError`, `ServerConnectionError`) declare it as a
 * virtual subclass through their own `static [Symbol.hasInstance]`. So `instanceof` — what a
 * translated `except` clause tests — answers exactly as `isinstance` does in Python, for every pair.
 */
import { ConnectionRefusedError, Exception, OSError, TimeoutError, ValueError } from "../exceptions";
import { repr } from "../repr";
import type { CIMultiDict } from "./headers";
import type { YarlURL } from "./url";

type AiohttpClass = abstract new (...args: never[]) => unknown;

/** aiohttp base class → the classes that also derive from it in Python (see the file comment). */
const aiohttpVirtualSubclasses = new Map<unknown, AiohttpClass[]>();

function aiohttpIsInstance(cls: unknown, value: unknown): boolean {
  if (Function.prototype[Symbol.hasInstance].call(cls, value)) return true;
  const virtuals = aiohttpVirtualSubclasses.get(cls);
  return virtuals !== undefined && virtuals.some((c) => Function.prototype[Symbol.hasInstance].call(c, value));
}

/** What request an error is about (aiohttp's `RequestInfo` namedtuple). */
export class RequestInfo {
  constructor(
    readonly url: YarlURL,
    readonly method: string,
    readonly headers: CIMultiDict,
    readonly realUrl: YarlURL,
  ) {}

  __repr__(): string {
    return `RequestInfo(url=${this.url.__repr__()}, method=${repr(this.method)}, headers=${this.headers.__repr__()}, real_url=${this.realUrl.__repr__()})`;
  }

  __str__(): string {
    return this.__repr__();
  }
}

/** The parts of a ClientResponse an error's repr needs (avoids a dependency on response.ts). */
export interface AiohttpReprable {
  __repr__(): string;
}

function aiohttpTupleRepr(items: readonly AiohttpReprable[]): string {
  if (items.length === 0) return "()";
  const inner = items.map((i) => i.__repr__()).join(", ");
  return items.length === 1 ? `(${inner},)` : `(${inner})`;
}

/** Base class for client errors. */
export class ClientError extends Exception {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return aiohttpIsInstance(this, value);
  }
}

export interface ClientResponseErrorOptions {
  status?: number | null;
  message?: string;
  headers?: CIMultiDict | null;
}

/** An HTTP error status (from `raise_for_status`), or a response that could not be handled. */
export class ClientResponseError extends ClientError {
  readonly requestInfo: RequestInfo;
  readonly history: readonly AiohttpReprable[];
  status: number;
  override message: string;
  readonly headers: CIMultiDict | null;

  constructor(requestInfo: RequestInfo, history: readonly AiohttpReprable[], options?: ClientResponseErrorOptions) {
    super();
    // Python's `args` is (request_info, history); set after super() so that no repr is computed eagerly.
    (this as { args: unknown[] }).args = [requestInfo, history];
    this.requestInfo = requestInfo;
    this.history = history;
    this.status = options?.status ?? 0;
    this.message = options?.message ?? "";
    this.headers = options?.headers ?? null;
  }

  override __str__(): string {
    return `${this.status}, message=${repr(this.message)}, url=${this.requestInfo.realUrl.__repr__()}`;
  }

  override __repr__(): string {
    let args = `${this.requestInfo.__repr__()}, ${aiohttpTupleRepr(this.history)}`;
    if (this.status !== 0) args += `, status=${this.status}`;
    if (this.message !== "") args += `, message=${repr(this.message)}`;
    if (this.headers !== null) args += `, headers=${this.headers.__repr__()}`;
    return `${this.name}(${args})`;
  }

  override toString(): string {
    return `${this.name}: ${this.__str__()}`;
  }
}

/** `resp.json()` on a response whose Content-Type is not the expected one. */
export class ContentTypeError extends ClientResponseError {}

/** More than `max_redirects` redirects. */
export class TooManyRedirects extends ClientResponseError {}

/** Base class for socket-level errors. */
export class ClientConnectionError extends ClientError {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return aiohttpIsInstance(this, value);
  }
}

function aiohttpOsErrorStr(args: readonly unknown[]): string | null {
  if (args.length >= 2 && typeof args[0] === "number") return `[Errno ${args[0]}] ${String(args[1])}`;
  return null;
}

/** `ClientOSError(ClientConnectionError, OSError)`: an OSError while talking to the server. */
export class ClientOSError extends OSError {
  constructor(...args: unknown[]) {
    super(...args);
    this.message = aiohttpOsErrorStr(args) ?? this.message;
  }

  get errno(): number | null {
    return typeof this.args[0] === "number" && this.args.length >= 2 ? this.args[0] : null;
  }

  get strerror(): string | null {
    return this.args.length >= 2 ? String(this.args[1]) : null;
  }

  override __str__(): string {
    return aiohttpOsErrorStr(this.args) ?? super.__str__();
  }
}

/** The (host, port, ssl) a connection is for (aiohttp's `ConnectionKey`). */
export class ConnectionKey {
  constructor(
    readonly host: string,
    readonly port: number | null,
    readonly isSsl: boolean,
  ) {}

  get ssl(): null {
    return null;
  }

  __repr__(): string {
    return `ConnectionKey(host=${repr(this.host)}, port=${this.port === null ? "None" : this.port}, is_ssl=${this.isSsl ? "True" : "False"}, ssl=None, proxy=None, proxy_auth=None, proxy_headers_hash=None)`;
  }
}

/** An OSError as Python's socket layer raises it: `str()` is `[Errno N] message` (`message` alone without errno). */
export function aiohttpOsError(cls: new (...args: unknown[]) => OSError, errno: number | null, strerror: string): OSError {
  const error = errno === null ? new cls(strerror) : new cls(errno, strerror);
  const text = errno === null ? strerror : `[Errno ${errno}] ${strerror}`;
  error.message = text;
  Object.defineProperty(error, "__str__", { value: () => text, configurable: true, writable: true });
  Object.defineProperty(error, "errno", { value: errno, configurable: true, writable: true });
  Object.defineProperty(error, "strerror", { value: strerror, configurable: true, writable: true });
  return error;
}

/** The refused-connection OSError of Python's asyncio: `ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 1)")`. */
export function aiohttpConnectionRefused(address: string, port: number): OSError {
  const addr = address.includes(":") ? `(${repr(address)}, ${port}, 0, 0)` : `(${repr(address)}, ${port})`;
  return aiohttpOsError(ConnectionRefusedError, 111, `Connect call failed ${addr}`);
}

/** Could not connect: `Cannot connect to host 127.0.0.1:1 ssl:default [Connect call failed ('127.0.0.1', 1)]`. */
export class ClientConnectorError extends ClientOSError {
  readonly connKey: ConnectionKey;
  readonly osError: OSError;

  constructor(connectionKey: ConnectionKey, osError: OSError) {
    super(connectionKey, osError);
    this.connKey = connectionKey;
    this.osError = osError;
    this.message = this.__str__();
  }

  get host(): string {
    return this.connKey.host;
  }

  get port(): number | null {
    return this.connKey.port;
  }

  get ssl(): null {
    return null;
  }

  override get errno(): number | null {
    const e = (this.osError as { errno?: unknown }).errno;
    return typeof e === "number" ? e : null;
  }

  override get strerror(): string | null {
    const s = (this.osError as { strerror?: unknown }).strerror;
    return typeof s === "string" ? s : null;
  }

  override __str__(): string {
    return `Cannot connect to host ${this.host}:${this.port === null ? "None" : this.port} ssl:default [${this.strerror ?? "None"}]`;
  }

  override __repr__(): string {
    return `${this.name}(${this.connKey.__repr__()}, ${this.osError.__repr__()})`;
  }
}

/** Base class for errors the server causes. */
export class ServerConnectionError extends ClientConnectionError {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return aiohttpIsInstance(this, value);
  }
}

/** The server closed the connection before (or while) sending its response. */
export class ServerDisconnectedError extends ServerConnectionError {
  override message: string;
  constructor(message?: string | null) {
    const text = message ?? "Server disconnected";
    super(text);
    this.message = text;
  }
}

/**
 * `ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError)`: a `sock_read` or connect timeout.
 * A real `TimeoutError` (so `except asyncio.TimeoutError` catches it) and, virtually, a
 * ServerConnectionError / ClientConnectionError / ClientError.
 */
export class ServerTimeoutError extends TimeoutError {}

/** The response body ended early or could not be decoded. */
export class ClientPayloadError extends ClientError {}

/** `InvalidURL(ClientError, ValueError)`; `str()` is the URL, the repr `<InvalidURL url>`. */
export class InvalidURL extends ValueError {
  constructor(url: unknown) {
    super(url);
  }

  get url(): unknown {
    return this.args[0];
  }

  override __repr__(): string {
    const u = this.url as { __str__?: () => string };
    return `<${this.name} ${typeof u === "object" && u !== null && typeof u.__str__ === "function" ? u.__str__() : String(this.url)}>`;
  }
}

aiohttpVirtualSubclasses.set(ClientError, [ClientOSError, ServerTimeoutError, InvalidURL]);
aiohttpVirtualSubclasses.set(ClientConnectionError, [ClientOSError, ServerTimeoutError]);
aiohttpVirtualSubclasses.set(ServerConnectionError, [ServerTimeoutError]);
