/**
 * Python's `argparse`, ported from CPython 3.11: the same parse (options and positionals matched by
 * CPython's nargs patterns, abbreviations, `-abc` flag clusters, `--`, subcommands), the same help
 * and usage text (wrapped as CPython's HelpFormatter does, to `COLUMNS` or the terminal's width
 * minus 2, 78 when not a terminal) and the same errors (usage and `prog: error: …` on stderr, exit
 * status 2).
 *
 * Not here (the translator refuses them): `FileType`, `parents=`, custom `Action` classes,
 * formatter classes other than CPython's four, `fromfile_prefix_chars`, `prefix_chars` other than `-`.
 */
import { SystemExit, TypeError, ValueError } from "./exceptions";
import { eq } from "./compare";
import { repr } from "./repr";
import { toFloat, toInt } from "./numbers";
import { ArgumentError, ArgumentTypeError, SUPPRESS, type ApAction, type ApType } from "./argparse-actions";
import { ApFormatter, type ApFormatterClass } from "./argparse-help";
import { ApParse } from "./argparse-parse";

/** `add_argument(...)`'s keyword arguments. */
export interface ApArgumentOptions {
  readonly action?: string;
  readonly nargs?: number | string | null;
  readonly const?: unknown;
  readonly default?: unknown;
  readonly type?: ApType | null;
  readonly choices?: Iterable<unknown> | null;
  readonly required?: boolean;
  readonly help?: string | null;
  readonly metavar?: string | readonly string[] | null;
  readonly dest?: string | null;
  readonly version?: string;
}


/** `ArgumentParser(...)`'s keyword arguments. */
export interface ApParserOptions {
  /** How the namespace's attributes print, by dest (`f` for a float): the translator knows their types, a JS number does not. */
  readonly shapes?: Readonly<Record<string, string>>;
  readonly formatterClass?: ApFormatterClass;
  readonly prog?: string | null;
  readonly usage?: string | null;
  readonly description?: string | null;
  readonly epilog?: string | null;
  readonly argumentDefault?: unknown;
  readonly addHelp?: boolean;
  readonly allowAbbrev?: boolean;
  readonly exitOnError?: boolean;
}


/** `add_subparsers(...)`'s keyword arguments. */
export interface ApSubparsersOptions {
  readonly title?: string | null;
  readonly description?: string | null;
  readonly prog?: string | null;
  readonly dest?: string | null;
  readonly required?: boolean;
  readonly help?: string | null;
  readonly metavar?: string | null;
}

/** `add_parser(name, ...)`'s keyword arguments: the subcommand's parser's, and how the subcommand is listed. */
export interface ApSubcommandOptions extends ApParserOptions {
  readonly help?: string | null;
  readonly aliases?: readonly string[];
}

/** `argparse.Namespace`: the parsed values as attributes, printed as `Namespace(port=8080, verbose=False)`. */
export class Namespace {
  [name: string]: unknown;

  constructor(values: Readonly<Record<string, unknown>> = {}) {
    Object.assign(this, values);
  }

  __repr__(): string {
    const shapes = apShapes.get(this);
    const parts = Object.entries(this).map(([k, v]) => {
      const shape = shapes?.[k];
      return /^[A-Za-z_]\w*$/.test(k) ? `${k}=${repr(v, shape)}` : `**{${repr(k)}: ${repr(v, shape)}}`;
    });
    return `Namespace(${parts.join(", ")})`;
  }

  __eq__(other: unknown): boolean {
    if (!(other instanceof Namespace)) return false;
    const mine = Object.entries(this);
    return mine.length === Object.keys(other).length && mine.every(([k, v]) => Object.hasOwn(other, k) && eq(v, other[k]));
  }
}

/** How the attributes of the namespaces a parser filled print (see ApParserOptions.shapes). */
const apShapes = new WeakMap<Namespace, Readonly<Record<string, string>>>();

/** The actions by name; `boolean_optional` is `argparse.BooleanOptionalAction` (`--x` / `--no-x`). */
const APZERO_ARGS = new Set(["store_const", "store_true", "store_false", "append_const", "count", "help", "version", "boolean_optional"]);
const APACTIONS = new Set([...APZERO_ARGS, "store", "append", "extend"]);

/** `add_argument_group(...)` and `add_mutually_exclusive_group(...)`: arguments listed (or checked) together. */
export class ArgumentGroup {
  readonly actions: ApAction[] = [];

