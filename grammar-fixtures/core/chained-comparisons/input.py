# Chained comparisons evaluate each operand once; sequences compare lexicographically.
calls = []


def probe(label, value):
    calls.append(label)
    return value


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 2 > 0)
print(probe("a", 1) < probe("b", 5) < probe("c", 3), calls)
calls.clear()
print(probe("a", 9) < probe("b", 5) < probe("c", 3), calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6, 1 < x is not None)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 9, 9), "apple" < "banana", "Z" < "a")
print([1, 2] == [1, 2], (1, 2) == (1, 2), [1, 2] != [2, 1], {"a": 1, "b": 2} == {"b": 2, "a": 1})
print({1, 2} == {2, 1}, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, [[1], [2]] == [[1], [2]])
print(1 == 1.0, True == 1, None == None, None is None, "a" * 2 == "aa")
grades = []
for score in [95, 85, 72, 50, 100, 0]:
    if 90 <= score <= 100:
        grades.append("A")
    elif 80 <= score < 90:
        grades.append("B")
    elif 70 <= score < 80:
        grades.append("C")
    else:
        grades.append("F")
print(grades)
a, b, c = 3, 3, 4
print(a == b < c, a < b == c, a is not b, max(a, b, c) == c > a)
