import { Exception, IndexError, KeyError, LookupError, TypeError, ValueError, ZeroDivisionError, getItem, isSubclass, print, pyType, repr, str, toInt } from "py2ts-async/runtime";

// Exceptions: the builtin hierarchy, custom exceptions with fields, raise from, re-raise, else/finally.

class AppError extends Exception {
}

class HttpError extends AppError {
  status: number;
  constructor(status: number, message: string) {
    super(`${status}: ${message}`);
    this.status = status;
  }
}

function fetch_(code: number): string {
  if (code >= 400) {
    throw new HttpError(code, "failed");
  }
  return "ok";
}

let result!: string;
for (const code of ([200, 404] as [number, number])) {
  try {
    let succeeded = true;
    try {
      result = fetch_(code);
    } catch (e) {
      succeeded = false;
      if (e instanceof HttpError) {
        console.log("http error", e.status, str(e), repr(e), str(e.args, "(?...)"));
      } else {
        throw e;
      }
    }
    if (succeeded) {
      console.log("got", result);
    }
  } finally {
    console.log("done", code);
  }
}

try {
  try {
    getItem(new Map(), "k");
  } catch (e) {
    if (e instanceof KeyError) {
      throw new AppError("wrapped").withCause(e);
    } else {
      throw e;
    }
  }
} catch (e) {
  if (e instanceof AppError) {
    console.log("caught", str(e), "cause:", repr(e.__cause__));
  } else {
    throw e;
  }
}

try {
  try {
    toInt("x");
  } catch (error) {
    if (error instanceof ValueError) {
      console.log("handling, then re-raising");
      throw error;
    } else {
      throw error;
    }
  }
} catch (e) {
  if (e instanceof ValueError) {
    console.log("outer caught", str(e));
  } else {
    throw e;
  }
}

for (const exc of [new IndexError("i"), new KeyError("k"), new ZeroDivisionError("z"), new TypeError("t")]) {
  try {
    throw exc;
  } catch (e) {
    if (e instanceof LookupError) {
      console.log("lookup:", pyType(e).__name__, str(e));
    } else if (e instanceof ZeroDivisionError || e instanceof TypeError) {
      console.log("other:", pyType(e).__name__, str(e));
    } else {
      throw e;
    }
  }
}
print([isSubclass(HttpError, Exception), new HttpError(1, "x") instanceof AppError]);
