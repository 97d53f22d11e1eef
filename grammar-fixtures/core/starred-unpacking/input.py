# Starred assignment targets, nested unpacking, unpacking in loops, and * / ** in displays and calls.
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
head, *middle, tail = (10, 20)
print(first, rest, init, last, head, middle, tail)
(a, b), c = (1, 2), 3
x, (y, *z) = 0, [1, 2, 3]
print(a, b, c, x, y, z)
records = [("ada", 36, "london"), ("bob", 41, "paris")]
for name, *details in records:
    print(name, details)
for i, (name, age, _) in enumerate(records):
    print(i, name, age)
combined = [*range(3), *"ab", *(9,)]
print(combined)
merged = {**{"a": 1, "b": 2}, "b": 20, **{"c": 3}}
print(merged)
unique = {*[1, 2], *(2, 3)}
print(sorted(unique))


def show(*args, **kwargs):
    print("args", args, "kwargs", kwargs)


show(*[1, 2], 3, *(), sep="-", **{"end": "!"})
show()
point = (3, 4)
print("{} {}".format(*point), max(*point), list(zip(*[(1, "a"), (2, "b")])))
for line in ["host=example.org", "mode=a=b", "broken"]:
    try:
        key, value = line.split("=")
        print(key, value)
    except ValueError as e:
        print("ValueError:", e)
x = y = [0]
x.append(1)
print(x, y, x is y)
