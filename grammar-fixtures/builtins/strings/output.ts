import { at, bytesOf, capitalize, center, count, decode, encode, find, index, isalnum, isalpha, isdigit, isspace, istitle, join, ljust, ord, partition, print, removeprefix, replace, repr, rfind, rjust, rsplit, slice, split, splitlines, startswith, str, strip, swapcase, title, zfill } from "py2ts-async/runtime";

// String methods whose JavaScript look-alikes differ (split with no argument, strip with characters...).
const text = "  Hello, World!  \n";
console.log(`${repr(text.trim())} ${repr(text.trimStart())} ${repr(text.trimEnd())}`);
print([split("a b  c\td"), "a,b,,c".split(","), split("a b c", " ", 1), rsplit("a-b-c", "-", 1)]);
print([splitlines("line1\nline2\r\nline3"), strip("x--y", "-x")]);
console.log(`${["a", "b"].join(", ")} ${join("-", "abc")}`);
console.log(`${title("hello world")} ${capitalize("hello")} ${swapcase("Hello")} ${"ß".toUpperCase()}`);
print([startswith("abc", ["x", "a"]), "abc".endsWith("bc"), replace("banana", "a", "o", 2)]);
console.log(find("banana", "na"), rfind("banana", "na"), count("banana", "a"), index("banana", "n"));
console.log(`${zfill("42", 5)} ${zfill("-7", 4)} ${center("ab", 6, "*")} ${ljust("ab", 4, ".")} ${rjust("ab", 4)}`);
print([str(partition("key=value", "="), "(?,?,?)"), str(partition("no-sep", "="), "(?,?,?)")]);
print([isdigit("123"), isalpha("abc"), isalnum("ab1"), isspace("   "), istitle("Title Case")]);
print(["ab".repeat(3), ord("A"), String.fromCodePoint(0x263A), encode("héllo"), decode(bytesOf([99, 97, 102, 195, 169]))]);
console.log("协程".length, at("协程", 0), "abcdef".slice(1, 4), slice("abcdef", null, null, -1));
const s = "Python";
console.log(`${s.toLowerCase()} ${s.toUpperCase()} ${at(s, 0) + at(s, -1)} ${removeprefix(s, "Py")}`);
