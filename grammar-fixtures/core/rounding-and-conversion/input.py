# round() is half-to-even; int() truncates and parses; float() parses; abs/min/max/sum.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.45, 2.55]:
    print(v, round(v), round(v, 1), type(round(v)).__name__)
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(7, 0), round(2.5, 0))
print(int(3.99), int(-3.99), int("  42 "), int("-17"), int("ff", 16), int("0b101", 0), int("777", 8))
print(float("1e3"), float(" -2.5 "), float("inf"), float(3), int(True), float(False))
for bad in ["", "4.5", "abc"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
print(abs(-4), abs(-4.0), abs(3), min(4, 2.0), max(2.5, 1.0), min(7, 3))
print(min([3, 1, 2], key=lambda n: -n), max([], default=None), min((), default="empty"))
print(max("apple", "fig", "banana", key=len), min([[2, 1], [1, 9], [1, 2]]))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []))
print(bool(0.0), bool(-0.0), bool(0.1), int(1e6), str(10 ** 15), 10 ** 15 // 7)
print(hex(255), oct(8), bin(5), hex(-42), f"{255:x}", int("FF", 16))
total_cents = 1999
print(total_cents / 100, total_cents // 100, round(total_cents / 100), round(total_cents / 100, 1))
