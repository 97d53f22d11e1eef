# An uncaught exception ends the program with exit status 1 after the output printed so far.


class ConfigError(Exception):
    pass


def load(name):
    print("loading", name)
    raise ConfigError(f"missing setting: {name}")


print("starting")
try:
    load("a")
except ConfigError as e:
    print("recovered from", e)
load("b")
print("not reached")
