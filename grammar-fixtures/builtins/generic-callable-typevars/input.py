from typing import Callable, TypeVar

T = TypeVar("T")
K = TypeVar("K")


def group(items: list[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    out: dict[K, list[T]] = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return out


def first_len(s: str) -> int:
    return len(s)


print(group(["a", "bb", "cc", "d"], len))
print(group([1, 2, 3, 4], lambda n: n % 2 == 0))
print(group(["x", "yy"], first_len))


def apply_all(items: list[T], fn: Callable[[T], K]) -> list[K]:
    return [fn(x) for x in items]


print(apply_all([1, 2, 3], lambda n: n * 10), apply_all(["a", "b"], str.upper))
