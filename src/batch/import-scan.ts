import { absoluteModule, type ModuleIdentity } from "../analysis/binder";

/**
 * The modules a Python module imports at module level (not inside a `def` or `class` body),
 * found from the text alone: a batch orders its modules by these imports before parsing any
 * of them. Strings and comments are skipped, statements are joined across brackets and
 * backslashes, and `if`/`try` blocks at module level count as module level.
 *
 * Returns candidate module names: `import a.b` gives `a.b`; `from .m import x` gives `pkg.m` and
 * `pkg.m.x` (which may be a submodule). The caller keeps those that are modules of the batch.
 * The scan only decides the order of work and what each module may see of the others, never
 * the meaning of a module, so an exotic layout it misreads costs type information, not correctness.
 */
export function scanModuleImports(source: string, identity: ModuleIdentity): ScannedImports {
  const found = new Set<string>();
  const lazy = new Set<string>();
  const openers: number[] = [];
  for (const { indent, text } of logicalLines(source)) {
    while (openers.length > 0 && indent <= openers[openers.length - 1]!) openers.pop();
    const opens = /^(async\s+)?def\b|^class\b/.test(text);
    const target = openers.length > 0 || opens ? lazy : found;
    if (opens) openers.push(indent);
    // Most lines import nothing: only those that mention `import` are taken apart.
    if (text.includes("import")) for (const stmt of simpleStatements(text)) importTargets(stmt, identity, target);
  }
  return { moduleLevel: [...found], inFunctions: [...lazy].filter((m) => !found.has(m)) };
}

export interface ScannedImports {
  readonly moduleLevel: readonly string[];
  /** Imports inside `def` and `class` bodies only (often there to break an import cycle). */
  readonly inFunctions: readonly string[];
}

/** `if x: import y; import z` → the statements after the header; plain lines split at `;`. */
function simpleStatements(text: string): string[] {
  let rest = text;
  if (/^(async\s+)?def\b|^class\b/.test(rest)) {
    // `def f(): import x` keeps its body on the header line.
    const colon = topLevelIndex(rest, ":");
    rest = colon < 0 ? "" : rest.slice(colon + 1).trim();
  }
  const out: string[] = [];
  for (let guard = 0; guard < 8; guard++) {
    if (!/^(if|elif|else|try|except|finally|with|async\s+with|for|async\s+for|while)\b/.test(rest)) break;
    const colon = topLevelIndex(rest, ":");
    if (colon < 0) return out;
    rest = rest.slice(colon + 1).trim();
  }
  for (const part of splitTopLevel(rest, ";")) if (part.trim()) out.push(part.trim());
  return out;
}

function importTargets(stmt: string, identity: ModuleIdentity, found: Set<string>): void {
  let m = /^import\s+(.+)$/s.exec(stmt);
  if (m) {
    for (const part of splitTopLevel(m[1]!, ",")) {
      const name = part.trim().split(/\s+as\s+/)[0]!.replace(/\s+/g, "");
      if (/^[\w.]+$/.test(name)) found.add(name);
    }
    return;
  }
  m = /^from\s+([\w.\s]+?)\s+import\s+(.+)$/s.exec(stmt);
  if (!m) return;
  const from = m[1]!.replace(/\s+/g, "");
  if (from === "__future__") return;
  const base = absoluteModule(from, identity);
  if (base) found.add(base);
  for (const part of splitTopLevel(m[2]!.replace(/[()]/g, ""), ",")) {
    const name = part.trim().split(/\s+as\s+/)[0]!.trim();
    if (/^\w+$/.test(name)) found.add(base ? `${base}.${name}` : name);
  }
}

function topLevelIndex(text: string, ch: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth = Math.max(0, depth - 1);
    else if (c === ch && depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (let i = topLevelIndex(rest, sep); i >= 0; i = topLevelIndex(rest, sep)) {
    parts.push(rest.slice(0, i));
    rest = rest.slice(i + 1);
  }
  parts.push(rest);
  return parts;
}

interface LogicalLine {
  /** Width of the first physical line's indentation (tabs to multiples of 8, as CPython counts). */
  readonly indent: number;
  /** The statement text with strings emptied, comments removed and continuation lines joined. */
  readonly text: string;
}

/** Python's logical lines: physical lines joined inside brackets, strings and after a backslash. */
export function logicalLines(source: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  const src = source.includes("\r") ? source.replace(/\r\n?/g, "\n") : source;
  let i = 0;
  const n = src.length;
  while (i < n) {
    // Indentation of a new logical line.
    let indent = 0;
    while (i < n && (src[i] === " " || src[i] === "\t" || src[i] === "\f")) {
      indent = src[i] === "\t" ? (Math.floor(indent / 8) + 1) * 8 : src[i] === "\f" ? 0 : indent + 1;
      i++;
    }
    let text = "";
    let depth = 0;
    // Plain text is copied in runs (from `run` to `i`), not a character at a time.
    let run = i;
    for (;;) {
      if (i >= n) {
        text += src.slice(run, i);
        break;
      }
      const c = src[i]!;
      if (c === "#") {
        text += src.slice(run, i);
        while (i < n && src[i] !== "\n") i++;
        run = i;
        continue;
      }
      if (c === "\\" && src[i + 1] === "\n") {
        text += src.slice(run, i) + " ";
        i += 2;
        run = i;
        continue;
      }
      if (c === "\n") {
        text += src.slice(run, i);
        run = ++i;
        if (depth > 0) {
          text += " ";
          continue;
        }
        break;
      }
      if (c === "'" || c === '"') {
        text += src.slice(run, i) + '""';
        run = i = skipString(src, i);
        continue;
      }
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]" || c === "}") depth = Math.max(0, depth - 1);
      i++;
    }
    const trimmed = text.trim();
    if (trimmed) lines.push({ indent, text: trimmed });
  }
  return lines;
}

/** The index just past the string literal starting at `start` (a quote character). */
function skipString(src: string, start: number): number {
  const q = src[start]!;
  const triple = src[start + 1] === q && src[start + 2] === q;
  let i = start + (triple ? 3 : 1);
  while (i < src.length) {
    const c = src[i]!;
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (triple) {
      if (c === q && src[i + 1] === q && src[i + 2] === q) return i + 3;
    } else if (c === q) return i + 1;
    else if (c === "\n") return i; // unterminated: the line ends it
    i++;
  }
  return i;
}
