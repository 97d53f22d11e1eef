# math functions return floats or ints exactly as Python's; time functions are measured, not printed.
import math
import time

print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3))
print(math.pi, math.e, math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf))
print(math.gcd(12, 18), math.factorial(10))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.exp(1))
print(math.pow(2, 10), 2 ** 10, math.hypot(3, 4), math.fabs(-3))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.isclose(1.0, 1.0 + 1e-10))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
start = time.monotonic()
perf = time.perf_counter()
now = time.time()
total = sum(i * i for i in range(10000))
elapsed = time.monotonic() - start
print(total, elapsed >= 0, elapsed < 5, time.perf_counter() >= perf, now > 1_600_000_000)
print(type(elapsed).__name__, type(now).__name__)
ms = round(elapsed * 1000)
print("took a measurable time:", ms >= 0)
