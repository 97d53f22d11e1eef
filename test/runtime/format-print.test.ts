import { print } from "../../src/runtime/print";
import { ValueError } from "../../src/runtime/exceptions";

/** Captures what print writes to each stream. */
function capture(run: () => void): { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { stdout, stderr };
}

// Expected output recorded from CPython 3.11.
describe("print", () => {
  test("joins str() of each argument with a space and ends with a newline, in one write", () => {
    expect(capture(() => print(["a", 1, 2.5, null, true, [1, "x"], new Map([["k", 1]])])).stdout).toEqual(["a 1 2.5 None True [1, 'x'] {'k': 1}\n"]);
  });

  test("no arguments prints an empty line", () => {
    expect(capture(() => print([])).stdout).toEqual(["\n"]);
  });

  test("sep and end", () => {
    expect(capture(() => print(["a", "b", "c"], { sep: "-", end: "!" })).stdout).toEqual(["a-b-c!"]);
    expect(capture(() => print(["a", "b"], { sep: "" })).stdout).toEqual(["ab\n"]);
    expect(capture(() => print(["a", "b"], { sep: null, end: null })).stdout).toEqual(["a b\n"]);
    expect(capture(() => print(["a"], { end: "" })).stdout).toEqual(["a"]);
  });

  test("nothing to print writes nothing", () => {
    expect(capture(() => print([], { end: "" })).stdout).toEqual([]);
  });

  test("file='stderr' goes to standard error", () => {
    const { stdout, stderr } = capture(() => print(["oops"], { file: "stderr", flush: true }));
    expect(stdout).toEqual([]);
    expect(stderr).toEqual(["oops\n"]);
  });

  test("objects use __str__, then __repr__; exceptions print their message", () => {
    const withStr = {
      __str__(): string {
        return "S";
      },
      __repr__(): string {
        return "R";
      },
    };
    const withRepr = {
      __repr__(): string {
        return "R";
      },
    };
    expect(capture(() => print([withStr, withRepr, [withStr], new ValueError("bad value")])).stdout).toEqual(["S R [R] bad value\n"]);
  });

  test("strings print as they are", () => {
    expect(capture(() => print(["it's", "tab\there", "caf\u00e9 \u{1f600}"])).stdout).toEqual(["it's tab\there caf\u00e9 \u{1f600}\n"]);
  });
});
