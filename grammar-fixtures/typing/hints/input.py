# Type hints become TypeScript types; Optional, Union, Callable, TypedDict, generics.
from typing import Callable, Optional, TypedDict, TypeVar, Generic, Literal

T = TypeVar("T")


class User(TypedDict):
    name: str
    age: int


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


def apply(fn: Callable[[int], int], value: int) -> int:
    return fn(value)


def find(users: list[User], name: str) -> Optional[User]:
    for u in users:
        if u["name"] == name:
            return u
    return None


def describe(level: Literal["low", "high"], score: int | float) -> str:
    return f"{level}:{score}"


users: list[User] = [{"name": "ada", "age": 36}, {"name": "bob", "age": 41}]
print(apply(lambda x: x * 3, 7), find(users, "bob"), find(users, "zed"))
box: Box[str] = Box("hello")
print(box.get().upper(), describe("low", 2), describe("high", 2.5))
ages: dict[str, int] = {u["name"]: u["age"] for u in users}
pair: tuple[int, str] = (1, "a")
print(ages, pair, Box(3).get() + 1)
