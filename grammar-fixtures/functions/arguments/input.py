# Keyword arguments map to parameters; defaults are evaluated once; *args and **kwargs.


def describe(name, greeting="Hello", *, punctuation="!", times=1):
    return " ".join([f"{greeting}, {name}{punctuation}"] * times)


def total(*numbers, start=0):
    return start + sum(numbers)


def options(**kwargs):
    return sorted(kwargs.items())


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


def point(x, y, /, z=0):
    return (x, y, z)


print(describe("Ada"))
print(describe("Bob", punctuation="?"))
print(describe(greeting="Hi", name="Cy", times=2))
print(total(1, 2, 3), total(start=10), total(*[4, 5], start=1))
print(options(b=2, a=1))
print(append_to(1), append_to(2))
print(point(1, 2), point(1, 2, z=3))
square = lambda n: n * n
print(square(7), list(map(lambda s: s.upper(), ["a", "b"])))


def factorial(n: int) -> int:
    return 1 if n <= 1 else n * factorial(n - 1)


print(factorial(10))
args = {"name": "Dee", "times": 2}
print(describe(**args))
