/**
 * `contextlib` for translated programs: generator-based context managers, `aclosing`, `suppress`,
 * `AsyncExitStack`. They follow Python's protocol (`__aenter__`/`__aexit__(type, value, tb)`, a true
 * result suppresses the exception), which the translation of `async with`/`with` calls.
 */
import { BaseException, RuntimeError, StopAsyncIteration, StopIteration } from "./exceptions";

/** What `async with x:` needs from `x`. */
export interface AsyncContextManager<T> {
  __aenter__(): Promise<T>;
  __aexit__(excType: unknown, exc: unknown, tb: unknown): Promise<boolean>;
}

export interface ContextManager<T> {
  __enter__(): T;
  __exit__(excType: unknown, exc: unknown, tb: unknown): boolean;
}

/** `@asynccontextmanager`: the code before `yield` enters, the code after it exits (and sees the exception). */
export class AsyncGeneratorContextManager<T> implements AsyncContextManager<T> {
  constructor(private readonly gen: AsyncGenerator<T, unknown, unknown>) {}

  async __aenter__(): Promise<T> {
    const step = await this.gen.next();
    if (step.done) throw new RuntimeError("generator didn't yield");
    return step.value;
  }

  async __aexit__(excType: unknown, exc: unknown, _tb?: unknown): Promise<boolean> {
    if (excType === null || excType === undefined) {
      const step = await this.gen.next();
      if (!step.done) throw new RuntimeError("generator didn't stop");
      return false;
    }
    try {
      const step = await this.gen.throw(exc);
      if (!step.done) throw new RuntimeError("generator didn't stop after athrow()");
      // The generator caught the exception and finished: suppressed.
      return true;
    } catch (raised) {
      if (raised === exc) return false;
      if (raised instanceof StopAsyncIteration) return raised !== exc;
      throw raised;
    }
  }
}

export function asynccontextmanager<A extends unknown[], T>(fn: (...args: A) => AsyncGenerator<T, unknown, unknown>): (...args: A) => AsyncGeneratorContextManager<T> {
  return (...args: A) => new AsyncGeneratorContextManager(fn(...args));
}

/** `@contextmanager`, the synchronous twin. */
export class GeneratorContextManager<T> implements ContextManager<T> {
  constructor(private readonly gen: Generator<T, unknown, unknown>) {}

  __enter__(): T {
    const step = this.gen.next();
    if (step.done) throw new RuntimeError("generator didn't yield");
    return step.value;
  }

  __exit__(excType: unknown, exc: unknown, _tb?: unknown): boolean {
    if (excType === null || excType === undefined) {
      if (!this.gen.next().done) throw new RuntimeError("generator didn't stop");
      return false;
    }
    try {
      if (!this.gen.throw(exc).done) throw new RuntimeError("generator didn't stop after throw()");
      return true;
    } catch (raised) {
      if (raised === exc) return false;
      if (raised instanceof StopIteration) return raised !== exc;
      throw raised;
    }
  }
}

export function contextmanager<A extends unknown[], T>(fn: (...args: A) => Generator<T, unknown, unknown>): (...args: A) => GeneratorContextManager<T> {
  return (...args: A) => new GeneratorContextManager(fn(...args));
}

/** Something with Python's `aclose()` or JavaScript's `return()` (an async generator). */
type AsyncClosable = { aclose(): PromiseLike<unknown> } | AsyncGenerator<unknown, unknown, unknown>;

/** `contextlib.aclosing(agen)`: closes the generator when the block ends, however it ends. */
export class aclosing<T extends AsyncClosable> implements AsyncContextManager<T> {
  constructor(private readonly thing: T) {}
  async __aenter__(): Promise<T> {
    return this.thing;
  }
  async __aexit__(_excType?: unknown, _exc?: unknown, _tb?: unknown): Promise<boolean> {
    const t = this.thing as { aclose?: () => PromiseLike<unknown>; return?: (v?: unknown) => PromiseLike<unknown> };
    if (typeof t.aclose === "function") await t.aclose();
    else if (typeof t.return === "function") await t.return(undefined);
    return false;
  }
}

/** `contextlib.suppress(*exceptions)`. */
export class suppress implements ContextManager<null>, AsyncContextManager<null> {
  private readonly types: readonly (abstract new (...args: never[]) => unknown)[];
  constructor(...types: (abstract new (...args: never[]) => unknown)[]) {
    this.types = types;
  }
  __enter__(): null {
    return null;
  }
  __exit__(_excType: unknown, exc: unknown, _tb?: unknown): boolean {
    return exc !== null && exc !== undefined && this.types.some((t) => exc instanceof t);
  }
  async __aenter__(): Promise<null> {
    return null;
  }
  async __aexit__(excType: unknown, exc: unknown, _tb?: unknown): Promise<boolean> {
    return this.__exit__(excType, exc);
  }
}

type ExitCallback = (excType: unknown, exc: unknown, tb: unknown) => boolean | Promise<boolean>;

/** `contextlib.AsyncExitStack`: callbacks and context managers unwound last-in, first-out. */
export class AsyncExitStack implements AsyncContextManager<AsyncExitStack> {
  private readonly exits: ExitCallback[] = [];

  async enterAsyncContext<T>(cm: AsyncContextManager<T>): Promise<T> {
    const value = await cm.__aenter__();
    this.exits.push((t, e, tb) => cm.__aexit__(t, e, tb));
    return value;
  }

  enterContext<T>(cm: ContextManager<T>): T {
    const value = cm.__enter__();
    this.exits.push((t, e, tb) => cm.__exit__(t, e, tb));
    return value;
  }

  pushAsyncCallback<A extends unknown[]>(callback: (...args: A) => PromiseLike<unknown>, ...args: A): void {
    this.exits.push(async () => {
      await callback(...args);
      return false;
    });
  }

  callback<A extends unknown[]>(callback: (...args: A) => unknown, ...args: A): void {
    this.exits.push(() => {
      callback(...args);
      return false;
    });
  }

  /** `stack.pop_all()`: a new stack holding every callback; this one is left empty. */
  popAll(): AsyncExitStack {
    const moved = new AsyncExitStack();
    moved.exits.push(...this.exits.splice(0));
    return moved;
  }

  async aclose(): Promise<void> {
    await this.__aexit__(null, null);
  }

  async __aenter__(): Promise<AsyncExitStack> {
    return this;
  }

  /** Unwinds every callback even when one raises; the last exception raised wins, as in Python. */
  async __aexit__(excType: unknown, exc: unknown, _tb?: unknown): Promise<boolean> {
    let pending: unknown = exc;
    let pendingType: unknown = excType;
    let suppressed = false;
    while (this.exits.length > 0) {
      const cb = this.exits.pop()!;
      try {
        if (await cb(pendingType, pending, null)) {
          suppressed = true;
          pending = null;
          pendingType = null;
        }
      } catch (raised) {
        pending = raised;
        pendingType = raised instanceof BaseException ? raised.constructor : null;
        suppressed = false;
      }
    }
    if (pending !== null && pending !== exc) throw pending;
    return suppressed && exc !== null;
  }
}
