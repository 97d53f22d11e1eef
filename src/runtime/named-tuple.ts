/**
 * Named tuples (`typing.NamedTuple` classes, `collections.namedtuple`): a translated class extends
 * `NamedTuple`, lists its fields in `static _fields` and sets them in its constructor (it writes its
 * own `__repr__`, which knows how each field prints). Everything a tuple does comes from here:
 * indexing, `len`, iteration and unpacking, equality and ordering with tuples and other named tuples.
 */
import { TypeError, ValueError } from "./exceptions";
import { namedTupleItems, pythonTypeName } from "./truth";
import { eq, ge, gt, le, lt } from "./compare";
import { at } from "./sequences";

/** A named tuple's items, or a plain tuple (array) as it is; anything else is no tuple. */
function ntItemsOf(x: unknown): readonly unknown[] | undefined {
  if (Array.isArray(x)) return x;
  return x !== null && typeof x === "object" ? namedTupleItems(x) : undefined;
}

export abstract class NamedTuple {
  static readonly _fields: readonly string[] = [];

  /** The field values, in order. */
  private ntItems(): unknown[] {
    return namedTupleItems(this) ?? [];
  }

  /** `Point._make(iterable)`: a new instance from the items, as many as there are fields. */
  static _make<T extends NamedTuple>(this: (new (...args: never[]) => T) & { readonly _fields: readonly string[] }, iterable: Iterable<unknown>): T {
    const items = [...iterable];
    if (items.length !== this._fields.length) throw new TypeError(`Expected ${this._fields.length} arguments, got ${items.length}`);
    return new this(...(items as never[]));
  }

  __getitem__(index: number): unknown {
    return at(this.ntItems(), index, "tuple");
  }
  __len__(): number {
    return this.ntItems().length;
  }
  *[Symbol.iterator](): Generator<unknown> {
    yield* this.ntItems();
  }

  /** `p._asdict()`: field names to values (not converted recursively, unlike `dataclasses.asdict`). */
  _asdict(): Map<string, unknown> {
    const fields = (this.constructor as typeof NamedTuple)._fields;
    return new Map(fields.map((f, i) => [f, this.ntItems()[i]]));
  }

  /** `p._replace(x=1)`: a copy with those fields changed. */
  _replace(changes: ReadonlyMap<string, unknown>): this {
    const fields = (this.constructor as typeof NamedTuple)._fields;
    const unexpected = [...changes.keys()].filter((k) => !fields.includes(k));
    if (unexpected.length > 0) throw new ValueError(`Got unexpected field names: [${unexpected.map((k) => `'${k}'`).join(", ")}]`);
    const copy = Object.create(Object.getPrototypeOf(this) as object) as this;
    Object.assign(copy, this);
    for (const [k, v] of changes) (copy as Record<string, unknown>)[k] = v;
    return Object.freeze(copy);
  }

  __eq__(other: unknown): boolean {
    const items = ntItemsOf(other);
    return items !== undefined && eq(this.ntItems(), items);
  }
  __lt__(other: unknown): boolean {
    return lt(this.ntItems(), ntItemsFor(this, other, "<"));
  }
  __le__(other: unknown): boolean {
    return le(this.ntItems(), ntItemsFor(this, other, "<="));
  }
  __gt__(other: unknown): boolean {
    return gt(this.ntItems(), ntItemsFor(this, other, ">"));
  }
  __ge__(other: unknown): boolean {
    return ge(this.ntItems(), ntItemsFor(this, other, ">="));
  }
}

/** The other side of an ordering: a tuple, or Python's TypeError. */
function ntItemsFor(self: NamedTuple, other: unknown, op: string): readonly unknown[] {
  const items = ntItemsOf(other);
  if (items === undefined) throw new TypeError(`'${op}' not supported between instances of '${pythonTypeName(self)}' and '${pythonTypeName(other)}'`);
  return items;
}
