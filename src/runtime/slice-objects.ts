/**
 * Python's `slice` objects, for a slice written apart from its brackets (`s = slice(1, 8, 2)`;
 * `xs[s]`): the translator passes their `bounds` to the slice helpers of sequences.ts.
 */
import { ValueError } from "./exceptions";
import { repr } from "./repr";
import { sliceIndices } from "./sequences";

export class PySlice {
  static readonly __name__ = "slice";
  constructor(
    readonly start: number | null,
    readonly stop: number | null,
    readonly step: number | null,
  ) {}

  /** `start, stop, step` as the slice helpers take them: `slice(xs, ...s.bounds)`. */
  get bounds(): [number | null, number | null, number | null] {
    return [this.start, this.stop, this.step];
  }

  /** `s.indices(length)`: the start, stop and step a sequence of that length uses. */
  indices(length: number): [number, number, number] {
    if (length < 0) throw new ValueError("length should not be negative");
    const [start, stop, step] = sliceIndices(length, this.start, this.stop, this.step);
    return [start, stop, step];
  }

  __repr__(): string {
    return `slice(${repr(this.start)}, ${repr(this.stop)}, ${repr(this.step)})`;
  }
}

/** Python's `slice(stop)` and `slice(start, stop[, step])`. */
export function makeSlice(first: number | null, stop?: number | null, step?: number | null): PySlice {
  return stop === undefined ? new PySlice(null, first, null) : new PySlice(first, stop, step ?? null);
}
