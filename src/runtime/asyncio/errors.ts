/**
 * asyncio's own exception classes (Python 3.11 `asyncio.exceptions`). `asyncio.TimeoutError` is the
 * builtin `TimeoutError` in 3.11, so it is not redefined here: use the one from `../exceptions`.
 */
import { BaseException, EOFError, Exception, RuntimeError } from "../exceptions";

/** The Future or Task was cancelled. A `BaseException`, so `except Exception` does not catch it. */
export class CancelledError extends BaseException {}

/** The operation is not allowed in this state (e.g. `result()` of a pending future). */
export class InvalidStateError extends Exception {}

/** Raised by `Queue.getNowait()` on an empty queue. */
export class QueueEmpty extends Exception {}

/** Raised by `Queue.putNowait()` on a full queue. */
export class QueueFull extends Exception {}

/** Raised by `Barrier.wait()` when the barrier is aborted or reset. */
export class BrokenBarrierError extends RuntimeError {}

/** Sendfile syscall is not available (kept for completeness: nothing in this runtime raises it). */
export class SendfileNotAvailableError extends RuntimeError {}

/** Reached the buffer limit while looking for a separator (`consumed`: bytes to be consumed). */
export class LimitOverrunError extends Exception {
  readonly consumed: number;
  constructor(message: string, consumed: number) {
    super(message);
    this.consumed = consumed;
  }
}

/** The stream ended before `expected` bytes could be read; `partial` holds what was read. */
export class IncompleteReadError extends EOFError {
  readonly partial: Uint8Array;
  readonly expected: number | null;
  constructor(partial: Uint8Array, expected: number | null) {
    super(`${partial.length} bytes read on a total of ${expected === null || expected === undefined ? "undefined" : String(expected)} expected bytes`);
    this.partial = partial;
    this.expected = expected ?? null;
  }
}
