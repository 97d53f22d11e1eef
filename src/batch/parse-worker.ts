import { parentPort, workerData } from "node:worker_threads";
import { encodeSource, namesSeen, namesSince, type NameLog } from "../parse/parser";
import { protectSpecFill } from "../parse/format-spec-fill";
import { normalizeSource } from "../pipeline/analyze-module";
import type { ParseReply, ParseRequest } from "./parse-ahead";
import { readMember } from "./read-member";

/**
 * The parsing thread of a one-worker batch (./parse-ahead.ts): reads and parses the files it is
 * sent, in order, and replies with each file's text, its tree encoded (the numbers transferred, not
 * copied) and the node names the main thread has not been sent yet; it parses the stubs it is sent
 * the same way. A file's text is prepared exactly as `analyzeModule` prepares it, so that the main
 * thread finds the tree under the text it parses.
 */
let sent = namesSeen();

/** Set by the main thread when it needs nothing more: what is still queued is skipped. */
const cancelled = new Int32Array(workerData as SharedArrayBuffer);

parentPort!.on("message", (request: ParseRequest) => {
  // The thread ends by itself, never in the middle of a native parse (stopping it there aborts the process).
  if ("stop" in request) return parentPort!.close();
  if (Atomics.load(cancelled, 0) === 1) return;
  if ("stub" in request) {
    const encoded = encodeSource(request.text);
    parentPort!.postMessage({ stub: request.stub, encoded, names: newNames() } satisfies ParseReply, [encoded.nodes.buffer]);
    return;
  }
  const { file } = request;
  const raw = readMember(file);
  if (typeof raw !== "string") {
    parentPort!.postMessage({ file } satisfies ParseReply);
    return;
  }
  const text = protectSpecFill(normalizeSource(raw));
  const encoded = encodeSource(text);
  // The text parsed is most often the file's text itself: then it is sent once.
  parentPort!.postMessage({ file, raw, text: text === raw ? undefined : text, encoded, names: newNames() } satisfies ParseReply, [encoded.nodes.buffer]);
});

/** The node names first seen since the last reply. */
function newNames(): NameLog {
  const names = namesSince(sent.types, sent.fields);
  sent = namesSeen();
  return names;
}
