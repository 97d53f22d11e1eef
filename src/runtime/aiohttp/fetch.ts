/**
 * The platform `fetch` (Node's bundled undici) as aiohttp's transport.
 *
 * - The response headers fetch exposes are lower-cased, sorted and have repeated fields merged; aiohttp
 *   keeps them as the server sent them. undici publishes the raw header list of every request on the
 *   `undici:request:headers` diagnostics channel; each fetch made here runs inside an AsyncLocalStorage
 *   record, `undici:request:create` (published in the caller's async context) links undici's request
 *   object to that record, and the raw headers (names as sent, in order, repeats kept) and the raw
 *   reason phrase are stored there. When the channel is unavailable, fetch's own headers are used.
 * - fetch's failures are turned into what aiohttp raises in the same situation.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { subscribe } from "node:diagnostics_channel";
import { createConnection } from "node:net";
import { BaseException, OSError } from "../exceptions";
import { ClientConnectorError, ClientOSError, ClientPayloadError, ConnectionKey, ServerDisconnectedError, aiohttpConnectionRefused, aiohttpOsError } from "./errors";

/** What one fetch learned from undici's diagnostics channels. */
export interface AiohttpFetchRecord {
  rawHeaders: [string, string][] | null;
  statusText: string | null;
  /** Called when undici has written the request head to a connected socket. */
  onRequestSent: (() => void) | null;
}

const aiohttpFetchStorage = new AsyncLocalStorage<AiohttpFetchRecord>();
const aiohttpUndiciRequests = new WeakMap<object, AiohttpFetchRecord>();
let aiohttpChannelsReady = false;

function aiohttpHeaderText(v: unknown): string {
  if (typeof v === "string") return v;
  if (v instanceof Uint8Array) return new TextDecoder("utf-8").decode(v);
  return String(v);
}

function aiohttpSubscribeChannels(): void {
  if (aiohttpChannelsReady) return;
  aiohttpChannelsReady = true;
  try {
    subscribe("undici:request:create", (message: unknown) => {
      const record = aiohttpFetchStorage.getStore();
      const request = (message as { request?: unknown }).request;
      if (record !== undefined && typeof request === "object" && request !== null) aiohttpUndiciRequests.set(request, record);
    });
    subscribe("undici:client:sendHeaders", (message: unknown) => {
      const request = (message as { request?: unknown }).request;
      if (typeof request !== "object" || request === null) return;
      const record = aiohttpUndiciRequests.get(request);
      const cb = record?.onRequestSent;
      if (record !== undefined && cb !== null && cb !== undefined) {
        record.onRequestSent = null;
        cb();
      }
    });
    subscribe("undici:request:headers", (message: unknown) => {
      const m = message as { request?: unknown; response?: { headers?: unknown; statusText?: unknown } };
      if (typeof m.request !== "object" || m.request === null) return;
      const record = aiohttpUndiciRequests.get(m.request);
      if (record === undefined) return;
      const raw = m.response?.headers;
      if (Array.isArray(raw)) {
        const pairs: [string, string][] = [];
        for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([aiohttpHeaderText(raw[i]), aiohttpHeaderText(raw[i + 1])]);
        record.rawHeaders = pairs;
      }
      if (typeof m.response?.statusText === "string") record.statusText = m.response.statusText;
    });
  } catch {
    // no diagnostics channels: fetch's own headers are used
  }
}

/** `fetch(url, init)`, recording the raw response head in `record`. */
export function aiohttpFetch(url: string, init: RequestInit, record: AiohttpFetchRecord): Promise<Response> {
  aiohttpSubscribeChannels();
  return aiohttpFetchStorage.run(record, () => fetch(url, init));
}

/** The response headers as aiohttp sees them: raw when recorded, else reconstructed from fetch's. */
export function aiohttpResponseHeaderPairs(response: Response, record: AiohttpFetchRecord): [string, string][] {
  if (record.rawHeaders !== null) return record.rawHeaders;
  const pairs: [string, string][] = [];
  for (const [k, v] of response.headers) {
    if (k === "set-cookie") continue;
    pairs.push([aiohttpCanonicalHeaderName(k), v]);
  }
  for (const c of response.headers.getSetCookie()) pairs.push(["Set-Cookie", c]);
  return pairs;
}

const AIOHTTP_SPECIAL_HEADER_NAMES: Readonly<Record<string, string>> = { etag: "ETag", "www-authenticate": "WWW-Authenticate", te: "TE", dnt: "DNT", "content-md5": "Content-MD5" };

function aiohttpCanonicalHeaderName(name: string): string {
  return AIOHTTP_SPECIAL_HEADER_NAMES[name] ?? name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
}

interface AiohttpErrorCause {
  code?: unknown;
  message?: unknown;
  address?: unknown;
  port?: unknown;
  errno?: unknown;
}

