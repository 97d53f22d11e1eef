# Lists and tuples: negative indexes, slices with steps, unpacking, sorting and the usual builtins.
xs = [5, 3, 8, 1, 9, 2]
print(xs[0], xs[-1], xs[1:3], xs[::-1], xs[::2], xs[-3:])
first, *middle, last = xs
print(first, middle, last)
a, b = 1, 2
a, b = b, a
print(a, b)
print(sorted(xs), sorted(xs, reverse=True), sorted(["b", "A", "c"], key=str.lower))
words = ["pear", "fig", "apple", "kiwi"]
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(len(xs), sum(xs), min(xs), max(xs), any(x > 8 for x in xs), all(x > 0 for x in xs))
print(list(enumerate(words, start=1)))
print(list(zip(words, xs)), list(reversed(words)))
print(list(map(str, xs)), list(filter(lambda x: x % 2 == 0, xs)))
xs.append(7)
xs.extend([10, 11])
xs.insert(0, 0)
print(xs.pop(), xs.pop(0), xs.index(8), xs.count(3))
xs.remove(3)
xs.sort()
print(xs, xs * 2 if len(xs) < 3 else xs[:2] * 2, [0] * 3)
try:
    print(xs[100])
except IndexError as e:
    print("IndexError:", e)
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)))
nums = iter([1, 2])
print(next(nums), next(nums), next(nums, "done"))
print([1, 2] == [1, 2], (1, 2) == (1, 2), [1, [2, 3]] == [1, [2, 3]], 3 in xs, 99 not in xs)
