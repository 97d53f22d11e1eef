# Python scopes are per function; TypeScript's are per block. Variables first bound inside a branch
# or loop and read later must still be declared where every use can see them.


def describe(values):
    if values:
        label = "non-empty"
        size = len(values)
    else:
        label = "empty"
        size = 0
    print(label, size)


def running_max(values):
    best = None
    for v in values:
        if best is None or v > best:
            best = v
        last = v
    print("best", best, "last", last)


def previous_pairs(values):
    for i in range(len(values)):
        if i > 0:
            print(prev, "->", values[i])
        prev = values[i]


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


describe([4, 5, 6])
describe([])
running_max([3, 9, 2, 7])
previous_pairs(["a", "b", "c"])
counter = make_counter()
counter()
counter()
print("counter:", counter())

x = 1
y = x * 2
x = x + y
print(x, y)
a, b = 1, 2
a, b = b, a
print(a, b)
