/**
 * Python's exception hierarchy, so that a translated `except LookupError` catches exactly what
 * Python's would (a missing dict key raises `KeyError`, which is a `LookupError`), and
 * `except Exception` does not catch `CancelledError`, `SystemExit` or `KeyboardInterrupt`.
 *
 * Names follow Python's; inside a translated module they shadow JavaScript's `TypeError` and friends,
 * which is intended. Runtime code that means JavaScript's own uses `globalThis.TypeError`.
 */
export class BaseException extends Error {
  /** Python's `e.args`. */
  readonly args: unknown[];
  /** Python's `raise ... from cause`. */
  __cause__: BaseException | null = null;
  __context__: BaseException | null = null;
  __suppress_context__ = false;

  constructor(...args: unknown[]) {
    super(args.length === 1 ? pyMessage(args[0]) : args.length === 0 ? "" : pyMessage(args));
    this.args = args;
    this.name = new.target.name;
  }

  /** Python's `str(e)`: the single argument's str, or the repr of the args tuple. */
  __str__(): string {
    if (this.args.length === 0) return "";
    const shapes = exceptionArgShapes.get(this.args);
    if (this.args.length === 1) return pyMessage(this.args[0], shapes?.[0]);
    return shapes ? argsRepr(this.args, shapes) : this.message;
  }

  /** Python's `repr(e)`, e.g. `ValueError('bad input')`. */
  __repr__(): string {
    const shapes = exceptionArgShapes.get(this.args);
    return `${this.name}(${this.args.map((a, i) => formatArg(a, true, shapes?.[i])).join(", ")})`;
  }

  /**
   * How the arguments print, where the translator knew their types: `Exception(1.0)` holds a float,
   * which a JS number alone cannot tell from the int 1.
   */
  withArgShapes(shapes: readonly (string | undefined)[]): this {
    exceptionArgShapes.set(this.args, shapes);
    return this;
  }

  /** `raise X from Y`. */
  withCause(cause: unknown): this {
    this.__cause__ = cause instanceof BaseException ? cause : null;
    this.__suppress_context__ = true;
    return this;
  }
}

/** Print shapes of exceptions' `args` tuples (see `withArgShapes`), also for printing `e.args` itself. */
const exceptionArgShapes = new WeakMap<readonly unknown[], readonly (string | undefined)[]>();

/** The print shapes of the items of an exception's `args`, when the translator gave them. */
export function knownArgShapes(args: readonly unknown[]): readonly (string | undefined)[] | undefined {
  return exceptionArgShapes.get(args);
}

type ArgFormatter = (value: unknown, asRepr: boolean, shape?: string) => string;

/** Installed by the formatting helpers so exception messages print their arguments the Python way. */
let formatArg: ArgFormatter = (value, asRepr) => (typeof value === "string" && asRepr ? `'${value}'` : String(value));

export function setExceptionFormatter(f: ArgFormatter): void {
  formatArg = f;
}

/** The str of one argument; an array without a shape is the args tuple of several. */
function pyMessage(value: unknown, shape?: string): string {
  if (Array.isArray(value) && shape === undefined) return argsRepr(value, []);
  return formatArg(value, false, shape);
}

function argsRepr(args: readonly unknown[], shapes: readonly (string | undefined)[]): string {
  return `(${args.map((v, i) => formatArg(v, true, shapes[i])).join(", ")}${args.length === 1 ? "," : ""})`;
}

export class Exception extends BaseException {
  /** Python's ExceptionGroup is an Exception as well as a BaseExceptionGroup; JavaScript has single inheritance. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return Function.prototype[Symbol.hasInstance].call(this, value) || (this === Exception && value instanceof ExceptionGroup);
  }
}
export class SystemExit extends BaseException {
  /** The exit status: an int, None (0), or a message printed to stderr (status 1). */
  get code(): unknown {
    return this.args.length === 0 ? null : this.args[0];
  }
}
export class KeyboardInterrupt extends BaseException {}
export class GeneratorExit extends BaseException {}

export class ArithmeticError extends Exception {}
export class ZeroDivisionError extends ArithmeticError {}
export class OverflowError extends ArithmeticError {}
export class AssertionError extends Exception {}
export class AttributeError extends Exception {}
export class LookupError extends Exception {}
export class IndexError extends LookupError {}
export class KeyError extends LookupError {
  /** `str(KeyError('x'))` is `"'x'"`: Python shows the key's repr. */
  override __str__(): string {
    return this.args.length === 1 ? formatArg(this.args[0], true, knownArgShapes(this.args)?.[0]) : super.__str__();
  }
}
export class NameError extends Exception {}
export class UnboundLocalError extends NameError {}
export class NotImplementedError extends Exception {}
export class RecursionError extends Exception {}
export class RuntimeError extends Exception {}
export class StopIteration extends Exception {
  get value(): unknown {
    return this.args[0] ?? null;
  }
}
export class StopAsyncIteration extends Exception {}
export class TypeError extends Exception {}
export class ValueError extends Exception {}
export class UnicodeError extends ValueError {}
export class UnicodeDecodeError extends UnicodeError {}
export class UnicodeEncodeError extends UnicodeError {}
export class OSError extends Exception {}
export class ConnectionError extends OSError {}
export class ConnectionRefusedError extends ConnectionError {}
export class ConnectionResetError extends ConnectionError {}
export class BrokenPipeError extends ConnectionError {}
export class ConnectionAbortedError extends ConnectionError {}
export class FileNotFoundError extends OSError {}
export class FileExistsError extends OSError {}
export class PermissionError extends OSError {}
export class IsADirectoryError extends OSError {}
export class NotADirectoryError extends OSError {}
export class InterruptedError extends OSError {}
export class BlockingIOError extends OSError {}
export class ChildProcessError extends OSError {}
export class ProcessLookupError extends OSError {}
/** Python 3.11: `asyncio.TimeoutError` and the builtin `TimeoutError` are one class. */
export class TimeoutError extends OSError {}
export class EOFError extends Exception {}
export class ImportError extends Exception {}
export class ModuleNotFoundError extends ImportError {}

