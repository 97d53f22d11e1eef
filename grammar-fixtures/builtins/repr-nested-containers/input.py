# repr of nested containers: quotes inside strings, None/True inside lists, one-element tuples,
# dicts with tuple keys, bytes, and objects with __str__ / __repr__ inside containers.


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Tag({self.name!r})"


class Label:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return f"<{self.text}>"


class Plain:
    pass


data = {"ids": [1, 2, 3], "flags": (True, False, None), "nested": {"empty": [], "tuple1": (1,), "t0": ()}}
print(data)
print(str(data) == repr(data), len(str(data)))
print(["it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\t", "nl\n", "uni é ✓", "\x00\x7f"])
print({(1, 2): "pair", (3,): [None], None: 0, True: "yes", 2.5: b"raw"})
print([Tag("a"), Tag("b")], (Tag("x"),), {"k": Tag("v")})
print(Label("hello"), str(Label("s")), f"{Label('f')}", [str(Label("in list"))])
print(repr(Label("r")).startswith("<__main__.Label object at "), str(Plain()).startswith("<__main__.Plain"))
print([[[]]], [[], {}], [{}, set()], {"s": {1, 2}})
print([b"", b"a'b", b'"', b"\n\t\\", bytes([0, 127, 128, 255])])
print(("single",), ("a", ("b", ("c",))), [(), ((),)])
matrix = [[0.5, 1.0], [2.0, 3.5]]
print(matrix, [row[:] for row in matrix])
print(repr("'"), repr('"'), repr("'\""), repr(""), repr("\\"), repr("\r\x1b"))
s = "quote's"
print(f"{s!r} {s!s} {s} {[s]} {(s,)}")
