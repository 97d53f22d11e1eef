import { Exception, KeyError, TypeError, ValueError, ZeroDivisionError, div, getItem, pyType, repr, str, toInt } from "py2ts-async/runtime";

// raise ... from ..., __cause__, raise from None, bare raise from a nested handler, except (A, B) as e.

class ConfigError extends Exception {
}

function parse_port(text: string): number {
  try {
    return toInt(text);
  } catch (e) {
    if (e instanceof ValueError) {
      throw new ConfigError(`bad port ${repr(text)}`).withCause(e);
    } else {
      throw e;
    }
  }
}

function lookup(table: Map<unknown, unknown>, key: string): unknown {
  try {
    return getItem(table, key);
  } catch (error) {
    if (error instanceof KeyError) {
      throw new ConfigError(`missing ${key}`).withCause(null);
    } else {
      throw error;
    }
  }
}

function log_and_reraise(fn: () => number | string): number | string {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ValueError || e instanceof ZeroDivisionError) {
      console.log("logging", pyType(e).__name__, str(e));
      throw e;
    } else {
      throw e;
    }
  }
}

try {
  parse_port("80x");
} catch (e) {
  if (e instanceof ConfigError) {
    console.log(`${str(e)} | cause: ${repr(e.__cause__)} | type: ${pyType(e.__cause__).__name__} ${str(e.__suppress_context__)}`);
  } else {
    throw e;
  }
}
try {
  lookup(new Map(), "host");
} catch (e) {
  if (e instanceof ConfigError) {
    console.log(`${str(e)} ${str(e.__cause__)} ${str(e.__suppress_context__)}`);
  } else {
    throw e;
  }
}
for (const fn of ([() => div(1, 0), () => toInt("z"), () => "fine"] as [() => number, () => number, () => string])) {
  try {
    console.log("result", str(log_and_reraise(fn), "f"));
  } catch (e) {
    if (e instanceof ZeroDivisionError || e instanceof ValueError) {
      console.log("outer", pyType(e).__name__, str(e));
    } else {
      throw e;
    }
  }
}
let saved!: TypeError;
try {
  throw new TypeError("first");
} catch (err) {
  if (err instanceof TypeError) {
    saved = err;
  } else {
    throw err;
  }
}
console.log(`${repr(saved)} ${str(saved.args, "(?...)")}`);
try {
  try {
    throw new ValueError("inner");
  } finally {
    console.log("finally runs before outer handler");
  }
} catch (e) {
  if (e instanceof ValueError) {
    console.log("outer got", str(e));
  } else {
    throw e;
  }
}
