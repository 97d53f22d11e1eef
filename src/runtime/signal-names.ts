/**
 * Signal numbers and Node's names for them, apart from the `signal` module's enums: the event loop
 * needs them for `add_signal_handler` without carrying `IntEnum` (and its printing) into every program.
 */
import { constants as sgnOsConstants } from "node:os";

/** An `int` or an `IntEnum` member such as `signal.SIGTERM`. */
export type SignalLike = number | { valueOf(): number };

/** Node's name for a signal number (`process.on` wants names), or undefined when Node has none. */
export function signalName(signum: number): NodeJS.Signals | undefined {
  const numbers = sgnOsConstants.signals;
  return (Object.keys(numbers) as NodeJS.Signals[]).find((name) => numbers[name] === signum);
}
