/**
 * Python's `signal` module over Node's process signal events, and `os.kill`/`os.getpid`.
 * A handler installed with `signal.signal` runs when Node delivers the signal (once the running
 * JavaScript yields); a signal the program sends itself with `os.kill(os.getpid(), sig)` or
 * `signal.raise_signal` runs the handler before the call returns, as CPython does.
 */
import { constants as sgOsConstants } from "node:os";
import { IntEnum } from "./enum";
import { KeyboardInterrupt, OSError, PermissionError, ProcessLookupError, TypeError, ValueError } from "./exceptions";
import { signalName } from "./signal-names";

const sgNumbers = sgOsConstants.signals;

/** `signal.Signals`: the platform's signal numbers (the table CPython reads too). `str()` is the number. */
export class Signals extends IntEnum {
  static readonly SIGHUP = new Signals("SIGHUP", sgNumbers.SIGHUP);
  static readonly SIGINT = new Signals("SIGINT", sgNumbers.SIGINT);
  static readonly SIGQUIT = new Signals("SIGQUIT", sgNumbers.SIGQUIT);
  static readonly SIGILL = new Signals("SIGILL", sgNumbers.SIGILL);
  static readonly SIGTRAP = new Signals("SIGTRAP", sgNumbers.SIGTRAP);
  static readonly SIGABRT = new Signals("SIGABRT", sgNumbers.SIGABRT);
  static readonly SIGBUS = new Signals("SIGBUS", sgNumbers.SIGBUS);
  static readonly SIGFPE = new Signals("SIGFPE", sgNumbers.SIGFPE);
  static readonly SIGKILL = new Signals("SIGKILL", sgNumbers.SIGKILL);
  static readonly SIGUSR1 = new Signals("SIGUSR1", sgNumbers.SIGUSR1);
  static readonly SIGSEGV = new Signals("SIGSEGV", sgNumbers.SIGSEGV);
  static readonly SIGUSR2 = new Signals("SIGUSR2", sgNumbers.SIGUSR2);
  static readonly SIGPIPE = new Signals("SIGPIPE", sgNumbers.SIGPIPE);
  static readonly SIGALRM = new Signals("SIGALRM", sgNumbers.SIGALRM);
  static readonly SIGTERM = new Signals("SIGTERM", sgNumbers.SIGTERM);
  static readonly SIGCHLD = new Signals("SIGCHLD", sgNumbers.SIGCHLD);
  static readonly SIGCONT = new Signals("SIGCONT", sgNumbers.SIGCONT);
  static readonly SIGSTOP = new Signals("SIGSTOP", sgNumbers.SIGSTOP);
  static readonly SIGTSTP = new Signals("SIGTSTP", sgNumbers.SIGTSTP);
  static readonly SIGTTIN = new Signals("SIGTTIN", sgNumbers.SIGTTIN);
  static readonly SIGTTOU = new Signals("SIGTTOU", sgNumbers.SIGTTOU);
  static readonly SIGURG = new Signals("SIGURG", sgNumbers.SIGURG);
  static readonly SIGXCPU = new Signals("SIGXCPU", sgNumbers.SIGXCPU);
  static readonly SIGXFSZ = new Signals("SIGXFSZ", sgNumbers.SIGXFSZ);
  static readonly SIGVTALRM = new Signals("SIGVTALRM", sgNumbers.SIGVTALRM);
  static readonly SIGPROF = new Signals("SIGPROF", sgNumbers.SIGPROF);
  static readonly SIGWINCH = new Signals("SIGWINCH", sgNumbers.SIGWINCH);
  static readonly SIGIO = new Signals("SIGIO", sgNumbers.SIGIO);
  static readonly SIGSYS = new Signals("SIGSYS", sgNumbers.SIGSYS);
}

/** `signal.Handlers`: `SIG_DFL` and `SIG_IGN`. */
export class Handlers extends IntEnum {
  static readonly SIG_DFL = new Handlers("SIG_DFL", 0);
  static readonly SIG_IGN = new Handlers("SIG_IGN", 1);
}

