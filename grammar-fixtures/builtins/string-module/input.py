# The string module's constants, and string.Template's substitute/safe_substitute with CPython's errors.
import string
from string import Template

print(string.ascii_letters, string.digits, string.hexdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.ascii_lowercase[:3], string.ascii_uppercase[-3:])
t = Template("$who likes ${what}; cost $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute({"who": "ann"}), t.template)
print(t.substitute({"who": "a", "what": "b"}, what="c"))
try:
    t.substitute(who="x")
except KeyError as exc:
    print("KeyError", exc)
try:
    Template("oops $").substitute()
except ValueError as exc:
    print(exc)
