/** argparse's help and usage text, laid out as CPython 3.11's HelpFormatter (and its textwrap) does. */
import { SUPPRESS, type ApAction, type ApGroup } from "./argparse-actions";
import { percentFormat } from "./percent-format";
import { ValueError } from "./exceptions";
import { str } from "./repr";

/** `formatter_class=`: CPython's help formatters, by name. */
export type ApFormatterClass = "HelpFormatter" | "RawDescriptionHelpFormatter" | "RawTextHelpFormatter" | "ArgumentDefaultsHelpFormatter";

/**
 * One help (or usage) text: the usage line, text paragraphs and argument sections, added in order.
 * Sections are indented by 2; arguments' help starts in one column (at most 24) for the whole text.
 */
export class ApFormatter {
  private readonly width: number;
  private readonly maxHelpPosition: number;
  private actionMaxLength = 0;
  /** The parts of the help in order, formatted once every argument is known (the help column depends on all of them). */
  private readonly parts: (() => string)[] = [];

  constructor(
    private readonly prog: string,
    private readonly kind: ApFormatterClass,
  ) {
    this.width = apTerminalColumns() - 2;
    this.maxHelpPosition = Math.min(24, Math.max(this.width - 20, 4));
  }

  usage(usage: string | null, actions: readonly ApAction[], groups: readonly ApGroup[], prefix = "usage: "): this {
    if (usage !== SUPPRESS) this.parts.push(() => this.formatUsage(usage, actions, groups, prefix));
    return this;
  }

  text(text: string | null): this {
    if (text !== null && text !== SUPPRESS) this.parts.push(() => this.formatText(text, 0));
    return this;
  }

  section(title: string | null, description: string | null, actions: readonly ApAction[]): this {
    const items: (() => string)[] = [];
    const indent = 2;
    if (description !== null && description !== SUPPRESS) items.push(() => this.formatText(description, indent));
    for (const action of actions) {
      if (action.help === SUPPRESS) continue;
      // A subcommand argument's subcommands count at the section's indent (as CPython measures them).
      const invocations = [action, ...(action.subactions ?? [])].map((a) => this.invocation(a).length);
      this.actionMaxLength = Math.max(this.actionMaxLength, ...invocations.map((n) => n + indent));
      items.push(() => this.formatAction(action, indent));
    }
    this.parts.push(() => {
      const body = items.map((f) => f()).join("");
      if (!body) return "";
      return `\n${title !== null && title !== SUPPRESS ? `${title}:\n` : ""}${body}\n`;
    });
    return this;
  }

  render(): string {
    const help = this.parts.map((f) => f()).join("");
    return help ? `${help.replace(/\n\n\n+/g, "\n\n").replace(/^\n+|\n+$/g, "")}\n` : "";
  }

  private formatText(text: string, indent: number): string {
    const t = text.includes("%(prog)") ? percentFormat(text, new Map([["prog", this.prog]])) : text;
    const pad = " ".repeat(indent);
    // The raw formatters keep the text's own lines (and its final newline, if any).
    if (this.kind === "RawDescriptionHelpFormatter" || this.kind === "RawTextHelpFormatter") return `${apSplitLines(t, true).map((l) => pad + l).join("")}\n\n`;
    return `${apWrap(apCollapse(t), Math.max(this.width - indent, 11)).map((l) => pad + l).join("\n")}\n\n`;
  }

  private formatAction(action: ApAction, indent: number): string {
    const helpPosition = Math.min(this.actionMaxLength + 2, this.maxHelpPosition);
    const helpWidth = Math.max(this.width - helpPosition, 11);
    const actionWidth = helpPosition - indent - 2;
    let header = this.invocation(action);
    let indentFirst = 0;
    const pad = " ".repeat(indent);
    if (!action.help) header = `${pad}${header}\n`;
    else if (header.length <= actionWidth) header = `${pad}${header.padEnd(actionWidth)}  `;
    else {
      header = `${pad}${header}\n`;
      indentFirst = helpPosition;
    }
    const parts = [header];
    if (action.help && action.help.trim()) {
      const help = this.expandHelp(action);
      const lines = this.kind === "RawTextHelpFormatter" ? apSplitLines(help, false) : apWrap(apCollapse(help), helpWidth);
      if (lines.length) {
        parts.push(`${" ".repeat(indentFirst)}${lines[0]}\n`);
        for (const line of lines.slice(1)) parts.push(`${" ".repeat(helpPosition)}${line}\n`);
      }
    } else if (!header.endsWith("\n")) parts.push("\n");
    for (const sub of action.subactions ?? []) parts.push(this.formatAction(sub, indent + 2));
    return parts.join("");
  }

