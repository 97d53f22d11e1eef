from dataclasses import dataclass


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Point) and (other.x, other.y) == (self.x, self.y)

    def __hash__(self) -> int:
        return hash((self.x, self.y))


@dataclass(frozen=True)
class Tag:
    name: str


a = "spam"
b = "sp" + "am"
print(hash(a) == hash(b), hash(1) == 1, hash(True) == 1, hash(False) == 0, hash(-1) == -2)
print(hash((1, 2)) == hash((1, 2)), hash(2.0) == hash(2), hash(0.5), hash(10**12))
print(hash(None) == hash(None), hash(Point(1, 2)) == hash(Point(1, 2)), hash(Tag("x")) == hash(Tag("x")))
print(list(map(hash, [0, 7, -1])), hash(float("inf")), hash(float("-inf")))
