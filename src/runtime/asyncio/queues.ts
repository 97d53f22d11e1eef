/**
 * `asyncio.Queue`, `LifoQueue`, `PriorityQueue` (CPython 3.11 queues.py): the same getter/putter
 * queues and wake-up order. PriorityQueue is a binary heap with exactly heapq's algorithm (so equal
 * items come out in the same order as in CPython), comparing items the Python way (numbers, strings
 * by code point, tuples/lists element-wise, objects through `__lt__`) unless a `lessThan` is given.
 */
import { TypeError, ValueError } from "../exceptions";
import { QueueEmpty, QueueFull } from "./errors";
import { Future, asyncioDeliver } from "./future";
import type { AsyncioBox } from "./future";
import { AsyncioLoopBound, Event } from "./locks";
import { asyncioRepr } from "./loop";

function asyncioPyTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "string") return "str";
  if (Array.isArray(value)) return "tuple";
  if (typeof value === "object") return (value as object).constructor?.name ?? "object";
  return typeof value;
}

function asyncioComparePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0) as number;
    const cy = y.value.codePointAt(0) as number;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

/** Python's `a == b` for the values priority-queue items are made of. */
export function asyncioPyEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((typeof a === "number" || typeof a === "boolean") && (typeof b === "number" || typeof b === "boolean")) return Number(a) === Number(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => asyncioPyEquals(x, b[i]));
  if (typeof a === "object" && a !== null && typeof (a as { __eq__?: unknown }).__eq__ === "function") return Boolean((a as { __eq__: (o: unknown) => unknown }).__eq__(b));
  return false;
}

/** Python's `a < b` (TypeError for values Python cannot order). */
export function asyncioPyLessThan(a: unknown, b: unknown): boolean {
  const numeric = (v: unknown): boolean => typeof v === "number" || typeof v === "boolean" || typeof v === "bigint";
  if (numeric(a) && numeric(b)) return (a as number) < (b as number);
  if (typeof a === "string" && typeof b === "string") return asyncioComparePoints(a, b) < 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (!asyncioPyEquals(a[i], b[i])) return asyncioPyLessThan(a[i], b[i]);
    }
    return a.length < b.length;
  }
  if (typeof a === "object" && a !== null && typeof (a as { __lt__?: unknown }).__lt__ === "function") return Boolean((a as { __lt__: (o: unknown) => unknown }).__lt__(b));
  if (typeof b === "object" && b !== null && typeof (b as { __gt__?: unknown }).__gt__ === "function") return Boolean((b as { __gt__: (o: unknown) => unknown }).__gt__(a));
  throw new TypeError(`'<' not supported between instances of '${asyncioPyTypeName(a)}' and '${asyncioPyTypeName(b)}'`);
}

