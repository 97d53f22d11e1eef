/** One parse of a command line by CPython's algorithm (argparse's `_parse_known_args`). */
import { ArgumentError, SUPPRESS, apActionName, type ApAction, type ApGroup } from "./argparse-actions";
import { ValueError } from "./exceptions";
import { repr } from "./repr";

/** What a parse needs from its parser. */
export interface ApParserHooks {
  convert(action: ApAction, text: string): unknown;
  error(message: string): never;
  printHelp(): void;
  exit(): never;
  formatVersion(version: string): string;
}

/** The namespace a parse fills. */
export type ApValues = { [name: string]: unknown };

/** One run of `_parse_known_args`: CPython's algorithm over the pattern of option ("O") and argument ("A") strings. */
export class ApParse {
  private readonly seen = new Set<ApAction>();
  private readonly seenNonDefault = new Set<ApAction>();
  private readonly conflicts = new Map<ApAction, ApAction[]>();
  private readonly optionAt = new Map<number, [ApAction | null, string, string | null]>();
  private readonly extras: string[] = [];
  /** What subcommands' parsers did not recognise (after this parser's own, as CPython reports them). */
  private readonly subExtras: string[] = [];
  private pattern = "";
  private positionals: ApAction[];

  constructor(
    private readonly parser: ApParserHooks,
    private readonly actions: readonly ApAction[],
    private readonly optionActions: ReadonlyMap<string, ApAction>,
    private readonly exclusive: readonly ApGroup[],
    private readonly allowAbbrev: boolean,
    private readonly ns: ApValues,
    private readonly strings: string[],
  ) {
    this.positionals = actions.filter((a) => a.optionStrings.length === 0);
    for (const group of exclusive) {
      group.actions.forEach((a, i) => {
        const list = this.conflicts.get(a) ?? [];
        list.push(...group.actions.slice(0, i), ...group.actions.slice(i + 1));
        this.conflicts.set(a, list);
      });
    }
  }

  run(): string[] {
    const parts: string[] = [];
    for (let i = 0; i < this.strings.length; i++) {
      const s = this.strings[i]!;
      if (s === "--") {
        parts.push("-", ...this.strings.slice(i + 1).map(() => "A"));
        break;
      }
      const option = this.parseOptional(s);
      if (option) this.optionAt.set(i, option);
      parts.push(option ? "O" : "A");
    }
    this.pattern = parts.join("");
    let start = 0;
    const maxOption = this.optionAt.size ? Math.max(...this.optionAt.keys()) : -1;
    while (start <= maxOption) {
      const next = Math.min(...[...this.optionAt.keys()].filter((i) => i >= start));
      if (start !== next) {
        const end = this.consumePositionals(start);
        if (end > start) {
          start = end;
          continue;
        }
        start = end;
      }
      if (!this.optionAt.has(start)) {
        this.extras.push(...this.strings.slice(start, next));
        start = next;
      }
      start = this.consumeOptional(start);
    }
    const stop = this.consumePositionals(start);
    this.extras.push(...this.strings.slice(stop));
    const missing: string[] = [];
    for (const action of this.actions) {
      if (this.seen.has(action)) continue;
      if (action.required) missing.push(apActionName(action) ?? "");
      else if (typeof action.default === "string" && Object.hasOwn(this.ns, action.dest) && action.default === this.ns[action.dest]) {
        this.ns[action.dest] = this.parser.convert(action, action.default);
      }
    }
    this.extras.push(...this.subExtras);
    if (missing.length) this.parser.error(`the following arguments are required: ${missing.join(", ")}`);
    for (const group of this.exclusive) {
      if (group.required && !group.actions.some((a) => this.seenNonDefault.has(a))) {
        const names = group.actions.filter((a) => a.help !== SUPPRESS).map((a) => apActionName(a));
        this.parser.error(`one of the arguments ${names.join(" ")} is required`);
      }
    }
    return this.extras;
  }

