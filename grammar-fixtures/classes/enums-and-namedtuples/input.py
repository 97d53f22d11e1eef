# enum.Enum members print as Class.NAME and carry .name and .value; NamedTuple fields.
from enum import Enum
from typing import NamedTuple


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Pair(NamedTuple):
    left: int
    right: str = "x"


print(Color.RED, Color.GREEN.name, Color.BLUE.value, Color(2), Color["RED"])
print([c.name for c in Color], Color.RED == Color.RED, Color.RED is Color.GREEN)
p = Pair(1, "a")
print(p, p.left, p[1], Pair(2), p._replace(left=9))
left, right = p
print(left, right, len(p))
