import { sameTypes, typeEquals, typeKey, type PyType } from "./types";

/**
 * Incremental inference passes. A pass is a fixed sequence of steps (the evidence of one call, the
 * type of one symbol…); each step reads the state the passes refine (symbol types, class members,
 * evidence, the pass's memoised answers) and writes evidence and memoised answers. While a step
 * runs, what it reads is recorded; in the next pass, a step none of whose reads changed would do
 * exactly what it did, so its writes are replayed instead. Large modules take up to ten passes, and
 * after the second one most steps read nothing that changed.
 *
 * Exactness rests on every read of refined state going through a `Cell`, a memo or a bag, and on a
 * step's outcome depending on nothing else that changes between passes. What a step reads of
 * another module's analysis is recorded too (one recorder for all), so the modules of an import
 * cycle, analysed in rounds, replay their steps from one round to the next.
 */
const recorder: { step: Step | undefined; serial: number } = { step: undefined, serial: 1 };

export class Replay {
  /** The steps of the last pass, by position. */
  private last: Step[] = [];
  private made: Step[] = [];
  private at = 0;
  /** When off, every step runs (and nothing is recorded). */
  enabled = true;

  get recording(): boolean {
    return recorder.step !== undefined;
  }

  /** Identifies the running step (each run of a step has its own), to tell its own writes from older ones. */
  get serial(): number {
    return recorder.serial;
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

  /**
   * Runs a step of the pass, `evaluate(key)`, or replays it when nothing it read has changed. (The
   * key is the argument, so that a pass need not make a closure per step.)
   */
  run<K, T>(key: K, evaluate: (key: K) => T): T {
    if (!this.enabled) return evaluate(key);
    const previous = this.last[this.at];
    // A step may run inside another's (loading a stub it imports): the outer one resumes after.
    const outer = recorder.step;
    recorder.serial++;
    if (previous && previous.key === key && unchanged(previous)) {
      recorder.step = undefined;
      apply(previous);
      recorder.step = outer;
      this.made[this.at++] = previous;
      recorder.serial++;
      return previous.result as T;
    }
    const step: Step = { key, reads: [], writes: [], result: undefined };
    recorder.step = step;
    try {
      step.result = evaluate(key);
    } finally {
      recorder.step = outer;
      recorder.serial++;
    }
    this.made[this.at++] = step;
    return step.result as T;
  }

  readCell(cell: Cell): void {
    const step = recorder.step;
    if (step && cell.seenBy !== recorder.serial) {
      cell.seenBy = recorder.serial;
      step.reads.push(cell, cell.version);
    }
  }

  /** Records that the running step read `value` under `key` of `source`. */
  read(source: Source, key: unknown, value: unknown): void {
    recorder.step?.reads.push(source, key, value);
  }

  /** Records a write by the running step. */
  wrote(target: Target, a: unknown, b: unknown, c?: unknown): void {
    recorder.step?.writes.push(target, a, b, c);
  }
}

/** Memoised answers or evidence a step reads: can it still read `value` under `key`? */
interface Source {
  holds(key: unknown, value: unknown): boolean;
}

/** What a step writes to, and can write again when it is replayed. */
export interface Target {
  /** Could the step make this write now (a memoised answer it made must not be there yet: it would have read it). */
  canRedo(a: unknown): boolean;
  redo(a: unknown, b: unknown, c: unknown): void;
}

/** State compared by version: a symbol's type, a class's members. */
export class Cell {
  version = 0;
  /** The step run that last recorded reading it (each step records a cell once). */
  seenBy = 0;
}

export class SymbolCell extends Cell {
  type: PyType | undefined = undefined;

  /** `owner`: the inference whose symbol's type this is. */
  constructor(readonly owner: object) {
    super();
  }

  /** `name:typeKey(type)`, made once per version (every pass compares them all). */
  private keyed: string | undefined;

