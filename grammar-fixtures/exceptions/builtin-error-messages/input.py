# Builtin operations raise Python's exception types with Python's messages.
from collections import deque


def attempt(label, fn):
    try:
        result = fn()
        print(label, "ok", result)
    except Exception as e:
        print(label, type(e).__name__, "|", e, "|", isinstance(e, LookupError), isinstance(e, ArithmeticError))


data = {"a": 1}
items = [1, 2, 3]
attempt("dict key", lambda: data["b"])
attempt("tuple key", lambda: {(1, 2): 0}[(3, 4)])
attempt("int key", lambda: {1: "x"}[2])
attempt("list index", lambda: items[5])
attempt("negative index", lambda: items[-4])
attempt("tuple index", lambda: (1,)[1])
attempt("str index", lambda: "abc"[10])
attempt("pop empty", lambda: [].pop())
attempt("remove", lambda: items.remove(9))
attempt("index", lambda: items.index(9))
attempt("int div", lambda: 1 // 0)
attempt("mod", lambda: 5 % 0)
attempt("true div", lambda: 1 / 0)
attempt("float div", lambda: 1.0 / 0)
attempt("divmod", lambda: divmod(1, 0))
attempt("int parse", lambda: int("1.5"))
attempt("float parse", lambda: float("abc"))
attempt("max empty", lambda: max([]))
attempt("next", lambda: next(iter([])))
attempt("set remove", lambda: {1}.remove(2))
attempt("str concat", lambda: "a" + str(1))
attempt("deque pop", lambda: deque().pop())
attempt("round", lambda: round(2.5))
try:
    raise KeyError("plain")
except LookupError as e:
    print("LookupError caught KeyError:", repr(e), str(e))
try:
    items[10] = 0
except IndexError as e:
    print("assignment:", e)
