import type { SyntaxNode } from "../../parse/parser";

export interface DecodedString {
  readonly kind: "str" | "bytes";
  /** For bytes, one char per byte (code points 0–255). */
  readonly value: string;
}

export interface StringPrefix {
  readonly raw: boolean;
  readonly bytes: boolean;
  readonly format: boolean;
}

export function prefixOf(stringNode: SyntaxNode): StringPrefix {
  const start = stringNode.child(0);
  const prefix = (start?.type === "string_start" ? start.text : stringNode.text).match(/^[a-zA-Z]*/)![0].toLowerCase();
  return { raw: prefix.includes("r"), bytes: prefix.includes("b"), format: prefix.includes("f") };
}

/** The value of a string literal without interpolations; undefined for f-strings with fields. */
export function decodeStringLiteral(node: SyntaxNode): DecodedString | undefined {
  const prefix = prefixOf(node);
  let value = "";
  for (const child of node.children) {
    if (child.type === "interpolation") return undefined;
    if (child.type === "string_content") value += decodeContent(child.text, prefix);
  }
  return { kind: prefix.bytes ? "bytes" : "str", value };
}

/** The one-character escapes of Python string and bytes literals. */
const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([["\\", "\\"], ["'", "'"], ['"', '"'], ["a", "\x07"], ["b", "\b"], ["f", "\f"], ["n", "\n"], ["r", "\r"], ["t", "\t"], ["v", "\v"]]);

/** Decodes the escapes of one run of literal text (also used for the literal parts of f-strings). */
export function decodeContent(raw: string, prefix: StringPrefix): string {
  let text = raw;
  if (prefix.format) text = text.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
  // Most literal text has no escapes.
  if (prefix.raw || !text.includes("\\")) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== "\\" || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const n = text[++i]!;
    switch (n) {
      case "\n":
        break;
      case "\r":
        if (text[i + 1] === "\n") i++;
        break;
      case "x": {
        out += String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16));
        i += 2;
        break;
      }
      case "u":
      case "U": {
        if (prefix.bytes) {
          out += "\\" + n;
          break;
        }
        const len = n === "u" ? 4 : 8;
        out += String.fromCodePoint(parseInt(text.slice(i + 1, i + 1 + len), 16));
        i += len;
        break;
      }
      case "N": {
        // \N{NAME}: the Unicode name database is not available; keep a recognisable placeholder.
        const end = text.indexOf("}", i);
        out += namedCharacter(text.slice(i + 2, end)) ?? "\uFFFD";
        i = end;
        break;
      }
      default:
        if (SIMPLE_ESCAPES.has(n)) out += SIMPLE_ESCAPES.get(n)!;
        else if (/[0-7]/.test(n)) {
          const m = /^[0-7]{1,3}/.exec(text.slice(i))![0];
          out += String.fromCharCode(parseInt(m, 8));
          i += m.length - 1;
        } else out += "\\" + n;
    }
  }
  return out;
}

const NAMED: Record<string, string> = { "NO-BREAK SPACE": "\u00a0", "EM DASH": "\u2014", "EN DASH": "\u2013", BULLET: "\u2022", "HORIZONTAL ELLIPSIS": "\u2026", "DEGREE SIGN": "\u00b0" };
const namedCharacter = (name: string): string | undefined => NAMED[name.toUpperCase()];

/** A TypeScript string literal for `value`, safe for any content (quotes, `\u2028`, lone surrogates, NUL). */
export function jsString(value: string): string {
  return JSON.stringify(value).replace(/[\u2028\u2029\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The literal part of a template literal: escapes backticks, `${`, backslashes and anything not printable. */
export function templateText(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const code = c.charCodeAt(0);
    if (c === "`" || c === "\\") out += "\\" + c;
    else if (c === "$" && value[i + 1] === "{") out += "\\$";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += c + value[i + 1];
        i++;
      } else out += `\\u${code.toString(16)}`;
    } else if (code >= 0xdc00 && code <= 0xdfff) out += `\\u${code.toString(16)}`;
    else out += c;
  }
  return out;
}
