import { AssertionError, ConnectionError, KeyError, ValueError, print, repr, str } from "py2ts-async/runtime";

// Order of try/except/else/finally, returns overridden by finally, exceptions inside handlers,
// loops with break/continue inside try, assert statements.

function order(fail: boolean): string[] {
  const steps: string[] = [];
  try {
    let succeeded = true;
    try {
      steps.push("try");
      if (fail) {
        throw new ValueError("fail");
      }
    } catch (error) {
      succeeded = false;
      if (error instanceof ValueError) {
        steps.push("except");
      } else {
        throw error;
      }
    }
    if (succeeded) {
      steps.push("else");
    }
  } finally {
    steps.push("finally");
  }
  return steps;
}

function finally_wins(): string {
  try {
    return "from try";
  } finally {
    console.log("finally sees the return pending");
  }
}

function handler_raises(): void {
  try {
    throw new KeyError("first");
  } catch (error3) {
    if (error3 instanceof KeyError) {
      throw new ValueError("second");
    } else {
      throw error3;
    }
  }
}

function loop_control(): (number | string)[] {
  const seen: (number | string)[] = [];
  for (let i = 0; i < 5; i++) {
    try {
      if (i === 1) {
        continue;
      }
      if (i === 3) {
        break;
      }
      seen.push(i);
    } finally {
      seen.push(`f${i}`);
    }
  }
  return seen;
}

print([order(false), order(true)]);
console.log(finally_wins());
try {
  handler_raises();
} catch (e) {
  if (e instanceof ValueError) {
    console.log("got", repr(e));
  } else {
    throw e;
  }
}
console.log(str(loop_control()));
try {
  if (!(1 + 1 === 3)) {
    throw new AssertionError("math is broken");
  }
} catch (e) {
  if (e instanceof AssertionError) {
    console.log("AssertionError:", str(e));
  } else {
    throw e;
  }
}
try {
  if (!([].length > 0)) {
    throw new AssertionError(null);
  }
} catch (e) {
  if (e instanceof AssertionError) {
    console.log("empty assert message:", repr(str(e)), str(e.args, "(?...)"));
  } else {
    throw e;
  }
}
let count = 0;
while (true) {
  try {
    count += 1;
    if (count < 3) {
      throw new ConnectionError(`attempt ${count}`);
    }
    console.log("connected after", count);
    break;
  } catch (e) {
    if (e instanceof ConnectionError) {
      console.log("retrying:", str(e));
    } else {
      throw e;
    }
  }
}
