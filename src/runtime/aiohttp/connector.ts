/**
 * `aiohttp.TCPConnector`'s connection accounting. Node's fetch keeps its own socket pool and has no
 * connection limit, so the connector here is the limit: a request holds a slot (an `AiohttpConnection`)
 * from the moment it gets one until its response body has been fully received or the response is
 * released/closed — exactly when aiohttp's connector would get its connection back — and requests beyond
 * `limit` (default 100) or `limitPerHost` (default 0: no per-host limit) wait in FIFO order per host.
 */
import { ConnectionKey } from "./errors";
import { aiohttpCreateWaiter, aiohttpRunCallbacks, aiohttpWait } from "./loop-bridge";
import type { AiohttpWaiter } from "./loop-bridge";

/** An acquired connection slot; `closer` tears down the underlying fetch (aiohttp's transport close). */
export class AiohttpConnection {
  private callbacks: (() => void)[] = [];
  private released = false;
  /** Set by the request: aborts the fetch (closes the socket). */
  closer: (() => void) | null = null;

  constructor(
    readonly connector: TCPConnector,
    readonly key: ConnectionKey,
  ) {}

  addCallback(callback: () => void): void {
    this.callbacks.push(callback);
  }

  private notifyRelease(): void {
    const callbacks = this.callbacks;
    this.callbacks = [];
    aiohttpRunCallbacks(callbacks);
  }

  /** Gives the slot back; `shouldClose` also aborts the transfer (unread body). */
  release(shouldClose = false): void {
    this.notifyRelease();
    if (this.released) return;
    this.released = true;
    if (shouldClose) this.closer?.();
    this.connector.releaseConnection(this);
  }

  /** Gives the slot back and closes the connection. */
  close(): void {
    this.notifyRelease();
    if (this.released) return;
    this.released = true;
    this.closer?.();
    this.connector.releaseConnection(this);
  }

  get closed(): boolean {
    return this.released;
  }
}

export interface TCPConnectorOptions {
  /** Total simultaneous connections (0: no limit). Default 100. */
  limit?: number;
  /** Simultaneous connections to one (host, port, ssl) (0: no limit). Default 0. */
  limitPerHost?: number;
  forceClose?: boolean;
  keepaliveTimeout?: number | null;
  enableCleanupClosed?: boolean;
  ssl?: unknown;
  useDnsCache?: boolean;
  ttlDnsCache?: number | null;
  family?: number;
}

/** aiohttp's `TCPConnector(limit=100, limit_per_host=0)`. */
export class TCPConnector {
  readonly limit: number;
  readonly limitPerHost: number;
  readonly forceClose: boolean;
  private closedFlag = false;
  private readonly acquired = new Set<AiohttpConnection>();
  private readonly acquiredPerHost = new Map<string, Set<AiohttpConnection>>();
  private readonly waiters = new Map<string, AiohttpWaiter<null>[]>();
  /** Called on close for every connection still acquired (aborts fetches, detaches bodies). */
  private readonly closeHooks = new Set<() => void>();

  constructor(options?: TCPConnectorOptions) {
    this.limit = options?.limit ?? 100;
    this.limitPerHost = options?.limitPerHost ?? 0;
    this.forceClose = options?.forceClose ?? false;
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  private static slotKey(key: ConnectionKey): string {
    return `${key.host}\u0000${key.port}\u0000${key.isSsl}`;
  }

  private availableConnections(k: string): number {
    if (this.limit) {
      let available = this.limit - this.acquired.size;
      const perHost = this.acquiredPerHost.get(k);
      if (this.limitPerHost && available > 0 && perHost !== undefined) available = this.limitPerHost - perHost.size;
      return available;
    }
    const perHost = this.acquiredPerHost.get(k);
    if (this.limitPerHost && perHost !== undefined) return this.limitPerHost - perHost.size;
    return 1;
  }

  /** `await connector.connect(req)`: a slot, waiting in line when over the limits. */
  async connect(key: ConnectionKey): Promise<AiohttpConnection> {
    const k = TCPConnector.slotKey(key);
    const available = this.availableConnections(k);
    if (available <= 0 || this.waiters.has(k)) {
      const fut = aiohttpCreateWaiter<null>();
      let queue = this.waiters.get(k);
      if (queue === undefined) {
        queue = [];
        this.waiters.set(k, queue);
      }
      queue.push(fut);
      try {
        await aiohttpWait(fut);
      } catch (error) {
        const q = this.waiters.get(k);
        if (q !== undefined) {
          const i = q.indexOf(fut);
          if (i >= 0) q.splice(i, 1);
        }
        throw error;
      } finally {
        const q = this.waiters.get(k);
        if (q !== undefined && q.length === 0) this.waiters.delete(k);
      }
    }
    const conn = new AiohttpConnection(this, key);
    this.acquired.add(conn);
    let perHost = this.acquiredPerHost.get(k);
    if (perHost === undefined) {
      perHost = new Set();
      this.acquiredPerHost.set(k, perHost);
    }
    perHost.add(conn);
    return conn;
  }

  /** Registers what to do with an acquired connection when the connector closes. */
  onClose(hook: () => void): () => void {
    this.closeHooks.add(hook);
    return () => this.closeHooks.delete(hook);
  }

  private releaseWaiter(): void {
    if (this.waiters.size === 0) return;
    for (const [k, queue] of this.waiters) {
      if (this.availableConnections(k) < 1) continue;
      while (queue.length > 0) {
        const waiter = queue.shift() as AiohttpWaiter<null>;
        if (!waiter.done()) {
          waiter.resolve(null);
          return;
        }
      }
    }
  }

  /** Internal: a connection gives its slot back. */
  releaseConnection(conn: AiohttpConnection): void {
    if (this.closedFlag) return;
    if (!this.acquired.delete(conn)) return;
    const k = TCPConnector.slotKey(conn.key);
    const perHost = this.acquiredPerHost.get(k);
    if (perHost !== undefined) {
      perHost.delete(conn);
      if (perHost.size === 0) this.acquiredPerHost.delete(k);
    }
    this.releaseWaiter();
  }

  /** `await connector.close()`: closes every acquired connection (waiting requests keep waiting, as in aiohttp). */
  async close(): Promise<void> {
    this.closeSync();
  }

  /** The synchronous part of `close()`. */
  closeSync(): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    const hooks = [...this.closeHooks];
    this.closeHooks.clear();
    for (const hook of hooks) {
      try {
        hook();
      } catch {
        // ignored
      }
    }
    this.acquired.clear();
    this.acquiredPerHost.clear();
  }

  __repr__(): string {
    return "<aiohttp.connector.TCPConnector object>";
  }
}
