/**
 * A set of node ids, as flags over one tree's consecutive ids (nodes of other trees in a plain set).
 * Adding and deleting ids of a `Set` millions of times makes it grow and shrink its table over and
 * over; flags make no garbage.
 */
export class NodeFlags {
  private readonly flags: Uint8Array;
  private readonly others = new Set<number>();
  /** Flags set: most `clear`s (a stub's, before every unit) find none, and skip the fill. */
  private set = 0;

  constructor(
    private readonly first: number,
    count: number,
  ) {
    this.flags = new Uint8Array(count);
  }

  has(id: number): boolean {
    const i = id - this.first;
    return i >= 0 && i < this.flags.length ? this.flags[i] === 1 : this.others.has(id);
  }

  add(id: number): void {
    const i = id - this.first;
    if (i >= 0 && i < this.flags.length) {
      this.set += 1 - this.flags[i]!;
      this.flags[i] = 1;
    } else this.others.add(id);
  }

  delete(id: number): void {
    const i = id - this.first;
    if (i >= 0 && i < this.flags.length) {
      this.set -= this.flags[i]!;
      this.flags[i] = 0;
    } else this.others.delete(id);
  }

  clear(): void {
    if (this.set > 0) this.flags.fill(0);
    this.set = 0;
    this.others.clear();
  }
}