  private expandHelp(action: ApAction): string {
    let help = action.help ?? "";
    // ArgumentDefaultsHelpFormatter names the default of every option (and of optional positionals).
    if (this.kind === "ArgumentDefaultsHelpFormatter" && !help.includes("%(default)") && action.default !== SUPPRESS && (action.optionStrings.length || action.nargs === "?" || action.nargs === "*")) help += " (default: %(default)s)";
    if (!help.includes("%")) return help;
    const params = new Map<string, unknown>([
      ["option_strings", action.optionStrings],
      ["dest", action.dest],
      ["nargs", action.nargs],
      ["const", action.const],
      ["default", action.default],
      ["type", typeof action.type === "function" ? action.type.name : action.type],
      ["choices", action.choices === null ? null : action.choices.map((c) => str(c)).join(", ")],
      ["required", action.required],
      ["help", action.help],
      ["metavar", action.metavar],
      ["prog", this.prog],
    ]);
    for (const [k, v] of params) if (v === SUPPRESS) params.delete(k);
    return percentFormat(help, params);
  }

  private invocation(action: ApAction): string {
    if (action.optionStrings.length === 0) return this.metavars(action, action.dest)(1)[0]!;
    if (action.nargs === 0) return action.optionStrings.join(", ");
    const args = this.formatArgs(action, action.dest.toUpperCase());
    return action.optionStrings.map((o) => `${o} ${args}`).join(", ");
  }

  private metavars(action: ApAction, fallback: string): (n: number) => readonly string[] {
    const m = action.metavar !== null ? action.metavar : action.choices !== null ? `{${action.choices.map((c) => str(c)).join(",")}}` : fallback;
    return (n) => (typeof m === "string" ? Array.from({ length: n }, () => m) : m);
  }

  private formatArgs(action: ApAction, fallback: string): string {
    const get = this.metavars(action, fallback);
    const n = action.nargs;
    if (n === null) return get(1)[0]!;
    if (n === "?") return `[${get(1)[0]}]`;
    if (n === "*") {
      const m = get(1);
      return m.length === 2 ? `[${m[0]} [${m[1]} ...]]` : `[${m[0]} ...]`;
    }
    if (n === "+") {
      const m = get(2);
      return `${m[0]} [${m[1]} ...]`;
    }
    if (n === "...") return "...";
    if (n === "A...") return `${get(1)[0]} ...`;
    if (n === SUPPRESS) return "";
    if (typeof n === "number") return get(n).slice(0, n).join(" ");
    throw new ValueError("invalid nargs value");
  }

  private formatUsage(usage: string | null, actions: readonly ApAction[], groups: readonly ApGroup[], prefix: string): string {
    let text: string;
    if (usage !== null) text = percentFormat(usage, new Map([["prog", this.prog]]));
    else if (actions.length === 0) text = this.prog;
    else {
      const optionals = actions.filter((a) => a.optionStrings.length);
      const positionals = actions.filter((a) => !a.optionStrings.length);
      const actionUsage = this.actionsUsage([...optionals, ...positionals], groups);
      text = [this.prog, actionUsage].filter((s) => s).join(" ");
      const textWidth = this.width;
      if (prefix.length + text.length > textWidth) {
        const partRe = /\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+/g;
        const optParts = this.actionsUsage(optionals, groups).match(partRe) ?? [];
        const posParts = this.actionsUsage(positionals, groups).match(partRe) ?? [];
        const getLines = (parts: readonly string[], indent: string, withPrefix = false): string[] => {
          const lines: string[] = [];
          let line: string[] = [];
          let len = withPrefix ? prefix.length - 1 : indent.length - 1;
          for (const part of parts) {
            if (len + 1 + part.length > textWidth && line.length) {
              lines.push(indent + line.join(" "));
              line = [];
              len = indent.length - 1;
            }
            line.push(part);
            len += part.length + 1;
          }
          if (line.length) lines.push(indent + line.join(" "));
          if (withPrefix) lines[0] = lines[0]!.slice(indent.length);
          return lines;
        };
        let lines: string[];
        if (prefix.length + this.prog.length <= 0.75 * textWidth) {
          const indent = " ".repeat(prefix.length + this.prog.length + 1);
          if (optParts.length) lines = [...getLines([this.prog, ...optParts], indent, true), ...getLines(posParts, indent)];
          else if (posParts.length) lines = getLines([this.prog, ...posParts], indent, true);
          else lines = [this.prog];
        } else {
          const indent = " ".repeat(prefix.length);
          lines = getLines([...optParts, ...posParts], indent);
          if (lines.length > 1) lines = [...getLines(optParts, indent), ...getLines(posParts, indent)];
          lines = [this.prog, ...lines];
        }
        text = lines.join("\n");
      }
    }
    return `${prefix}${text}\n\n`;
  }

