// Expected texts are what CPython 3.11's logging prints for the same calls.
import { Formatter, LogLevel, StreamHandler, basicConfig, getLevelName, getLogger, rootLog } from "../../src/runtime/logging";
import { ValueError } from "../../src/runtime/exceptions";
import "../../src/runtime/repr";

class Capture {
  text = "";
  write(s: string): void {
    this.text += s;
  }
}

function captured(name: string, format?: string): { log: ReturnType<typeof getLogger>; out: Capture } {
  const out = new Capture();
  const log = getLogger(name);
  const handler = new StreamHandler(out);
  if (format !== undefined) handler.setFormatter(new Formatter(format));
  log.addHandler(handler);
  log.propagate = false;
  return { log, out };
}

describe("logging", () => {
  test("records below the effective level are dropped before formatting", () => {
    const { log, out } = captured("t.levels");
    log.setLevel(LogLevel.INFO);
    log.debug("%d", ["not an int"]); // would raise if it were formatted
    log.info("x=%s y=%r", [1.0, "a"], "(f,s)");
    expect(out.text).toBe("x=1.0 y='a'\n");
  });

  test("children inherit the nearest configured ancestor's level, even one created later", () => {
    const child = getLogger("t.tree.a.b");
    const parent = getLogger("t.tree");
    parent.setLevel(LogLevel.ERROR);
    expect(child.getEffectiveLevel()).toBe(40);
    getLogger("t.tree.a").setLevel(LogLevel.DEBUG);
    expect(child.getEffectiveLevel()).toBe(10);
    expect(child.parent?.name).toBe("t.tree.a");
  });

  test("a lone non-empty mapping argument is the mapping", () => {
    const { log, out } = captured("t.mapping");
    log.warning("%(a)s-%(b)s", [new Map<string, unknown>([["a", 1], ["b", 2]])]);
    expect(out.text).toBe("1-2\n");
  });

  test("exc_info appends the exception", () => {
    const { log, out } = captured("t.exc", "%(levelname)s %(message)s");
    log.exception("failed", [], undefined, { excInfo: new ValueError("bad input") });
    expect(out.text).toBe("ERROR failed\nTraceback (most recent call last):\n  (translated by py2ts-async)\nValueError: bad input\n");
  });

  test("extra fields and padded level names in the format", () => {
    const { log, out } = captured("t.extra", "%(levelname)-8s|%(user)s|%(name)s");
    log.error("m", [], undefined, { extra: new Map([["user", "ada"]]) });
    expect(out.text).toBe("ERROR   |ada|t.extra\n");
  });

  test("level names both ways, and CPython's text for unknown levels", () => {
    expect([getLevelName(30), getLevelName("DEBUG"), getLevelName(15), getLevelName("NOPE")]).toEqual(["WARNING", 10, "Level 15", "Level NOPE"]);
    expect(() => getLogger("t.bad").setLevel("LOUD")).toThrow("Unknown level: 'LOUD'");
  });

  test("basicConfig configures the root once; force replaces its handlers", () => {
    const first = new Capture();
    const second = new Capture();
    basicConfig({ stream: first, format: "%(name)s:%(message)s", force: true });
    basicConfig({ stream: second });
    rootLog(30, "to the first", []);
    basicConfig({ stream: second, force: true, level: "DEBUG" });
    rootLog(10, "to the second %s", [(1).toString()]);
    expect([first.text, second.text]).toEqual(["root:to the first\n", "DEBUG:root:to the second 1\n"]);
    basicConfig({ stream: new Capture(), force: true, level: LogLevel.WARNING });
  });
});
