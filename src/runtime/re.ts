/**
 * The `re` module over JavaScript's RegExp: Python's pattern syntax is rewritten (named groups,
 * `\A`/`\Z`, inline flags, verbose mode, Unicode-aware `\w`/`\d`/`\s`), and the results have Python's
 * shapes (`findall` gives strings or tuples, unmatched groups are None).
 */
import { Exception, IndexError, TypeError } from "./exceptions";

export class ReError extends Exception {
  static readonly __name__ = "error";
}

export const IGNORECASE = 2;
export const MULTILINE = 8;
export const DOTALL = 16;
export const VERBOSE = 64;
export const ASCII = 256;

const SYNTAX = new Set("^$\\.*+?()[]{}|/".split(""));

/** Python pattern text → JavaScript source and flags. */
function reTranslate(pattern: string, flags: number): { source: string; flags: string; groupNames: string[] } {
  let f = flags;
  let p = pattern;
  const inline = /^\(\?([aiLmsux]+)\)/.exec(p);
  if (inline) {
    for (const c of inline[1]!) f |= c === "i" ? IGNORECASE : c === "m" ? MULTILINE : c === "s" ? DOTALL : c === "x" ? VERBOSE : c === "a" ? ASCII : 0;
    p = p.slice(inline[0].length);
  }
  const ascii = (f & ASCII) !== 0;
  let out = "";
  let inClass = false;
  const groupNames: string[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if ((f & VERBOSE) !== 0 && !inClass) {
      if (/\s/.test(c)) continue;
      if (c === "#") {
        while (i < p.length && p[i] !== "\n") i++;
        continue;
      }
    }
    if (c === "\\") {
      const n = p[++i];
      if (n === undefined) throw new ReError("bad escape (end of pattern)");
      if (n === "A") out += "(?<![\\s\\S])";
      else if (n === "Z") out += "(?![\\s\\S])";
      else if (n === "w" && !ascii) out += inClass ? "\\p{L}\\p{N}_" : "[\\p{L}\\p{N}_]";
      else if (n === "W" && !ascii) out += inClass ? "\\P{L}" : "[^\\p{L}\\p{N}_]";
      else if (n === "d" && !ascii) out += inClass ? "\\p{Nd}" : "\\p{Nd}";
      else if (/[bBsSdDwWnrtfv0-9]/.test(n)) out += "\\" + n;
      else if (n === "x") {
        out += "\\x" + p.slice(i + 1, i + 3);
        i += 2;
      } else if (SYNTAX.has(n) || (inClass && n === "-")) out += "\\" + n;
      else out += n;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      out += c === "[" ? "\\[" : c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      if (p[i + 1] === "^") out += p[++i];
      if (p[i + 1] === "]") out += "\\" + p[++i];
      continue;
    }
    if (c === "(" && p.startsWith("(?P<", i)) {
      const end = p.indexOf(">", i);
      groupNames.push(p.slice(i + 4, end));
      out += "(?<" + p.slice(i + 4, end + 1);
      i = end;
      continue;
    }
    if (c === "(" && p.startsWith("(?P=", i)) {
      const end = p.indexOf(")", i);
      out += "\\k<" + p.slice(i + 4, end) + ">";
      i = end;
      continue;
    }
    if (c === "{" && !/^\{\d*(,\d*)?\}/.test(p.slice(i))) {
      out += "\\{";
      continue;
    }
    if (c === "}" && !/\{\d*(,\d*)?$/.test(out)) {
      out += "\\}";
      continue;
    }
    out += c;
  }
  let js = "u";
  if (f & IGNORECASE) js += "i";
  if (f & MULTILINE) js += "m";
  if (f & DOTALL) js += "s";
  return { source: out, flags: js, groupNames };
}

/** A compiled pattern (`re.compile`). */
export class Pattern {
  readonly regex: RegExp;
  readonly groups: number;
  readonly groupindex: Map<string, number>;
  constructor(
    readonly pattern: string,
    readonly flags = 0,
  ) {
    const t = reTranslate(pattern, flags);
    try {
      this.regex = new RegExp(t.source, t.flags + "g");
    } catch (error) {
      throw new ReError(error instanceof Error ? error.message : String(error));
    }
    this.groups = new RegExp(`${t.source}|`, t.flags).exec("")!.length - 1;
    this.groupindex = new Map();
    const names = [...t.source.matchAll(/\(\?<([A-Za-z_]\w*)>/g)].map((m) => m[1]!);
    // Group numbers of named groups: count opening capturing parentheses before each name.
    for (const name of names) {
      const at = t.source.indexOf(`(?<${name}>`);
      const before = t.source.slice(0, at);
      const opens = [...before.matchAll(/(?<!\\)\((?!\?[:=!]|\?<[=!])/g)].length;
      this.groupindex.set(name, opens + 1);
    }
  }

  private execAt(string: string, pos: number, sticky: boolean): RegExpExecArray | null {
    const re = sticky ? new RegExp(this.regex.source, this.regex.flags.replace("g", "") + "y") : this.regex;
    re.lastIndex = pos;
    return re.exec(string);
  }

  search(string: string, pos = 0): Match | null {
    const m = this.execAt(string, pos, false);
    return m ? new Match(this, string, m) : null;
  }

  match(string: string, pos = 0): Match | null {
    const m = this.execAt(string, pos, true);
    return m ? new Match(this, string, m) : null;
  }

  fullmatch(string: string, pos = 0): Match | null {
    const full = new RegExp(`(?:${this.regex.source})$`, this.regex.flags.replace("g", "").replace("m", "") + "y");
    full.lastIndex = pos;
    const m = full.exec(string);
    return m ? new Match(this, string, m) : null;
  }

  *finditer(string: string): Generator<Match> {
    const re = new RegExp(this.regex.source, this.regex.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(string)) !== null) {
      if (m[0] === "") re.lastIndex++;
      yield new Match(this, string, m);
    }
  }

  /** Strings with no groups, the group with one, tuples of groups with several; unmatched groups are "". */
  findall(string: string): unknown[] {
    return [...this.finditer(string)].map((m) => {
      if (this.groups === 0) return m.group(0);
      if (this.groups === 1) return m.group(1) ?? "";
      return m.groups("");
    });
  }

  sub(repl: string | ((m: Match) => string), string: string, count = 0): string {
    let n = 0;
    let out = "";
    let last = 0;
    for (const m of this.finditer(string)) {
      if (count > 0 && n >= count) break;
      out += string.slice(last, m.start()) + (typeof repl === "function" ? repl(m) : m.expand(repl));
      last = m.end();
      n++;
    }
    return out + string.slice(last);
  }

  split(string: string, maxsplit = 0): (string | null)[] {
    const out: (string | null)[] = [];
    let last = 0;
    let n = 0;
    for (const m of this.finditer(string)) {
      if (maxsplit > 0 && n >= maxsplit) break;
      out.push(string.slice(last, m.start()), ...(m.groups() as (string | null)[]));
      last = m.end();
      n++;
    }
    out.push(string.slice(last));
    return out;
  }
}

/** A match result (`re.Match`). */
export class Match {
  constructor(
    readonly re: Pattern,
    readonly string: string,
    private readonly m: RegExpExecArray,
  ) {}

  private index(g: number | string): number {
    const i = typeof g === "string" ? this.re.groupindex.get(g) : g;
    if (i === undefined || i < 0 || i > this.re.groups) throw new IndexError("no such group");
    return i;
  }

  /**
   * `m.group(g)`. Typed `string` as Python's stubs do (an optional group that did not take part is
   * None at run time), so translated code can use the text directly.
   */
  group(g: number | string = 0): string {
    return (this.m[this.index(g)] ?? null) as string;
  }

  /** `m[g]` where the type of `m` is known only at run time. */
  __getitem__(g: number | string): string {
    return this.group(g);
  }

  /** `m.group(1, 2)`: a tuple. */
  groupMany(...gs: (number | string)[]): (string | null)[] {
    return gs.map((g) => this.m[this.index(g)] ?? null);
  }

  groups<D = null>(dflt: D | null = null): (string | D | null)[] {
    return this.m.slice(1).map((v) => v ?? dflt);
  }

  groupdict<D = null>(dflt: D | null = null): Map<string, string | D | null> {
    return new Map([...this.re.groupindex].map(([name, i]) => [name, this.m[i] ?? dflt]));
  }

  start(g: number | string = 0): number {
    return this.span(g)[0];
  }

  end(g: number | string = 0): number {
    return this.span(g)[1];
  }

  span(g: number | string = 0): [number, number] {
    const i = this.index(g);
    if (i === 0) return [this.m.index, this.m.index + this.m[0].length];
    const value = this.m[i];
    if (value === undefined) return [-1, -1];
    const indices = new RegExp(this.re.regex.source, this.re.regex.flags.replace("g", "") + "dy");
    indices.lastIndex = this.m.index;
    const d = indices.exec(this.string) as (RegExpExecArray & { indices?: [number, number][] }) | null;
    return d?.indices?.[i] ?? [-1, -1];
  }

  /** A replacement template: `\1`, `\g<1>`, `\g<name>`. */
  expand(template: string): string {
    return template.replace(/\\(?:g<([^>]+)>|(\d{1,2})|(.))/g, (_, named: string | undefined, num: string | undefined, other: string | undefined) => {
      if (named !== undefined) return (this.group(/^\d+$/.test(named) ? Number(named) : named) as string | null) ?? "";
      if (num !== undefined) return (this.group(Number(num)) as string | null) ?? "";
      const escapes: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\" };
      return escapes[other!] ?? `\\${other}`;
    });
  }

  __repr__(): string {
    return `<re.Match object; span=(${this.start()}, ${this.end()}), match='${this.m[0]}'>`;
  }

  __bool__(): boolean {
    return true;
  }
}

const reCache = new Map<string, Pattern>();

export function reCompile(pattern: string | Pattern, flags = 0): Pattern {
  if (pattern instanceof Pattern) return pattern;
  if (typeof pattern !== "string") throw new TypeError("first argument must be string or compiled pattern");
  const key = `${flags}:${pattern}`;
  let p = reCache.get(key);
  if (!p) reCache.set(key, (p = new Pattern(pattern, flags)));
  return p;
}

export const reSearch = (pattern: string | Pattern, string: string, flags = 0): Match | null => reCompile(pattern, flags).search(string);
export const reMatch = (pattern: string | Pattern, string: string, flags = 0): Match | null => reCompile(pattern, flags).match(string);
export const reFullmatch = (pattern: string | Pattern, string: string, flags = 0): Match | null => reCompile(pattern, flags).fullmatch(string);
export const reFindall = (pattern: string | Pattern, string: string, flags = 0): unknown[] => reCompile(pattern, flags).findall(string);
export const reFinditer = (pattern: string | Pattern, string: string, flags = 0): Generator<Match> => reCompile(pattern, flags).finditer(string);
export const reSplit = (pattern: string | Pattern, string: string, maxsplit = 0, flags = 0): (string | null)[] => reCompile(pattern, flags).split(string, maxsplit);
export const reSub = (pattern: string | Pattern, repl: string | ((m: Match) => string), string: string, count = 0, flags = 0): string => reCompile(pattern, flags).sub(repl, string, count);

/** `re.escape`: Python escapes everything but letters, digits and `_`. */
export function reEscape(s: string): string {
  return s.replace(/[^\p{L}\p{N}_]/gu, (c) => (c === "\n" ? "\\\n" : `\\${c}`));
}
