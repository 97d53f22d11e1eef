import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { forgetParsed, learnNames, rememberParsed, type EncodedTree, type NameLog } from "../parse/parser";

/** A file to read and parse, the text of a module's stub (numbered by the asker) to parse, or the end. */
export type ParseRequest = { readonly file: string } | { readonly stub: number; readonly text: string } | { readonly stop: true };

export type ParseReply = FileParsed | { readonly stub: number; readonly encoded: EncodedTree; readonly names: NameLog };

interface FileParsed {
  readonly file: string;
  /** The file's text; absent when it could not be read as UTF-8 (the main thread reports that itself). */
  readonly raw?: string;
  /** The text parsed (newlines normalised, format specs protected), when it is not `raw`. */
  readonly text?: string;
  readonly encoded?: EncodedTree;
  readonly names?: NameLog;
}

/**
 * Parses the files of a one-worker batch ahead of their translation, on a thread of its own: the
 * translating thread leaves a core mostly idle, and parsing (tree-sitter, then reading the tree out
 * of it, one native call after another) is a quarter of its work. The trees come back encoded and
 * are handed to `parsePython` by their text, so the translation is the same, byte for byte, as
 * without it. If the thread fails, files are simply parsed where they are translated.
 */
export class ParseAhead {
  private worker: Worker | undefined;
  private readonly asked = new Set<string>();
  private readonly done = new Set<string>();
  private readonly waiters = new Map<string, () => void>();
  /** The texts the thread read, until taken. */
  private readonly sources = new Map<string, string>();
  /** The stubs sent to be parsed, by number, until parsed. */
  private readonly stubs = new Map<number, string>();
  private nextStub = 0;

  /** Set when nothing more is needed: the thread skips what is still queued. */
  private readonly cancelled = new Int32Array(new SharedArrayBuffer(4));

  constructor() {
    // The thread makes little garbage of its own: a small young generation keeps its memory down
    // (~60 MB less peak RSS over the standard library, no slower).
    const worker = new Worker(parseWorkerScript(), { workerData: this.cancelled.buffer, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    this.worker = worker;
    worker.on("message", (reply: ParseReply) => {
      // Replies still in flight when the batch closed are of no use to anyone.
      if (this.worker !== worker) return;
      if (reply.names) learnNames(reply.names);
      if ("stub" in reply) {
        rememberParsed(this.stubs.get(reply.stub)!, reply.encoded);
        this.stubs.delete(reply.stub);
        return;
      }
      if (reply.raw !== undefined && reply.encoded) {
        this.sources.set(reply.file, reply.raw);
        rememberParsed(reply.text ?? reply.raw, reply.encoded);
      }
      this.finish(reply.file);
    });
    const stop = (): void => {
      this.worker = undefined;
      this.stubs.clear();
      for (const file of [...this.waiters.keys()]) this.finish(file);
    };
    worker.on("error", stop);
    worker.on("exit", stop);
  }

  /** Asks for these files to be parsed, after those asked before. */
  request(files: readonly string[]): void {
    for (const file of files) {
      if (this.asked.has(file)) continue;
      this.asked.add(file);
      if (this.worker) this.worker.postMessage({ file } satisfies ParseRequest);
      else this.done.add(file);
    }
  }

  /**
   * Asks for a module's stub to be parsed, for when an importer loads it (a later unit, most
   * often). Nobody waits for it: a stub loaded before its tree is back is parsed where it is loaded.
   */
  requestStub(text: string): void {
    if (!this.worker || text === "") return;
    const stub = this.nextStub++;
    this.stubs.set(stub, text);
    this.worker.postMessage({ stub, text } satisfies ParseRequest);
  }

  /** Resolves once these files are parsed (or will not be); asks for them if nobody has. */
  async ready(files: readonly string[]): Promise<void> {
    this.request(files);
    for (const file of files) {
      if (this.done.has(file) || !this.worker) continue;
      await new Promise<void>((resolve) => this.waiters.set(file, resolve));
    }
  }

  /** The text of a file the thread has read (once; it is not kept). */
  takeSource(file: string): string | undefined {
    const text = this.sources.get(file);
    this.sources.delete(file);
    return text;
  }

  /**
   * Stops the thread and drops what no translation took. The thread is asked to end rather than
   * terminated: terminating it in the middle of a native parse aborts the whole process.
   */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.sources.clear();
    this.stubs.clear();
    forgetParsed();
    if (!worker) return;
    Atomics.store(this.cancelled, 0, 1);
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    worker.postMessage({ stop: true } satisfies ParseRequest);
    await exited;
  }

  private finish(file: string): void {
    this.done.add(file);
    const resolve = this.waiters.get(file);
    this.waiters.delete(file);
    resolve?.();
  }
}

/** The worker script beside this module (dist/batch), also when this module runs from src/ under a test runner. */
function parseWorkerScript(): string {
  const here = path.join(__dirname, "parse-worker.js");
  return fs.existsSync(here) ? here : path.join(__dirname, "..", "..", "dist", "batch", "parse-worker.js");
}
