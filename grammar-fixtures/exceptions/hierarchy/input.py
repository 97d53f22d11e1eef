# Exceptions: the builtin hierarchy, custom exceptions with fields, raise from, re-raise, else/finally.


class AppError(Exception):
    pass


class HttpError(AppError):
    def __init__(self, status, message):
        super().__init__(f"{status}: {message}")
        self.status = status


def fetch(code):
    if code >= 400:
        raise HttpError(code, "failed")
    return "ok"


for code in (200, 404):
    try:
        result = fetch(code)
    except HttpError as e:
        print("http error", e.status, str(e), repr(e), e.args)
    else:
        print("got", result)
    finally:
        print("done", code)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise AppError("wrapped") from e
except AppError as e:
    print("caught", e, "cause:", repr(e.__cause__))

try:
    try:
        int("x")
    except ValueError:
        print("handling, then re-raising")
        raise
except ValueError as e:
    print("outer caught", e)

for exc in [IndexError("i"), KeyError("k"), ZeroDivisionError("z"), TypeError("t")]:
    try:
        raise exc
    except LookupError as e:
        print("lookup:", type(e).__name__, e)
    except (ZeroDivisionError, TypeError) as e:
        print("other:", type(e).__name__, e)
print(issubclass(HttpError, Exception), isinstance(HttpError(1, "x"), AppError))
