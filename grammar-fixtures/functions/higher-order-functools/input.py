# Functions as values: lambdas, closures returned from functions, functools.partial/reduce,
# sorted/max keys and callables stored in dicts.
import functools


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x

    return composed


def power(base, exponent):
    return base ** exponent


square = functools.partial(power, exponent=2)
cube = functools.partial(power, exponent=3)
two_to = functools.partial(power, 2)
inc = lambda x: x + 1
double = lambda x: x * 2
print(square(5), cube(2), two_to(10), compose(inc, double)(5), compose(double, inc)(5), compose()(7))
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda acc, x: acc * x, [1, 2, 3, 4], 10))
print(functools.reduce(lambda a, b: a * b, [0.5, 4.0]), functools.reduce(lambda a, b: a + [b * 2], [1, 2], []))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "//": lambda a, b: a // b}
for sym, fn in ops.items():
    print(f"9 {sym} 4 = {fn(9, 4)}")
rows = [{"n": "b", "v": 2}, {"n": "a", "v": 3}]
print(sorted(rows, key=lambda r: r["n"]), max(rows, key=lambda r: r["v"])["n"])
pairs = [(1, "b"), (0, "c"), (1, "a")]
print(sorted(pairs, key=lambda p: p[1]), list(map(lambda p: p[0], pairs)))
handlers = []
for name in ["start", "stop"]:
    handlers.append(lambda name=name: f"handling {name}")
print([h() for h in handlers], callable(inc), callable(5))
apply_twice = lambda f, x: f(f(x))
print(apply_twice(double, 3), apply_twice(str.upper, "x"), (lambda *a, **k: (a, k))(1, z=2))
