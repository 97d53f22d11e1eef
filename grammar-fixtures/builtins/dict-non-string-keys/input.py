# Dicts keyed by ints, tuples, floats, bools and None; KeyError messages; views and in-place updates.
grid = {}
for r in range(2):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid)
print(grid[(1, 2)], (0, 1) in grid, (5, 5) in grid, grid.get((9, 9), -1))
squares = {n: n * n for n in range(-2, 3)}
print(squares, squares[-2], list(squares))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
for key in [(0, 0), 7, "z", (1,)]:
    try:
        print(grid[key])
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
inventory = {"apples": 3}
inventory.update({"pears": 2}, kiwis=4)
inventory.update([("plums", 1)])
inventory |= {"apples": 0}
print(inventory, inventory.pop("missing", "n/a"), inventory.popitem(), inventory)
del inventory["apples"]
print(inventory, list(inventory.items()), dict(zip("xy", [1, 2])))
keys = inventory.keys()
inventory["late"] = 9
print(keys, len(keys), "late" in keys, inventory.values(), inventory.items())
by_len = {}
for w in ["to", "be", "or", "not", "to", "be"]:
    by_len.setdefault(len(w), []).append(w)
print(by_len, {k: sorted(set(v)) for k, v in by_len.items()})
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = [1.0]
print(nested, nested == {"a": {"b": {"c": 1, "d": [1]}}})
try:
    del inventory["nope"]
except KeyError as e:
    print("del KeyError:", e)
empty = {}
try:
    empty.popitem()
except KeyError as e:
    print("popitem KeyError:", e)
