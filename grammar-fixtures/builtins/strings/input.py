# String methods whose JavaScript look-alikes differ (split with no argument, strip with characters...).
text = "  Hello, World!  \n"
print(repr(text.strip()), repr(text.lstrip()), repr(text.rstrip()))
print("a b  c\td".split(), "a,b,,c".split(","), "a b c".split(" ", 1), "a-b-c".rsplit("-", 1))
print("line1\nline2\r\nline3".splitlines(), "x--y".strip("-x"))
print(", ".join(["a", "b"]), "-".join("abc"))
print("hello world".title(), "hello".capitalize(), "Hello".swapcase(), "ß".upper())
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "banana".replace("a", "o", 2))
print("banana".find("na"), "banana".rfind("na"), "banana".count("a"), "banana".index("n"))
print("42".zfill(5), "-7".zfill(4), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("key=value".partition("="), "no-sep".partition("="))
print("123".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "Title Case".istitle())
print("ab" * 3, ord("A"), chr(0x263A), "héllo".encode(), b"caf\xc3\xa9".decode())
print(len("协程"), "协程"[0], "abcdef"[1:4], "abcdef"[::-1])
s = "Python"
print(s.lower(), s.upper(), s[0] + s[-1], s.removeprefix("Py"))
