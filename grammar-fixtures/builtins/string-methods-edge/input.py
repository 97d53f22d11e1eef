# String methods at their edges: split/rsplit with maxsplit, splitlines(keepends), strip chars,
# title with apostrophes, find with start, count, expandtabs, casefold, is* on odd inputs.
csv_line = "  name , age,, city  "
print([part.strip() for part in csv_line.split(",")], csv_line.split(), "".split(), "".split(","))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=1), "a,b,c".rsplit(",", 1), "  a  b ".split(" "))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\ny\n".splitlines(keepends=True), "".splitlines())
print("xxhixx".strip("x"), "<<a>>".lstrip("<"), "path///".rstrip("/"), "  \t\n x \n".strip(), "abcba".strip("ab"))
print("they're bill's friends".title(), "hELLO wORLD".capitalize(), "123abc".title(), "a-b_c d".title())
text = "the quick brown fox jumps over the lazy dog"
print(text.find("the"), text.find("the", 1), text.find("cat"), text.rfind("o"), text.count("o"), "aaaa".count("aa"))
print(text.index("fox"), text.startswith("quick", 4), text.endswith(("cat", "dog")), text.replace(" ", ""))
try:
    text.index("cat")
except ValueError as e:
    print("ValueError:", e)
print("a\tb\tc".expandtabs(4), repr("col1\tcol2".expandtabs()), "Straße".casefold(), "ǅ".lower())
print("".isdigit(), "²".isdigit(), "½".isnumeric(), "12".isdecimal(), "-1".isdigit(), "Ab".isupper(), "ab1".islower())
print("hello_world".isidentifier(), "2x".isidentifier(), " ".isspace(), "".isspace(), "abc".isascii(), "é".isascii())
print("=" * 20, "ab" * 0, -1 * "x", "%s" % ("-" * 3))
print("Mississippi".replace("ss", "SS", 1), "aaa".replace("", "-"), "abc".replace("b", ""), "ab".zfill(-1))
print(" ".join(reversed("one two three".split())), "-".join(str(i) for i in range(4)), "".join([]))
print("abc" < "abd", "B" < "a", "é" > "z", max("hello"), min("hello"), sorted("cab"), list("hey"))
print("Hello World".swapcase(), "x".center(4, "*"), "x".center(5, "*"), "long".center(2), "7".rjust(3, "0"))
print("key: value: more".split(": ", 1), "no delimiter".partition(":"), "a.b.c".rpartition("."))