  constructor(
    protected readonly parser: ArgumentParser,
    readonly title: string | null,
    readonly description: string | null,
    readonly required = false,
    readonly exclusive = false,
    private readonly container: ArgumentGroup | null = null,
  ) {}

  addArgument(names: readonly string[], options: ApArgumentOptions = {}): void {
    const action = this.parser.makeAction(names, options);
    if (this.exclusive && action.required) throw new ValueError("mutually exclusive arguments must be optional");
    this.actions.push(action);
    // A mutually exclusive group lists its arguments in the section it was made in (the parser's own by kind).
    this.parser.registerAction(action, this.exclusive ? (this.container ?? this.parser.sectionFor(action)) : this);
  }

  addArgumentGroup(title: string | null = null, description: string | null = null): ArgumentGroup {
    return this.parser.addArgumentGroup(title, description);
  }

  addMutuallyExclusiveGroup(options: { readonly required?: boolean } = {}): ArgumentGroup {
    const group = new ArgumentGroup(this.parser, null, null, options.required ?? false, true, this.exclusive ? this.container : this);
    this.parser.exclusiveGroups.push(group);
    return group;
  }
}

/** `add_subparsers(...)`: the subcommand argument; `add_parser(name)` makes the parser of one subcommand. */
export class SubParsers<N extends Namespace = Namespace> {
  constructor(
    private readonly action: ApAction,
    private readonly progPrefix: string,
  ) {}

  addParser(name: string, options: ApSubcommandOptions = {}): ArgumentParser<N> {
    const parsers = this.action.parsers!;
    const aliases = options.aliases ?? [];
    if (parsers.has(name)) throw new ArgumentError(this.action, `conflicting subparser: ${name}`);
    for (const alias of aliases) if (parsers.has(alias)) throw new ArgumentError(this.action, `conflicting subparser alias: ${alias}`);
    if ("help" in options) {
      const metavar = aliases.length ? `${name} (${aliases.join(", ")})` : name;
      this.action.subactions!.push({ optionStrings: [], dest: name, kind: "store", nargs: 0, const: null, default: null, type: null, choices: null, required: false, help: options.help ?? null, metavar });
    }
    const parser = new ArgumentParser<N>({ ...options, prog: options.prog ?? `${this.progPrefix} ${name}` });
    for (const n of [name, ...aliases]) {
      parsers.set(n, parser);
      (this.action.choices as unknown[]).push(n);
    }
    return parser;
  }
}

/** `argparse.ArgumentParser`; `N` is the namespace type the translator worked out from the `add_argument` calls. */
export class ArgumentParser<N extends Namespace = Namespace> {
  readonly prog: string;
  readonly usage: string | null;
  readonly description: string | null;
  readonly epilog: string | null;
  private readonly argumentDefault: unknown;
  private readonly allowAbbrev: boolean;
  private readonly exitOnError: boolean;
  private readonly formatterClass: ApFormatterClass;
  private readonly shapes: Readonly<Record<string, string>> | undefined;
  private readonly actions: ApAction[] = [];
  private readonly optionActions = new Map<string, ApAction>();
  private readonly defaults = new Map<string, unknown>();
  private readonly groups: ArgumentGroup[] = [];
  readonly exclusiveGroups: ArgumentGroup[] = [];
  private readonly positionalGroup: ArgumentGroup;
  private readonly optionalGroup: ArgumentGroup;

  constructor(options: ApParserOptions = {}) {
    this.prog = options.prog ?? apDefaultProg();
    this.usage = options.usage ?? null;
    this.description = options.description ?? null;
    this.epilog = options.epilog ?? null;
    this.argumentDefault = options.argumentDefault ?? null;
    this.allowAbbrev = options.allowAbbrev ?? true;
    this.exitOnError = options.exitOnError ?? true;
    this.formatterClass = options.formatterClass ?? "HelpFormatter";
    this.shapes = options.shapes;
    this.positionalGroup = this.addArgumentGroup("positional arguments");
    this.optionalGroup = this.addArgumentGroup("options");
    if (options.addHelp ?? true) this.addArgument(["-h", "--help"], { action: "help", default: SUPPRESS, help: "show this help message and exit" });
  }

  addArgument(names: readonly string[], options: ApArgumentOptions = {}): void {
    const action = this.makeAction(names, options);
    this.registerAction(action, this.sectionFor(action));
  }

