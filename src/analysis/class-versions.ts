import { Cell, type Replay, type Target } from "./replay";
import { sameTypes, typeEquals, type PyType } from "./types";
import type { UserClass } from "./infer";

/** What the passes set of a class (`refreshClass`), copied; also what a module's summary keeps of it. */
export interface ClassMembers {
  readonly bases: readonly PyType[];
  readonly fields: readonly (readonly [string, PyType])[];
  readonly classAttrs: readonly (readonly [string, PyType])[];
  readonly enumValue?: PyType;
  readonly libraryBases?: readonly string[];
  readonly typeParams?: readonly string[];
}

export function membersOf(cls: UserClass): ClassMembers {
  return { bases: [...cls.bases], fields: [...cls.fields], classAttrs: [...cls.classAttrs], enumValue: cls.enumValue, libraryBases: cls.libraryBases, typeParams: cls.typeParams };
}

/** Sets a class's members (a replayed `refreshClass`, a stub's class from its summary). */
export function setMembers(cls: UserClass, members: ClassMembers): void {
  cls.bases.length = 0;
  cls.bases.push(...members.bases);
  cls.fields.clear();
  for (const [k, t] of members.fields) cls.fields.set(k, t);
  cls.classAttrs.clear();
  for (const [k, t] of members.classAttrs) cls.classAttrs.set(k, t);
  cls.enumValue = members.enumValue;
  cls.libraryBases = members.libraryBases ? [...members.libraryBases] : undefined;
  cls.typeParams = members.typeParams ? [...members.typeParams] : undefined;
}

/** The versions of one class: its shape (bases, member names…), and the type of each member. */
class ClassCells {
  readonly shape = new Cell();
  readonly enumValue = new Cell();
  readonly fields = new Map<string, Cell>();
  readonly classAttrs = new Map<string, Cell>();
}

/** The versions of every class being inferred (a step may read another module's classes). */
const versionsOf = new WeakMap<UserClass, ClassCells>();

/**
 * Versions of the classes of a module, for replayed inference steps (./replay.ts): a step that read
 * a class's shape runs again when the shape changes, one that read a member's type when that type
 * does. Most passes refine a few fields' types, which most readers of the class never look at.
 */
export class ClassVersions implements Target {
  constructor(
    private readonly replay: Replay,
    /** Rebuilds a class's members in place (`refreshClass`). */
    private readonly rebuild: (cls: UserClass) => void,
  ) {}

  /** The step that rebuilds a class: its members, which replaying it sets again. */
  private readonly rebuildStep = (cls: UserClass): ClassMembers => {
    this.rebuild(cls);
    const members = membersOf(cls);
    this.replay.wrote(this, cls, members);
    return members;
  };

  track(cls: UserClass): void {
    versionsOf.set(cls, new ClassCells());
  }

  /** Records that a step reads the class (one not being inferred, such as a stub's, does not change). */
  readShape(cls: UserClass): void {
    const cells = versionsOf.get(cls);
    if (cells) this.replay.readCell(cells.shape);
  }

  readField(cls: UserClass, name: string): void {
    const cells = versionsOf.get(cls);
    if (cells) this.replay.readCell(memberCell(cells.fields, name));
  }

  readClassAttr(cls: UserClass, name: string): void {
    const cells = versionsOf.get(cls);
    if (cells) this.replay.readCell(memberCell(cells.classAttrs, name));
  }

  readEnumValue(cls: UserClass): void {
    const cells = versionsOf.get(cls);
    if (cells) this.replay.readCell(cells.enumValue);
  }

  /** Rebuilds the class's members (a replayed step), changing the versions of what changed. */
  refresh(cls: UserClass): void {
    const before = membersOf(cls);
    const after = this.replay.run(cls, this.rebuildStep);
    const cells = versionsOf.get(cls);
    if (!cells) return;
    const sameNames = (x: readonly string[] | undefined, y: readonly string[] | undefined): boolean => !x === !y && (x ?? []).join() === (y ?? []).join();
    const shapeChanged =
      !sameTypes(before.bases, after.bases) ||
      !sameNames(before.fields.map(([k]) => k), after.fields.map(([k]) => k)) ||
      !sameNames(before.classAttrs.map(([k]) => k), after.classAttrs.map(([k]) => k)) ||
      !before.enumValue !== !after.enumValue ||
      !sameNames(before.libraryBases, after.libraryBases) ||
      !sameNames(before.typeParams, after.typeParams);
    if (shapeChanged) cells.shape.version++;
    if (!sameType(before.enumValue, after.enumValue)) cells.enumValue.version++;
    bumpChanged(cells.fields, new Map(before.fields), new Map(after.fields));
    bumpChanged(cells.classAttrs, new Map(before.classAttrs), new Map(after.classAttrs));
  }

  canRedo(): boolean {
    return true;
  }

  redo(cls: unknown, members: unknown): void {
    setMembers(cls as UserClass, members as ClassMembers);
  }
}

function memberCell(cells: Map<string, Cell>, name: string): Cell {
  let cell = cells.get(name);
  if (!cell) cells.set(name, (cell = new Cell()));
  return cell;
}

const sameType = (a: PyType | undefined, b: PyType | undefined): boolean => (a === undefined || b === undefined ? a === b : typeEquals(a, b));

/** Changes the version of each member whose type changed, or that came or went. */
function bumpChanged(cells: Map<string, Cell>, before: ReadonlyMap<string, PyType>, after: ReadonlyMap<string, PyType>): void {
  for (const [name, cell] of cells) if (!sameType(before.get(name), after.get(name))) cell.version++;
}
