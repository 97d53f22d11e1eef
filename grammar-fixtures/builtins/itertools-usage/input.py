# itertools: lazy where CPython is lazy (groupby's groups end when the outer iterator moves on), eager
# where CPython reads its inputs at once (product, permutations, combinations).
import itertools
from itertools import chain, groupby, islice, count, zip_longest, product, permutations, combinations, accumulate, pairwise, takewhile, dropwhile, starmap, cycle, repeat, tee, compress, filterfalse, combinations_with_replacement

print(list(chain([1, 2], (3,), "ab")))
print(list(itertools.chain.from_iterable([[1, 2], [3], {"k": 1}])))
for k, g in groupby("aaabccdaa"):
    print(k, list(g))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print([(k, len(list(g))) for k, g in groupby(words, key=lambda w: w[0])])
print(list(islice(count(10, 5), 3)), list(islice("abcdefg", 1, 6, 2)), list(islice(range(10), None, 4)))
print(list(zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=2))))
print(list(permutations([1, 2, 3], 2)))
print(list(combinations("abcd", 2)), list(combinations_with_replacement([1, 2], 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)))
print(list(pairwise([1, 2, 3, 4])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(starmap(lambda b, e: b ** e, [(2, 3), (3, 2)])), list(islice(cycle("xy"), 5)), list(repeat("z", 3)))
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(6))))
groups = groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
try:
    list(combinations([1], -1))
except ValueError as e:
    print("ValueError:", e)
sources = [{"k": 1}, "xy"]
print(list(chain(*sources)), list(zip_longest(*sources)), list(product(*sources)))
