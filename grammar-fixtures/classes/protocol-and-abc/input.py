# Abstract base classes (abstractmethod, abstract property, refusing instantiation) and typing.Protocol
# for structural typing.
from abc import ABC, abstractmethod
from typing import Protocol


class Storage(ABC):
    @abstractmethod
    def save(self, key: str, value: str) -> None: ...

    @abstractmethod
    def load(self, key: str) -> str | None: ...

    @property
    @abstractmethod
    def kind(self) -> str: ...

    def save_many(self, items: dict[str, str]) -> int:
        for k, v in items.items():
            self.save(k, v)
        return len(items)


class MemoryStorage(Storage):
    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def save(self, key: str, value: str) -> None:
        self.data[key] = value

    def load(self, key: str) -> str | None:
        return self.data.get(key)

    @property
    def kind(self) -> str:
        return "memory"


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class English:
    def greet(self, name: str) -> str:
        return f"Hello, {name}"


class French:
    def greet(self, name: str) -> str:
        return f"Bonjour, {name}"


class Mute:
    pass


def welcome(g: Greeter, names: list[str]) -> list[str]:
    return [g.greet(n) for n in names]


store = MemoryStorage()
print(store.save_many({"a": "1", "b": "2"}), store.load("a"), store.load("zzz"), store.kind)
print(isinstance(store, Storage), issubclass(MemoryStorage, Storage))
try:
    Storage()
except TypeError as e:
    print("TypeError:", e)
for g in [English(), French()]:
    print(welcome(g, ["ada", "bob"]))
print(hasattr(English(), "greet"), hasattr(Mute(), "greet"))
