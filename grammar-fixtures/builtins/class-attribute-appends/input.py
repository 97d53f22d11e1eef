class Registry:
    names = []
    tags = set()

    def add(self, n: str) -> None:
        self.names.append(n)
        self.tags.add(len(n))


class Counter:
    seen = []


r = Registry()
r.add("alpha")
r.add("be")
Counter.seen.append(3.5)
print(r.names, len(Registry.names), sorted(Registry.tags))
print(Counter.seen)
