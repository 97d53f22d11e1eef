# Default values are evaluated once at definition time: mutable defaults are shared across calls.
factor = 2


def scale(x, by=factor):
    return x * by


def remember(item, seen=[]):
    seen.append(item)
    return seen


def tally(key, counts={}):
    counts[key] = counts.get(key, 0) + 1
    return counts


def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


class Registry:
    def register(self, name, names=[]):
        names.append(name)
        return len(names)


factor = 10
print(scale(3), scale(3, factor))
first = remember("a")
second = remember("b")
print(first, second, first is second)
print(remember("c", []), remember("d"))
print(tally("x"), tally("y"), tally("x"))
print(safe_append(1), safe_append(2), safe_append(3, [0]))
r1, r2 = Registry(), Registry()
print(r1.register("one"), r2.register("two"), r1.register("three"))
print(remember("e")[-2:], tally("z")["x"])
