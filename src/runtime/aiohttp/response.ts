/**
 * `aiohttp.ClientResponse` (aiohttp/client_reqrep.py) over a fetch `Response`.
 *
 * The body is pumped from the network into `resp.content` (an aiohttp StreamReader) as it arrives, the
 * way aiohttp's protocol does; when it has all arrived the connection slot goes back to the connector
 * and `resp.closed` becomes true. `read()` caches the body, `text()` and `json()` decode it like aiohttp
 * (charset from Content-Type; JSON needs an `application/json`-like Content-Type unless
 * `contentType: null`).
 */
import { BaseException, LookupError, RuntimeError, UnicodeDecodeError } from "../exceptions";
import { jsonLoads } from "../json";
import { decode } from "../strings";
import { AiohttpConnection } from "./connector";
import { SimpleCookie } from "./cookies";
import { ClientConnectionError, ClientResponseError, ContentTypeError, RequestInfo, ServerTimeoutError } from "./errors";
import { aiohttpClassifyBodyError } from "./fetch";
import { CIMultiDict } from "./headers";
import { aiohttpCallAt, aiohttpCallSoon, aiohttpDetached, aiohttpInTask, aiohttpLoopTime } from "./loop-bridge";
import type { AiohttpTimerHandle } from "./loop-bridge";
import { AiohttpEmptyStreamReader, AiohttpStreamReader } from "./streams";
import type { AiohttpFlowControl } from "./streams";
import type { AiohttpBaseTimer } from "./timeout";
import { YarlURL } from "./url";

/** aiohttp's `HttpVersion(major=1, minor=1)`. */
export class HttpVersion {
  constructor(
    readonly major: number,
    readonly minor: number,
  ) {}
  __repr__(): string {
    return `HttpVersion(major=${this.major}, minor=${this.minor})`;
  }
  __str__(): string {
    return this.__repr__();
  }
}

/** Python's codec lookup as far as this runtime can decode: the canonical name, or null when unknown. */
export function aiohttpLookupCodec(encoding: string): string | null {
  try {
    decode(new Uint8Array(0), encoding);
    return encoding;
  } catch (error) {
    if (!(error instanceof LookupError)) throw error;
  }
  try {
    new TextDecoder(encoding);
    return encoding;
  } catch {
    return null;
  }
}

/** `bytes.decode(encoding, errors)` for the codecs Python and this runtime share. */
export function aiohttpDecodeBytes(body: Uint8Array, encoding: string, errors = "strict"): string {
  try {
    return decode(body, encoding, errors);
  } catch (error) {
    if (!(error instanceof LookupError)) throw error;
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: errors === "strict" });
  } catch {
    throw new LookupError(`unknown encoding: ${encoding}`);
  }
  try {
    return decoder.decode(body);
  } catch {
    throw new UnicodeDecodeError(`'${encoding}' codec can't decode bytes: invalid data`);
  }
}

/** aiohttp's `helpers.parse_mimetype`: [type, subtype, suffix, parameters]. */
export function aiohttpParseMimetype(mimetype: string): { type: string; subtype: string; suffix: string; parameters: Map<string, string> } {
  const parameters = new Map<string, string>();
  if (!mimetype) return { type: "", subtype: "", suffix: "", parameters };
  const parts = mimetype.split(";");
  for (const item of parts.slice(1)) {
    if (!item) continue;
    const eq = item.indexOf("=");
    const key = eq < 0 ? item : item.slice(0, eq);
    const value = eq < 0 ? "" : item.slice(eq + 1);
    const k = key.toLowerCase().trim();
    if (!parameters.has(k)) parameters.set(k, value.replace(/^[ "]+|[ "]+$/g, ""));
  }
  let fulltype = parts[0].trim().toLowerCase();
  if (fulltype === "*") fulltype = "*/*";
  const slash = fulltype.indexOf("/");
  const type = slash < 0 ? fulltype : fulltype.slice(0, slash);
  let subtype = slash < 0 ? "" : fulltype.slice(slash + 1);
  let suffix = "";
  const plus = subtype.indexOf("+");
  if (plus >= 0) {
    suffix = subtype.slice(plus + 1);
    subtype = subtype.slice(0, plus);
  }
  return { type, subtype, suffix, parameters };
}

