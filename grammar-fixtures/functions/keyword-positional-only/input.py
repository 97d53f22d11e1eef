# Keyword-only and positional-only parameters, defaults, *args/**kwargs, and call-site unpacking.


def connect(host, port=80, /, *, timeout=5.0, retries=3, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} timeout={timeout} retries={retries}"


def log(level, *messages, sep=" ", **fields):
    extra = " ".join(f"{k}={v!r}" for k, v in fields.items())
    return f"[{level}] {sep.join(str(m) for m in messages)}" + (f" {extra}" if extra else "")


def clamp(value, /, low=0, high=10):
    return max(low, min(high, value))


def build(*, name, tags=(), **extra):
    return {"name": name, "tags": list(tags), **extra}


print(connect("example.org"))
print(connect("example.org", 8080, timeout=1.5))
print(connect("localhost", secure=True, retries=0))
print(log("INFO", "started", 3, 4.5))
print(log("WARN", "a", "b", sep="|", user="ada", attempt=2))
print(log("DEBUG"))
print(clamp(15), clamp(-3), clamp(5, high=4), clamp(5, 6, 8), clamp(3.5, low=1.0))
print(build(name="x"), build(name="y", tags=["a", "b"], owner="z", size=1.5))
opts = {"timeout": 0.5, "retries": 1}
print(connect("h", 1, **opts), connect(*["h2", 2], **opts))
parts = ["ERROR", "disk", "full"]
print(log(*parts, code=28), log(*parts, **{"sep": ", "}))
