import { typeEquals, typeKey, type PyType } from "./types";

/**
 * Incremental inference passes. A pass is a fixed sequence of steps (the evidence of one call, the
 * type of one symbol…); each step reads the state the passes refine (symbol types, class members,
 * evidence, the pass's memoised answers) and writes evidence and memoised answers. While a step
 * runs, what it reads is recorded; in the next pass, a step none of whose reads changed would do
 * exactly what it did, so its writes are replayed instead. Large modules take up to ten passes, and
 * after the second one most steps read nothing that changed.
 *
 * Exactness rests on every read of refined state going through a `Cell`, `Memo` or `Bag`, and on a
 * step's outcome depending on nothing else that changes between passes.
 */
export class Replay {
  /** The steps of the last pass, by position. */
  private last: Step[] = [];
  private made: Step[] = [];
  private at = 0;
  /** The step being recorded. */
  private step: Step | undefined;
  /** Identifies the running step (each run of a step has its own), to tell its own writes from older ones. */
  serial = 1;
  /** When off, every step runs (and nothing is recorded). */
  enabled = true;

  get recording(): boolean {
    return this.step !== undefined;
  }

  /** Before a pass: its steps are matched by position with the last pass's. */
  startPass(): void {
    this.last = this.made;
    this.made = [];
    this.at = 0;
  }

  /** Forgets every step (the state they read is no longer the state they will see). */
  clear(): void {
    this.last = [];
    this.made = [];
  }

  /** Runs a step of the pass (`key` names it), or replays it when nothing it read has changed. */
  run<T>(key: unknown, evaluate: () => T): T {
    if (!this.enabled) return evaluate();
    const previous = this.last[this.at];
    this.serial++;
    if (previous && previous.key === key && unchanged(previous)) {
      apply(previous);
      this.made[this.at++] = previous;
      this.serial++;
      return previous.result as T;
    }
    const step: Step = { key, reads: [], writes: [], result: undefined };
    this.step = step;
    try {
      step.result = evaluate();
    } finally {
      this.step = undefined;
      this.serial++;
    }
    this.made[this.at++] = step;
    return step.result as T;
  }

  readCell(cell: Cell): void {
    if (this.step && cell.seenBy !== this.serial) {
      cell.seenBy = this.serial;
      this.step.reads.push(cell, cell.version);
    }
  }

  readMemo<K, V>(memo: Memo<K, V>, key: K, entry: MemoEntry<V>): void {
    if (this.step && entry.by !== this.serial && entry.seenBy !== this.serial) {
      entry.seenBy = this.serial;
      this.step.reads.push(memo, key, entry.value);
    }
  }

  readList<K>(bag: Bag<K>, key: K, list: readonly PyType[] | undefined): void {
    this.step?.reads.push(bag, key, list ? list.slice() : NONE);
  }

  /** The step read state that cannot be compared: it always runs again. */
  readUncomparable(): void {
    if (this.step) this.step.key = UNREPEATABLE;
  }

  /** Records a write by the step (`target` is a `Memo`, `Bag` or `MemberBag`). */
  wrote(target: object, a: unknown, b: unknown, c?: unknown): void {
    this.step?.writes.push(target, a, b, c);
  }
}

/** State compared by version: a symbol's type, a class's members. */
export class Cell {
  version = 0;
  /** The step run that last recorded reading it (each step records a cell once). */
  seenBy = 0;
}

export class SymbolCell extends Cell {
  type: PyType | undefined = undefined;
  /** `typeKey(type)`, made once per version (every pass compares them all). */
  private keyed: string | undefined;

  /** Sets the type; the version changes only when the type does. */
  set(t: PyType): void {
    if (this.type === undefined || !typeEquals(this.type, t)) {
      this.version++;
      this.keyed = undefined;
    }
    this.type = t;
  }

  key(): string {
    return (this.keyed ??= this.type ? typeKey(this.type) : "");
  }
}

export interface MemoEntry<V> {
  readonly value: V;
  /** The step run that made it (`Replay.serial`). */
  readonly by: number;
  seenBy: number;
}

/** Answers memoised for one pass (an expression's type), shared by its steps. */
export class Memo<K, V> {
  private entries = new Map<K, MemoEntry<V>>();

  constructor(
    private readonly replay: Replay,
    readonly same: (a: V, b: V) => boolean,
  ) {}

