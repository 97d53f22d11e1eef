import * as fs from "node:fs";
import * as path from "node:path";
import { writeAtomic } from "../cli/files";
import { isInside } from "./discover";

/**
 * The output folder of a batch. Every path is checked before use: relative, without `..`, and
 * reaching its file only through real folders inside the output folder (a symbolic link on the way
 * is refused, so nothing is ever written outside it). Writes are atomic (a temporary file renamed
 * into place) and skipped when the file already holds the same text, which keeps timestamps for
 * incremental builds.
 */
export class OutDir {
  readonly root: string;

  constructor(dir: string) {
    this.root = path.resolve(dir);
  }

  /** Creates the output folder itself (and its parents) when missing. */
  ensure(): void {
    fs.mkdirSync(this.root, { recursive: true });
  }

  /** The absolute path of `rel`, or an error saying why it is not allowed. */
  resolve(rel: string): string {
    const parts = rel.split("/");
    if (rel === "" || path.isAbsolute(rel) || rel.includes("\\") || rel.includes("\0") || parts.some((p) => p === "" || p === "." || p === "..")) {
      throw new Error(`the output path '${rel}' is not a plain relative path`);
    }
    const target = path.join(this.root, ...parts);
    if (!isInside(target, this.root)) throw new Error(`the output path '${rel}' leaves the output folder`);
    return target;
  }

  /** Makes the folders leading to `rel`, refusing symbolic links and files on the way. */
  private prepare(rel: string): string {
    const target = this.resolve(rel);
    let dir = this.root;
    for (const part of rel.split("/").slice(0, -1)) {
      dir = path.join(dir, part);
      let stat: fs.Stats | undefined;
      try {
        stat = fs.lstatSync(dir);
      } catch {
        fs.mkdirSync(dir);
        continue;
      }
      if (stat.isSymbolicLink()) throw new Error(`'${path.relative(this.root, dir)}' in the output folder is a symbolic link; refusing to write through it`);
      if (!stat.isDirectory()) throw new Error(`'${path.relative(this.root, dir)}' in the output folder is not a folder`);
    }
    return target;
  }

  /** Writes `text` to `rel`; returns false when the file already held exactly that text. */
  write(rel: string, text: string): boolean {
    const target = this.prepare(rel);
    if (this.read(rel) === text) return false;
    let stat: fs.Stats | undefined;
    try {
      stat = fs.lstatSync(target);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) throw new Error(`'${rel}' in the output folder is a folder`);
    // A symbolic link in place of the file is replaced by the file (rename replaces the link, not its target).
    writeAtomic(target, text);
    return true;
  }

  /** The text of `rel` when it is a regular file inside the output folder (not through a link). */
  read(rel: string): string | undefined {
    let target: string;
    try {
      target = this.resolve(rel);
    } catch {
      return undefined;
    }
    let dir = this.root;
    for (const part of rel.split("/").slice(0, -1)) {
      dir = path.join(dir, part);
      try {
        if (!fs.lstatSync(dir).isDirectory()) return undefined;
      } catch {
        return undefined;
      }
    }
    try {
      if (!fs.lstatSync(target).isFile()) return undefined;
      return fs.readFileSync(target, "utf8");
    } catch {
      return undefined;
    }
  }

  /** Every file under the output folder whose name `accept`s, relative and sorted (links are not followed). */
  list(accept: (name: string) => boolean): string[] {
    const out: string[] = [];
    const walk = (dir: string, rel: string): void => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const childRel = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(path.join(dir, e.name), childRel);
        else if (e.isFile() && accept(e.name)) out.push(childRel);
      }
    };
    walk(this.root, "");
    return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}