  /** The section of the help an argument added to the parser itself is listed in. */
  sectionFor(action: ApAction): ArgumentGroup {
    return action.optionStrings.length ? this.optionalGroup : this.positionalGroup;
  }

  addArgumentGroup(title: string | null = null, description: string | null = null): ArgumentGroup {
    const group = new ArgumentGroup(this, title, description);
    this.groups.push(group);
    return group;
  }

  addMutuallyExclusiveGroup(options: { readonly required?: boolean } = {}): ArgumentGroup {
    const group = new ArgumentGroup(this, null, null, options.required ?? false, true);
    this.exclusiveGroups.push(group);
    return group;
  }

  addSubparsers(options: ApSubparsersOptions = {}): SubParsers<N> {
    if (this.actions.some((a) => a.kind === "parsers")) this.error("cannot have multiple subparser arguments");
    const section = "title" in options || "description" in options ? this.addArgumentGroup(options.title ?? "subcommands", options.description ?? null) : this.positionalGroup;
    // Subcommands' parsers are named after this one and its positional arguments (`prog ARG run`).
    const positionals = this.actions.filter((a) => a.optionStrings.length === 0);
    const prefix = options.prog ?? new ApFormatter(this.prog, this.formatterClass).usage(this.usage, positionals, this.exclusiveGroups, "").render().trim();
    const action: ApAction = { optionStrings: [], dest: options.dest ?? SUPPRESS, kind: "parsers", nargs: "A...", const: null, default: null, type: null, choices: [], required: options.required ?? false, help: options.help ?? null, metavar: options.metavar ?? null, parsers: new Map(), subactions: [] };
    this.registerAction(action, section);
    return new SubParsers<N>(action, prefix);
  }

  setDefaults(values: Readonly<Record<string, unknown>>): void {
    for (const [k, v] of Object.entries(values)) {
      this.defaults.set(k, v);
      for (const action of this.actions) if (action.dest === k) action.default = v;
    }
  }

  getDefault(dest: string): unknown {
    const action = this.actions.find((a) => a.dest === dest && a.default !== null);
    return action ? action.default : this.defaults.has(dest) ? this.defaults.get(dest) : null;
  }

  /** Checks the arguments of `add_argument` and works out dest, default and required as CPython does. */
  makeAction(names: readonly string[], o: ApArgumentOptions): ApAction {
    const positional = names.length === 0 || (names.length === 1 && !names[0]!.startsWith("-"));
    const kind = o.action ?? "store";
    if (!APACTIONS.has(kind)) throw new ValueError(`unknown action "${kind}"`);
    let dest: string;
    if (positional) {
      if (o.dest != null) throw new ValueError("dest supplied twice for positional argument");
      dest = names[0] ?? "";
    } else {
      for (const n of names) if (!n.startsWith("-")) throw new ValueError(`invalid option string ${repr(n)}: must start with a character '-'`);
      const long = names.find((n) => n.startsWith("--")) ?? names[0]!;
      dest = o.dest ?? long.replace(/^-+/, "").replace(/-/g, "_");
      if (!dest) throw new ValueError(`dest= is required for options like ${repr(names[0])}`);
    }
    const zero = APZERO_ARGS.has(kind);
    if (zero && o.nargs !== undefined) throw new TypeError(`__init__() got an unexpected keyword argument 'nargs'`);
    if (o.nargs === 0 && !zero) throw new ValueError("nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate");
    const nargs = zero ? 0 : (o.nargs ?? null);
    const given = "default" in o;
    const defaultFor = (): unknown => {
      if (given) return o.default;
      if (this.defaults.has(dest)) return this.defaults.get(dest);
      if (this.argumentDefault !== null) return this.argumentDefault;
      return kind === "store_true" ? false : kind === "store_false" ? true : kind === "version" ? SUPPRESS : null;
    };
    const dflt = defaultFor();
    const optionStrings = kind === "boolean_optional" ? names.flatMap((n) => (n.startsWith("--") ? [n, `--no-${n.slice(2)}`] : [n])) : names;
    if (kind === "boolean_optional" && positional) throw new ValueError("BooleanOptionalAction needs option strings");

    const required = positional ? !(nargs === "?" || (nargs === "*" && given)) : (o.required ?? false);
    return {
      optionStrings: positional ? [] : [...optionStrings],
      dest,
      kind,
      nargs,
      const: kind === "store_true" ? true : kind === "store_false" ? false : (o.const ?? null),
      default: dflt,
      type: o.type ?? null,
      choices: o.choices == null ? null : [...o.choices],
      required,
      help: o.help ?? (kind === "version" ? "show program's version number and exit" : null),
      metavar: o.metavar ?? null,
      ...(o.version !== undefined ? { version: o.version } : {}),
    };
  }

