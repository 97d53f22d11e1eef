# printf-style % formatting: conversions, widths, flags, tuples, dicts and the %% escape.
name = "ada"
count = 3
ratio = 0.4567
print("%s has %d items" % (name, count))
print("%r %s %a" % (name, name, "é"))
print("%5d|%-5d|%05d|%+d|% d" % (count, count, count, count, count))
print("%f|%.2f|%8.3f|%-8.1f|%08.2f" % (ratio, ratio, ratio, ratio, -ratio))
print("%e|%.3E|%g|%g|%G" % (12345.678, 0.000123, 0.0001, 1e20, 1e-10))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%.1f%% done" % (ratio * 100))
print("%(user)s scored %(score).1f" % {"user": "bob", "score": 9.25})
print("single value: %s" % 42, "float via s: %s" % 2.0, "list: %s" % [1, 2])
print("tuple arg: %s" % ((1, 2),), "none: %s" % None, "bool: %s %d" % (True, True))
print("%s" % "x" * 3, "%i" % 3.99, "%d" % -2.5, "%.0f" % 2.5, "%.0f" % 3.5)
print("%10s|%-10s|%.2s|" % ("right", "left", "truncate"))
print("%*d|%-*d|" % (6, 42, 6, 42))
rows = [("apples", 3, 1.5), ("kiwis", 12, 0.25)]
for item, n, unit in rows:
    print("%-8s x%3d @ %6.2f = %7.2f" % (item, n, unit, n * unit))
try:
    print("%d items" % "three")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s and %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
