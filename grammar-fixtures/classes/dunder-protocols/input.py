# Dunder methods honoured by builtins and operators: __eq__/__hash__, __lt__ (sorting), __len__,
# __bool__, __iter__, __contains__, __getitem__, __call__, __str__/__repr__.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return self.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents / 100:.2f}"


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __iter__(self):
        return iter(self.songs)

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __call__(self, n):
        return self.songs[:n]

    def __repr__(self):
        return f"Playlist{tuple(self.songs)}"


wallet = [Money(500), Money(125), Money(0), Money(125)]
print(wallet, [str(m) for m in wallet], sorted(wallet), max(wallet), min(wallet))
print(Money(1) == Money(1), Money(1) != Money(2), Money(1) < Money(2), Money(1) == 1, Money(1) in [Money(1)])
print(sum(m.cents for m in wallet), len(set(wallet)), Money(125) in wallet, wallet.index(Money(125)), wallet.count(Money(125)))
print([bool(m) for m in wallet], "empty" if not Money(0) else "full", {Money(1): "one"}[Money(1)])
p = Playlist("Intro", "Verse", "Chorus", "Outro")
print(len(p), "chorus" in p, "bridge" in p, p[0], p[-1], p(2), list(p), bool(Playlist()))
for i, song in enumerate(p):
    print(i, song)
print(sorted(p), [s for s in p if "o" in s], ", ".join(p), max(p, key=len))
a, *_, z = p
print(a, z, str(p), f"{p!r}")
