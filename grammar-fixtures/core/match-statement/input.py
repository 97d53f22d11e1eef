# match statements: literals, captures, sequences, mappings, classes and guards.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def describe(value):
    match value:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "a number"
        case "hello" | "hi":
            return "a greeting"
        case [x, y]:
            return f"pair {x}, {y}"
        case [first, *rest]:
            return f"list starting {first} and {len(rest)} more"
        case {"type": "user", "name": name}:
            return f"user {name}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=x, y=y):
            return f"point {x},{y}"
        case _:
            return "something else"


for v in [0, -3, 2.5, "hi", [1, 2], [1, 2, 3], {"type": "user", "name": "ada"}, Point(0, 0), Point(1, 2), None]:
    print(describe(v))
