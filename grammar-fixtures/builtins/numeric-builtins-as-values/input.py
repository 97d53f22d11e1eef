import itertools

print(list(itertools.starmap(pow, [(2, 3), (3, 2), (2, -1)])))
print(list(itertools.starmap(divmod, [(7, 2), (-7, 2)])))
power = pow
print(power(2, 10), power(3, 4))
print(sorted([3, -1, 2], key=hash))
