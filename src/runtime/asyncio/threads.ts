/**
 * `asyncio.to_thread(func, *args)`. There are no threads: `func` runs synchronously on the event
 * loop (see `EventLoop.runInExecutor`), blocking the other tasks while it runs.
 */
import { EventLoop, getRunningLoop } from "./eventloop";

/** `await asyncio.to_thread(func, *args)`. */
export async function toThread<A extends unknown[], R>(func: (...args: A) => R | PromiseLike<R>, ...args: A): Promise<Awaited<R>> {
  const loop: EventLoop = getRunningLoop();
  return (await loop.runInExecutor(null, func, ...args)) as Awaited<R>;
}
