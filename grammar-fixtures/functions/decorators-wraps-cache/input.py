# Decorators: plain, with arguments, stacked, functools.wraps keeping __name__, lru_cache and cache.
import functools

calls = []


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result!r}")
        return result

    return wrapper


def repeat(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]

        return wrapper

    return decorator


def bracket(fn):
    def wrapper(text):
        return "[" + fn(text) + "]"

    return wrapper


@trace
def add(a, b=1):
    """Add two numbers."""
    return a + b


@repeat(3)
def ping():
    return "ping"


@bracket
@bracket
def shout(text):
    return text.upper()


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.cache
def slow_square(n):
    print("computing", n)
    return n * n


add(2, 3)
add(4)
print(add.__name__, calls)
print(ping(), shout("hi"), shout.__name__)
print(fib(78), fib.cache_info())
print(slow_square(4), slow_square(4), slow_square(5))
fib.cache_clear()
print(fib.cache_info())
