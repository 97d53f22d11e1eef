import argparse


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number")
    return value


def build_parser():
    parser = argparse.ArgumentParser(
        prog="fetcher",
        description="Fetch a list of URLs concurrently and report how long each request took. "
        "The description is long enough to be wrapped to the width of the terminal.",
        epilog="Example: fetcher --workers 4 https://example.com",
    )
    parser.add_argument("urls", nargs="+", metavar="URL", help="the addresses to fetch")
    parser.add_argument("-w", "--workers", type=positive, default=2, help="how many requests run at once (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default="2.5", help="seconds before a request is abandoned")
    parser.add_argument("--retries", type=int, help="retry failed requests this many times")
    parser.add_argument("--no-verify", dest="verify", action="store_false", help="skip TLS verification")
    parser.add_argument("--method", choices=["GET", "HEAD"], default="GET")
    parser.add_argument("--header", action="append", default=[], metavar="NAME:VALUE")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    parser.add_argument("--size", nargs=2, type=int, metavar=("W", "H"))
    parser.add_argument("--proxy", nargs="?", const="localhost:3128")
    parser.add_argument("--cache", action=argparse.BooleanOptionalAction, default=True, help="reuse earlier responses")
    parser.add_argument("--version", action="version", version="%(prog)s 1.2")
    output = parser.add_argument_group("output", "Where the report goes.")
    output.add_argument("--json", action="store_const", const="json", dest="format", default="text")
    output.add_argument("--output-file")
    quiet = parser.add_mutually_exclusive_group()
    quiet.add_argument("--quiet", action="store_true")
    quiet.add_argument("--loud", action="store_true")
    parser.set_defaults(color=True)
    return parser


def summary(ns: argparse.Namespace) -> str:
    return f"{ns.method} x{ns.workers}"


parser = build_parser()
args = parser.parse_args(["https://a.example", "https://b.example", "-w", "4", "--timeout=1", "-vv", "--header", "A:1", "--header", "B:2", "--no-verify", "--json", "--size", "640", "480", "--proxy", "--no-cache"])
print(args)
print(args.urls, args.workers * 2, args.timeout / 2, args.verify, args.verbose)
print(args.size, args.proxy, args.format, args.output_file, args.color, args.cache)
if args.retries is None:
    print("no retries")
print(summary(args))

defaults = parser.parse_args(["https://c.example"])
print(defaults)
print(defaults.timeout, defaults.header, defaults.size, defaults.proxy)

known, rest = parser.parse_known_args(["https://d.example", "--extra", "1", "--work", "3"])
print(known.workers, rest)

print(parser.format_help())
print(parser.format_usage(), end="")

failing: list[list[str]] = [
    [],
    ["u", "--workers", "0"],
    ["u", "--workers", "x"],
    ["u", "--method", "POST"],
    ["u", "--quiet", "--loud"],
    ["u", "--size", "1"],
    ["u", "--bogus"],
    ["--help"],
    ["--version"],
]
for argv in failing:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, "exit", e.code)

small = argparse.ArgumentParser(prog="small", add_help=False)
small.add_argument("name")
small.add_argument("count", type=int, nargs="?", default=1)
for argv in (["x"], ["y", "3"]):
    ns = small.parse_args(argv)
    print(ns.name * ns.count)
small.print_help()
try:
    small.error("custom failure")
except SystemExit as e:
    print("error exit", e.code)