  registerAction(action: ApAction, group: ArgumentGroup): void {
    for (const s of action.optionStrings) {
      if (this.optionActions.has(s)) throw new ArgumentError(action, `conflicting option string: ${s}`);
    }
    for (const s of action.optionStrings) this.optionActions.set(s, action);
    this.actions.push(action);
    if (!group.actions.includes(action)) group.actions.push(action);
  }

  parseArgs(args: readonly string[] | null = null, namespace: Namespace | null = null): N {
    const [ns, extras] = this.parseKnownArgs(args, namespace);
    if (extras.length) this.error(`unrecognized arguments: ${extras.join(" ")}`);
    return ns;
  }

  parseKnownArgs(args: readonly string[] | null = null, namespace: Namespace | null = null): [N, string[]] {
    const strings = args === null ? process.argv.slice(2) : [...args];
    const ns = namespace ?? new Namespace();
    for (const action of this.actions) {
      if (action.dest !== SUPPRESS && !Object.hasOwn(ns, action.dest) && action.default !== SUPPRESS) ns[action.dest] = action.default;
    }
    for (const [dest, value] of this.defaults) if (!Object.hasOwn(ns, dest)) ns[dest] = value;
    if (this.shapes) apShapes.set(ns, this.shapes);
    try {
      const extras = new ApParse(this, this.actions, this.optionActions, this.exclusiveGroups, this.allowAbbrev, ns, strings).run();
      return [ns as N, extras];
    } catch (e) {
      if (e instanceof ArgumentError && this.exitOnError) this.error(e.__str__());
      throw e;
    }
  }

  formatUsage(): string {
    return new ApFormatter(this.prog, this.formatterClass).usage(this.usage, this.actions, this.exclusiveGroups).render();
  }

  formatHelp(): string {
    const f = new ApFormatter(this.prog, this.formatterClass).usage(this.usage, this.actions, this.exclusiveGroups).text(this.description);
    for (const group of this.groups) f.section(group.title, group.description, group.actions);
    return f.text(this.epilog).render();
  }

  printUsage(file: { write(text: string): unknown } = process.stdout): void {
    file.write(this.formatUsage());
  }

  printHelp(file: { write(text: string): unknown } = process.stdout): void {
    file.write(this.formatHelp());
  }

  exit(status = 0, message: string | null = null): never {
    if (message) process.stderr.write(message);
    throw new SystemExit(status);
  }

  /** Prints the usage and `prog: error: message` to stderr and exits with status 2. */
  error(message: string): never {
    process.stderr.write(this.formatUsage());
    return this.exit(2, `${this.prog}: error: ${message}\n`);
  }

  /** `version=` of a `version` action, filled like any other text of the help. */
  formatVersion(version: string): string {
    return new ApFormatter(this.prog, this.formatterClass).text(version).render();
  }

  /** A value from the command line converted by `type=` (a failure is an ArgumentError naming the type). */
  convert(action: ApAction, text: string): unknown {
    const type = action.type;
    if (type === null || type === "str") return text;
    try {
      return type === "int" ? toInt(text) : type === "float" ? toFloat(text) : type(text);
    } catch (e) {
      if (e instanceof ArgumentTypeError) throw new ArgumentError(action, e.__str__());
      if (e instanceof TypeError || e instanceof ValueError) {
        const name = typeof type === "string" ? type : type.name || repr(type);
        throw new ArgumentError(action, `invalid ${name} value: ${repr(text)}`);
      }
      throw e;
    }
  }
}

/** The program's name, as `sys.argv[0]` shows it: the translation's file named as the Python file it came from. */
function apDefaultProg(): string {
  const script = process.argv[1] ?? "";
  const base = script.slice(Math.max(script.lastIndexOf("/"), script.lastIndexOf("\\")) + 1);
  return base.replace(/\.(?:[cm]?[jt]s)$/, ".py");
}

