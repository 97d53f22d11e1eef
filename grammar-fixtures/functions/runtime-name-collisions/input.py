# User names that look like runtime helper names must not collide with the helpers the output uses.


def split(text):
    return text.split(",")


def count(items, target):
    return sum(1 for i in items if i == target)


def format(value):
    return f"<{value:.2f}>"


def title(s):
    return s.title() + "!"


def range_of(values):
    return max(values) - min(values)


def join(parts):
    return " + ".join(str(p) for p in parts)


index = {"a": 1}
repr_cache = [repr(0.5), repr([1.0])]
floorDiv = 7 // 2
sorted_list = sorted([3, 1, 2])
truthy = bool([])
print(split("a, b,c"), " x ".split(), count([1, 2, 1], 1), [1, 2, 1].count(1))
print(format(2), f"{3.14159:.1f}", "{:>4}".format(7), title("hello world"), "ab".title())
print(range_of([3, 9, 4]), list(range(3)), join([1, 2, "x"]), "-".join(["a", "b"]))
print(index, "abc".index("c"), repr_cache, floorDiv, -7 // 2, sorted_list, truthy, round(2.5))
print(len("four"), str(1.0), str(None), max([0.5, 1.5]), min(2, 1.0), abs(-2.0), sum([1.5, 1.5]))


def sleep(seconds):
    return f"pretend to sleep {seconds}s"


def run(task):
    return task()


print(sleep(1.5), run(lambda: [1.0, None]))
