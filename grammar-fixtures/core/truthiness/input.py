# Python truthiness: empty containers, zero and None are false; `and`/`or` return an operand.
items = []
mapping = {}
name = ""
count = 0
nothing = None

if not items:
    print("no items")
if not mapping:
    print("no mapping")
if not name:
    print("no name")
if not count:
    print("zero count")
if nothing is None:
    print("nothing is None")

items.append(1)
mapping["k"] = 2
print(bool(items), bool(mapping), bool("x"), bool(0.0))
print(name or "anonymous", count or 10, items and "has items")
print(nothing or "default")
label = "set" if mapping else "unset"
print(label)