/** `ExceptionGroup(message, exceptions)`; its `str` is `message (N sub-exception[s])` as in CPython. */
export class BaseExceptionGroup extends BaseException {
  readonly exceptions: BaseException[];
  constructor(
    readonly groupMessage: string,
    exceptions: readonly BaseException[],
  ) {
    super(groupMessage, [...exceptions]);
    this.exceptions = [...exceptions];
    this.message = this.__str__();
  }
  override __str__(): string {
    const n = this.exceptions.length;
    return `${this.groupMessage} (${n} sub-exception${n === 1 ? "" : "s"})`;
  }
  override __repr__(): string {
    return `${this.name}(${formatArg(this.groupMessage, true)}, [${this.exceptions.map((e) => e.__repr__()).join(", ")}])`;
  }
  /** The sub-group of exceptions matching `match` (what `except*` receives), or null. */
  subgroup(match: (e: BaseException) => boolean): BaseExceptionGroup | null {
    const kept: BaseException[] = [];
    for (const e of this.exceptions) {
      if (e instanceof BaseExceptionGroup) {
        const sub = e.subgroup(match);
        if (sub) kept.push(sub);
      } else if (match(e)) kept.push(e);
    }
    if (kept.length === 0) return null;
    return this.derive(kept);
  }
  /** `[matching, rest]`, each null when empty. */
  split(match: (e: BaseException) => boolean): [BaseExceptionGroup | null, BaseExceptionGroup | null] {
    return [this.subgroup(match), this.subgroup((e) => !match(e))];
  }
  derive(exceptions: readonly BaseException[]): BaseExceptionGroup {
    return exceptions.every((e) => e instanceof Exception) ? new ExceptionGroup(this.groupMessage, exceptions as Exception[]) : new BaseExceptionGroup(this.groupMessage, exceptions);
  }
}
export class ExceptionGroup extends BaseExceptionGroup {}

/**
 * Turns anything thrown into a Python exception: JavaScript's own errors become the Python class
 * that CPython raises in the same situation, so that `except` clauses match.
 */
export function toPyException(error: unknown): BaseException {
  if (error instanceof BaseException) return error;
  if (error instanceof globalThis.RangeError && /call stack/i.test(error.message)) return new RecursionError("maximum recursion depth exceeded");
  if (error instanceof globalThis.TypeError) return new TypeError(error.message);
  if (error instanceof globalThis.RangeError) return new ValueError(error.message);
  if (error instanceof globalThis.Error) return new RuntimeError(error.message);
  return new RuntimeError(String(error));
}

/** The stub for code the translator could not translate; see the diagnostic it reported. */
export function notTranslated(what: string): never {
  throw new NotImplementedError(`not translated by py2ts-async: ${what}`);
}

/** An uncaught exception ends the program as in CPython: a traceback on stderr, exit status 1; SystemExit exits with its code. */
function pyReportUncaught(error: unknown): void {
  if (error instanceof SystemExit) {
    const code = error.code;
    if (code === null || code === undefined) process.exit(0);
    if (typeof code === "number") process.exit(code);
    if (typeof code === "boolean") process.exit(code ? 1 : 0);
    process.stderr.write(`${String(code)}\n`);
    process.exit(1);
  }
  if (error instanceof BaseException) {
    const message = error.__str__();
    process.stderr.write(`Traceback (most recent call last):\n  (translated by py2ts-async)\n${error.name}${message ? `: ${message}` : ""}\n`);
  } else {
    process.stderr.write(`${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
  }
  process.exit(1);
}

// Also catches an exception escaping top-level `await`. Not inside Jest, whose workers run the runtime's own unit tests.
if (!process.env.JEST_WORKER_ID) process.on("uncaughtException", pyReportUncaught);

type ExceptionClass = abstract new (...args: never[]) => unknown;

/**
 * `except*` clauses over one caught exception: each `match` takes the matching part out of the
 * group; `reraise` throws what no clause matched (the original exception when nothing matched).
 */
export class ExceptStar {
  private rest: BaseExceptionGroup | null;
  private touched = false;
  constructor(private readonly caught: unknown) {
    const exc = caught instanceof BaseException ? caught : toPyException(caught);
    this.rest = exc instanceof BaseExceptionGroup ? exc : new BaseExceptionGroup("", [exc]).derive([exc]);
  }
  match(...types: ExceptionClass[]): BaseExceptionGroup | null {
    if (this.rest === null) return null;
    const [matched, rest] = this.rest.split((e) => types.some((t) => e instanceof t));
    if (matched) {
      this.touched = true;
      this.rest = rest;
    }
    return matched;
  }
  reraise(): void {
    if (this.rest === null) return;
    throw this.touched || this.caught instanceof BaseExceptionGroup ? this.rest : this.caught;
  }
}

/** `Cls()` for a class with abstract methods: CPython 3.11's TypeError, names sorted. */
export function instantiateAbstract(name: string, methods: readonly string[]): never {
  throw new TypeError(`Can't instantiate abstract class ${name} with abstract method${methods.length > 1 ? "s" : ""} ${methods.join(", ")}`);
}
