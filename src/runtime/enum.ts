/**
 * `enum.Enum`: members are instances created once, in definition order, registered with their class.
 * They print as `Color.RED` (`str`) and `<Color.RED: 1>` (`repr`), as in Python.
 */
import { KeyError, ValueError } from "./exceptions";
import { repr } from "./repr";

const enumRegistry = new Map<Function, Enum[]>();

export class Enum {
  constructor(
    readonly name: string,
    readonly value: unknown,
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
