# Functions over plain TypeVars become generic TypeScript functions; a constrained TypeVar (N) stays dynamic.
from typing import Callable, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
N = TypeVar("N", int, float)


def largest(items: list[T], key: Callable[[T], K]) -> Optional[T]:
    best: Optional[T] = None
    best_key = None
    for item in items:
        k = key(item)
        if best is None or k > best_key:
            best, best_key = item, k
    return best


def pairs(items: list[T]) -> list[tuple[T, T]]:
    return [(a, b) for a, b in zip(items, items[1:])]


def total(xs: list[N]) -> N:
    result = xs[0]
    for x in xs[1:]:
        result = result + x
    return result


def group(items: list[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    out: dict[K, list[T]] = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out


print(largest(["aa", "b", "cccc"], len), largest([], len), pairs([1, 2, 3]), total([1, 2, 3]), total([1.5, 2.25]))
print(group(["ant", "bee", "cat", "ape"], lambda w: w[0]))
