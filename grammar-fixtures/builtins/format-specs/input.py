# f-strings with conversions and the format mini-language, %-formatting and str.format.
price = 1234.5678
count = 42
name = "widget"
ratio = 0.4567
print(f"{price:.2f}|{price:>12.1f}|{price:,.2f}|{price:_.0f}")
print(f"{count:>6}|{count:<6}|{count:^6}|{count:06d}|{count:#x}|{count:#o}|{count:b}")
print(f"{name!r}|{name:>10}|{name:*^12}|{name!s:<8}|")
print(f"{ratio:.1%}|{ratio:e}|{price:.3e}|{count:+d}|{-count: d}")
width = 9
print(f"{name:>{width}}|{price:{width}.2f}|")
print(f"{count=}, {name = }, {ratio=:.2f}")
print("%s has %d items costing %.2f" % (name, count, price))
print("%-8s|%5.1f%%" % (name, ratio * 100))
print("{} and {}".format("first", "second"), "{1}-{0}".format("a", "b"), "{n}!".format(n=name))
print("{:>8.3f}".format(ratio), "{0:,}".format(1234567))
data = {"user": "ada", "score": 9.5}
print("{user} scored {score}".format(**data))
