/**
 * aiohttp's `StreamReader` (aiohttp/streams.py): `resp.content`. The network side (the body pump in
 * response.ts, aiohttp's protocol) feeds it data as it arrives, pausing when more than 128 KiB is
 * buffered; the reading side waits for data with a waiter that honours the request's total timeout.
 *
 * `async for line in resp.content` yields lines (with their newline), `iterChunked(n)`, `iterAny()`
 * and `iterChunks()` as in aiohttp; each iterator is a JS async iterable and also has `__anext__`.
 */
import { BaseException, RuntimeError, StopAsyncIteration, ValueError } from "../exceptions";
import { IncompleteReadError } from "../asyncio/errors";
import { aiohttpCreateWaiter, aiohttpInTask, aiohttpWait } from "./loop-bridge";
import type { AiohttpWaiter } from "./loop-bridge";
import type { AiohttpBaseTimer } from "./timeout";

/** The network side's flow control (aiohttp's protocol `pause_reading` / `resume_reading`). */
export interface AiohttpFlowControl {
  readingPaused: boolean;
  pauseReading(): void;
  resumeReading(): void;
}

const AIOHTTP_NO_FLOW: AiohttpFlowControl = { readingPaused: false, pauseReading: () => undefined, resumeReading: () => undefined };

function aiohttpConcat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const AIOHTTP_EMPTY_BYTES = new Uint8Array(0);

/** aiohttp's `AsyncStreamIterator`: stops when the read function returns b"". */
export class AiohttpStreamIterator<T extends Uint8Array | [Uint8Array, boolean]> implements AsyncIterableIterator<T> {
  constructor(
    private readonly readFunc: () => Promise<T>,
    private readonly isEnd: (value: T) => boolean,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  __aiter__(): this {
    return this;
  }

  async next(): Promise<IteratorResult<T, undefined>> {
    const rv = await this.readFunc();
    if (this.isEnd(rv)) return { done: true, value: undefined };
    return { done: false, value: rv };
  }

  /** Python's `__anext__`: raises StopAsyncIteration at the end. */
  async __anext__(): Promise<T> {
    const r = await this.next();
    if (r.done) throw new StopAsyncIteration();
    return r.value;
  }
}

export class AiohttpStreamReader implements AsyncIterable<Uint8Array> {
  totalBytes = 0;
  protected buffer: Uint8Array[] = [];
  protected bufferOffset = 0;
  protected size = 0;
  protected cursor = 0;
  protected eof = false;
  protected exc: BaseException | null = null;
  protected waiter: AiohttpWaiter<null> | null = null;
  protected eofWaiter: AiohttpWaiter<null> | null = null;
  protected eofCallbacks: (() => void)[] = [];
  protected httpChunkSplits: number[] | null = null;
  protected readonly lowWater: number;
  protected readonly highWater: number;
  protocol: AiohttpFlowControl;
  timer: AiohttpBaseTimer | null;

  constructor(options?: { limit?: number; timer?: AiohttpBaseTimer | null; protocol?: AiohttpFlowControl }) {
    const limit = options?.limit ?? 2 ** 16;
    this.lowWater = limit;
    this.highWater = limit * 2;
    this.timer = options?.timer ?? null;
    this.protocol = options?.protocol ?? AIOHTTP_NO_FLOW;
  }

  __repr__(): string {
    const info = ["StreamReader"];
    if (this.size) info.push(`${this.size} bytes`);
    if (this.eof) info.push("eof");
    if (this.lowWater !== 2 ** 16) info.push(`low=${this.lowWater} high=${this.highWater}`);
    if (this.waiter) info.push("w=<Future pending>");
    if (this.exc) info.push(`e=${this.exc.__repr__()}`);
    return `<${info.join(" ")}>`;
  }

  getReadBufferLimits(): [number, number] {
    return [this.lowWater, this.highWater];
  }

  exception(): BaseException | null {
    return this.exc;
  }

