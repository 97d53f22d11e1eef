# Dataclasses: generated __init__, __repr__ and __eq__; defaults; default_factory; order; frozen.
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list[str] = field(default_factory=list)

    def total(self) -> float:
        return self.price * self.qty


@dataclass(order=True)
class Version:
    major: int
    minor: int


@dataclass(frozen=True)
class Point:
    x: int
    y: int


item = Item("pen", 1.5, qty=4)
item.tags.append("office")
print(item, item.total(), item == Item("pen", 1.5, 4, ["office"]))
print(Item("cup", 3.0))
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1, 0) < Version(1, 1))
p = Point(1, 2)
print(p, p == Point(1, 2))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__)
