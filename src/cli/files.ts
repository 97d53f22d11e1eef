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

function firstBadByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, found by bisection (decoding is all-or-nothing).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
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
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(temp, text, { flag: "wx" });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
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
