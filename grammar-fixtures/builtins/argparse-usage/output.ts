import { ArgumentParser, ArgumentTypeError, Namespace, SystemExit, getAttr, print, str, strRepeat, toInt } from "py2ts-async/runtime";

function positive(text: string): number {
  const value = toInt(text);
  if (value <= 0) {
    throw new ArgumentTypeError(`${text} is not a positive number`);
  }
  return value;
}

function build_parser(): ArgumentParser<Namespace & { urls: string[]; workers: number; timeout: number; retries: number | null; verify: boolean; method: string; header: string[]; verbose: number; size: number[] | null; proxy: string | null; cache: boolean; format: string; output_file: string | null; quiet: boolean; loud: boolean; color: boolean }> {
  const parser = new ArgumentParser<Namespace & { urls: string[]; workers: number; timeout: number; retries: number | null; verify: boolean; method: string; header: string[]; verbose: number; size: number[] | null; proxy: string | null; cache: boolean; format: string; output_file: string | null; quiet: boolean; loud: boolean; color: boolean }>({ prog: "fetcher", description: "Fetch a list of URLs concurrently and report how long each request took. The description is long enough to be wrapped to the width of the terminal.", epilog: "Example: fetcher --workers 4 https://example.com", shapes: { "timeout": "f" } });
  parser.addArgument(["urls"], { nargs: "+", help: "the addresses to fetch", metavar: "URL" });
  parser.addArgument(["-w", "--workers"], { default: 2, type: positive, help: "how many requests run at once (default: %(default)s)" });
  parser.addArgument(["--timeout"], { default: "2.5", type: "float", help: "seconds before a request is abandoned" });
  parser.addArgument(["--retries"], { type: "int", help: "retry failed requests this many times" });
  parser.addArgument(["--no-verify"], { action: "store_false", help: "skip TLS verification", dest: "verify" });
  parser.addArgument(["--method"], { default: "GET", choices: ["GET", "HEAD"] });
  parser.addArgument(["--header"], { action: "append", default: [], metavar: "NAME:VALUE" });
  parser.addArgument(["-v", "--verbose"], { action: "count", default: 0 });
  parser.addArgument(["--size"], { nargs: 2, type: "int", metavar: ["W", "H"] });
  parser.addArgument(["--proxy"], { nargs: "?", const: "localhost:3128" });
  parser.addArgument(["--cache"], { action: "boolean_optional", default: true, help: "reuse earlier responses" });
  parser.addArgument(["--version"], { action: "version", version: "%(prog)s 1.2" });
  const output = parser.addArgumentGroup("output", "Where the report goes.");
  output.addArgument(["--json"], { action: "store_const", const: "json", default: "text", dest: "format" });
  output.addArgument(["--output-file"]);
  const quiet = parser.addMutuallyExclusiveGroup();
  quiet.addArgument(["--quiet"], { action: "store_true" });
  quiet.addArgument(["--loud"], { action: "store_true" });
  parser.setDefaults({ "color": true });
  return parser;
}

function summary(ns: Namespace): string {
  return `${str(getAttr(ns, "method"))} x${str(getAttr(ns, "workers"))}`;
}

const parser = build_parser();
const args = parser.parseArgs(["https://a.example", "https://b.example", "-w", "4", "--timeout=1", "-vv", "--header", "A:1", "--header", "B:2", "--no-verify", "--json", "--size", "640", "480", "--proxy", "--no-cache"]);
console.log(str(args));
console.log(`${str(args.urls)} ${args.workers * 2} ${str(args.timeout / 2, "f")} ${str(args.verify)} ${args.verbose}`);
console.log(`${str(args.size)} ${str(args.proxy)} ${args.format} ${str(args.output_file)} ${str(args.color)} ${str(args.cache)}`);
if (args.retries === null) {
  console.log("no retries");
}
console.log(summary(args));

const defaults = parser.parseArgs(["https://c.example"]);
console.log(str(defaults));
console.log(str(defaults.timeout, "f"), str(defaults.header), str(defaults.size), str(defaults.proxy));

const [known, rest] = parser.parseKnownArgs(["https://d.example", "--extra", "1", "--work", "3"]);
console.log(known.workers, str(rest));

console.log(parser.formatHelp());
print([parser.formatUsage()], { end: "" });

const failing: string[][] = [[], ["u", "--workers", "0"], ["u", "--workers", "x"], ["u", "--method", "POST"], ["u", "--quiet", "--loud"], ["u", "--size", "1"], ["u", "--bogus"], ["--help"], ["--version"]];
for (const argv of failing) {
  try {
    parser.parseArgs(argv);
  } catch (e) {
    if (e instanceof SystemExit) {
      console.log(`${str(argv)} exit ${str(e.code)}`);
    } else {
      throw e;
    }
  }
}

const small = new ArgumentParser<Namespace & { name: string; count: number }>({ prog: "small", addHelp: false });
small.addArgument(["name"]);
small.addArgument(["count"], { nargs: "?", default: 1, type: "int" });
for (const argv of ([["x"], ["y", "3"]] as [string[], string[]])) {
  const ns = small.parseArgs(argv);
  console.log(strRepeat(ns.name, ns.count));
}
small.printHelp();
try {
  small.error("custom failure");
} catch (e) {
  if (e instanceof SystemExit) {
    console.log("error exit", str(e.code));
  } else {
    throw e;
  }
}
