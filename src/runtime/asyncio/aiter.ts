/**
 * The builtins `aiter(obj)` and `anext(it[, default])` for async iterators: JavaScript async
 * iterables (`Symbol.asyncIterator`, what translated async generators are) and Python-style
 * objects defining `__aiter__`/`__anext__`.
 */
import { StopAsyncIteration, TypeError } from "../exceptions";
import { asyncioDeliver } from "./future";
import type { AsyncioBox } from "./future";
import { asyncioRepr } from "./loop";

/** An async iterator the way Python sees one: JS protocol or `__anext__`. */
export type PyAsyncIterator<T> = AsyncIterator<T> | { __anext__(): PromiseLike<T> };

/** `aiter(obj)`. */
export function aiter<T>(obj: AsyncIterable<T> | { __aiter__(): PyAsyncIterator<T> }): PyAsyncIterator<T> {
  if (obj !== null && typeof obj === "object") {
    const pyObj = obj as { __aiter__?: () => PyAsyncIterator<T> };
    if (typeof pyObj.__aiter__ === "function") return pyObj.__aiter__();
    const jsObj = obj as { [Symbol.asyncIterator]?: () => AsyncIterator<T> };
    if (typeof jsObj[Symbol.asyncIterator] === "function") return (jsObj[Symbol.asyncIterator] as () => AsyncIterator<T>).call(obj);
  }
  throw new TypeError(`'${asyncioRepr(obj)}' object is not an async iterable`);
}

const ASYNCIO_NO_DEFAULT: unique symbol = Symbol("no default");

async function asyncioAnextBoxed<T, D>(it: PyAsyncIterator<T>, dflt: D | typeof ASYNCIO_NO_DEFAULT): Promise<AsyncioBox<T | D>> {
  const pyIt = it as { __anext__?: () => PromiseLike<T> };
  if (typeof pyIt.__anext__ === "function") {
    try {
      return { value: await pyIt.__anext__() };
    } catch (error) {
      if (error instanceof StopAsyncIteration && dflt !== ASYNCIO_NO_DEFAULT) return { value: dflt };
      throw error;
    }
  }
  const jsIt = it as AsyncIterator<T>;
  if (typeof jsIt.next !== "function") throw new TypeError(`'${asyncioRepr(it)}' object is not an async iterator`);
  const step = await jsIt.next();
  if (step.done) {
    if (dflt !== ASYNCIO_NO_DEFAULT) return { value: dflt };
    throw new StopAsyncIteration();
  }
  return { value: step.value };
}

/** `await anext(it)` (StopAsyncIteration at the end) / `await anext(it, default)`. */
export function anext<T>(it: PyAsyncIterator<T>): Promise<T>;
export function anext<T, D>(it: PyAsyncIterator<T>, dflt: D): Promise<T | D>;
export function anext<T, D>(it: PyAsyncIterator<T>, ...rest: [D] | []): Promise<T | D> {
  return asyncioDeliver(asyncioAnextBoxed<T, D>(it, rest.length > 0 ? (rest[0] as D) : ASYNCIO_NO_DEFAULT));
}

/** A Python-style async iterator (`__anext__` raising StopAsyncIteration) as a JavaScript one, for `for await`. */
export function asyncIterFromPy<T>(it: PyAsyncIterator<T>): AsyncIterator<T> {
  if (typeof (it as AsyncIterator<T>).next === "function") return it as AsyncIterator<T>;
  const py = it as { __anext__(): PromiseLike<T> };
  return {
    async next(): Promise<IteratorResult<T>> {
      try {
        return { done: false, value: await py.__anext__() };
      } catch (error) {
        if (error instanceof StopAsyncIteration) return { done: true, value: undefined };
        throw error;
      }
    },
  };
}
