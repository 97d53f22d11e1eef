# The walrus operator in while, if and comprehensions; for/while with else, break and continue.
import re

lines = ["alpha 1", "", "beta 22", "gamma", "delta 333"]
it = iter(lines)
while (line := next(it, None)) is not None:
    if not line:
        continue
    if (m := re.search(r"\d+", line)) is not None:
        print(line.split()[0], "has number", int(m.group()))
    else:
        print(line, "has none")

values = [4, 9, 16, 25]
roots = [r for v in values if (r := int(v ** 0.5)) % 2 == 0]
print(roots, r)
if (n := len(values)) > 3:
    print(f"{n} values")


def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "is divisible by", d)
            break
    else:
        print(n, "is prime")


for n in [7, 12, 13, 2]:
    find_prime_factor(n)

attempt = 0
while attempt < 3:
    attempt += 1
    if attempt == 5:
        break
else:
    print("while finished without break after", attempt)

for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print(outer, inner)
else:
    print("outer loop done")
for _ in []:
    print("never")
else:
    print("empty loop else")
