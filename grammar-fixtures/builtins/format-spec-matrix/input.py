# Every piece of the format mini-language used in practice, on ints, floats and strings.
price = 1234.5
qty = 42
neg = -7
name = "ada"
frac = 0.0825
print(f"[{price:.2f}] [{price:>10}] [{price:<10}] [{price:^10}] [{price:08.3f}] [{price:,}] [{price:_}]")
print(f"[{qty:>10}] [{qty:^8}] [{qty:<5}|] [{qty:05}] [{qty:,}] [{1234567:_}] [{qty:+}] [{neg:+}] [{qty: }]")
print(f"[{frac:.1%}] [{frac:%}] [{0.5:.0%}] [{qty:#x}] [{qty:#X}] [{qty:x}] [{qty:#o}] [{qty:#b}] [{qty:08b}]")
print(f"[{price:e}] [{price:.2e}] [{frac:E}] [{price:g}] [{0.00001234:g}] [{1e20:g}] [{price:.3g}] [{qty:.2f}]")
print(f"[{name:>8}] [{name:<8}] [{name:^8}] [{name:*^9}] [{name:.2}] [{name:-<6}] [{name!r:>8}] [{name!s}]")
print(f"[{neg:05}] [{neg:=6}] [{neg:>6}] [{-1.5:08.2f}] [{price:=+12.1f}] [{qty:>+6}] [{neg:x}]")
width = 12
precision = 3
print(f"[{price:>{width}.{precision}f}] [{name:^{width}}] [{qty:{'0'}{width}}] [{price:{width},.1f}]")
print(f"[{True}] [{None}] [{True:>6}] [{1.0}] [{2.50}] [{[1.0, 2.0]}] [{(1,)}] [{ {'a': 1.5} }]")
print(f"[{3.0:.0f}] [{2.5:.0f}] [{3.5:.0f}] [{0.125:.2f}] [{0.375:.2f}] [{1e-7:.3f}] [{-0.0:.1f}]")
print(f"[{float('inf'):.2f}] [{float('nan'):>6}] [{float('-inf'):e}] [{1e16}] [{123456789.0:,.2f}]")
print(format(price, ",.2f"), format(qty, "b"), format(name, ">5"), format(0.5, "%"), format(7, "03"))
print(f"{'left':<10}|{'right':>10}|")
for item, cost in [("apple", 1.5), ("watermelon", 12.25), ("fig", 0.333)]:
    print(f"{item:<12}{cost:>8.2f}{cost / 3:>10.4f}")
total = sum([1.5, 12.25, 0.333])
print(f"{'TOTAL':<12}{total:>8.2f}  ({total!r})  {total=}  {total = :.1f}")