/** `email` header parsing as aiohttp's HeadersMixin uses it: the content type and its parameters. */
function aiohttpParseContentType(raw: string | null): { contentType: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  if (raw === null) return { contentType: "application/octet-stream", params };
  const pieces: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') quoted = !quoted;
    if (c === "\\" && quoted && i + 1 < raw.length) {
      current += c + raw[i + 1];
      i++;
      continue;
    }
    if (c === ";" && !quoted) {
      pieces.push(current);
      current = "";
    } else current += c;
  }
  pieces.push(current);
  const main = pieces[0].trim().toLowerCase();
  const contentType = main.split("/").length === 2 ? main : "text/plain";
  for (const p of pieces.slice(1)) {
    const eq = p.indexOf("=");
    if (eq < 0) continue;
    const k = p.slice(0, eq).trim().toLowerCase();
    let v = p.slice(eq + 1).trim();
    if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1).replace(/\\(.)/g, "$1");
    if (k) params.set(k, v);
  }
  return { contentType, params };
}

const AIOHTTP_JSON_RE = /^application\/(?:[\w.+-]+?\+)?json/;

function aiohttpIsExpectedContentType(responseContentType: string, expected: string): boolean {
  if (expected === "application/json") return AIOHTTP_JSON_RE.test(responseContentType);
  return responseContentType.includes(expected);
}

function aiohttpStripBytes(b: Uint8Array): Uint8Array {
  const ws = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
  let start = 0;
  let end = b.length;
  while (start < end && ws(b[start])) start++;
  while (end > start && ws(b[end - 1])) end--;
  return b.subarray(start, end);
}

/** What charset_normalizer would most likely say for a body without a declared charset. */
function aiohttpDetectEncoding(body: Uint8Array): string {
  let ascii = true;
  for (const b of body) {
    if (b >= 0x80) {
      ascii = false;
      break;
    }
  }
  return ascii && body.length > 0 ? "ascii" : "utf-8";
}

/** What `reader.read()` gives. */
export type AiohttpReadResult = Awaited<ReturnType<ReadableStreamDefaultReader<Uint8Array>["read"]>>;

/** What was read from a body at once, with the response head. */
export interface AiohttpPrefetch {
  chunks: Uint8Array[];
  done: boolean;
  error: unknown;
  /** A read still in progress (handed over to the pump). */
  pending: Promise<AiohttpReadResult> | null;
}

const AIOHTTP_NOT_YET: unique symbol = Symbol("not yet");

/**
 * Reads whatever part of the body is already there (what came in the same network reads as the
 * response head), up to `limit` bytes, without waiting for more.
 */
export async function aiohttpPrefetchBody(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): Promise<AiohttpPrefetch> {
  const result: AiohttpPrefetch = { chunks: [], done: false, error: null, pending: null };
  let size = 0;
  while (size <= limit) {
    const read = reader.read();
    let outcome: AiohttpReadResult | typeof AIOHTTP_NOT_YET;
    try {
      outcome = await Promise.race([read, new Promise<typeof AIOHTTP_NOT_YET>((resolve) => setImmediate(() => resolve(AIOHTTP_NOT_YET)))]);
    } catch (error) {
      result.error = error;
      return result;
    }
    if (outcome === AIOHTTP_NOT_YET) {
      read.catch(() => undefined);
      result.pending = read;
      return result;
    }
    if (outcome.done) {
      result.done = true;
      return result;
    }
    result.chunks.push(outcome.value);
    size += outcome.value.length;
  }
  return result;
}

/**
 * Reads a fetch body into a StreamReader, as aiohttp's protocol reads the socket: data is delivered to
 * the loop (call_soon) in order, reading pauses while more than the high-water mark is buffered, and a
 * `sock_read` timeout fires when nothing arrives for that long.
 */
export class AiohttpBodyPump implements AiohttpFlowControl {
  readingPaused = false;
  stopped = false;
  private resume: (() => void) | null = null;
  private readTimeoutHandle: AiohttpTimerHandle | null = null;

  constructor(
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    private readonly content: AiohttpStreamReader,
    private readonly readTimeout: number | null,
    private readonly chunked: boolean,
    private readonly abort: (reason: BaseException) => void,
    private pendingRead: Promise<AiohttpReadResult> | null = null,
  ) {}

  start(): void {
    this.rescheduleTimeout();
    aiohttpDetached(() => void this.run());
  }

