import { ArgumentParser, Namespace, SystemExit, getAttr, str, truthy } from "py2ts-async/runtime";

function do_run(args: unknown): void {
  console.log("running", str(getAttr(args, "target")), truthy(getAttr(args, "fast")) ? "fast" : "slow");
}

function do_stop(args: unknown): void {
  console.log("stopping", str(getAttr(args, "force")));
}

const p = new ArgumentParser<Namespace & { verbose: boolean; command: string; target: string; fast: boolean; func: (args: unknown) => void; force: number }>({ prog: "tool", description: "A tool with subcommands." });
p.addArgument(["-v", "--verbose"], { action: "store_true" });
const sub = p.addSubparsers({ dest: "command", required: true, help: "what to do" });
const run = sub.addParser("run", { help: "run a target", aliases: ["r"] });
run.addArgument(["target"]);
run.addArgument(["--fast"], { action: "store_true" });
run.setDefaults({ "func": do_run });
const stop = sub.addParser("stop", { help: "stop everything" });
stop.addArgument(["--force"], { default: 0, type: "int" });
stop.setDefaults({ "func": do_stop });
console.log(p.formatHelp());
console.log(run.formatHelp());
const a = p.parseArgs(["-v", "run", "x", "--fast"]);
console.log(`${a.command} ${str(a.verbose)} ${a.target} ${str(a.fast)}`);
a.func(a);
const b = p.parseArgs(["stop", "--force", "2"]);
b.func(b);
console.log(str(p.parseKnownArgs(["r", "y", "--zz"])[1]));
const failing: string[][] = [[], ["jump"], ["run"], ["stop", "--force", "x"]];
for (const argv of failing) {
  try {
    p.parseArgs(argv);
  } catch (e) {
    if (e instanceof SystemExit) {
      console.log("exit", str(e.code));
    } else {
      throw e;
    }
  }
}

const grouped = new ArgumentParser<Namespace & { config: string; format: string }>({ prog: "grouped" });
grouped.addArgument(["config"]);
const commands = grouped.addSubparsers({ title: "commands", description: "The available commands.", metavar: "COMMAND" });
const show = commands.addParser("show", { help: "show the configuration" });
show.addArgument(["--format"], { default: "text", choices: ["json", "text"] });
commands.addParser("check");
console.log(grouped.formatHelp());
console.log(show.prog);
console.log(str(grouped.parseArgs(["app.cfg", "show", "--format", "json"])));
console.log(str(grouped.parseArgs(["app.cfg"])));
