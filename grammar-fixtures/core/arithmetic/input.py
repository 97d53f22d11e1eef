# Integer and float arithmetic print exactly as in Python, with floor division and modulo on negatives.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(2 ** 10, 2 ** -1, 7.5 // 2, -7.5 % 2)
print(10 / 2, 3 * 1.5, 0.1 + 0.2)
print(1 < 2 < 3, 3 < 2 < 1, 1 == 1.0, 5 != 5)
x = 3
x *= 4
x -= 2
print("x =", x)
avg = sum([4, 8, 15]) / 3
print("avg =", avg)
print(abs(-3), abs(-2.5), round(2.5), round(3.5), round(2.675, 2))
print(max(3, 9, 4), min([7, 2, 5]))