  /** Data that arrived together with the response head (aiohttp parses it in the same `data_received`). */
  feedInitial(prefetch: AiohttpPrefetch): void {
    for (const chunk of prefetch.chunks) {
      this.content.feedData(chunk);
      if (this.chunked) this.content.endHttpChunkReceiving();
    }
    if (prefetch.error !== null) {
      this.stopped = true;
      this.content.setException(aiohttpClassifyBodyError(prefetch.error));
    } else if (prefetch.done) {
      this.stopped = true;
      this.content.feedEof();
    }
  }

  private async run(): Promise<void> {
    try {
      for (;;) {
        while (this.readingPaused && !this.stopped) await new Promise<void>((resolve) => (this.resume = resolve));
        if (this.stopped) return;
        const pending = this.pendingRead;
        this.pendingRead = null;
        const { done, value } = await (pending ?? this.reader.read());
        if (this.stopped) return;
        if (done) {
          aiohttpCallSoon(() => {
            if (this.stopped) return;
            this.stopped = true;
            this.dropTimeout();
            this.content.feedEof();
          });
          return;
        }
        aiohttpCallSoon(() => {
          if (this.stopped) return;
          this.rescheduleTimeout();
          this.content.feedData(value);
          if (this.chunked) this.content.endHttpChunkReceiving();
        });
      }
    } catch (error) {
      if (this.stopped) return;
      const exc = aiohttpClassifyBodyError(error);
      aiohttpCallSoon(() => {
        if (this.stopped) return;
        this.stopped = true;
        this.dropTimeout();
        this.content.setException(exc);
      });
    }
  }

  pauseReading(): void {
    this.readingPaused = true;
    this.dropTimeout();
  }

  resumeReading(): void {
    this.readingPaused = false;
    this.rescheduleTimeout();
    const resume = this.resume;
    this.resume = null;
    resume?.();
  }

  private dropTimeout(): void {
    this.readTimeoutHandle?.cancel();
    this.readTimeoutHandle = null;
  }

  private rescheduleTimeout(): void {
    this.dropTimeout();
    const t = this.readTimeout;
    if (t !== null && t > 0 && !this.stopped) this.readTimeoutHandle = aiohttpCallAt(aiohttpLoopTime() + t, () => this.onReadTimeout());
  }

  private onReadTimeout(): void {
    if (this.stopped) return;
    const exc = new ServerTimeoutError("Timeout on reading data from socket");
    this.stop();
    this.abort(exc);
    this.content.setException(exc);
  }

  /** Stops reading (the connection is released, closed or broken); nothing more reaches the stream. */
  stop(): void {
    this.stopped = true;
    this.dropTimeout();
    const resume = this.resume;
    this.resume = null;
    resume?.();
  }
}

export interface ClientResponseInit {
  method: string;
  url: YarlURL;
  requestInfo: RequestInfo;
  timer: AiohttpBaseTimer | null;
  connection: AiohttpConnection | null;
  status: number;
  reason: string;
  headers: [string, string][];
  body: ReadableStreamDefaultReader<Uint8Array> | null;
  /** What was already read from `body`. */
  prefetch: AiohttpPrefetch | null;
  skipPayload: boolean;
  readTimeout: number | null;
  readBufsize?: number;
  /** Aborts the underlying fetch. */
  abort: (reason: BaseException) => void;
}

export interface ClientResponseJsonOptions {
  encoding?: string | null;
  loads?: ((text: string) => unknown) | null;
  /** The expected Content-Type ("application/json"); null or "" disables the check. */
  contentType?: string | null;
}

/** `aiohttp.ClientResponse`. */
export class ClientResponse {
  readonly method: string;
  readonly status: number;
  readonly reason: string;
  readonly version = new HttpVersion(1, 1);
  readonly cookies = new SimpleCookie();
  readonly content: AiohttpStreamReader;
  private readonly urlValue: YarlURL;
  private readonly realUrlValue: YarlURL;
  private readonly headersValue: CIMultiDict;
  private readonly rawHeadersValue: [Uint8Array, Uint8Array][];
  private readonly requestInfoValue: RequestInfo;
  private bodyValue: Uint8Array | null = null;
  private closedFlag = true;
  private released = false;
  private connectionValue: AiohttpConnection | null;
  private historyValue: readonly ClientResponse[] = [];
  private readonly pump: AiohttpBodyPump | null = null;
  private readonly abortFetch: (reason: BaseException) => void;