  get(key: K): MemoEntry<V> | undefined {
    const entry = this.entries.get(key);
    if (entry && this.replay.recording) this.replay.readMemo(this, key, entry);
    return entry;
  }

  peek(key: K): MemoEntry<V> | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    this.entries.set(key, { value, by: this.replay.serial, seenBy: 0 });
    if (this.replay.recording) this.replay.wrote(this, key, value);
  }

  clear(): void {
    this.entries = new Map();
  }
}

/** Evidence gathered by one pass: types pushed under a key, each once, in the order first pushed. */
export class Bag<K> {
  private map = new Map<K, PyType[]>();

  constructor(private readonly replay: Replay) {}

  get(key: K): readonly PyType[] | undefined {
    const list = this.map.get(key);
    if (this.replay.recording) this.replay.readList(this, key, list);
    return list;
  }

  peek(key: K): readonly PyType[] | undefined {
    return this.map.get(key);
  }

  push(key: K, t: PyType): void {
    pushEvidence(this.map, key, t);
    if (this.replay.recording) this.replay.wrote(this, key, t);
  }

  entries(): IterableIterator<[K, PyType[]]> {
    return this.map.entries();
  }

  /** Empties the bag for a new pass; `into` (if any) takes what it held. */
  reset(into?: Bag<K>): void {
    if (into) into.map = this.map;
    this.map = new Map();
  }
}

/** Evidence by class and member name (what the program stores in a class's fields). */
export class MemberBag {
  private map = new Map<string, Map<string, PyType[]>>();

  constructor(private readonly replay: Replay) {}

  /** A class's evidence; read outside steps only (a step reading it always runs again). */
  get(cls: string): ReadonlyMap<string, readonly PyType[]> | undefined {
    this.replay.readUncomparable();
    return this.map.get(cls);
  }

  push(cls: string, name: string, t: PyType): void {
    let members = this.map.get(cls);
    if (!members) this.map.set(cls, (members = new Map()));
    pushEvidence(members, name, t);
    if (this.replay.recording) this.replay.wrote(this, cls, name, t);
  }

  entries(): IterableIterator<[string, Map<string, PyType[]>]> {
    return this.map.entries();
  }

  reset(): void {
    this.map = new Map();
  }
}

interface Step {
  key: unknown;
  /** Flat records: a cell and its version, or a memo or bag, a key and the value read. */
  readonly reads: unknown[];
  /** Flat records of four: a memo, bag or member bag and what was written to it. */
  readonly writes: unknown[];
  result: unknown;
}

const NONE: readonly PyType[] = [];
const UNREPEATABLE = Symbol("unrepeatable");

function unchanged(step: Step): boolean {
  const reads = step.reads;
  for (let i = 0; i < reads.length; ) {
    const source = reads[i];
    if (source instanceof Cell) {
      if (source.version !== reads[i + 1]) return false;
      i += 2;
      continue;
    }
    if (source instanceof Memo) {
      const now = source.peek(reads[i + 1]);
      if (!now || !source.same(now.value, reads[i + 2])) return false;
    } else if (!sameList((source as Bag<unknown>).peek(reads[i + 1]) ?? NONE, reads[i + 2] as readonly PyType[])) return false;
    i += 3;
  }
  // A memoised answer the step made must not be there yet: the step would have read it instead.
  const writes = step.writes;
  for (let i = 0; i < writes.length; i += 4) {
    const target = writes[i];
    if (target instanceof Memo && target.peek(writes[i + 1])) return false;
  }
  return true;
}

function apply(step: Step): void {
  const writes = step.writes;
  for (let i = 0; i < writes.length; i += 4) {
    const target = writes[i];
    if (target instanceof Memo) target.set(writes[i + 1], writes[i + 2]);
    else if (target instanceof Bag) target.push(writes[i + 1], writes[i + 2] as PyType);
    else (target as MemberBag).push(writes[i + 1] as string, writes[i + 2] as string, writes[i + 3] as PyType);
  }
}

function sameList(a: readonly PyType[], b: readonly PyType[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!typeEquals(a[i]!, b[i]!)) return false;
  return true;
}

/** Adds a type to the evidence under `key`, unless an equal one is there. */
export function pushEvidence<K>(map: Map<K, PyType[]>, key: K, t: PyType): void {
  const list = map.get(key);
  if (!list) map.set(key, [t]);
  else if (!list.some((u) => typeEquals(u, t))) list.push(t);
}
