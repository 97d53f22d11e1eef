# raise ... from ..., __cause__, raise from None, bare raise from a nested handler, except (A, B) as e.


class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ConfigError(f"missing {key}") from None


def log_and_reraise(fn):
    try:
        return fn()
    except (ValueError, ZeroDivisionError) as e:
        print("logging", type(e).__name__, e)
        raise


try:
    parse_port("80x")
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), "| type:", type(e.__cause__).__name__, e.__suppress_context__)
try:
    lookup({}, "host")
except ConfigError as e:
    print(e, e.__cause__, e.__suppress_context__)
for fn in (lambda: 1 / 0, lambda: int("z"), lambda: "fine"):
    try:
        print("result", log_and_reraise(fn))
    except (ZeroDivisionError, ValueError) as e:
        print("outer", type(e).__name__, str(e))
try:
    raise TypeError("first")
except TypeError as err:
    saved = err
print(repr(saved), saved.args)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs before outer handler")
except ValueError as e:
    print("outer got", e)
