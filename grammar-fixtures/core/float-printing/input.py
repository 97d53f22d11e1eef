# Floats print with Python's repr everywhere: alone, in containers, as dict values and in f-strings.
import math

prices = [1.0, 2.50, 0.1 + 0.2, 1e-05, 1e16, 1.5e-7, 123456789012345678.0]
print(prices)
for p in prices:
    print(p, str(p), repr(p), f"{p}")
print(float("inf"), float("-inf"), float("nan"), -0.0, 0.0 * -1)
print([math.inf, -math.inf], (math.nan,), {"zero": -0.0})
total = 0.0
for x in [0.5, 0.25, 0.25]:
    total += x
print("total", total, total == 1, type(total).__name__)
ratio = 3 / 3
half = 1 / 2
print(ratio, half, 10 / 4, 2 ** -2, float(7), float("3"), 7 * 1.0)
pairs = {"a": 1.0, "b": 2.0}
print(pairs, list(pairs.values()), sum(pairs.values()))
point = (0.0, 1.0, -2.0)
print(point, max(point), min(point), abs(point[2]))
averages = {name: sum(scores) / len(scores) for name, scores in {"ada": [3, 5], "bob": [4, 4, 4]}.items()}
print(averages)
print(1e22, 1e21, 1e-4, 0.0001, 100000000000000000000.0, 12345.678e3)
print(round(2.0), round(2.0, 1), round(2.675, 2), 4.35 * 100)
big = 2.0 ** 60
print(big, 1 / 3, 2 / 3, -1 / 3)
print(str([1.0, [2.0, (3.0,)]]), repr({1.0: "one"}))
