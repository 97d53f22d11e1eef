# collections: defaultdict with int/list/lambda, Counter and most_common, deque with maxlen,
# rotate and appendleft, namedtuple repr/_asdict/_replace.
from collections import Counter, defaultdict, deque, namedtuple

word_count = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    word_count[w] += 1
print(word_count)
print(dict(word_count), word_count["missing"], len(word_count))
graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "c")]:
    graph[a].append(b)
print(dict(graph), graph["z"], sorted(graph))
nested = defaultdict(lambda: {"n": 0})
nested["x"]["n"] += 2
print(dict(nested))
c = Counter("hello world")
print(c.most_common(3), c["l"], c["q"], sum(c.values()))
inv = Counter(apples=3, pears=1)
inv.update({"apples": 2, "kiwis": 5})
print(inv, inv.most_common(), list(inv.elements())[:4])
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1), Counter(), Counter(["x"]))
recent = deque(maxlen=3)
for page in ["home", "about", "blog", "contact", "shop"]:
    recent.append(page)
print(recent, list(recent), recent.maxlen)
d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d)
d.appendleft(0)
d.rotate(-1)
print(d, d.pop(), d.popleft(), d[0], d[-1], 3 in d, len(d))
Point = namedtuple("Point", ["x", "y"])
Point3 = namedtuple("Point3", "x y z")
p = Point(1, 2)
print(p, p.x + p.y, p._asdict(), p._replace(y=5), Point._fields, Point3(1, 2, 3), tuple(p), p == (1, 2))
# Counter arithmetic: + - | & keep only positive counts.
left = Counter("aab")
right = Counter("bc")
print(left + right, left - right, left | right, left & right)
both = left + right
print(both.most_common(1), both["b"])
