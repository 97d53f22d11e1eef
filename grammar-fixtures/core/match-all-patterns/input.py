# match: literal, capture, wildcard, value, sequence (with star), mapping (with **rest), class
# (positional and keyword), or-patterns, as-patterns, guards, None/True literals.
from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = "red"
    BLUE = "blue"


@dataclass
class Point:
    x: int
    y: int


def handle(command):
    match command:
        case None:
            return "nothing"
        case True:
            return "true literal"
        case Color.RED:
            return "red enum"
        case ["go", ("north" | "south") as direction]:
            return f"go {direction}"
        case ["drop", *items] if items:
            return f"drop {len(items)}: {items}"
        case ["drop"]:
            return "drop nothing"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case {"action": "move", "to": [x, y], **rest}:
            return f"move to {x},{y} extra={rest}"
        case {"action": str(action)}:
            return f"action {action}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Point() as p if p.x == p.y:
            return f"diagonal {p}"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return f"string {s!r}"
        case [*_, 0]:
            return "ends with zero"
        case _:
            return f"unmatched {command!r}"


tests = [None, True, Color.RED, Color.BLUE, ["go", "north"], ["go", "west"], ["drop", "a", "b"], ["drop"],
         (1, 2, 3), {"action": "move", "to": [1, 2], "speed": 5}, {"action": "jump"}, {"action": 3},
         Point(0, 0), Point(0, 7), Point(4, 0), Point(2, 2), Point(1, 5), 150, 150.5, 7, "hey", [5, 0], 1]
for t in tests:
    print(handle(t))
