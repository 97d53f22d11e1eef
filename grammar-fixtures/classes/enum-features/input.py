# enum: str/repr of members, iteration order, len, lookup by value and name, auto(), IntEnum
# comparisons, string-valued enums, members as dict keys, aliases and invalid values.
from enum import Enum, IntEnum, auto


class Status(Enum):
    PENDING = "pending"
    ACTIVE = "active"
    DONE = "done"

    def label(self):
        return self.value.title()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()
    ALSO_FIRST = 1


print(Status.ACTIVE, repr(Status.ACTIVE), Status.ACTIVE.name, Status.ACTIVE.value, Status.ACTIVE.label())
print(list(Status), len(Status), [s.value for s in Status], Status("done"), Status["PENDING"])
print(f"{Status.DONE}", str(Status.DONE), [Status.DONE], {"s": Status.PENDING})
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 2, Priority.LOW < 2, sorted([Priority.HIGH, Priority.LOW]))
print(Priority(3), repr(Priority.LOW), int(Priority.MEDIUM), max(Priority), f"{Priority.HIGH}")
print(list(Step), Step.ALSO_FIRST, Step.ALSO_FIRST is Step.FIRST, Step.THIRD.value)
counts = {status: 0 for status in Status}
counts[Status.ACTIVE] += 2
print(counts)
print(Status.ACTIVE in Status, Status.ACTIVE == "active", isinstance(Status.DONE, Status), type(Status.DONE).__name__)
try:
    Status("archived")
except ValueError as e:
    print("ValueError:", e)
try:
    Status["ARCHIVED"]
except KeyError as e:
    print("KeyError:", e)
for p in Priority:
    print(p.name.lower(), p.value, p)
