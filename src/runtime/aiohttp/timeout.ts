/**
 * `aiohttp.ClientTimeout` and aiohttp's timeout machinery (helpers.TimeoutHandle / TimerContext and
 * `ceil_timeout`): the `total` timeout covers the whole request and the reading of the body; when it
 * expires it cancels the task that is waiting inside the request, and the cancellation surfaces as
 * `asyncio.TimeoutError` (the builtin TimeoutError), not as a ClientError. All values are seconds.
 */
import { RuntimeError, TimeoutError } from "../exceptions";
import { ANY_SHAPE, numberRepr } from "../repr";
import { aiohttpCallAt, aiohttpCurrentTask, aiohttpIsCancelledError, aiohttpLoopTime, aiohttpRunCallbacks } from "./loop-bridge";
import type { AiohttpCancellableTask, AiohttpTimerHandle } from "./loop-bridge";

export interface ClientTimeoutOptions {
  total?: number | null;
  connect?: number | null;
  sockRead?: number | null;
  sockConnect?: number | null;
}

function aiohttpTimeoutRepr(v: number | null): string {
  return v === null ? "None" : numberRepr(v, ANY_SHAPE);
}

/** `aiohttp.ClientTimeout(total=None, connect=None, sock_read=None, sock_connect=None)`, in seconds. */
export class ClientTimeout {
  readonly total: number | null;
  readonly connect: number | null;
  readonly sockRead: number | null;
  readonly sockConnect: number | null;

  constructor(options?: ClientTimeoutOptions) {
    this.total = options?.total ?? null;
    this.connect = options?.connect ?? null;
    this.sockRead = options?.sockRead ?? null;
    this.sockConnect = options?.sockConnect ?? null;
  }

  /** `attr.evolve(timeout, **changes)`. */
  evolve(changes: ClientTimeoutOptions): ClientTimeout {
    return new ClientTimeout({
      total: "total" in changes ? changes.total : this.total,
      connect: "connect" in changes ? changes.connect : this.connect,
      sockRead: "sockRead" in changes ? changes.sockRead : this.sockRead,
      sockConnect: "sockConnect" in changes ? changes.sockConnect : this.sockConnect,
    });
  }

  __repr__(): string {
    return `ClientTimeout(total=${aiohttpTimeoutRepr(this.total)}, connect=${aiohttpTimeoutRepr(this.connect)}, sock_read=${aiohttpTimeoutRepr(this.sockRead)}, sock_connect=${aiohttpTimeoutRepr(this.sockConnect)})`;
  }

  __str__(): string {
    return this.__repr__();
  }

  __eq__(other: unknown): boolean {
    return other instanceof ClientTimeout && other.total === this.total && other.connect === this.connect && other.sockRead === this.sockRead && other.sockConnect === this.sockConnect;
  }
}

/** aiohttp's `DEFAULT_TIMEOUT`: 5 minutes in total. */
export const AIOHTTP_DEFAULT_TIMEOUT = new ClientTimeout({ total: 300 });

/** What a timer context offers: run an await "inside" it (`with timer:`). */
export interface AiohttpBaseTimer {
  /** Runs `fn` inside `with timer:`; a cancellation caused by the timer becomes TimeoutError. */
  run<T>(fn: () => PromiseLike<T>): Promise<T>;
}

/** `TimerNoop`. */
export class AiohttpTimerNoop implements AiohttpBaseTimer {
  async run<T>(fn: () => PromiseLike<T>): Promise<T> {
    return await fn();
  }
}

function aiohttpTimeoutError(): TimeoutError {
  const error = new TimeoutError();
  error.__suppress_context__ = true;
  return error;
}

/** aiohttp's `TimerContext`: cancels the tasks inside it when it times out. */
export class AiohttpTimerContext implements AiohttpBaseTimer {
  private readonly tasks: AiohttpCancellableTask[] = [];
  cancelled = false;

  async run<T>(fn: () => PromiseLike<T>): Promise<T> {
    const task = aiohttpCurrentTask();
    if (task === null) throw new RuntimeError("Timeout context manager should be used inside a task");
    if (this.cancelled) throw aiohttpTimeoutError();
    this.tasks.push(task);
    try {
      return await fn();
    } catch (error) {
      if (aiohttpIsCancelledError(error) && this.cancelled) throw aiohttpTimeoutError();
      throw error;
    } finally {
      const index = this.tasks.lastIndexOf(task);
      if (index >= 0) this.tasks.splice(index, 1);
    }
  }

  timeout(): void {
    if (this.cancelled) return;
    for (const task of new Set(this.tasks)) task.cancel();
    this.cancelled = true;
  }
}

/** aiohttp's `TimeoutHandle`: one per request, started when the request starts. */
export class AiohttpTimeoutHandle {
  private callbacks: (() => void)[] = [];

  constructor(private readonly timeoutSeconds: number | null) {}

  /** Schedules the expiry (rounded up to a whole second of the loop clock from 5 s on, as aiohttp does). */
  start(): AiohttpTimerHandle | null {
    const t = this.timeoutSeconds;
    if (t === null || !(t > 0)) return null;
    let when = aiohttpLoopTime() + t;
    if (t >= 5) when = Math.ceil(when);
    return aiohttpCallAt(when, () => this.fire());
  }

  timer(): AiohttpBaseTimer {
    const t = this.timeoutSeconds;
    if (t !== null && t > 0) {
      const timer = new AiohttpTimerContext();
      this.callbacks.push(() => timer.timeout());
      return timer;
    }
    return new AiohttpTimerNoop();
  }

  close(): void {
    this.callbacks = [];
  }

  private fire(): void {
    const callbacks = this.callbacks;
    this.callbacks = [];
    aiohttpRunCallbacks(callbacks);
  }
}

/**
 * aiohttp's `ceil_timeout(delay)` (async_timeout): runs `fn`; if `delay` seconds pass first, the task
 * is cancelled and TimeoutError raised.
 */
export async function aiohttpCeilTimeout<T>(delay: number | null, fn: () => PromiseLike<T>): Promise<T> {
  if (delay === null || !(delay > 0)) return await fn();
  let when = aiohttpLoopTime() + delay;
  if (delay > 5) when = Math.ceil(when);
  const timer = new AiohttpTimerContext();
  const handle = aiohttpCallAt(when, () => timer.timeout());
  try {
    return await timer.run(fn);
  } finally {
    handle.cancel();
  }
}
