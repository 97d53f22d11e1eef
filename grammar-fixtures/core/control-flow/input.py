"""Branches and loops: if/elif/else, while with break and continue, for over ranges and lists, and loop else."""


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


def first_multiple(values, k):
    for v in values:
        if v % k == 0:
            print("found", v)
            break
    else:
        print("no multiple of", k)


def countdown(n):
    while n > 0:
        n -= 1
        if n == 2:
            continue
        print("tick", n)
    else:
        print("done counting")


for n in [-5, 0, 7, 42]:
    print(n, classify(n))

total = 0
for i in range(1, 11):
    total += i
print("sum 1..10 =", total)

for i in range(10, 0, -3):
    print("step", i)

first_multiple([3, 5, 8, 9], 4)
first_multiple([3, 5, 7], 4)
countdown(4)

attempts = 0
while True:
    attempts += 1
    if attempts >= 3:
        break
print("attempts:", attempts)
