# Generators: yield from with a return value, finally on early exit, generator pipelines.


def read_chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]
    return "eof"


def delegate(data):
    result = yield from read_chunks(data, 3)
    yield f"sub-generator returned {result}"


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleaned up")


def numbers():
    n = 0
    while True:
        n += 1
        yield n


def take(gen, k):
    for item in gen:
        if k <= 0:
            return
        k -= 1
        yield item


def evens(gen):
    return (x for x in gen if x % 2 == 0)


print(list(delegate("abcdefgh")))
for value in guarded():
    print("got", value)
    break
print("after loop")
print(list(take(evens(numbers()), 5)))
gen = read_chunks([1, 2, 3, 4], 2)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration value:", stop.value)
squares = (n * n for n in range(5))
print(type(squares).__name__, 9 in squares, list(squares))
