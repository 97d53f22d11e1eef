# An empty list among the items of a tuple literal takes the type of the other lists when the tuple is iterated.
def count(argv: list[str]) -> int:
    return len(argv)

for argv in ([], ["u"], ["a", "b"]):
    print(count(argv))
for xs in [[], [1, 2]]:
    print(sum(xs))
