# global and nonlocal rebinding, closures over loop variables, and shadowing in nested functions.
total = 0
log = []


def add(n):
    global total
    total += n
    log.append(n)


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset


def outer():
    value = "outer"

    def middle():
        value = "middle"

        def inner():
            nonlocal value
            value = "changed by inner"

        inner()
        return value

    return middle(), value


add(5)
add(7)
print(total, log)
inc, reset = make_counter(10)
print(inc(), inc(5), inc())
reset()
print(inc())
other, _ = make_counter()
print(other(), inc())
print(outer())
callbacks = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in callbacks], [f() for f in bound])
x = "global x"


def read_global():
    return x


def shadow():
    x = "local x"
    return x, read_global()


print(shadow(), x)


def set_config():
    global CONFIG
    CONFIG = {"debug": True}


set_config()
print(CONFIG)
