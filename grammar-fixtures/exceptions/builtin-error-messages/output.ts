import { ArithmeticError, Deque, Exception, IndexError, KeyError, LookupError, at, dictKey, div, divFloat, divmod, floorDiv, getItem, iter, listIndex, listPop, listRemove, max, mod, next, pyType, repr, round, setItem, setRemove, str, toFloat, toInt } from "py2ts-async/runtime";

// Builtin operations raise Python's exception types with Python's messages.

function attempt(label: string, fn: () => unknown): void {
  try {
    const result = fn();
    console.log(`${label} ok ${str(result)}`);
  } catch (e) {
    if (e instanceof Exception) {
      console.log(`${label} ${pyType(e).__name__} | ${str(e)} | ${str(e instanceof LookupError)} ${str(e instanceof ArithmeticError)}`);
    } else {
      throw e;
    }
  }
}

const data: Map<string, number> = new Map([["a", 1]]);
const items: number[] = [1, 2, 3];
attempt("dict key", () => getItem(data, "b"));
attempt("tuple key", () => getItem(new Map([[dictKey([1, 2]), 0]]), [3, 4]));
attempt("int key", () => getItem(new Map([[1, "x"]]), 2));
attempt("list index", () => at(items, 5));
attempt("negative index", () => at(items, -4));
attempt("tuple index", () => at([1], 1, "tuple"));
attempt("str index", () => at("abc", 10));
attempt("pop empty", () => listPop([]));
attempt("remove", () => listRemove(items, 9));
attempt("index", () => listIndex(items, 9));
attempt("int div", () => floorDiv(1, 0));
attempt("mod", () => mod(5, 0));
attempt("true div", () => div(1, 0));
attempt("float div", () => divFloat(1.0, 0));
attempt("divmod", () => divmod(1, 0));
attempt("int parse", () => toInt("1.5"));
attempt("float parse", () => toFloat("abc"));
attempt("max empty", () => max([]));
attempt("next", () => next(iter([])));
attempt("set remove", () => setRemove(new Set([1]), 2));
attempt("str concat", () => "a" + String(1));
attempt("deque pop", () => new Deque().pop());
attempt("round", () => round(2.5));
try {
  throw new KeyError("plain");
} catch (e) {
  if (e instanceof LookupError) {
    console.log("LookupError caught KeyError:", repr(e), str(e));
  } else {
    throw e;
  }
}
try {
  setItem(items, 10, 0);
} catch (e) {
  if (e instanceof IndexError) {
    console.log("assignment:", str(e));
  } else {
    throw e;
  }
}
