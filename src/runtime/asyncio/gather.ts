/**
 * `asyncio.gather` and `asyncio.shield` (CPython 3.11 tasks.py semantics).
 *
 * Python's `gather(*aws, return_exceptions=False)` becomes `gather(a, b, c)`; with
 * `return_exceptions=True` it becomes `gatherWith({ returnExceptions: true }, a, b, c)` (the flag may
 * be any runtime boolean). Coroutine thunks are wrapped in tasks in argument order; the same Task or
 * Future given twice is awaited once; results come in argument order.
 */
import { BaseException } from "../exceptions";
import { CancelledError } from "./errors";
import { Future } from "./future";
import { BaseEventLoop, asyncioEventLoopBase } from "./loop";
import { ensureFuture } from "./task";
import type { AsyncioAwaitable, AsyncioResult } from "./task";

/** The future `gather` returns: cancelling it cancels the children (like `Task.cancel`, not at once). */
export class GatheringFuture<T> extends Future<T> {
  readonly _children: Future<unknown>[];
  _cancelRequested = false;

  constructor(children: Future<unknown>[], loop: BaseEventLoop) {
    super({ loop });
    this._children = children;
  }

  override _pyClassName(): string {
    return "_GatheringFuture";
  }

  override cancel(msg?: unknown): boolean {
    if (this.done()) return false;
    let ret = false;
    for (const child of this._children) {
      if (child.cancel(msg)) ret = true;
    }
    if (ret) this._cancelRequested = true;
    return ret;
  }
}

export type GatherResults<A extends readonly unknown[]> = { -readonly [K in keyof A]: AsyncioResult<A[K]> };
export type GatherSettledResults<A extends readonly unknown[]> = { -readonly [K in keyof A]: AsyncioResult<A[K]> | BaseException };

export interface GatherOptions {
  returnExceptions?: boolean | null;
}

/** `asyncio.gather(*aws)`: the first exception propagates to the awaiter, the other children keep running. */
export function gather<A extends readonly AsyncioAwaitable<unknown>[]>(...aws: A): GatheringFuture<GatherResults<A>> {
  return asyncioGather(aws, false) as GatheringFuture<GatherResults<A>>;
}

/** `asyncio.gather(*aws, return_exceptions=flag)`. */
export function gatherWith<A extends readonly AsyncioAwaitable<unknown>[]>(options: GatherOptions, ...aws: A): GatheringFuture<GatherSettledResults<A>> {
  return asyncioGather(aws, Boolean(options?.returnExceptions)) as GatheringFuture<GatherSettledResults<A>>;
}

function asyncioGather(aws: readonly AsyncioAwaitable<unknown>[], returnExceptions: boolean): GatheringFuture<unknown[]> {
  if (aws.length === 0) {
    const loop = asyncioEventLoopBase();
    const outer = new GatheringFuture<unknown[]>([], loop);
    outer.setResult([]);
    return outer;
  }
  const argToFut = new Map<unknown, Future<unknown>>();
  const children: Future<unknown>[] = [];
  let nfuts = 0;
  let nfinished = 0;
  let loop: BaseEventLoop | null = null;
  let outer: GatheringFuture<unknown[]> | null = null;

  const doneCallback = (fut: Future<unknown>): void => {
    nfinished++;
    if (outer === null || outer.done()) {
      // Mark the exception as retrieved: nobody will see it.
      if (!fut.cancelled()) fut.exception();
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer.setException(fut._makeCancelledError());
        return;
      }
      const exc = fut.exception();
      if (exc !== null) {
        outer.setException(exc);
        return;
      }
    }
    if (nfinished === nfuts) {
      const results: unknown[] = [];
      for (const child of children) {
        let res: unknown;
        if (child.cancelled()) {
          res = new CancelledError(child._cancelMessage === null || child._cancelMessage === undefined ? "" : child._cancelMessage);
        } else {
          res = child.exception();
          if (res === null) res = child.result();
        }
        results.push(res);
      }
      if (outer._cancelRequested) outer.setException(fut._makeCancelledError());
      else outer.setResult(results);
    }
  };

  for (const arg of aws) {
    let fut = argToFut.get(arg);
    if (fut === undefined) {
      fut = ensureFuture(arg, { loop });
      if (loop === null) loop = fut.getLoop();
      nfuts++;
      argToFut.set(arg, fut);
      fut._addDoneCallbackInternal(doneCallback, false);
    }
    children.push(fut);
  }
  outer = new GatheringFuture<unknown[]>(children, loop as BaseEventLoop);
  return outer;
}

/**
 * `asyncio.shield(aw)`: cancelling the returned future (or the task awaiting it) does not cancel
 * the inner task; if the inner task is cancelled by other means, the shield is cancelled too.
 */
export function shield<T>(aw: AsyncioAwaitable<T>): Future<T> {
  const inner = ensureFuture(aw);
  if (inner.done()) return inner;
  const loop = inner.getLoop();
  const outer = new Future<T>({ loop });
  const innerDone = (doneInner: Future<T>): void => {
    if (outer.cancelled()) {
      if (!doneInner.cancelled()) doneInner.exception();
      return;
    }
    if (doneInner.cancelled()) {
      outer.cancel();
    } else {
      const exc = doneInner.exception();
      if (exc !== null) outer.setException(exc);
      else outer.setResult(doneInner.result());
    }
  };
  const outerDone = (): void => {
    if (!inner.done()) inner.removeDoneCallback(innerDone);
  };
  inner._addDoneCallbackInternal(innerDone, false);
  outer._addDoneCallbackInternal(outerDone, false);
  return outer;
}
