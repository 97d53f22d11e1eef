/**
 * Python's `logging` as programs use it: named loggers in a dotted hierarchy with levels and
 * propagation, `basicConfig`, stream handlers and `%`-style formatters, and the "last resort" that
 * prints bare WARNING-and-above messages to stderr when nothing is configured. Messages are formatted
 * lazily with Python's `%` rules (only when a handler takes the record), as in CPython.
 *
 * Not here: file handlers (no files in the translation), threads and processes (their record fields
 * are CPython's defaults for a single-threaded program), source locations (`lineno`, `funcName`,
 * `pathname` name the translation's program, not the Python file).
 */
import { BaseException, ValueError, TypeError } from "./exceptions";
import { percentFormat } from "./percent-format";
import { str } from "./repr";

/** Where a handler writes: `sys.stdout`/`sys.stderr` translate to Node's streams. */
export interface LogStream {
  write(text: string): unknown;
}

/** Keyword arguments of the logging calls. */
export interface LogCallOptions {
  /** `exc_info=`: an exception, or true for the exception being handled (translations pass it). */
  readonly excInfo?: unknown;
  readonly extra?: ReadonlyMap<string, unknown>;
}

const lgLevelNames = new Map<number, string>([
  [50, "CRITICAL"],
  [40, "ERROR"],
  [30, "WARNING"],
  [20, "INFO"],
  [10, "DEBUG"],
  [0, "NOTSET"],
]);
const lgLevelValues = new Map<string, number>([...lgLevelNames].map(([n, s]) => [s, n]));
lgLevelValues.set("WARN", 30);
lgLevelValues.set("FATAL", 50);

/** `logging.getLevelName`: a level's name, a name's level, or `Level N` as CPython says. */
export function getLevelName(level: number | string): string | number {
  if (typeof level === "number") return lgLevelNames.get(level) ?? `Level ${level}`;
  return lgLevelValues.get(level) ?? `Level ${level}`;
}

function lgCheckLevel(level: number | string): number {
  if (typeof level === "number") return level;
  const n = lgLevelValues.get(level);
  if (n === undefined) throw new ValueError(`Unknown level: '${level}'`);
  return n;
}

const lgStart = Date.now();

/** One logging event; its message is formatted only when a handler emits it. */
export class LogRecord {
  readonly levelname: string;
  readonly created = Date.now() / 1000;
  message = "";
  asctime = "";
  constructor(
    readonly name: string,
    readonly levelno: number,
    readonly msg: unknown,
    readonly args: readonly unknown[],
    readonly argsShape: string | undefined,
    readonly excInfo: BaseException | null,
    readonly extra: ReadonlyMap<string, unknown> | undefined,
  ) {
    this.levelname = String(getLevelName(levelno));
  }

  /** `msg % args`; a lone non-empty mapping argument is the mapping, as in CPython. */
  getMessage(): string {
    const text = typeof this.msg === "string" ? this.msg : str(this.msg);
    if (this.args.length === 0) return text;
    const only = this.args[0];
    if (this.args.length === 1 && only instanceof Map && only.size > 0) return percentFormat(text, only);
    return percentFormat(text, this.args, this.argsShape);
  }

  /** The `%(name)s` fields a format string may use. */
  fields(): Map<string, unknown> {
    const created = this.created;
    const fields = new Map<string, unknown>([
      ["name", this.name],
      ["levelno", this.levelno],
      ["levelname", this.levelname],
      ["msg", this.msg],
      ["args", this.args],
      ["message", this.message],
      ["asctime", this.asctime],
      ["created", created],
      ["msecs", Math.floor((created * 1000) % 1000)],
      ["relativeCreated", created * 1000 - lgStart],
      ["pathname", process.argv[1] ?? ""],
      ["filename", (process.argv[1] ?? "").split(/[\\/]/).pop() ?? ""],
      ["module", ((process.argv[1] ?? "").split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "")],
      ["lineno", 0],
      ["funcName", ""],
      ["process", process.pid],
      ["processName", "MainProcess"],
      ["thread", 1],
      ["threadName", "MainThread"],
      ["taskName", null],
    ]);
    if (this.extra) for (const [k, v] of this.extra) fields.set(k, v);
    return fields;
  }
}

