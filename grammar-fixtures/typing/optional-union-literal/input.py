# Optional, Union and Literal hints, isinstance narrowing, type aliases, Callable parameters, Any
# (an integral float passed as Any prints as an int: its type is known only at run time, see README).
from typing import Any, Callable, Literal, Optional, Union

Number = Union[int, float]
Mode = Literal["fast", "safe"]
Handler = Callable[[str, int], str]
Matrix = list[list[float]]


def parse(text: str) -> Optional[int]:
    return int(text) if text.isdigit() else None


def normalize(value: Union[int, str, None]) -> str:
    if value is None:
        return "<none>"
    if isinstance(value, int):
        return f"int:{value * 2}"
    return f"str:{value.upper()}"


def average(values: list[Number]) -> float:
    return sum(values) / len(values) if values else 0.0


def run(mode: Mode = "safe", retries: int | None = None) -> str:
    return f"{mode} retries={retries if retries is not None else 'default'}"


def dispatch(handler: Handler, items: list[str]) -> list[str]:
    return [handler(item, i) for i, item in enumerate(items)]


def describe(x: Any) -> str:
    return f"{type(x).__name__}:{x!r}"


def identity_matrix(n: int) -> Matrix:
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


print(parse("42"), parse("x"), [parse(t) for t in ["1", "", "07"]])
print(normalize(21), normalize("hi"), normalize(None))
print(average([1, 2, 3, 4]), average([1.5, 2]), average([]))
print(run(), run("fast", 3), run(retries=0))
print(dispatch(lambda s, i: f"{i}:{s}", ["a", "b"]))
print(describe(1), describe("1"), describe([1]), describe(None), describe({"k": (1,)}))
print(identity_matrix(2))
maybe: Optional[str] = None
for candidate in ["", "value"]:
    if candidate:
        maybe = candidate
print(maybe or "fallback", len(maybe) if maybe else 0)
