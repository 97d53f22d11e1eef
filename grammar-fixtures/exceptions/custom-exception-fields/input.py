# Custom exceptions with extra fields, overridden __str__, multiple args, no args; str/repr/args.


class ValidationError(Exception):
    def __init__(self, field, message, code=400):
        super().__init__(message)
        self.field = field
        self.code = code


class RateLimited(Exception):
    def __init__(self, retry_after):
        self.retry_after = retry_after
        super().__init__(f"retry after {retry_after}s", retry_after)

    def __str__(self):
        return f"rate limited ({self.retry_after:.1f}s)"


class Empty(Exception):
    pass


class NotFound(LookupError):
    pass


errors = [ValidationError("email", "must contain @"), RateLimited(2.5), Empty(), Empty("a", 1, None), NotFound("user 7")]
for err in errors:
    print(type(err).__name__, "|", str(err), "|", repr(err), "|", err.args)
try:
    raise ValidationError("age", "too young", code=422)
except ValidationError as e:
    print(e.field, e.code, e, f"{e!r}", isinstance(e, Exception))
try:
    raise NotFound("order 9")
except LookupError as e:
    print("lookup failed:", e, type(e).__name__, isinstance(e, NotFound))
print(str(ValueError()), repr(ValueError()), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(repr(OSError("disk full")), str(OSError("disk full")))
print([str(e) for e in [TypeError("t"), RuntimeError("r", 2), Exception(1.0)]], Exception([1.0]).args)
