import { parentPort } from "node:worker_threads";
import { encodeSource, namesSeen, namesSince } from "../parse/parser";
import { protectSpecFill } from "../parse/format-spec-fill";
import { normalizeSource } from "../pipeline/analyze-module";
import type { ParseReply, ParseRequest } from "./parse-ahead";
import { readMember } from "./read-member";

/**
 * The parsing thread of a one-worker batch (./parse-ahead.ts): reads and parses the files it is
 * sent, in order, and replies with each file's text, its tree encoded (the numbers transferred, not
 * copied) and the node names the main thread has not been sent yet. The text is prepared exactly as
 * `analyzeModule` prepares it, so that the main thread finds the tree under the text it parses.
 */
let sent = namesSeen();

parentPort!.on("message", ({ file }: ParseRequest) => {
  const raw = readMember(file);
  if (typeof raw !== "string") {
    parentPort!.postMessage({ file } satisfies ParseReply);
    return;
  }
  const text = protectSpecFill(normalizeSource(raw));
  const encoded = encodeSource(text);
  const names = namesSince(sent.types, sent.fields);
  sent = namesSeen();
  // The text parsed is most often the file's text itself: then it is sent once.
  parentPort!.postMessage({ file, raw, text: text === raw ? undefined : text, encoded, names } satisfies ParseReply, [encoded.nodes.buffer]);
});
