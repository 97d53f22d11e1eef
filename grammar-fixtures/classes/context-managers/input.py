# with statements over classes with __enter__/__exit__: values bound by as, suppressed exceptions,
# exit arguments, nesting order; contextlib.contextmanager and suppress.
import contextlib


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        status = "ok" if exc_type is None else f"{exc_type.__name__}({exc})"
        print("close", self.name, status)
        return self.suppress


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with Resource("file") as r:
    print("using", r.name)
with Resource("outer") as a, Resource("inner") as b:
    print("both", a.name, b.name)
with Resource("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed error")
try:
    with Resource("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with tag("div") as t:
    print("inside", t)
    with tag("span"):
        print("nested")
try:
    with tag("p"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
with contextlib.suppress(ZeroDivisionError, KeyError):
    print(1 / 0)
print("suppress done")


def first_line():
    with Resource("early"):
        return "returned from inside"


print(first_line())
