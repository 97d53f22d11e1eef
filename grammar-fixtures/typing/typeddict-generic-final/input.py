# TypedDict (total=False and required keys), TypeVar/Generic classes and functions, Final,
# ClassVar, bounded TypeVars, and typed containers of user classes.
from typing import ClassVar, Final, Generic, Iterator, TypedDict, TypeVar

T = TypeVar("T")
K = TypeVar("K")
N = TypeVar("N", int, float)

MAX_ITEMS: Final = 3
GREETING: Final[str] = "hi"


class Movie(TypedDict, total=False):
    title: str
    year: int
    rating: float


class Stack(Generic[T]):
    created: ClassVar[int] = 0

    def __init__(self) -> None:
        self._items: list[T] = []
        Stack.created += 1

    def push(self, item: T) -> "Stack[T]":
        if len(self._items) >= MAX_ITEMS:
            raise OverflowError(f"stack full ({MAX_ITEMS})")
        self._items.append(item)
        return self

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self._items))

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


def first(items: list[T], default: T) -> T:
    return items[0] if items else default


def invert(d: dict[K, T]) -> dict[T, K]:
    return {v: k for k, v in d.items()}


def total(values: list[N]) -> N:
    result = values[0]
    for v in values[1:]:
        result += v
    return result


m: Movie = {"title": "Alien"}
m["year"] = 1979
print(m, m.get("rating"), m.get("rating", 0.0), "year" in m, len(m))
movies: list[Movie] = [m, {"title": "Heat", "rating": 8.3}, {}]
print([x.get("title", "?") for x in movies], sum(x.get("rating", 0.0) for x in movies))
s: Stack[float] = Stack()
s.push(1.5).push(2.5)
print(s, list(s), s.pop(), s, Stack.created)
words = Stack[str]()
try:
    for w in ["a", "b", "c", "d"]:
        words.push(w)
except OverflowError as e:
    print("OverflowError:", e)
print(first([3, 4], 0), first([], "none"), invert({"a": 1, "b": 2}), total([1, 2, 3]), total([0.5, 0.25]))
print(GREETING, MAX_ITEMS, Stack.created, words)