  setException(exc: BaseException): void {
    this.exc = exc;
    this.eofCallbacks = [];
    const waiter = this.waiter;
    if (waiter !== null) {
      this.waiter = null;
      if (!waiter.done()) waiter.reject(exc);
    }
    const eofWaiter = this.eofWaiter;
    if (eofWaiter !== null) {
      this.eofWaiter = null;
      if (!eofWaiter.done()) eofWaiter.reject(exc);
    }
  }

  onEof(callback: () => void): void {
    if (this.eof) {
      try {
        callback();
      } catch {
        // logged by aiohttp, ignored
      }
    } else {
      this.eofCallbacks.push(callback);
    }
  }

  feedEof(): void {
    this.eof = true;
    const waiter = this.waiter;
    if (waiter !== null) {
      this.waiter = null;
      if (!waiter.done()) waiter.resolve(null);
    }
    const eofWaiter = this.eofWaiter;
    if (eofWaiter !== null) {
      this.eofWaiter = null;
      if (!eofWaiter.done()) eofWaiter.resolve(null);
    }
    const callbacks = this.eofCallbacks;
    this.eofCallbacks = [];
    for (const cb of callbacks) {
      try {
        cb();
      } catch {
        // logged by aiohttp, ignored
      }
    }
  }

  /** Whether `feed_eof` was called. */
  isEof(): boolean {
    return this.eof;
  }

  /** Whether the buffer is empty and `feed_eof` was called. */
  atEof(): boolean {
    return this.eof && this.buffer.length === 0;
  }

  async waitEof(): Promise<void> {
    if (this.eof) return;
    const waiter = aiohttpCreateWaiter<null>();
    this.eofWaiter = waiter;
    try {
      await aiohttpInTask(() => aiohttpWait(waiter));
    } finally {
      this.eofWaiter = null;
    }
  }

  feedData(data: Uint8Array): void {
    if (this.eof) throw new RuntimeError("feed_data after feed_eof");
    if (data.length === 0) return;
    this.size += data.length;
    this.buffer.push(data);
    this.totalBytes += data.length;
    const waiter = this.waiter;
    if (waiter !== null) {
      this.waiter = null;
      if (!waiter.done()) waiter.resolve(null);
    }
    if (this.size > this.highWater && !this.protocol.readingPaused) this.protocol.pauseReading();
  }

  beginHttpChunkReceiving(): void {
    if (this.httpChunkSplits === null) {
      if (this.totalBytes) throw new RuntimeError("Called begin_http_chunk_receiving whensome data was already fed");
      this.httpChunkSplits = [];
    }
  }

  endHttpChunkReceiving(): void {
    if (this.httpChunkSplits === null) throw new RuntimeError("Called end_chunk_receiving without calling begin_chunk_receiving first");
    const pos = this.httpChunkSplits.length > 0 ? this.httpChunkSplits[this.httpChunkSplits.length - 1] : 0;
    if (this.totalBytes === pos) return;
    this.httpChunkSplits.push(this.totalBytes);
    const waiter = this.waiter;
    if (waiter !== null) {
      this.waiter = null;
      if (!waiter.done()) waiter.resolve(null);
    }
  }

  protected async wait(funcName: string): Promise<void> {
    if (this.waiter !== null) throw new RuntimeError(`${funcName}() called while another coroutine is already waiting for incoming data`);
    const waiter = aiohttpCreateWaiter<null>();
    this.waiter = waiter;
    try {
      if (this.timer !== null) await this.timer.run(() => aiohttpWait(waiter));
      else await aiohttpWait(waiter);
    } finally {
      this.waiter = null;
    }
  }

  /** `await content.readline()`: up to and including the next b"\n" (or what is left at EOF). */
  readline(): Promise<Uint8Array> {
    return this.readuntil();
  }

  /** `await content.readuntil(separator=b"\n")`. */
  readuntil(separator: Uint8Array = Uint8Array.of(10)): Promise<Uint8Array> {
    return aiohttpInTask(() => this.readuntilImpl(separator));
  }

