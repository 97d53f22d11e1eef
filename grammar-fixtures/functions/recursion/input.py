# Recursion: factorial, tree walking over nested lists and dicts, permutations, memo dicts, mutual recursion.


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def flatten(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


def depth(tree):
    if not isinstance(tree, dict) or not tree:
        return 0
    return 1 + max(depth(child) for child in tree.values())


def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    result = []
    for i, x in enumerate(xs):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            result.append([x] + rest)
    return result


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


memo = {}


def ways(n):
    if n in memo:
        return memo[n]
    result = 1 if n <= 1 else ways(n - 1) + ways(n - 2)
    memo[n] = result
    return result


print(factorial(20), factorial(0))
print(flatten([1, [2, [3, [4, []]]], 5]), depth({"a": {"b": {"c": {}}}, "d": {}}))
print(permutations([1, 2, 3]), len(permutations(list("abcd"))))
print(is_even(10), is_odd(7), hanoi(3, "A", "C", "B", []))
print(ways(50), len(memo))