  private parseOptional(s: string): [ApAction | null, string, string | null] | undefined {
    if (!s || s[0] !== "-") return undefined;
    const exact = this.optionActions.get(s);
    if (exact) return [exact, s, null];
    if (s.length === 1) return undefined;
    const eq = s.indexOf("=");
    if (eq >= 0) {
      const action = this.optionActions.get(s.slice(0, eq));
      if (action) return [action, s.slice(0, eq), s.slice(eq + 1)];
    }
    const tuples = this.optionTuples(s);
    if (tuples.length > 1) this.parser.error(`ambiguous option: ${s} could match ${tuples.map((t) => t[1]).join(", ")}`);
    if (tuples.length === 1) return tuples[0];
    if (/^-\d+$|^-\d*\.\d+$/.test(s) && ![...this.optionActions.keys()].some((o) => /^-\d+$|^-\d*\.\d+$/.test(o))) return undefined;
    if (s.includes(" ")) return undefined;
    return [null, s, null];
  }

  private optionTuples(s: string): [ApAction, string, string | null][] {
    const out: [ApAction, string, string | null][] = [];
    if (s[1] === "-") {
      if (!this.allowAbbrev) return out;
      const eq = s.indexOf("=");
      const prefix = eq >= 0 ? s.slice(0, eq) : s;
      const explicit = eq >= 0 ? s.slice(eq + 1) : null;
      for (const [o, a] of this.optionActions) if (o.startsWith(prefix)) out.push([a, o, explicit]);
    } else {
      for (const [o, a] of this.optionActions) {
        if (o === s.slice(0, 2)) out.push([a, o, s.slice(2)]);
        else if (o.startsWith(s)) out.push([a, o, null]);
      }
    }
    return out;
  }

  private consumeOptional(start: number): number {
    let [action, option, explicit] = this.optionAt.get(start)!;
    const taken: [ApAction, string[], string][] = [];
    let stop = start + 1;
    for (;;) {
      if (action === null) {
        this.extras.push(this.strings[start]!);
        return start + 1;
      }
      if (explicit !== null) {
        const count = this.matchArgument(action, "A");
        if (count === 0 && option[1] !== "-" && explicit !== "") {
          taken.push([action, [], option]);
          option = option[0]! + explicit[0]!;
          const rest = explicit.slice(1) || null;
          const next = this.optionActions.get(option);
          if (!next) throw new ArgumentError(action, `ignored explicit argument ${repr(explicit)}`);
          action = next;
          explicit = rest;
        } else if (count === 1) {
          stop = start + 1;
          taken.push([action, [explicit], option]);
          break;
        } else throw new ArgumentError(action, `ignored explicit argument ${repr(explicit)}`);
      } else {
        const from = start + 1;
        const count = this.matchArgument(action, this.pattern.slice(from));
        stop = from + count;
        taken.push([action, this.strings.slice(from, stop), option]);
        break;
      }
    }
    for (const [a, args, o] of taken) this.take(a, args, o);
    return stop;
  }

  private consumePositionals(start: number): number {
    const counts = this.matchPartial(this.positionals, this.pattern.slice(start));
    counts.forEach((count, i) => {
      this.take(this.positionals[i]!, this.strings.slice(start, start + count), null);
      start += count;
    });
    this.positionals = this.positionals.slice(counts.length);
    return start;
  }

  private matchArgument(action: ApAction, pattern: string): number {
    const m = new RegExp(`^${apNargsPattern(action)}`).exec(pattern);
    if (!m) {
      const n = action.nargs;
      const msg = n === null ? "expected one argument" : n === "?" ? "expected at most one argument" : n === "+" ? "expected at least one argument" : `expected ${String(n)} argument${n === 1 ? "" : "s"}`;
      throw new ArgumentError(action, msg);
    }
    return m[1]!.length;
  }

  private matchPartial(actions: readonly ApAction[], pattern: string): number[] {
    for (let i = actions.length; i > 0; i--) {
      const m = new RegExp(`^${actions.slice(0, i).map(apNargsPattern).join("")}`).exec(pattern);
      if (m) return m.slice(1).map((g) => (g ?? "").length);
    }
    return [];
  }

