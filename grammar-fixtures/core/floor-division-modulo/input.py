# Floor division and modulo follow Python's sign rules for negatives, ints and floats alike.
cases = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-1, 5)]
for a, b in cases:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}")

print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(-0.5 // 1, 5 % 2.5, -5 % 3.0, divmod(-7.5, 2))
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 10 ** 0, 0 ** 0, 2.0 ** 3)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__, type(6 // 3).__name__)

minutes = -135
hours, rem = divmod(minutes, 60)
print(f"{minutes} minutes -> {hours}h {rem}m")

index = -1
items = ["a", "b", "c"]
print(items[index % len(items)], items[(index - 5) % len(items)])

for n in [1, -4]:
    for op in ("//", "%", "/"):
        try:
            if op == "//":
                r = n // 0
            elif op == "%":
                r = n % 0
            else:
                r = n / 0
            print(op, r)
        except ZeroDivisionError as e:
            print(f"{n} {op} 0: ZeroDivisionError: {e}")
for x in [1.5, -0.0]:
    for op in ("//", "%", "/"):
        try:
            if op == "//":
                r = x // 0.0
            elif op == "%":
                r = x % 0
            else:
                r = x / 0
            print(op, r)
        except ZeroDivisionError as e:
            print(f"{x} {op} 0: ZeroDivisionError: {e}")
x = 17
x //= 5
y = -17
y %= 5
print(x, y)