/** `strsignal()`'s texts (glibc's), by name. */
const SG_DESCRIPTIONS: Record<string, string> = {
  SIGHUP: "Hangup",
  SIGINT: "Interrupt",
  SIGQUIT: "Quit",
  SIGILL: "Illegal instruction",
  SIGTRAP: "Trace/breakpoint trap",
  SIGABRT: "Aborted",
  SIGBUS: "Bus error",
  SIGFPE: "Floating point exception",
  SIGKILL: "Killed",
  SIGUSR1: "User defined signal 1",
  SIGSEGV: "Segmentation fault",
  SIGUSR2: "User defined signal 2",
  SIGPIPE: "Broken pipe",
  SIGALRM: "Alarm clock",
  SIGTERM: "Terminated",
  SIGCHLD: "Child exited",
  SIGCONT: "Continued",
  SIGSTOP: "Stopped (signal)",
  SIGTSTP: "Stopped",
  SIGTTIN: "Stopped (tty input)",
  SIGTTOU: "Stopped (tty output)",
  SIGURG: "Urgent I/O condition",
  SIGXCPU: "CPU time limit exceeded",
  SIGXFSZ: "File size limit exceeded",
  SIGVTALRM: "Virtual timer expired",
  SIGPROF: "Profiling timer expired",
  SIGWINCH: "Window changed",
  SIGIO: "I/O possible",
  SIGSYS: "Bad system call",
};

/** A signal as Python code passes it: a `Signals` member or a plain int. */
export type SignalNumber = number | Signals;

/** `handler(signum, frame)`; there are no frames in the translation, so `frame` is None. */
export type SignalHandler = ((signum: number, frame: null) => unknown) | Handlers;

/** `signal.default_int_handler`: raises KeyboardInterrupt. */
export function defaultIntHandler(_signum: number, _frame: null): never {
  throw new KeyboardInterrupt();
}


/** The signal number of an argument; ValueError outside the platform's range, as CPython. */
export function signalNumber(sig: SignalNumber): number {
  const n = Number(sig);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new ValueError("signal number out of range");
  return n;
}

const sgHandlers = new Map<number, SignalHandler>();
const sgListeners = new Map<number, () => void>();

/** `signal.getsignal(signalnum)`: what `signal.signal` installed, else the default. */
export function getsignal(signalnum: SignalNumber): SignalHandler {
  const n = signalNumber(signalnum);
  return sgHandlers.get(n) ?? (n === sgNumbers.SIGINT ? defaultIntHandler : Handlers.SIG_DFL);
}

/** `signal.signal(signalnum, handler)`: installs the handler and returns the previous one. */
export function signalHandler(signalnum: SignalNumber, handler: SignalHandler): SignalHandler {
  const n = signalNumber(signalnum);
  const isDefault = handler === Handlers.SIG_DFL || (handler === defaultIntHandler && n === sgNumbers.SIGINT);
  if (typeof handler !== "function" && !(handler instanceof Handlers)) throw new TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  const name = signalName(n);
  if (n === sgNumbers.SIGKILL || n === sgNumbers.SIGSTOP || name === undefined) throw new OSError("[Errno 22] Invalid argument");
  const previous = getsignal(n);
  const listener = sgListeners.get(n);
  if (listener) process.removeListener(name, listener);
  sgListeners.delete(n);
  sgHandlers.delete(n);
  if (isDefault) return previous;
  sgHandlers.set(n, handler);
  // SIG_IGN still needs a listener: without one, Node applies the signal's default action.
  const run = (): void => {
    if (typeof handler === "function") handler(n, null);
  };
  sgListeners.set(n, run);
  process.on(name, run);
  return previous;
}

/** `signal.strsignal(signalnum)`: the system's description, or None. */
export function strsignal(signalnum: SignalNumber): string | null {
  const name = signalName(signalNumber(signalnum));
  return name === undefined ? null : (SG_DESCRIPTIONS[name] ?? null);
}

/**
 * `os.kill(pid, sig)`. To the program itself, with a handler from `signal.signal`, the handler runs
 * now (CPython runs it before the next bytecode); otherwise the signal is sent for real, and an
 * event loop's `add_signal_handler` callback is scheduled when it arrives.
 */
export function osKill(pid: number, sig: SignalNumber): void {
  const n = Number(sig);
  const handler = pid === process.pid ? sgHandlers.get(n) : undefined;
  if (handler !== undefined) {
    if (typeof handler === "function") handler(n, null);
    return;
  }
  try {
    process.kill(pid, n);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ESRCH") throw new ProcessLookupError("[Errno 3] No such process");
    if (code === "EPERM") throw new PermissionError("[Errno 1] Operation not permitted");
    if (code === "EINVAL") throw new OSError("[Errno 22] Invalid argument");
    throw error;
  }
}

/** `signal.raise_signal(sig)`: the signal to the program itself. */
export function raiseSignal(sig: SignalNumber): void {
  osKill(process.pid, signalNumber(sig));
}