  /** Sets the type; the version changes only when the type does. */
  set(t: PyType): void {
    if (this.type === undefined || !typeEquals(this.type, t)) {
      this.version++;
      this.keyed = undefined;
    }
    this.type = t;
  }

  /** The symbol's entry in a snapshot of the inference's state. */
  entry(name: string): string {
    return (this.keyed ??= `${name}:${this.type ? typeKey(this.type) : ""}`);
  }
}

interface MemoEntry<V> {
  readonly value: V;
  /** The step run that made it (`Replay.serial`). */
  readonly by: number;
  seenBy: number;
}

/** Answers memoised for one pass (a variable's plain type), shared by its steps. `null` is an answer. */
export class Memo<K, V> implements Source, Target {
  private entries = new Map<K, MemoEntry<V>>();

  constructor(
    private readonly replay: Replay,
    private readonly same: (a: V, b: V) => boolean,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const serial = this.replay.serial;
    if (this.replay.recording && entry.by !== serial && entry.seenBy !== serial) {
      entry.seenBy = serial;
      this.replay.read(this, key, entry.value);
    }
    return entry.value;
  }

  set(key: K, value: V): void {
    this.entries.set(key, { value, by: this.replay.serial, seenBy: 0 });
    if (this.replay.recording) this.replay.wrote(this, key, value);
  }

  clear(): void {
    // Stubs forget their queries before every unit, mostly with nothing to forget: no new map then.
    if (this.entries.size > 0) this.entries = new Map();
  }

  holds(key: unknown, value: unknown): boolean {
    const entry = this.entries.get(key as K);
    return entry !== undefined && this.same(entry.value, value as V);
  }

  canRedo(key: unknown): boolean {
    return !this.entries.has(key as K);
  }

  redo(key: unknown, value: unknown): void {
    this.set(key as K, value as V);
  }
}

/**
 * Answers memoised for one pass by syntax node, for the nodes of one tree (their ids are
 * consecutive): arrays instead of a map, and a generation number instead of emptying them. The
 * hottest memo of all, every expression's type.
 */
export class NodeMemo<V> implements Source, Target {
  private readonly values: (V | undefined)[];
  /** The generation each slot was set in: it holds an answer of this pass only when that is the current one. */
  private readonly stamps: Int32Array;
  private readonly makers: Int32Array;
  private readonly seenBy: Int32Array;
  private generation = 1;
  /** Set since the last `clear` (stubs clear before every unit, mostly with nothing set). */
  private filled = false;
  /** Nodes of other trees (none, as the analysis asks them of their own module's memo). */
  private readonly others: Memo<number, V>;

  constructor(
    private readonly replay: Replay,
    private readonly same: (a: V, b: V) => boolean,
    private readonly first: number,
    count: number,
  ) {
    // Pushed, not `new Array(count)`: a large array made that way has slow dictionary elements.
    this.values = [];
    for (let i = 0; i < count; i++) this.values.push(undefined);
    this.stamps = new Int32Array(count);
    this.makers = new Int32Array(count);
    this.seenBy = new Int32Array(count);
    this.others = new Memo(replay, same);
  }

  get(id: number): V | undefined {
    const i = id - this.first;
    if (i < 0 || i >= this.stamps.length) return this.others.get(id);
    if (this.stamps[i] !== this.generation) return undefined;
    const value = this.values[i];
    const serial = this.replay.serial;
    if (this.replay.recording && this.makers[i] !== serial && this.seenBy[i] !== serial) {
      this.seenBy[i] = serial;
      this.replay.read(this, id, value);
    }
    return value;
  }

  set(id: number, value: V): void {
    const i = id - this.first;
    if (i < 0 || i >= this.stamps.length) return this.others.set(id, value);
    this.values[i] = value;
    this.filled = true;
    this.stamps[i] = this.generation;
    this.makers[i] = this.replay.serial;
    this.seenBy[i] = 0;
    if (this.replay.recording) this.replay.wrote(this, id, value);
  }

