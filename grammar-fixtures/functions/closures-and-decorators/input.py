# Closures see variables, not values; nonlocal and global rebind; decorators wrap functions.
import functools

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(3)]


def make_accumulator():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    return add


def shout(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"

    return wrapper


@shout
def greet(name):
    return f"hello {name}"


bump()
bump()
print("counter", counter)
print([m(10) for m in make_multipliers()])
acc = make_accumulator()
acc(5)
print(acc(10))
print(greet("world"), greet.__name__)
late = []
for i in range(3):
    late.append(lambda: i)
print([f() for f in late])
