// Expected texts are what CPython 3.11's argparse prints for the same parsers (COLUMNS=60).
import { ArgumentParser, Namespace } from "../../src/runtime/argparse";
import { ArgumentError } from "../../src/runtime/argparse-actions";
import { SystemExit } from "../../src/runtime/exceptions";
import { repr } from "../../src/runtime/repr";

function demo(): ArgumentParser {
  const p = new ArgumentParser({ prog: "demo", description: "Shows how help text is filled: hyphenated-words break after their hyphen, and long lines wrap at the width." });
  p.addArgument(["src"]);
  p.addArgument(["-n", "--count"], { type: "int", default: 1, help: "how many times (default: %(default)s)" });
  p.addArgument(["--mode"], { choices: ["a", "b"], help: "one of %(choices)s" });
  p.addArgument(["--pair"], { nargs: 2, metavar: ["K", "V"] });
  p.addArgument(["--many"], { nargs: "*" });
  const g = p.addMutuallyExclusiveGroup({ required: true });
  g.addArgument(["--on"], { action: "store_true" });
  g.addArgument(["--off"], { action: "store_true" });
  return p;
}

/** The last line the parser wrote to stderr and the exit status, for a command line it rejects. */
function failure(p: ArgumentParser, argv: string[]): [string, unknown] {
  let err = "";
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  try {
    p.parseArgs(argv);
    throw new Error("parsed");
  } catch (e) {
    if (!(e instanceof SystemExit)) throw e;
    return [err.trimEnd().split("\n").at(-1)!, e.code];
  } finally {
    spy.mockRestore();
  }
}

describe("argparse", () => {
  const columns = process.env.COLUMNS;
  beforeAll(() => {
    process.env.COLUMNS = "60";
  });
  afterAll(() => {
    if (columns === undefined) delete process.env.COLUMNS;
    else process.env.COLUMNS = columns;
  });

  test("help and usage are laid out as CPython's HelpFormatter does", () => {
    const p = demo();
    expect(p.formatHelp()).toBe(
      "usage: demo [-h] [-n COUNT] [--mode {a,b}] [--pair K V]\n            [--many [MANY ...]] (--on | --off)\n            src\n\nShows how help text is filled: hyphenated-words break\nafter their hyphen, and long lines wrap at the width.\n\npositional arguments:\n  src\n\noptions:\n  -h, --help            show this help message and exit\n  -n COUNT, --count COUNT\n                        how many times (default: 1)\n  --mode {a,b}          one of a, b\n  --pair K V\n  --many [MANY ...]\n  --on\n  --off\n",
    );
    expect(p.formatUsage()).toBe("usage: demo [-h] [-n COUNT] [--mode {a,b}] [--pair K V]\n            [--many [MANY ...]] (--on | --off)\n            src\n");
  });

  test("options, clusters, = values, nargs and unknown arguments", () => {
    const p = demo();
    expect(repr(p.parseArgs(["x", "-n3", "--on", "--many", "1", "2"]))).toBe("Namespace(src='x', count=3, mode=None, pair=None, many=['1', '2'], on=True, off=False)");
    expect(repr(p.parseArgs(["--off", "--count=4", "--pair", "k", "v", "y"]))).toBe("Namespace(src='y', count=4, mode=None, pair=['k', 'v'], many=None, on=False, off=True)");
    const [ns, extras] = p.parseKnownArgs(["--off", "z", "--zzz", "-q"]);
    expect(repr(ns)).toBe("Namespace(src='z', count=1, mode=None, pair=None, many=None, on=False, off=True)");
    expect(extras).toEqual(["--zzz", "-q"]);
  });

  test("errors print usage and `prog: error:` and exit with status 2", () => {
    const p = demo();
    expect(failure(p, ["x"])).toEqual(["demo: error: one of the arguments --on --off is required", 2]);
    expect(failure(p, ["x", "--on", "--mode", "c"])).toEqual(["demo: error: argument --mode: invalid choice: 'c' (choose from 'a', 'b')", 2]);
    expect(failure(p, ["x", "--on", "-n", "1.5"])).toEqual(["demo: error: argument -n/--count: invalid int value: '1.5'", 2]);
    expect(failure(p, ["x", "--on", "--pair", "1"])).toEqual(["demo: error: argument --pair: expected 2 arguments", 2]);
    expect(failure(p, ["--on", "--co", "2"])).toEqual(["demo: error: the following arguments are required: src", 2]);
    expect(failure(p, ["x", "--on", "--count"])).toEqual(["demo: error: argument -n/--count: expected one argument", 2]);
  });

  test("abbreviations, and ambiguous ones", () => {
    const p = new ArgumentParser({ prog: "amb" });
    p.addArgument(["--verbose"], { action: "store_true" });
    p.addArgument(["--version-check"], { action: "store_true" });
    expect(failure(p, ["--ver"])[0]).toBe("amb: error: ambiguous option: --ver could match --verbose, --version-check");
    expect(repr(p.parseArgs(["--verb"]))).toBe("Namespace(verbose=True, version_check=False)");
  });

  test("exit_on_error=False raises ArgumentError", () => {
    const q = new ArgumentParser({ prog: "q", exitOnError: false });
    q.addArgument(["--n"], { type: "int" });
    expect(() => q.parseArgs(["--n", "x"])).toThrow(ArgumentError);
    try {
      q.parseArgs(["--n", "x"]);
    } catch (e) {
      expect((e as ArgumentError).__str__()).toBe("argument --n: invalid int value: 'x'");
    }
  });

  test("subcommands parse the rest of the command line with their own parser, into the same namespace", () => {
    const p = new ArgumentParser({ prog: "git" });
    const sub = p.addSubparsers({ dest: "cmd" });
    const commit = sub.addParser("commit", { help: "record changes", aliases: ["ci"] });
    commit.addArgument(["-m"], { dest: "message" });
    sub.addParser("status");
    expect(p.formatHelp()).toBe("usage: git [-h] {commit,ci,status} ...\n\npositional arguments:\n  {commit,ci,status}\n    commit (ci)       record changes\n\noptions:\n  -h, --help          show this help message and exit\n");
    expect(repr(p.parseArgs(["ci", "-m", "x"]))).toBe("Namespace(cmd='ci', message='x')");
    expect(repr(p.parseArgs([]))).toBe("Namespace(cmd=None)");
    const [ns, extras] = p.parseKnownArgs(["status", "--short"]);
    expect([repr(ns), extras]).toEqual(["Namespace(cmd='status')", ["--short"]]);
  });

  test("namespaces print and compare by their attributes", () => {
    expect(repr(new Namespace({ a: 1, b: [1.5, "x"] }))).toBe("Namespace(a=1, b=[1.5, 'x'])");
    expect(new Namespace({ a: 1 }).__eq__(new Namespace({ a: 1 }))).toBe(true);
    expect(new Namespace({ a: 1 }).__eq__(new Namespace({ a: 1, b: 2 }))).toBe(false);
    // The translator says which attributes hold floats (a JS number does not).
    const p = new ArgumentParser({ prog: "f", shapes: { r: "f", rs: "[f]" } });
    p.addArgument(["--r"], { type: "float", default: 2.0 });
    p.addArgument(["--rs"], { type: "float", nargs: "*" });
    expect(repr(p.parseArgs(["--rs", "1", "2.5"]))).toBe("Namespace(r=2.0, rs=[1.0, 2.5])");
  });
});
