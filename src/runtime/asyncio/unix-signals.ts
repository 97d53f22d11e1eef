/**
 * `loop.add_signal_handler` / `remove_signal_handler`, as CPython's `_UnixSelectorEventLoop`
 * (unix_events.py) does them. CPython's C signal handler writes the signal number to the loop's
 * self-pipe; the next `select()` sees it and schedules the pipe's reader, which schedules the
 * callback's Handle: the callback runs as an ordinary loop callback two iterations after the signal,
 * never re-entrantly. Here Node delivers the signal between macrotasks; the loop notes it and
 * `_processEvents` replays the same two steps at the point where CPython's `select()` returns.
 */
import { RuntimeError, TypeError, ValueError } from "../exceptions";
import { signalName, type SignalLike } from "../signal-names";
import { BaseEventLoop, Handle, asyncioRepr } from "./loop";

interface AsyncioSignalEntry {
  readonly handle: Handle;
  readonly listener: () => void;
}

/** Linux's `signal.valid_signals()`: 1-31 and the real-time signals 34-64. */
function asyncioCheckSignal(sig: SignalLike): number {
  // An int or an IntEnum member (`signal.SIGTERM`), whose value is a number.
  if (typeof sig !== "number" && (typeof sig !== "object" || sig === null || typeof sig.valueOf() !== "number")) throw new TypeError(`sig must be an int, not ${asyncioRepr(sig)}`);
  const n = Number(sig);
  if (!Number.isInteger(n) || n < 1 || n > 64 || n === 32 || n === 33) throw new ValueError(`invalid signal number ${n}`);
  return n;
}

export abstract class UnixSignalEventLoop extends BaseEventLoop {
  readonly _signalHandlers = new Map<number, AsyncioSignalEntry>();
  /** Signals Node delivered since the last `_processEvents` (the bytes in CPython's self-pipe). */
  _pendingSignals: number[] = [];
  /**
   * A running loop with signal handlers waits for them as CPython's `select()` does: Node, whose
   * signal watchers do not keep a process alive, would otherwise end the program (or report a deadlock).
   */
  _signalKeepAlive: ReturnType<typeof setInterval> | null = null;

  /** `loop.add_signal_handler(sig, callback, *args)`. */
  addSignalHandler<A extends unknown[]>(sig: SignalLike, callback: (...args: A) => unknown, ...args: A): void {
    if (typeof callback === "function" && callback.constructor.name === "AsyncFunction") throw new TypeError("coroutines cannot be used with add_signal_handler()");
    const n = asyncioCheckSignal(sig);
    this._checkClosed();
    const name = signalName(n);
    if (name === undefined || name === "SIGKILL" || name === "SIGSTOP") throw new RuntimeError(`sig ${n} cannot be caught`);
    this._removeSignalListener(n);
    const listener = (): void => {
      this._pendingSignals.push(n);
      this._wakeUp();
    };
    this._signalHandlers.set(n, { handle: new Handle(callback as (...args: unknown[]) => unknown, args, this, true), listener });
    process.on(name, listener);
    this._signalKeepAlive ??= setInterval(() => undefined, 2 ** 31 - 1);
    if (!this._running) this._signalKeepAlive.unref();
  }

  /** `loop.remove_signal_handler(sig)`: whether a handler was removed. */
  removeSignalHandler(sig: SignalLike): boolean {
    const n = asyncioCheckSignal(sig);
    if (!this._signalHandlers.has(n)) return false;
    this._removeSignalListener(n);
    return true;
  }

  _removeSignalListener(n: number): void {
    const entry = this._signalHandlers.get(n);
    if (entry === undefined) return;
    this._signalHandlers.delete(n);
    process.removeListener(signalName(n)!, entry.listener);
    if (this._signalHandlers.size === 0 && this._signalKeepAlive !== null) {
      clearInterval(this._signalKeepAlive);
      this._signalKeepAlive = null;
    }
  }

  /** The self-pipe's reader: each delivered signal's Handle joins the ready queue (`_handle_signal`). */
  override _processEvents(): void {
    if (this._pendingSignals.length === 0) return;
    const signals = this._pendingSignals.splice(0);
    this._callSoonInternal(
      () => {
        for (const n of signals) {
          const handle = this._signalHandlers.get(n)?.handle;
          if (handle === undefined) continue;
          if (handle.cancelled()) this.removeSignalHandler(n);
          else this._ready.push(handle);
        }
      },
      [],
      false,
    );
  }

  /** A signal not processed yet ends the wait at once, as the readable self-pipe ends CPython's `select()`. */
  override _waitForEvents(timeout: number | null): Promise<void> {
    return this._pendingSignals.length > 0 ? Promise.resolve() : super._waitForEvents(timeout);
  }

  override async runForever(): Promise<void> {
    this._signalKeepAlive?.ref();
    try {
      await super.runForever();
    } finally {
      // Not when this call failed because the loop was already running.
      if (!this._running) this._signalKeepAlive?.unref();
    }
  }

  /** Closing the loop removes its signal handlers, as CPython's does. */
  override close(): void {
    super.close();
    for (const n of [...this._signalHandlers.keys()]) this._removeSignalListener(n);
  }
}