function aiohttpCauseOf(error: unknown): AiohttpErrorCause | null {
  if (typeof error !== "object" || error === null) return null;
  const cause = (error as { cause?: unknown }).cause;
  if (typeof cause === "object" && cause !== null) return cause as AiohttpErrorCause;
  return null;
}

/** Whether a TCP connection to host:port can be opened (used when fetch refuses a "bad port"). */
function aiohttpProbeTcp(host: string, port: number): Promise<{ ok: true } | { ok: false; code: string; address: string }> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve({ ok: true });
    });
    socket.once("error", (err: Error & { code?: string; address?: string }) => {
      socket.destroy();
      resolve({ ok: false, code: err.code ?? "", address: err.address ?? host });
    });
  });
}

function aiohttpConnectorErrorFor(key: ConnectionKey, code: string, address: string, port: number, message: string): BaseException {
  switch (code) {
    case "ECONNREFUSED":
      return new ClientConnectorError(key, aiohttpConnectionRefused(address, port));
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "UND_ERR_CONNECT_TIMEOUT": {
      const errno = code === "EHOSTUNREACH" ? 113 : code === "ENETUNREACH" ? 101 : 110;
      const addr = address.includes(":") ? `('${address}', ${port}, 0, 0)` : `('${address}', ${port})`;
      return new ClientConnectorError(key, aiohttpOsError(OSError, errno, `Connect call failed ${addr}`));
    }
    case "ENOTFOUND":
      return new ClientConnectorError(key, aiohttpOsError(OSError, -2, "Name or service not known"));
    case "EAI_AGAIN":
      return new ClientConnectorError(key, aiohttpOsError(OSError, -3, "Temporary failure in name resolution"));
    default:
      return new ClientConnectorError(key, aiohttpOsError(OSError, null, message));
  }
}

/**
 * The Python exception for a rejected fetch (before the response head arrived). Errors this runtime
 * aborted the fetch with (BaseExceptions) are returned as they are.
 */
export async function aiohttpClassifyFetchError(error: unknown, key: ConnectionKey, signal: AbortSignal | null): Promise<BaseException> {
  if (error instanceof BaseException) return error;
  if (signal !== null && signal.aborted && signal.reason instanceof BaseException) return signal.reason;
  const cause = aiohttpCauseOf(error);
  const code = typeof cause?.code === "string" ? cause.code : "";
  const causeMessage = typeof cause?.message === "string" ? cause.message : "";
  const port = key.port ?? 0;
  if (causeMessage === "bad port") {
    // The Fetch standard's blocked ports (1, 7, 25, 6000, ...): find out what a real client would get.
    const probe = await aiohttpProbeTcp(key.host, port);
    if (!probe.ok) return aiohttpConnectorErrorFor(key, probe.code, probe.address, port, probe.code);
    return new ClientOSError(`fetch refuses to connect to port ${port} (a port blocked by the Fetch standard)`);
  }
  if (code === "ECONNREFUSED" || code === "ETIMEDOUT" || code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "UND_ERR_CONNECT_TIMEOUT") {
    const address = typeof cause?.address === "string" ? cause.address : key.host;
    const causePort = typeof cause?.port === "number" ? cause.port : port;
    return aiohttpConnectorErrorFor(key, code, address, causePort, causeMessage || code);
  }
  if (code === "UND_ERR_SOCKET" || code === "UND_ERR_CLOSED") return new ServerDisconnectedError();
  if (code === "ECONNRESET") return new ClientOSError(104, "Connection reset by peer");
  if (code === "EPIPE") return new ClientOSError(32, "Broken pipe");
  if (code === "UND_ERR_HEADERS_TIMEOUT") return new ServerDisconnectedError();
  const message = causeMessage || (error instanceof Error ? error.message : String(error));
  return new ClientOSError(message);
}

/** The Python exception for a failure while the body streams in (aiohttp's payload errors). */
export function aiohttpClassifyBodyError(error: unknown): BaseException {
  if (error instanceof BaseException) return error;
  const cause = aiohttpCauseOf(error);
  const code = typeof cause?.code === "string" ? cause.code : "";
  if (code === "ECONNRESET") return new ClientOSError(104, "Connection reset by peer");
  if (error instanceof Error && error.name === "TypeError" && /terminated/.test(error.message)) return new ClientPayloadError("Response payload is not completed");
  if (code === "UND_ERR_SOCKET" || code === "UND_ERR_BODY_TIMEOUT") return new ClientPayloadError("Response payload is not completed");
  if (error instanceof Error && /gzip|deflate|decompress|zlib|incorrect header check/i.test(error.message)) return new ClientPayloadError(`400, message='Can not decode content-encoding: ${error.message}'`);
  return new ClientPayloadError("Response payload is not completed");
}
