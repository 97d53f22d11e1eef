# sys.exit(n) runs pending finally blocks, keeps printed output, and sets the exit status.
import sys


def cleanup(step):
    print("cleanup", step)


def main():
    print("starting")
    try:
        for step in range(5):
            print("step", step)
            if step == 2:
                print("stopping early", end="")
                sys.exit(3)
    except ValueError:
        print("not reached")
    finally:
        print()
        cleanup("main")


try:
    main()
except SystemExit as e:
    print("caught SystemExit", e.code, type(e.code).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("bare exit code", e.code)
try:
    print("exiting with", 4)
    sys.exit(4)
finally:
    print("outer finally")
print("not printed")