  constructor(init: ClientResponseInit) {
    this.method = init.method;
    this.realUrlValue = init.url;
    this.urlValue = init.url.withFragment(null);
    this.requestInfoValue = init.requestInfo;
    this.connectionValue = init.connection;
    this.abortFetch = init.abort;
    this.status = init.status;
    this.reason = init.reason;
    this.headersValue = new CIMultiDict(init.headers, { readonly: true });
    const enc = new TextEncoder();
    this.rawHeadersValue = init.headers.map(([k, v]) => [enc.encode(k), enc.encode(v)]);
    this.closedFlag = false;
    if (init.skipPayload || this.status === 204 || this.status === 304 || init.body === null) {
      this.content = new AiohttpEmptyStreamReader();
    } else {
      const content = new AiohttpStreamReader({ limit: init.readBufsize ?? 2 ** 16, timer: init.timer });
      const chunked = /chunked/i.test(this.headersValue.get("Transfer-Encoding", "") ?? "");
      if (chunked) content.beginHttpChunkReceiving();
      this.pump = new AiohttpBodyPump(init.body, content, init.readTimeout, chunked, init.abort, init.prefetch?.pending ?? null);
      content.protocol = this.pump;
      this.content = content;
      if (init.prefetch !== null) this.pump.feedInitial(init.prefetch);
    }
    for (const hdr of this.headersValue.getAll("Set-Cookie", [])) {
      try {
        this.cookies.load(hdr);
      } catch {
        // aiohttp logs "Can not load response cookies" and goes on
      }
    }
  }

  /** Starts receiving the body (aiohttp's `payload.on_eof(self._response_eof)` in `start()`). */
  startPayload(): void {
    this.content.onEof(() => this.responseEof());
    this.pump?.start();
  }

  /** Connects the connection slot to the body transfer (released at EOF, closed on close). */
  attachCloser(): void {
    const conn = this.connectionValue;
    if (conn !== null) {
      conn.closer = () => {
        this.pump?.stop();
        this.abortFetch(new ClientConnectionError("Connection closed"));
      };
    }
  }

  /** Internal: the connector was closed under this response (aiohttp drops the payload: reads then hang). */
  detachFromConnector(): void {
    this.pump?.stop();
    this.abortFetch(new ClientConnectionError("Connector is closed."));
    this.connectionValue = null;
  }

  private responseEof(): void {
    if (this.closedFlag) return;
    if (this.connectionValue !== null) {
      this.connectionValue.release(false);
      this.connectionValue = null;
    }
    this.closedFlag = true;
  }

  get url(): YarlURL {
    return this.urlValue;
  }

  get realUrl(): YarlURL {
    return this.realUrlValue;
  }

  get host(): string {
    return this.urlValue.host ?? "";
  }

  /** The response headers: a read-only case-insensitive multidict (`CIMultiDictProxy`). */
  get headers(): CIMultiDict {
    return this.headersValue;
  }

  get rawHeaders(): [Uint8Array, Uint8Array][] {
    return this.rawHeadersValue;
  }

  get requestInfo(): RequestInfo {
    return this.requestInfoValue;
  }

  get history(): readonly ClientResponse[] {
    return this.historyValue;
  }

  /** Internal: set by the session once redirects are done. */
  setHistory(history: readonly ClientResponse[]): void {
    this.historyValue = history;
  }

  get connection(): AiohttpConnection | null {
    return this.connectionValue;
  }