/** heapq._siftdown */
function asyncioHeapSiftDown<T>(heap: T[], startpos: number, pos: number, less: (a: T, b: T) => boolean): void {
  const newitem = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (less(newitem, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = newitem;
}

/** heapq._siftup */
function asyncioHeapSiftUp<T>(heap: T[], pos: number, less: (a: T, b: T) => boolean): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos];
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !less(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  asyncioHeapSiftDown(heap, startpos, pos, less);
}

/** heapq.heappush */
export function asyncioHeapPush<T>(heap: T[], item: T, less: (a: T, b: T) => boolean): void {
  heap.push(item);
  asyncioHeapSiftDown(heap, 0, heap.length - 1, less);
}

/** heapq.heappop (the heap must not be empty) */
export function asyncioHeapPop<T>(heap: T[], less: (a: T, b: T) => boolean): T {
  const last = heap.pop() as T;
  if (heap.length > 0) {
    const returnitem = heap[0];
    heap[0] = last;
    asyncioHeapSiftUp(heap, 0, less);
    return returnitem;
  }
  return last;
}

/** A FIFO queue (`asyncio.Queue(maxsize=0)`; maxsize <= 0 means unbounded). */
export class Queue<T = unknown> extends AsyncioLoopBound {
  readonly _maxsize: number;
  _getters: Future<null>[] = [];
  _putters: Future<null>[] = [];
  _unfinishedTasks = 0;
  readonly _finished = new Event();
  /** The items; a FIFO with a moving head for Queue, a plain array (stack or heap) for subclasses. */
  _items: T[] = [];
  _head = 0;

  constructor(maxsize = 0) {
    super();
    this._maxsize = maxsize;
    this._finished.set();
  }

  _put(item: T): void {
    this._items.push(item);
  }

  _get(): T {
    const item = this._items[this._head];
    this._items[this._head] = undefined as T;
    this._head++;
    if (this._head === this._items.length) {
      this._items = [];
      this._head = 0;
    } else if (this._head > 1024 && this._head * 2 > this._items.length) {
      this._items = this._items.slice(this._head);
      this._head = 0;
    }
    return item;
  }

  /** The items in queue order (for repr). */
  _snapshot(): T[] {
    return this._items.slice(this._head);
  }

  _wakeupNext(waiters: Future<null>[]): void {
    while (waiters.length > 0) {
      const waiter = waiters.shift() as Future<null>;
      if (!waiter.done()) {
        waiter.setResult(null);
        break;
      }
    }
  }

  _format(): string {
    let result = `maxsize=${asyncioRepr(this._maxsize)}`;
    if (this.qsize() > 0) result += ` _queue=${asyncioRepr(this._snapshot())}`;
    if (this._getters.length > 0) result += ` _getters[${this._getters.length}]`;
    if (this._putters.length > 0) result += ` _putters[${this._putters.length}]`;
    if (this._unfinishedTasks) result += ` tasks=${this._unfinishedTasks}`;
    return result;
  }

  override __repr__(): string {
    return `<${this.constructor.name} ${this._format()}>`;
  }

  /** Number of items in the queue. */
  qsize(): number {
    return this._items.length - this._head;
  }

  get maxsize(): number {
    return this._maxsize;
  }

  empty(): boolean {
    return this.qsize() === 0;
  }

  full(): boolean {
    if (this._maxsize <= 0) return false;
    return this.qsize() >= this._maxsize;
  }

  /** Puts an item, waiting while the queue is full. */
  async put(item: T): Promise<null> {
    while (this.full()) {
      const putter = new Future<null>({ loop: this._getLoop() });
      this._putters.push(putter);
      try {
        await putter;
      } catch (error) {
        putter.cancel();
        const index = this._putters.indexOf(putter);
        if (index >= 0) this._putters.splice(index, 1);
        if (!this.full() && !putter.cancelled()) this._wakeupNext(this._putters);
        throw error;
      }
    }
    this.putNowait(item);
    return null;
  }

  /** Puts an item or raises QueueFull. */
  putNowait(item: T): void {
    if (this.full()) throw new QueueFull();
    this._put(item);
    this._unfinishedTasks++;
    this._finished.clear();
    this._wakeupNext(this._getters);
  }

  /** Removes and returns an item, waiting while the queue is empty. */
  get(): Promise<T> {
    return asyncioDeliver(this._getBoxed());
  }

  async _getBoxed(): Promise<AsyncioBox<T>> {
    while (this.empty()) {
      const getter = new Future<null>({ loop: this._getLoop() });
      this._getters.push(getter);
      try {
        await getter;
      } catch (error) {
        getter.cancel();
        const index = this._getters.indexOf(getter);
        if (index >= 0) this._getters.splice(index, 1);
        if (!this.empty() && !getter.cancelled()) this._wakeupNext(this._getters);
        throw error;
      }
    }
    return { value: this.getNowait() };
  }

  /** Removes and returns an item or raises QueueEmpty. */
  getNowait(): T {
    if (this.empty()) throw new QueueEmpty();
    const item = this._get();
    this._wakeupNext(this._putters);
    return item;
  }

  /** Marks one formerly enqueued item as processed. */
  taskDone(): void {
    if (this._unfinishedTasks <= 0) throw new ValueError("task_done() called too many times");
    this._unfinishedTasks--;
    if (this._unfinishedTasks === 0) this._finished.set();
  }

  /** Waits until every item put has been marked done with `taskDone()`. */
  async join(): Promise<null> {
    if (this._unfinishedTasks > 0) await this._finished.wait();
    return null;
  }
}

/** `asyncio.LifoQueue`: the most recently added item first. */
export class LifoQueue<T = unknown> extends Queue<T> {
  override _get(): T {
    return this._items.pop() as T;
  }
}

export interface PriorityQueueOptions<T> {
  /** Replaces Python's `<` between items. */
  lessThan?: (a: T, b: T) => boolean;
}

/** `asyncio.PriorityQueue`: the lowest item first (heapq order). */
export class PriorityQueue<T = unknown> extends Queue<T> {
  readonly _less: (a: T, b: T) => boolean;

  constructor(maxsize = 0, options?: PriorityQueueOptions<T>) {
    super(maxsize);
    this._less = options?.lessThan ?? asyncioPyLessThan;
  }

  override _put(item: T): void {
    asyncioHeapPush(this._items, item, this._less);
  }

  override _get(): T {
    return asyncioHeapPop(this._items, this._less);
  }
}
