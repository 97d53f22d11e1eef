"""print and repr follow Python's rules for every kind of value."""
import sys

print(True, False, None)
print(1.0, 0.1 + 0.2, 1e-05, 1e16, 123456789.0, -0.0, float("inf"), float("-inf"))
print(3 / 2, 4 / 2, 10 // 3, 2 ** 0.5)
print([1, "a", None, True, 2.5], (1,), (), (1, "two"))
print({"k": 1, "nested": {"x": [1, 2]}}, {})
print({3, 1, 2}, set())
print(b"\x00ab\xff", bytes(3), b"it's")
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("tab\tnl\n"))
print(str(2.0), str([1.0, 2.5]), repr(None))
print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print()
print("to stderr", file=sys.stderr)
print(*[1, 2, 3])
values = [0.5, 1.5, 2.0]
print(values, sum(values), max(values))
pairs = [(1, 0.5), (2, 1.0)]
print(pairs, dict(pairs))