const lgTwo = (n: number): string => String(n).padStart(2, "0");
const lgMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const lgDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** `time.strftime` for the directives date formats use, in local time. */
function lgStrftime(fmt: string, d: Date): string {
  return fmt.replace(/%([a-zA-Z%])/g, (whole, c: string) => {
    switch (c) {
      case "Y":
        return String(d.getFullYear());
      case "y":
        return lgTwo(d.getFullYear() % 100);
      case "m":
        return lgTwo(d.getMonth() + 1);
      case "d":
        return lgTwo(d.getDate());
      case "H":
        return lgTwo(d.getHours());
      case "I":
        return lgTwo(d.getHours() % 12 || 12);
      case "M":
        return lgTwo(d.getMinutes());
      case "S":
        return lgTwo(d.getSeconds());
      case "p":
        return d.getHours() < 12 ? "AM" : "PM";
      case "b":
        return lgMonths[d.getMonth()]!;
      case "a":
        return lgDays[d.getDay()]!;
      case "%":
        return "%";
      default:
        return whole;
    }
  });
}

/** `logging.Formatter(fmt, datefmt)` with `%`-style fields. */
export class Formatter {
  readonly fmt: string;
  constructor(
    fmt: string | null = null,
    readonly datefmt: string | null = null,
    style = "%",
  ) {
    if (style !== "%") throw new ValueError(`py2ts-async supports only '%'-style log formats, not '${style}'`);
    this.fmt = fmt ?? "%(message)s";
  }

  usesTime(): boolean {
    return this.fmt.includes("%(asctime)");
  }

  formatTime(record: LogRecord, datefmt: string | null = null): string {
    const d = new Date(record.created * 1000);
    if (datefmt !== null) return lgStrftime(datefmt, d);
    return `${lgStrftime("%Y-%m-%d %H:%M:%S", d)},${String(d.getMilliseconds()).padStart(3, "0")}`;
  }

  formatException(error: BaseException): string {
    const message = error.__str__();
    return `Traceback (most recent call last):\n  (translated by py2ts-async)\n${error.name}${message ? `: ${message}` : ""}`;
  }

  format(record: LogRecord): string {
    record.message = record.getMessage();
    if (this.usesTime()) record.asctime = this.formatTime(record, this.datefmt);
    let text = percentFormat(this.fmt, record.fields());
    if (record.excInfo !== null) text += `\n${this.formatException(record.excInfo)}`;
    return text;
  }
}

const lgDefaultFormatter = new Formatter();

/** `logging.Handler`: a level filter and a formatter around `emit`. */
export abstract class Handler {
  level = 0;
  formatter: Formatter | null = null;

  setLevel(level: number | string): void {
    this.level = lgCheckLevel(level);
  }
  setFormatter(formatter: Formatter | null): void {
    this.formatter = formatter;
  }
  format(record: LogRecord): string {
    return (this.formatter ?? lgDefaultFormatter).format(record);
  }
  handle(record: LogRecord): void {
    if (record.levelno >= this.level) this.emit(record);
  }
  abstract emit(record: LogRecord): void;
  flush(): void {}
  close(): void {}
}

/** `logging.StreamHandler(stream=sys.stderr)`. */
export class StreamHandler extends Handler {
  terminator = "\n";
  constructor(readonly stream: LogStream = process.stderr) {
    super();
  }
  emit(record: LogRecord): void {
    this.stream.write(this.format(record) + this.terminator);
  }
}

export class NullHandler extends Handler {
  emit(): void {}
}

/** Used when no handler is found anywhere up the hierarchy: WARNING and above, bare, to stderr. */
const lgLastResort = new StreamHandler();
lgLastResort.setLevel(30);

const lgLoggers = new Map<string, Logger>();
let lgDisabledUpTo = 0;

/** `logging.Logger`: get them with `getLogger(name)`. */
export class Logger {
  level = 0;
  propagate = true;
  disabled = false;
  readonly handlers: Handler[] = [];

  constructor(readonly name: string) {}

  /** The nearest existing ancestor by dotted name (`a.b.c` → `a.b`, else `a`, else the root). */
  get parent(): Logger | null {
    if (this === lgRoot) return null;
    let name = this.name;
    for (let dot = name.lastIndexOf("."); dot > 0; dot = name.lastIndexOf(".")) {
      name = name.slice(0, dot);
      const found = lgLoggers.get(name);
      if (found) return found;
    }
    return lgRoot;
  }

  setLevel(level: number | string): void {
    this.level = lgCheckLevel(level);
  }
  getEffectiveLevel(): number {
    for (let l: Logger | null = this; l !== null; l = l.parent) if (l.level !== 0) return l.level;
    return 0;
  }
  isEnabledFor(level: number): boolean {
    return !this.disabled && level > lgDisabledUpTo && level >= this.getEffectiveLevel();
  }
  addHandler(handler: Handler): void {
    if (!this.handlers.includes(handler)) this.handlers.push(handler);
  }
  removeHandler(handler: Handler): void {
    const i = this.handlers.indexOf(handler);
    if (i >= 0) this.handlers.splice(i, 1);
  }
  hasHandlers(): boolean {
    for (let l: Logger | null = this; l !== null; l = l.propagate ? l.parent : null) if (l.handlers.length > 0) return true;
    return false;
  }
  getChild(suffix: string): Logger {
    return getLogger(this === lgRoot ? suffix : `${this.name}.${suffix}`);
  }

