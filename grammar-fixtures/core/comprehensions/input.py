# Comprehensions and generator expressions, nested and filtered; the walrus operator.
matrix = [[1, 2, 3], [4, 5, 6]]
flat = [x for row in matrix for x in row]
print(flat)
print([x * x for x in flat if x % 2 == 1])
print([[row[i] for row in matrix] for i in range(3)])
print({n: n ** 2 for n in range(4)})
print({len(w) for w in ["a", "bb", "cc"]})
print(sum(x for x in flat), max(len(w) for w in ["aa", "b"]))
gen = (x * 10 for x in range(3))
print(next(gen), list(gen))
data = [3, 8, 1]
if (n := len(data)) > 2:
    print("long list of", n)
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
words = ["apple", "Banana", "cherry"]
print(sorted(w.lower() for w in words), [w for w in words if w[0].isupper()])
