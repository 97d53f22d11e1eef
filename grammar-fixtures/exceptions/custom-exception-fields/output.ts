import { Exception, KeyError, LookupError, OSError, RuntimeError, TypeError, ValueError, format, print, pyType, repr, str } from "py2ts-async/runtime";

// Custom exceptions with extra fields, overridden __str__, multiple args, no args; str/repr/args.

class ValidationError extends Exception {
  field: string;
  code: number;
  constructor(field: string, message: string, code: number = 400) {
    super(message);
    this.field = field;
    this.code = code;
  }
}

class RateLimited extends Exception {
  retry_after!: number;
  constructor(retry_after: number) {
    const early: Partial<RateLimited> = {};
    early.retry_after = retry_after;
    super(`retry after ${str(retry_after, "f")}s`, retry_after);
    Object.assign(this, early);
  }
  __str__(): string {
    return `rate limited (${format(this.retry_after, ".1f", "f")}s)`;
  }
}

class Empty extends Exception {
}

class NotFound extends LookupError {
}

const errors: Exception[] = [new ValidationError("email", "must contain @"), new RateLimited(2.5), new Empty(), new Empty("a", 1, null), new NotFound("user 7")];
for (const err of errors) {
  console.log(`${pyType(err).__name__} | ${str(err)} | ${repr(err)} | ${str(err.args, "(?...)")}`);
}
try {
  throw new ValidationError("age", "too young", 422);
} catch (e) {
  if (e instanceof ValidationError) {
    console.log(`${e.field} ${e.code} ${str(e)} ${`${repr(e)}`} ${str(e instanceof Exception)}`);
  } else {
    throw e;
  }
}
try {
  throw new NotFound("order 9");
} catch (e) {
  if (e instanceof LookupError) {
    console.log("lookup failed:", str(e), pyType(e).__name__, str(e instanceof NotFound));
  } else {
    throw e;
  }
}
console.log(`${str(new ValueError())} ${repr(new ValueError())} ${repr(new KeyError("k"))} ${str(new KeyError("k"))} ${str(new KeyError())}`);
console.log(`${repr(new OSError("disk full"))} ${str(new OSError("disk full"))}`);
print([[new TypeError("t"), new RuntimeError("r", 2), new Exception(1.0).withArgShapes(["f"])].map((e) => str(e)), str(new Exception([1.0]).withArgShapes(["[f]"]).args, "(?...)")]);