  private take(action: ApAction, strings: string[], option: string | null): void {
    this.seen.add(action);
    const value = this.values(action, strings);
    if (value !== action.default) {
      this.seenNonDefault.add(action);
      const clash = (this.conflicts.get(action) ?? []).find((c) => this.seenNonDefault.has(c));
      if (clash) throw new ArgumentError(action, `not allowed with argument ${apActionName(clash)}`);
    }
    if (value !== SUPPRESS) this.perform(action, value, option);
  }

  /** `_get_values`: the strings an action took, converted and checked against its choices. */
  private values(action: ApAction, strings: string[]): unknown {
    if (action.nargs !== "..." && action.nargs !== "A...") {
      const dash = strings.indexOf("--");
      if (dash >= 0) strings.splice(dash, 1);
    }
    const one = (text: string): unknown => {
      const v = this.parser.convert(action, text);
      this.check(action, v);
      return v;
    };
    if (strings.length === 0 && action.nargs === "?") {
      const v = action.optionStrings.length ? action.const : action.default;
      return typeof v === "string" ? one(v) : v;
    }
    if (strings.length === 0 && action.nargs === "*" && action.optionStrings.length === 0) {
      const v = action.default !== null ? action.default : strings;
      this.check(action, v);
      return v;
    }
    if (strings.length === 1 && (action.nargs === null || action.nargs === "?")) return one(strings[0]!);
    if (action.nargs === "...") return strings.map((s) => this.parser.convert(action, s));
    if (action.nargs === "A...") {
      const values = strings.map((s) => this.parser.convert(action, s));
      this.check(action, values[0]);
      return values;
    }
    return strings.map(one);
  }

  private check(action: ApAction, value: unknown): void {
    if (action.choices !== null && !action.choices.includes(value)) {
      throw new ArgumentError(action, `invalid choice: ${repr(value)} (choose from ${action.choices.map((c) => repr(c)).join(", ")})`);
    }
  }

  private perform(action: ApAction, value: unknown, option: string | null): void {
    const ns = this.ns;
    const d = action.dest;
    switch (action.kind) {
      case "store":
        ns[d] = value;
        return;
      case "store_const":
      case "store_true":
      case "store_false":
        ns[d] = action.const;
        return;
      case "append":
      case "append_const":
      case "extend": {
        const current = ns[d];
        const items = Array.isArray(current) ? [...(current as unknown[])] : [];
        if (action.kind === "extend") items.push(...(value as unknown[]));
        else items.push(action.kind === "append" ? value : action.const);
        ns[d] = items;
        return;
      }
      case "parsers": {
        // The subcommand's name, then its parser parses the rest into the same namespace.
        const [name, ...rest] = value as string[];
        if (d !== SUPPRESS) ns[d] = name;
        const parser = action.parsers?.get(name!);
        if (!parser) throw new ArgumentError(action, `unknown parser ${repr(name)} (choices: ${(action.choices ?? []).join(", ")})`);
        const [values, extras] = parser.parseKnownArgs(rest);
        Object.assign(ns, values);
        this.subExtras.push(...extras);
        return;
      }
      case "boolean_optional":
        ns[d] = !(option ?? "").startsWith("--no-");
        return;
      case "count":
        ns[d] = (typeof ns[d] === "number" ? (ns[d] as number) : 0) + 1;
        return;
      case "help":
        this.parser.printHelp();
        return this.parser.exit();
      case "version":
        process.stdout.write(this.parser.formatVersion(action.version ?? ""));
        return this.parser.exit();
      default:
        throw new ValueError(`unknown action ${repr(action.kind)} for ${repr(option)}`);
    }
  }
}

function apNargsPattern(action: ApAction): string {
  const n = action.nargs;
  let p =
    n === null ? "(-*A-*)"
    : n === "?" ? "(-*A?-*)"
    : n === "*" ? "(-*[A-]*)"
    : n === "+" ? "(-*A[A-]*)"
    : n === "..." ? "([-AO]*)"
    : n === "A..." ? "(-*A[-AO]*)"
    : n === SUPPRESS ? "(-*-*)"
    : typeof n === "number" ? `(-*${Array.from({ length: n }, () => "A").join("-*")}-*)`
    : "";
  if (p === "") throw new ValueError("invalid nargs value");
  if (action.optionStrings.length) p = p.replace(/-\*/g, "").replace(/-/g, "");
  return p;
}

