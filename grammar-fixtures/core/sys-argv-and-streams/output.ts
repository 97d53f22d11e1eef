import { at, exit, print, str } from "py2ts-async/runtime";

// sys.argv without extra arguments, print to sys.stderr, sep/end/flush, and a string exit.

const args = process.argv.slice(1).slice(1);
console.log("argument count:", args.length, str(args));
console.log("has script name:", str(at(process.argv.slice(1), 0).length > 0));
const verbose = process.argv.slice(1).includes("--verbose");
console.log("verbose:", str(verbose));
print(["written without newline "], { end: "" });
console.log("then one");
console.error("warning: something odd");
print(["progress", 50, "%"], { sep: "" });
print(["a", "b"], { sep: ", ", end: ".\n" });
print(["tabs", "and", "words"], { sep: "\t" });
print(["count", "me"], { sep: "", end: "\n\n" });
const name = args.length > 0 ? at(args, 0) : "default";
console.log("name:", name);
exit("fatal: giving up");
