# str.format: auto and explicit positions, names, **dict, attribute and index lookups, specs, escapes.
from dataclasses import dataclass


@dataclass
class User:
    name: str
    langs: list


user = User("ada", ["python", "ts"])
print("{} + {} = {}".format(1, 2, 1 + 2))
print("{0}{1}{0}".format("ab", "-"), "{1} before {0}".format("b", "a"))
print("{name} is {age}".format(name="bob", age=41), "{0} and {x}".format("pos", x="kw"))
settings = {"host": "localhost", "port": 8080, "debug": False, "ratio": 0.75}
print("{host}:{port} debug={debug} ratio={ratio}".format(**settings))
print("http://{host}:{port}/".format(port=80, **{"host": "example.org"}))
print("{0.name} knows {0.langs[0]} and {0.langs[1]}".format(user), "{u.name!r}".format(u=user))
print("{d[key]} {l[2]}".format(d={"key": "value"}, l=[1, 2, 3]))
print("{{literal}} {{{0}}}".format("braces"), "{{}}".format())
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:08.3f}".format(3.14159), "{:,}".format(10 ** 9))
print("{0:.1%} {0:.3e} {1:#x} {1:b}".format(0.125, 255), "{!r:>7}".format("q"), "{!s}".format(1.0))
print("{:{fill}{align}{width}}".format("mid", fill="*", align="^", width=9))
print("{} {} {}".format(None, True, [1.0, None]), "{}".format((1,)), "{}".format({"a": 2.0}))
row = "{:<10}{:>6.2f}"
for label, value in [("alpha", 1), ("beta", 22.5), ("gamma", 0.125)]:
    print(row.format(label, value))
template = "Dear {title} {last},"
people = [{"title": "Dr", "last": "Lovelace"}, {"title": "Mr", "last": "Babbage"}]
print([template.format(**p) for p in people])
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{} {}".format("only one")
except IndexError as e:
    print("IndexError:", e)
