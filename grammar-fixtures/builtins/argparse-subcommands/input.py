import argparse


def do_run(args):
    print("running", args.target, "fast" if args.fast else "slow")


def do_stop(args):
    print("stopping", args.force)


p = argparse.ArgumentParser(prog="tool", description="A tool with subcommands.")
p.add_argument("-v", "--verbose", action="store_true")
sub = p.add_subparsers(dest="command", required=True, help="what to do")
run = sub.add_parser("run", help="run a target", aliases=["r"])
run.add_argument("target")
run.add_argument("--fast", action="store_true")
run.set_defaults(func=do_run)
stop = sub.add_parser("stop", help="stop everything")
stop.add_argument("--force", type=int, default=0)
stop.set_defaults(func=do_stop)
print(p.format_help())
print(run.format_help())
a = p.parse_args(["-v", "run", "x", "--fast"])
print(a.command, a.verbose, a.target, a.fast)
a.func(a)
b = p.parse_args(["stop", "--force", "2"])
b.func(b)
print(p.parse_known_args(["r", "y", "--zz"])[1])
failing: list[list[str]] = [[], ["jump"], ["run"], ["stop", "--force", "x"]]
for argv in failing:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

grouped = argparse.ArgumentParser(prog="grouped")
grouped.add_argument("config")
commands = grouped.add_subparsers(title="commands", description="The available commands.", metavar="COMMAND")
show = commands.add_parser("show", help="show the configuration")
show.add_argument("--format", choices=["json", "text"], default="text")
commands.add_parser("check")
print(grouped.format_help())
print(show.prog)
print(grouped.parse_args(["app.cfg", "show", "--format", "json"]))
print(grouped.parse_args(["app.cfg"]))
