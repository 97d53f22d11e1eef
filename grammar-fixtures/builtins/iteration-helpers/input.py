# range, enumerate, zip (strict), reversed, iter/next, map/filter, any/all and their reprs.
r = range(2, 20, 3)
print(r, range(5), range(0), list(r), len(r), r[1], r[-1], r[1:3], 8 in r, 9 in r)
print(list(range(10, 0, -3)), list(range(-3)), range(1, 10)[::2], list(reversed(range(4))))
names = ["ada", "bob", "cy"]
ages = [36, 41]
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), dict(zip(names, ages)), list(zip()))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("abc")), list(enumerate(names, 10)), [(i, n) for i, n in enumerate(names) if i])
print(list(map(len, names)), list(map(lambda a: a * 2, [1, 2, 3])), list(map(str.upper, names)))
print(list(filter(None, [0, 1, "", "x", None, [], [0], False])), list(filter(lambda n: n > 1, [0, 1, 2, 3])))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(n > 40 for n in ages))
it = iter(names)
print(next(it), list(it), next(it, "exhausted"))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")
print(list(reversed(names)), list(reversed((1, 2))), "".join(reversed("abc")), reversed(names) is not None)
m = map(int, ["1", "2"])
print(list(m), list(m))
squares = (n * n for n in range(4))
print(sum(squares), sum(squares))
print(sorted(zip(ages, names)), max(zip(ages, names)), min(enumerate(names), key=lambda p: p[1]))
pairs = list(zip(*[[1, 2, 3], [4, 5, 6]]))
print(pairs, [list(p) for p in zip(*pairs)])
total = 0
for i, (name, age) in enumerate(zip(names, ages), start=1):
    total += age
    print(f"{i}. {name} ({age})")
print("total age:", total)