  /** `status < 400` (not a check for 200). */
  get ok(): boolean {
    return this.status < 400;
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  /** The Content-Type without parameters, lower-cased; `application/octet-stream` when there is none. */
  get contentType(): string {
    return aiohttpParseContentType(this.headersValue.get("Content-Type")).contentType;
  }

  /** The `charset` parameter of Content-Type, or null. */
  get charset(): string | null {
    return aiohttpParseContentType(this.headersValue.get("Content-Type")).params.get("charset") ?? null;
  }

  /** The Content-Length header as a number, or null. */
  get contentLength(): number | null {
    const raw = this.headersValue.get("Content-Length");
    return raw === null ? null : Number.parseInt(raw, 10);
  }

  __repr__(): string {
    const reason = this.reason ? this.reason.replace(/[^\x00-\x7f]/g, (c) => "\\x" + c.charCodeAt(0).toString(16).padStart(2, "0")) : this.reason;
    return `<ClientResponse(${this.urlValue.__str__()}) [${this.status} ${reason}]>\n${this.headersValue.__repr__()}\n`;
  }

  __str__(): string {
    return this.__repr__();
  }

  private notifyContent(): void {
    const content = this.content;
    if (content.exception() === null) content.setException(new ClientConnectionError("Connection closed"));
    this.released = true;
  }

  /** Closes the connection (the rest of the body is discarded). */
  close(): void {
    if (!this.released) this.notifyContent();
    if (this.closedFlag) return;
    this.closedFlag = true;
    if (this.connectionValue !== null) {
      this.connectionValue.close();
      this.connectionValue = null;
    }
  }

  /** Gives the connection back (closing it when the body was not fully received). */
  release(): null {
    if (!this.released) this.notifyContent();
    if (this.closedFlag) return null;
    this.closedFlag = true;
    if (this.connectionValue !== null) {
      this.connectionValue.release(!this.content.isEof());
      this.connectionValue = null;
    }
    return null;
  }

  /** Raises ClientResponseError for a status of 400 or more (releasing the response first). */
  raiseForStatus(): void {
    if (!this.ok) {
      this.release();
      throw new ClientResponseError(this.requestInfoValue, this.historyValue, { status: this.status, message: this.reason, headers: this.headersValue });
    }
  }

  /** `await resp.wait_for_close()`. */
  async waitForClose(): Promise<void> {
    this.release();
  }

  /** `await resp.read()`: the whole body (cached: reading again returns the same bytes). */
  read(): Promise<Uint8Array> {
    return aiohttpInTask(() => this.readImpl());
  }

  private async readImpl(): Promise<Uint8Array> {
    if (this.bodyValue === null) {
      try {
        this.bodyValue = await this.content.read();
      } catch (error) {
        this.close();
        throw error;
      }
    } else if (this.released) {
      throw new ClientConnectionError("Connection closed");
    }
    return this.bodyValue;
  }

  /** aiohttp's `get_encoding()`: the charset, else utf-8 for JSON, else a guess from the body. */
  getEncoding(): string {
    const ctype = (this.headersValue.get("Content-Type", "") ?? "").toLowerCase();
    const mimetype = aiohttpParseMimetype(ctype);
    let encoding: string | null = mimetype.parameters.get("charset") ?? null;
    if (encoding && aiohttpLookupCodec(encoding) === null) encoding = null;
    if (!encoding) {
      if (mimetype.type === "application" && (mimetype.subtype === "json" || mimetype.subtype === "rdap")) encoding = "utf-8";
      else if (this.bodyValue === null) throw new RuntimeError("Cannot guess the encoding of a not yet read body");
      else encoding = aiohttpDetectEncoding(this.bodyValue);
    }
    return encoding || "utf-8";
  }

  /** `await resp.text(encoding=None, errors="strict")`. */
  text(encoding?: string | null, errors = "strict"): Promise<string> {
    return aiohttpInTask(async () => {
      if (this.bodyValue === null) await this.readImpl();
      const enc = encoding ?? this.getEncoding();
      return aiohttpDecodeBytes(this.bodyValue as Uint8Array, enc, errors);
    });
  }

  /** `await resp.json(encoding=None, loads=json.loads, content_type="application/json")`: dicts are Maps. */
  json(options?: ClientResponseJsonOptions): Promise<unknown> {
    return aiohttpInTask(async () => {
      if (this.bodyValue === null) await this.readImpl();
      const expected = options?.contentType === undefined ? "application/json" : options.contentType;
      if (expected) {
        const ctype = (this.headersValue.get("Content-Type", "") ?? "").toLowerCase();
        if (!aiohttpIsExpectedContentType(ctype, expected)) {
          throw new ContentTypeError(this.requestInfoValue, this.historyValue, { message: `Attempt to decode JSON with unexpected mimetype: ${ctype}`, headers: this.headersValue });
        }
      }
      const stripped = aiohttpStripBytes(this.bodyValue as Uint8Array);
      if (stripped.length === 0) return null;
      const enc = options?.encoding ?? this.getEncoding();
      const loads = options?.loads ?? jsonLoads;
      return loads(aiohttpDecodeBytes(stripped, enc));
    });
  }

  async __aenter__(): Promise<ClientResponse> {
    return this;
  }

  async __aexit__(_excType?: unknown, _exc?: unknown, _tb?: unknown): Promise<null> {
    this.release();
    return null;
  }
}
