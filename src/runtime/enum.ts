/**
 * `enum.Enum`: members are instances created once, in definition order, registered with their class.
 * They print as `Color.RED` (`str`) and `<Color.RED: 1>` (`repr`), as in Python.
 */
import { KeyError, TypeError, ValueError } from "./exceptions";
import { repr } from "./repr";
import { format } from "./format-spec";
import { pythonTypeName } from "./truth";

const enumRegistry = new Map<Function, Enum[]>();

/** `V`: the type of the members' values (what `.value` gives). */
export class Enum<V = unknown> {
  constructor(
    readonly name: string,
    readonly value: V,
  ) {
    const members = enumRegistry.get(this.constructor) ?? [];
    members.push(this);
    enumRegistry.set(this.constructor, members);
  }

  __str__(): string {
    return `${this.constructor.name}.${this.name}`;
  }

  __repr__(): string {
    return `<${this.constructor.name}.${this.name}: ${repr(this.value)}>`;
  }
}

/** The members of an enum class, in definition order (`for c in Color`, `list(Color)`). */
export function enumMembers<E extends Enum>(cls: abstract new (...args: never[]) => E): E[] {
  return (enumRegistry.get(cls) ?? []) as E[];
}

/** `Color(2)`: the member with that value. */
export function enumByValue<E extends Enum>(cls: abstract new (...args: never[]) => E, value: unknown): E {
  const found = enumMembers(cls).find((m) => m.value === value);
  if (!found) throw new ValueError(`${repr(value)} is not a valid ${cls.name}`);
  return found;
}

/** `Color["RED"]`: the member with that name. */
export function enumByName<E extends Enum>(cls: abstract new (...args: never[]) => E, name: string): E {
  const found = enumMembers(cls).find((m) => m.name === name);
  if (!found) throw new KeyError(name);
  return found;
}

/** A number or another member's value, for comparing an IntEnum member with it. */
function intEnumOperand(other: unknown): number | undefined {
  if (typeof other === "number") return other;
  if (typeof other === "boolean") return other ? 1 : 0;
  return other instanceof IntEnum ? other.value : undefined;
}

/**
 * `enum.IntEnum`: members are ints too. They compare and sort with numbers (`valueOf` serves
 * JavaScript's own operators), convert with `int()`, and print as their value (`str()`, f-strings)
 * while `repr` stays `<Priority.LOW: 1>`.
 */
export class IntEnum extends Enum<number> {
  override valueOf(): number {
    return this.value;
  }

  override __str__(): string {
    return String(this.value);
  }

  __format__(spec: string): string {
    return spec === "" ? String(this.value) : format(this.value, spec);
  }

  __int__(): number {
    return this.value;
  }

  __index__(): number {
    return this.value;
  }

  __eq__(other: unknown): boolean {
    return intEnumOperand(other) === this.value;
  }

  __lt__(other: unknown): boolean {
    return intEnumCompare(this, other, (a, b) => a < b);
  }

  __le__(other: unknown): boolean {
    return intEnumCompare(this, other, (a, b) => a <= b);
  }

  __gt__(other: unknown): boolean {
    return intEnumCompare(this, other, (a, b) => a > b);
  }

  __ge__(other: unknown): boolean {
    return intEnumCompare(this, other, (a, b) => a >= b);
  }
}

function intEnumCompare(self: IntEnum, other: unknown, op: (a: number, b: number) => boolean): boolean {
  const b = intEnumOperand(other);
  if (b === undefined) throw new TypeError(`'<' not supported between instances of '${self.constructor.name}' and '${pythonTypeName(other)}'`);
  return op(self.value, b);
}

/** `enum.StrEnum` (3.11): members are strings too; `str()` is the value. */
export class StrEnum extends Enum<string> {
  override __str__(): string {
    return this.value;
  }

  __format__(spec: string): string {
    return spec === "" ? this.value : format(this.value, spec);
  }

  __eq__(other: unknown): boolean {
    return other === this.value || (other instanceof StrEnum && other.value === this.value);
  }
}
