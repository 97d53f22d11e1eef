import * as fs from "node:fs";
import * as path from "node:path";

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string; readonly badByteOffset?: number };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads a source file as strict UTF-8: a bad byte is reported with its offset, never replaced. */
export function readSource(file: string): ReadResult {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: "it is a directory, not a file" };
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, reason: describeIoError(error) };
  }
  return decode(bytes);
}

export function decode(bytes: Uint8Array): ReadResult {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: "not valid UTF-8", badByteOffset: firstBadByte(bytes) };
  }
}

/** Where the first invalid UTF-8 sequence starts, as Python's decoder reports it (RFC 3629: no overlongs, surrogates or code points past U+10FFFF). */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The allowed range of the second byte depends on the lead byte; the others are 0x80–0xBF.
    const [length, lo, hi] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

export function describeIoError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory, not a file";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Writes a file atomically: the text goes to a temporary file beside the target, which is then
 * renamed over it, so an interrupted run never leaves a truncated file.
 */
export function writeAtomic(file: string, text: string): void {
  const dir = path.dirname(file);
  removeAbandonedTemps(dir, path.basename(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(temp, text, { flag: "wx" });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Temporary files a killed run (`kill -9`) left beside `name`: their process is gone. */
function removeAbandonedTemps(dir: string, name: string): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${name}.`;
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith(".tmp")) continue;
    const pid = Number(entry.slice(prefix.length).split(".")[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) fs.rmSync(path.join(dir, entry), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}

/** Are two paths the same file (following symlinks when they exist)? */
export function sameFile(a: string, b: string): boolean {
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}
