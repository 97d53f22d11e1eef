import * as fs from "node:fs";
import * as path from "node:path";
import picomatch from "picomatch";

/** A Python file found for a batch. */
export interface FoundFile {
  /** Absolute path. */
  readonly file: string;
  /** Path relative to its source root, `/`-separated (`pkg/mod.py`): it decides the module name and the output path. */
  readonly rel: string;
}

export interface Discovery {
  readonly files: readonly FoundFile[];
  /** Problems with the command line (exit code 2): a missing input, two files with one output path… */
  readonly problems: readonly string[];
}

/** Folders never entered: caches, virtual environments, installed packages. */
const SKIPPED_FOLDERS = new Set(["__pycache__", "venv", ".venv", "site-packages", "node_modules"]);

/**
 * Decides whether a folder or file is left out of a batch. Hidden names, `__pycache__`, virtual
 * environments (any folder holding a `pyvenv.cfg`, and `venv`, `.venv`, `site-packages`),
 * `node_modules`, and whatever the `--exclude` globs match. A glob without `/` matches a name at any
 * depth (`test`, `*_test.py`); one with `/` matches the path from the source root or from the
 * current folder (`legacy/**`, `src/gen/*.py`).
 */
export class Skipper {
  private readonly byName: (p: string) => boolean;
  private readonly byPath: (p: string) => boolean;

  constructor(
    excludes: readonly string[],
    private readonly cwd: string,
  ) {
    const named = excludes.filter((g) => !g.includes("/"));
    const pathed = excludes.filter((g) => g.includes("/")).map((g) => g.replace(/^\.\//, ""));
    this.byName = named.length ? picomatch(named, { dot: true, basename: true }) : () => false;
    this.byPath = pathed.length ? picomatch(pathed, { dot: true }) : () => false;
  }

  /** `rel`: from the source root; `abs`: the absolute path. */
  folder(name: string, rel: string, abs: string): boolean {
    if (name.startsWith(".") || SKIPPED_FOLDERS.has(name)) return true;
    if (this.excluded(rel, abs)) return true;
    return fs.existsSync(path.join(abs, "pyvenv.cfg"));
  }

  file(name: string, rel: string, abs: string): boolean {
    return name.startsWith(".") || !name.endsWith(".py") || this.excluded(rel, abs);
  }

  private excluded(rel: string, abs: string): boolean {
    const fromCwd = path.relative(this.cwd, abs).split(path.sep).join("/");
    return this.byName(rel) || this.byPath(rel) || (!fromCwd.startsWith("../") && this.byPath(fromCwd));
  }
}

/**
 * Finds the Python files of a batch. A folder input is walked (symbolic links to folders are not
 * followed; links to files are read), and its files are named relative to it; a file input is named
 * by its base name. Results are sorted by `rel`.
 */
export function discover(inputs: readonly string[], skipper: Skipper): Discovery {
  const files: FoundFile[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const add = (file: string, rel: string): void => {
    const previous = seen.get(rel);
    if (previous !== undefined) {
      if (previous !== file) problems.push(`'${previous}' and '${file}' would both be translated to '${rel.replace(/\.py$/, ".ts")}'`);
      return;
    }
    seen.set(rel, file);
    files.push({ file, rel });
  };
  for (const input of inputs) {
    const abs = path.resolve(input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      problems.push(`the input '${input}' does not exist`);
      continue;
    }
    if (stat.isDirectory()) walk(abs, "", skipper, add);
    else if (!abs.endsWith(".py")) problems.push(`the input '${input}' is not a .py file`);
    else add(abs, path.basename(abs));
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { files, problems };
}

function walk(dir: string, rel: string, skipper: Skipper, add: (file: string, rel: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    const childRel = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!skipper.folder(e.name, childRel, abs)) walk(abs, childRel, skipper, add);
    } else if (e.isFile() || (e.isSymbolicLink() && isFile(abs))) {
      if (!skipper.file(e.name, childRel, abs)) add(abs, childRel);
    }
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Resolves symbolic links in the longest existing prefix of `p` (the rest may not exist yet). */
export function realish(p: string): string {
  const abs = path.resolve(p);
  const tail: string[] = [];
  let head = abs;
  for (;;) {
    try {
      return path.join(fs.realpathSync(head), ...tail.reverse());
    } catch {
      const parent = path.dirname(head);
      if (parent === head) return abs;
      tail.push(path.basename(head));
      head = parent;
    }
  }
}

export const isInside = (child: string, parent: string): boolean => {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

/**
 * Why the output folder cannot be used with these inputs, if it cannot: it lies inside a source
 * folder that would be walked (its translations would become inputs of the next run), or it holds
 * a source folder.
 */
export function outputFolderProblem(outDir: string, inputs: readonly string[], skipper: Skipper): string | undefined {
  const out = realish(outDir);
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      continue;
    }
    if (!stat.isDirectory()) continue;
    const root = realish(input);
    if (isInside(root, out)) return `the output folder '${outDir}' contains the input folder '${input}'; choose an output folder outside it`;
    if (!isInside(out, root)) continue;
    // Inside: fine only when the walk would skip it (a hidden folder, or one excluded with --exclude).
    const parts = path.relative(root, out).split(path.sep);
    let rel = "";
    let abs = root;
    let skipped = false;
    for (const part of parts) {
      rel = rel ? `${rel}/${part}` : part;
      abs = path.join(abs, part);
      if (skipper.folder(part, rel, abs)) {
        skipped = true;
        break;
      }
    }
    if (!skipped) return `the output folder '${outDir}' is inside the input folder '${input}'; exclude it (--exclude '${path.relative(root, out).split(path.sep).join("/")}') or choose another`;
  }
  return undefined;
}
