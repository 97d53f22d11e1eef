# sys.argv without extra arguments, print to sys.stderr, sep/end/flush, and a string exit.
import sys

args = sys.argv[1:]
print("argument count:", len(args), args)
print("has script name:", len(sys.argv[0]) > 0)
verbose = "--verbose" in sys.argv
print("verbose:", verbose)
print("written without newline ", end="")
print("then one")
print("warning: something odd", file=sys.stderr)
print("progress", 50, "%", sep="", flush=True)
print("a", "b", sep=", ", end=".\n")
print("tabs", "and", "words", sep="\t")
print("count", "me", sep="", end="\n\n")
name = args[0] if args else "default"
print("name:", name)
sys.exit("fatal: giving up")
