import { Enum, IntEnum, KeyError, ValueError, contains, enumByName, enumByValue, enumMembers, eq, getItem, gt, lt, max, print, pyType, repr, sorted, str, title, toInt } from "py2ts-async/runtime";

// enum: str/repr of members, iteration order, len, lookup by value and name, auto(), IntEnum
// comparisons, string-valued enums, members as dict keys, aliases and invalid values.

class Status extends Enum<string> {
  static readonly PENDING = new Status("PENDING", "pending");
  static readonly ACTIVE = new Status("ACTIVE", "active");
  static readonly DONE = new Status("DONE", "done");
  label(): string {
    return title(this.value);
  }
}

class Priority extends IntEnum {
  static readonly LOW = new Priority("LOW", 1);
  static readonly MEDIUM = new Priority("MEDIUM", 2);
  static readonly HIGH = new Priority("HIGH", 3);
}

class Step extends Enum<number> {
  static readonly FIRST = new Step("FIRST", 1);
  static readonly SECOND = new Step("SECOND", 2);
  static readonly THIRD = new Step("THIRD", 3);
  static readonly ALSO_FIRST = Step.FIRST;
}

print([Status.ACTIVE, repr(Status.ACTIVE), Status.ACTIVE.name, Status.ACTIVE.value, Status.ACTIVE.label()]);
print([[...enumMembers(Status)], enumMembers(Status).length, [...enumMembers(Status)].map((s) => s.value), enumByValue(Status, "done"), enumByName(Status, "PENDING")]);
console.log(`${`${str(Status.DONE)}`} ${str(Status.DONE)} ${str([Status.DONE])} ${str(new Map([["s", Status.PENDING]]))}`);
console.log(str(gt(Priority.HIGH, Priority.LOW)), str(eq(Priority.MEDIUM, 2)), str(lt(Priority.LOW, 2)), str(sorted([Priority.HIGH, Priority.LOW])));
console.log(`${str(enumByValue(Priority, 3))} ${repr(Priority.LOW)} ${toInt(Priority.MEDIUM)} ${str(max(enumMembers(Priority)))} ${`${str(Priority.HIGH)}`}`);
console.log(`${str([...enumMembers(Step)])} ${str(Step.ALSO_FIRST)} ${str(Step.ALSO_FIRST === Step.FIRST)} ${Step.THIRD.value}`);
const counts: Map<Status, number> = new Map([...enumMembers(Status)].map((status) => [status, 0] as const));
counts.set(Status.ACTIVE, getItem(counts, Status.ACTIVE) + 2);
console.log(str(counts));
console.log(str(contains(enumMembers(Status), Status.ACTIVE)), str(eq(Status.ACTIVE, "active")), str(Status.DONE instanceof Status), pyType(Status.DONE).__name__);
try {
  enumByValue(Status, "archived");
} catch (e) {
  if (e instanceof ValueError) {
    console.log("ValueError:", str(e));
  } else {
    throw e;
  }
}
try {
  enumByName(Status, "ARCHIVED");
} catch (e) {
  if (e instanceof KeyError) {
    console.log("KeyError:", str(e));
  } else {
    throw e;
  }
}
for (const p of enumMembers(Priority)) {
  console.log(`${p.name.toLowerCase()} ${p.value} ${str(p)}`);
}
