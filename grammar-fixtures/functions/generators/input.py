# Generators: yield, yield from, lazy evaluation, early stop, generator expressions.


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def chained():
    yield from countdown(2)
    yield from ["a", "b"]


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def noisy(items):
    for item in items:
        print("producing", item)
        yield item


print(list(countdown(3)), list(chained()))
fib = fibonacci()
print([next(fib) for _ in range(8)])
for value in noisy([1, 2, 3]):
    print("consumed", value)
    if value == 2:
        break
print(sum(x * x for x in range(5)), any(x > 3 for x in noisy([1, 5, 9])))
