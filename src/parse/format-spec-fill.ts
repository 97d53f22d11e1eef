/**
 * `f"{x:=^9}"` is a format spec (fill `=`, centred), but tree-sitter's grammar reads `x:=` as a
 * walrus and reports a syntax error. Inside a replacement field, a walrus must be parenthesised
 * (`{(x := 1)}`), so a `:=` at the field's top level always starts a spec. Such an `=` is replaced
 * by a private-use character before parsing (one UTF-16 unit for one, so positions do not move)
 * and turned back by `restoreSpecFill`.
 */
export const SPEC_EQUALS = "\uE000";

const STRING_STARTS = new Set(["'", '"', ..."rRbBuUfF"]);

export function protectSpecFill(source: string): string {
  if (!/[fF][rR]?["']|[rR][fF]["']/.test(source) || !source.includes(":=")) return source;
  const out = source.split("");
  let i = 0;
  const n = source.length;

  /** Skips a string literal starting at `i` (its prefix already passed); handles f-strings' fields. */
  const skipString = (isF: boolean): void => {
    const q = source[i]!;
    const triple = source.startsWith(q.repeat(3), i);
    const close = triple ? q.repeat(3) : q;
    i += close.length;
    while (i < n && !source.startsWith(close, i)) {
      const c = source[i]!;
      if (c === "\\") i += 2;
      else if (!triple && c === "\n") return;
      else if (isF && c === "{" && source[i + 1] === "{") i += 2;
      else if (isF && c === "{") field();
      else i++;
    }
    i += close.length;
  };

  /** A replacement field at `i` (on its `{`), up to its closing `}`. */
  const field = (): void => {
    i++;
    let depth = 0;
    while (i < n) {
      const c = source[i]!;
      if (startsString()) continue;
      if ("([{".includes(c)) depth++;
      else if (")]".includes(c)) depth--;
      else if (c === "}" && depth === 0) {
        i++;
        return;
      } else if (c === "}") depth--;
      else if (c === ":" && depth === 0) {
        if (source[i + 1] === "=") out[i + 1] = SPEC_EQUALS;
        spec();
        return;
      }
      i++;
    }
  };

  /** A format spec after `:`, with nested fields (`{x:>{w}}`), up to the field's `}`. */
  const spec = (): void => {
    i++;
    while (i < n) {
      const c = source[i]!;
      if (c === "{") field();
      else if (c === "}") {
        i++;
        return;
      } else i++;
    }
  };

  /** At a string literal's start (with its prefix)? Then skips it and says so. */
  const startsString = (): boolean => {
    // Only a quote or a prefix letter can start one (most characters are neither).
    if (!STRING_STARTS.has(source[i]!)) return false;
    const m = /^([rRbBuUfF]{0,2})(["'])/.exec(source.slice(i, i + 3));
    // A quote or prefix letter right after a name character is not a literal's start.
    if (!m || (i > 0 && /\w/.test(source[i - 1]!))) return false;
    i += m[1]!.length;
    skipString(/f/i.test(m[1]!));
    return true;
  };

  while (i < n) {
    const c = source[i]!;
    if (c === "#") {
      while (i < n && source[i] !== "\n") i++;
    } else if (!startsString()) i++;
  }
  return out.join("");
}

/** The format spec's text as written (see protectSpecFill). */
export const restoreSpecFill = (text: string): string => text.replace(/^:\uE000/, ":=");