  clear(): void {
    if (this.filled) this.generation++;
    this.filled = false;
    this.others.clear();
  }

  holds(id: unknown, value: unknown): boolean {
    const i = (id as number) - this.first;
    if (i < 0 || i >= this.stamps.length) return this.others.holds(id, value);
    return this.stamps[i] === this.generation && this.same(this.values[i] as V, value as V);
  }

  canRedo(id: unknown): boolean {
    const i = (id as number) - this.first;
    if (i < 0 || i >= this.stamps.length) return this.others.canRedo(id);
    return this.stamps[i] !== this.generation;
  }

  redo(id: unknown, value: unknown): void {
    this.set(id as number, value as V);
  }
}

/** Evidence gathered by one pass: types pushed under a key, each once, in the order first pushed. */
export class Bag<K> implements Source, Target {
  private map = new Map<K, PyType[]>();

  constructor(private readonly replay: Replay) {}

  get(key: K): readonly PyType[] | undefined {
    const list = this.map.get(key);
    if (this.replay.recording) this.replay.read(this, key, list ? list.slice() : NONE);
    return list;
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

  holds(key: unknown, value: unknown): boolean {
    return sameTypes(this.map.get(key as K) ?? NONE, value as readonly PyType[]);
  }

  canRedo(): boolean {
    return true;
  }

  redo(key: unknown, t: unknown): void {
    this.push(key as K, t as PyType);
  }
}

/** Evidence by class and member name (what the program stores in a class's fields). */
export class MemberBag implements Source, Target {
  private map = new Map<string, Map<string, PyType[]>>();

  constructor(private readonly replay: Replay) {}

  /** A class's evidence (a step reading it depends on all of it). */
  get(cls: string): ReadonlyMap<string, readonly PyType[]> | undefined {
    const members = this.map.get(cls);
    if (this.replay.recording) this.replay.read(this, cls, members ? [...members].map(([name, types]) => [name, types.slice()] as const) : []);
    return members;
  }

  holds(cls: unknown, value: unknown): boolean {
    const now = [...(this.map.get(cls as string) ?? [])];
    const seen = value as readonly (readonly [string, readonly PyType[]])[];
    return now.length === seen.length && now.every(([name, types], i) => name === seen[i]![0] && sameTypes(types, seen[i]![1]));
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

  canRedo(): boolean {
    return true;
  }

  redo(cls: unknown, name: unknown, t: unknown): void {
    this.push(cls as string, name as string, t as PyType);
  }
}

interface Step {
  key: unknown;
  /** Flat records: a cell and its version, or a source, a key and the value read. */
  readonly reads: unknown[];
  /** Flat records of four: a target and what was written to it. */
  readonly writes: unknown[];
  result: unknown;
}

const NONE: readonly PyType[] = [];

function unchanged(step: Step): boolean {
  const reads = step.reads;
  for (let i = 0; i < reads.length; ) {
    const source = reads[i];
    if (source instanceof Cell) {
      if (source.version !== reads[i + 1]) return false;
      i += 2;
    } else {
      if (!(source as Source).holds(reads[i + 1], reads[i + 2])) return false;
      i += 3;
    }
  }
  const writes = step.writes;
  for (let i = 0; i < writes.length; i += 4) if (!(writes[i] as Target).canRedo(writes[i + 1])) return false;
  return true;
}

function apply(step: Step): void {
  const writes = step.writes;
  for (let i = 0; i < writes.length; i += 4) (writes[i] as Target).redo(writes[i + 1], writes[i + 2], writes[i + 3]);
}

/** Adds a type to the evidence under `key`, unless an equal one is there. */
export function pushEvidence<K>(map: Map<K, PyType[]>, key: K, t: PyType): void {
  const list = map.get(key);
  if (!list) map.set(key, [t]);
  else if (!list.some((u) => typeEquals(u, t))) list.push(t);
}