  protected async readuntilImpl(separator: Uint8Array): Promise<Uint8Array> {
    const seplen = separator.length;
    if (seplen === 0) throw new ValueError("Separator should be at least one-byte string");
    if (this.exc !== null) throw this.exc;
    const chunks: Uint8Array[] = [];
    let chunkSize = 0;
    let notEnough = true;
    while (notEnough) {
      while (this.buffer.length > 0 && notEnough) {
        const offset = this.bufferOffset;
        const ichar = aiohttpIndexOf(this.buffer[0], separator, offset) + 1;
        const data = this.readNowaitChunk(ichar ? ichar - offset : -1);
        chunks.push(data);
        chunkSize += data.length;
        if (ichar) notEnough = false;
        if (chunkSize > this.highWater) throw new ValueError("Chunk too big");
      }
      if (this.eof) break;
      if (notEnough) await this.wait("readuntil");
    }
    return aiohttpConcat(chunks.length ? chunks : [AIOHTTP_EMPTY_BYTES]);
  }

  /** `await content.read(n=-1)`: up to n bytes (all of it until EOF when n < 0). */
  read(n = -1): Promise<Uint8Array> {
    return aiohttpInTask(() => this.readImpl(n));
  }

  protected async readImpl(n: number): Promise<Uint8Array> {
    if (this.exc !== null) throw this.exc;
    if (!n) return AIOHTTP_EMPTY_BYTES;
    if (n < 0) {
      const blocks: Uint8Array[] = [];
      for (;;) {
        const block = await this.readanyImpl();
        if (block.length === 0) break;
        blocks.push(block);
      }
      return blocks.length ? aiohttpConcat(blocks) : AIOHTTP_EMPTY_BYTES;
    }
    while (this.buffer.length === 0 && !this.eof) await this.wait("read");
    return this.readNowaitImpl(n);
  }

  /** `await content.readany()`: whatever is buffered (waits for something). */
  readany(): Promise<Uint8Array> {
    return aiohttpInTask(() => this.readanyImpl());
  }

  protected async readanyImpl(): Promise<Uint8Array> {
    if (this.exc !== null) throw this.exc;
    while (this.buffer.length === 0 && !this.eof) await this.wait("readany");
    return this.readNowaitImpl(-1);
  }

  /** `await content.readchunk()`: `[data, endOfHttpChunk]`. */
  readchunk(): Promise<[Uint8Array, boolean]> {
    return aiohttpInTask(() => this.readchunkImpl());
  }

  protected async readchunkImpl(): Promise<[Uint8Array, boolean]> {
    for (;;) {
      if (this.exc !== null) throw this.exc;
      while (this.httpChunkSplits !== null && this.httpChunkSplits.length > 0) {
        const pos = this.httpChunkSplits.shift() as number;
        if (pos === this.cursor) return [AIOHTTP_EMPTY_BYTES, true];
        if (pos > this.cursor) return [this.readNowaitImpl(pos - this.cursor), true];
      }
      if (this.buffer.length > 0) return [this.readNowaitChunk(-1), false];
      if (this.eof) return [AIOHTTP_EMPTY_BYTES, false];
      await this.wait("readchunk");
    }
  }

  /** `await content.readexactly(n)`: IncompleteReadError if the body ends first. */
  readexactly(n: number): Promise<Uint8Array> {
    return aiohttpInTask(() => this.readexactlyImpl(n));
  }

  protected async readexactlyImpl(n: number): Promise<Uint8Array> {
    if (this.exc !== null) throw this.exc;
    const blocks: Uint8Array[] = [];
    let left = n;
    while (left > 0) {
      const block = await this.readImpl(left);
      if (block.length === 0) {
        const partial = blocks.length ? aiohttpConcat(blocks) : AIOHTTP_EMPTY_BYTES;
        throw new IncompleteReadError(partial, partial.length + left);
      }
      blocks.push(block);
      left -= block.length;
    }
    return blocks.length ? aiohttpConcat(blocks) : AIOHTTP_EMPTY_BYTES;
  }

  /** `content.read_nowait(n=-1)`: what is buffered, without waiting. */
  readNowait(n = -1): Uint8Array {
    if (this.exc !== null) throw this.exc;
    if (this.waiter !== null && !this.waiter.done()) throw new RuntimeError("Called while some coroutine is waiting for incoming data.");
    return this.readNowaitImpl(n);
  }

