def total(*nums):
    return sum(nums)


def scaled(factor, *values):
    return [factor * v for v in values]


def longest(*words):
    return max(len(w) for w in words)


def shout(*parts):
    return " ".join(p.upper() for p in parts)


more = [4, 5]
print(total(1, 2, 3), total(), total(*more), total(1, *more))
print(scaled(2, 1.5, 2.5), scaled(3))
print(longest("ab", "cde", "f"))
print(shout("hi", "there"))