  private actionsUsage(actions: readonly ApAction[], groups: readonly ApGroup[]): string {
    const inGroup = new Set<ApAction>();
    const inserts = new Map<number, string>();
    for (const group of groups) {
      if (group.actions.length === 0) throw new ValueError("empty group");
      const start = actions.indexOf(group.actions[0]!);
      if (start < 0) continue;
      const end = start + group.actions.length;
      if (!group.actions.every((a, i) => actions[start + i] === a)) continue;
      for (const a of group.actions) inGroup.add(a);
      const [open, close] = group.required ? ["(", ")"] : ["[", "]"];
      inserts.set(start, inserts.has(start) ? `${inserts.get(start)} ${open}` : open);
      inserts.set(end, inserts.has(end) ? `${inserts.get(end)}${close}` : close);
      for (let i = start + 1; i < end; i++) inserts.set(i, "|");
    }
    const parts: (string | null)[] = actions.map((action, i) => {
      if (action.help === SUPPRESS) {
        if (inserts.get(i) === "|") inserts.delete(i);
        else if (inserts.get(i + 1) === "|") inserts.delete(i + 1);
        return null;
      }
      if (!action.optionStrings.length) {
        let part = this.formatArgs(action, action.dest);
        if (inGroup.has(action) && part.startsWith("[") && part.endsWith("]")) part = part.slice(1, -1);
        return part;
      }
      const option = action.optionStrings[0]!;
      const flag = action.kind === "boolean_optional" ? action.optionStrings.join(" | ") : option;
      const part = action.nargs === 0 ? flag : `${option} ${this.formatArgs(action, action.dest.toUpperCase())}`;
      return !action.required && !inGroup.has(action) ? `[${part}]` : part;
    });
    for (const i of [...inserts.keys()].sort((a, b) => b - a)) parts.splice(i, 0, inserts.get(i)!);
    return parts
      .filter((p): p is string => p !== null)
      .join(" ")
      .replace(/([[(]) /g, "$1")
      .replace(/ ([\])])/g, "$1")
      .replace(/[[(] *[\])]/g, "")
      .replace(/\(([^|]*)\)/g, "$1")
      .trim();
  }
}

/** `shutil.get_terminal_size().columns`: `COLUMNS`, else the terminal's width, else 80. */
function apTerminalColumns(): number {
  const env = Number.parseInt(process.env.COLUMNS ?? "", 10);
  if (env > 0) return env;
  return process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 80;
}

/** `str.splitlines(keepends)` (the line breaks help text can hold). */
function apSplitLines(text: string, keepEnds: boolean): string[] {
  const lines = text.match(/[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]|$)/g) ?? [];
  const nonEmpty = lines.filter((l) => l !== "");
  return keepEnds ? nonEmpty : nonEmpty.map((l) => l.replace(/(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])$/, ""));
}

const apCollapse = (text: string): string => text.replace(/[ \t\n\r\f\v]+/g, " ").trim();

/** textwrap's chunks: words split after hyphens between letters, and whitespace runs. */
const apWordSep = /[ \t\n\r\f\v]+|(?<=[\w!"'&.,?])-{2,}(?=\w)|\S+?(?:-(?:(?<=[^\d\W]{2}-)|(?<=[^\d\W]-[^\d\W]-))(?=[^\d\W]-?[^\d\W])|(?=[ \t\n\r\f\v]|$)|(?<=[\w!"'&.,?])(?=-{2,}\w))/gu;

/** `textwrap.wrap(text, width)` for text without newlines or tabs (help text is collapsed first). */
function apWrap(text: string, width: number): string[] {
  const chunks = (text.match(apWordSep) ?? []).reverse();
  const lines: string[] = [];
  const isSpace = (s: string): boolean => s.trim() === "";
  while (chunks.length) {
    const line: string[] = [];
    let len = 0;
    if (lines.length && isSpace(chunks[chunks.length - 1]!)) chunks.pop();
    while (chunks.length) {
      const l = chunks[chunks.length - 1]!.length;
      if (len + l <= width) {
        line.push(chunks.pop()!);
        len += l;
      } else break;
    }
    if (chunks.length && chunks[chunks.length - 1]!.length > width) {
      const space = width < 1 ? 1 : width - len;
      const chunk = chunks.pop()!;
      // A long word breaks after its last hyphen that fits, else at the width.
      const hyphen = chunk.lastIndexOf("-", space - 1);
      const end = hyphen > 0 && /[^-]/.test(chunk.slice(0, hyphen)) ? hyphen + 1 : space;
      line.push(chunk.slice(0, end));
      len += end;
      chunks.push(chunk.slice(end));
    }
    if (line.length && isSpace(line[line.length - 1]!)) {
      len -= line[line.length - 1]!.length;
      line.pop();
    }
    if (line.length) lines.push(line.join(""));
  }
  return lines;
}