  protected readNowaitChunk(n: number): Uint8Array {
    const first = this.buffer[0];
    const offset = this.bufferOffset;
    let data: Uint8Array;
    if (n !== -1 && first.length - offset > n) {
      data = first.subarray(offset, offset + n);
      this.bufferOffset += n;
    } else if (offset) {
      this.buffer.shift();
      data = first.subarray(offset);
      this.bufferOffset = 0;
    } else {
      data = this.buffer.shift() as Uint8Array;
    }
    this.size -= data.length;
    this.cursor += data.length;
    const splits = this.httpChunkSplits;
    while (splits !== null && splits.length > 0 && splits[0] < this.cursor) splits.shift();
    if (this.size < this.lowWater && this.protocol.readingPaused) this.protocol.resumeReading();
    return data;
  }

  protected readNowaitImpl(n: number): Uint8Array {
    const chunks: Uint8Array[] = [];
    let left = n;
    while (this.buffer.length > 0) {
      const chunk = this.readNowaitChunk(left);
      chunks.push(chunk);
      if (left !== -1) {
        left -= chunk.length;
        if (left === 0) break;
      }
    }
    return chunks.length ? aiohttpConcat(chunks) : AIOHTTP_EMPTY_BYTES;
  }

  /** `async for line in content`: lines including their b"\n". */
  [Symbol.asyncIterator](): AiohttpStreamIterator<Uint8Array> {
    return new AiohttpStreamIterator<Uint8Array>(() => this.readline(), (b) => b.length === 0);
  }

  __aiter__(): AiohttpStreamIterator<Uint8Array> {
    return this[Symbol.asyncIterator]();
  }

  /** `async for chunk in content.iter_chunked(n)`. */
  iterChunked(n: number): AiohttpStreamIterator<Uint8Array> {
    return new AiohttpStreamIterator<Uint8Array>(() => this.read(n), (b) => b.length === 0);
  }

  /** `async for data in content.iter_any()`: data as soon as it arrives. */
  iterAny(): AiohttpStreamIterator<Uint8Array> {
    return new AiohttpStreamIterator<Uint8Array>(() => this.readany(), (b) => b.length === 0);
  }

  /** `async for data, end_of_chunk in content.iter_chunks()`. */
  iterChunks(): AiohttpStreamIterator<[Uint8Array, boolean]> {
    return new AiohttpStreamIterator<[Uint8Array, boolean]>(
      () => this.readchunk(),
      ([b, end]) => b.length === 0 && !end,
    );
  }
}

/** `EMPTY_PAYLOAD`: the body of a HEAD response, a 204 or a 304. */
export class AiohttpEmptyStreamReader extends AiohttpStreamReader {
  constructor() {
    super();
    this.eof = true;
  }

  override exception(): BaseException | null {
    return null;
  }

  override setException(_exc: BaseException): void {
    // ignored, as in aiohttp
  }

  override onEof(callback: () => void): void {
    try {
      callback();
    } catch {
      // ignored
    }
  }

  override feedEof(): void {
    // already at EOF
  }

  override isEof(): boolean {
    return true;
  }

  override atEof(): boolean {
    return true;
  }

  override async waitEof(): Promise<void> {
    return;
  }

  override feedData(_data: Uint8Array): void {
    // ignored
  }

  override readline(): Promise<Uint8Array> {
    return Promise.resolve(AIOHTTP_EMPTY_BYTES);
  }

  override read(_n = -1): Promise<Uint8Array> {
    return Promise.resolve(AIOHTTP_EMPTY_BYTES);
  }

  override readany(): Promise<Uint8Array> {
    return Promise.resolve(AIOHTTP_EMPTY_BYTES);
  }

  override readchunk(): Promise<[Uint8Array, boolean]> {
    return Promise.resolve([AIOHTTP_EMPTY_BYTES, true]);
  }

  override async readexactly(n: number): Promise<Uint8Array> {
    throw new IncompleteReadError(AIOHTTP_EMPTY_BYTES, n);
  }

  override readNowait(_n = -1): Uint8Array {
    return AIOHTTP_EMPTY_BYTES;
  }
}

function aiohttpIndexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  if (needle.length === 1) return haystack.indexOf(needle[0], from);
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
