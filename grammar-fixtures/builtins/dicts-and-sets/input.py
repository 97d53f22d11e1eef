# Dicts keep insertion order and raise KeyError; sets; defaultdict, Counter and deque.
from collections import Counter, defaultdict, deque

stock = {"apple": 3, "pear": 0}
stock["kiwi"] = 5
print(stock, len(stock), "apple" in stock, stock.get("fig"), stock.get("fig", 0))
print(list(stock.keys()), list(stock.values()), list(stock.items()))
print(stock.pop("pear"), stock.setdefault("plum", 7), stock)
try:
    stock["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    stock["missing"]
except LookupError as e:
    print("LookupError catches it too:", repr(e))
merged = stock | {"apple": 10}
print(merged, {k: v * 2 for k, v in stock.items() if v > 3})
by_num = {1: "one", (2, 3): "tuple key", 2.5: "float"}
print(by_num[1], by_num[2.5])
for key, value in sorted(stock.items()):
    print(key, value)
evens = {x for x in range(10) if x % 2 == 0}
odds = {1, 3, 5}
print(sorted(evens | odds), sorted(evens & {2, 4, 5}), sorted(evens - {0}), odds.issubset({1, 3, 5, 7}))
counts = Counter("mississippi")
print(counts.most_common(2), counts["s"], counts["z"])
groups = defaultdict(list)
for word in ["apple", "avocado", "banana"]:
    groups[word[0]].append(word)
print(dict(groups))
window = deque(maxlen=3)
for i in range(5):
    window.append(i)
print(list(window), window.popleft(), len(window))