  debug(msg: unknown, args: readonly unknown[] = [], shape?: string, options?: LogCallOptions): void {
    this.log(10, msg, args, shape, options);
  }
  info(msg: unknown, args: readonly unknown[] = [], shape?: string, options?: LogCallOptions): void {
    this.log(20, msg, args, shape, options);
  }
  warning(msg: unknown, args: readonly unknown[] = [], shape?: string, options?: LogCallOptions): void {
    this.log(30, msg, args, shape, options);
  }
  error(msg: unknown, args: readonly unknown[] = [], shape?: string, options?: LogCallOptions): void {
    this.log(40, msg, args, shape, options);
  }
  /** `logger.exception`: an error with the exception being handled. */
  exception(msg: unknown, args: readonly unknown[] = [], shape?: string, options?: LogCallOptions): void {
    this.log(40, msg, args, shape, { excInfo: true, ...options });
  }
  critical(msg: unknown, args: readonly unknown[] = [], shape?: string, options?: LogCallOptions): void {
    this.log(50, msg, args, shape, options);
  }

  log(level: number, msg: unknown, args: readonly unknown[] = [], shape?: string, options?: LogCallOptions): void {
    if (typeof level !== "number") throw new TypeError("level must be an integer");
    if (!this.isEnabledFor(level)) return;
    const exc = options?.excInfo;
    const record = new LogRecord(this.name, level, msg, args, shape, exc instanceof BaseException ? exc : null, options?.extra);
    this.handle(record);
  }

  /** Every handler up the hierarchy (until `propagate` is false); the last resort when there is none. */
  handle(record: LogRecord): void {
    let found = 0;
    for (let l: Logger | null = this; l !== null; l = l.propagate ? l.parent : null) {
      for (const h of l.handlers) {
        found++;
        h.handle(record);
      }
    }
    if (found === 0) lgLastResort.handle(record);
  }
}

const lgRoot = new Logger("root");
lgRoot.level = 30;

/** `logging.getLogger(name)`: one logger per name; no name (or "root") is the root logger. */
export function getLogger(name: string | null = null): Logger {
  if (name === null || name === "" || name === "root") return lgRoot;
  let logger = lgLoggers.get(name);
  if (!logger) {
    logger = new Logger(name);
    lgLoggers.set(name, logger);
  }
  return logger;
}

/** Keyword arguments of `logging.basicConfig`. */
export interface BasicConfigOptions {
  readonly level?: number | string;
  readonly format?: string;
  readonly datefmt?: string | null;
  readonly style?: string;
  readonly stream?: LogStream;
  readonly handlers?: Iterable<Handler>;
  readonly force?: boolean;
}

/** `logging.basicConfig(...)`: does nothing when the root logger already has handlers, unless `force`. */
export function basicConfig(options: BasicConfigOptions = {}): void {
  if (options.force) lgRoot.handlers.length = 0;
  if (lgRoot.handlers.length > 0) return;
  if (options.stream !== undefined && options.handlers !== undefined) throw new ValueError("'stream' and 'handlers' should not be specified together");
  const handlers = options.handlers ? [...options.handlers] : [new StreamHandler(options.stream ?? process.stderr)];
  const formatter = new Formatter(options.format ?? "%(levelname)s:%(name)s:%(message)s", options.datefmt ?? null, options.style ?? "%");
  for (const h of handlers) {
    if (h.formatter === null) h.setFormatter(formatter);
    lgRoot.addHandler(h);
  }
  if (options.level !== undefined) lgRoot.setLevel(options.level);
}

/** `logging.disable(level)`: no record at or below `level` is made. */
export function disableLogging(level = 50): void {
  lgDisabledUpTo = level;
}

/** `logging.info(...)` and friends log on the root logger, configuring it first if it has no handler. */
export function rootLog(level: number, msg: unknown, args: readonly unknown[] = [], shape?: string, options?: LogCallOptions): void {
  if (lgRoot.handlers.length === 0) basicConfig();
  lgRoot.log(level, msg, args, shape, options);
}

/** `logging.DEBUG`, `logging.INFO`…: the levels as CPython numbers them. */
export const LogLevel = { CRITICAL: 50, FATAL: 50, ERROR: 40, WARNING: 30, WARN: 30, INFO: 20, DEBUG: 10, NOTSET: 0 } as const;
