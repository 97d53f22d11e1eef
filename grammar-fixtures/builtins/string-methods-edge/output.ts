import { ValueError, capitalize, casefold, center, count, endswith, expandtabs, find, index, isascii, isdecimal, isdigit, isidentifier, islower, isnumeric, isspace, isupper, join, lstrip, max, min, partition, percentFormat, print, range, replace, repr, rfind, rjust, rpartition, rsplit, rstrip, sorted, split, splitlines, startswith, str, strRepeat, strip, swapcase, title, zfill } from "py2ts-async/runtime";

// String methods at their edges: split/rsplit with maxsplit, splitlines(keepends), strip chars,
// title with apostrophes, find with start, count, expandtabs, casefold, is* on odd inputs.
const csv_line = "  name , age,, city  ";
print([csv_line.split(",").map((part) => part.trim()), split(csv_line), split(""), "".split(",")]);
print([split("a b c d", undefined, 2), rsplit("a b c d", undefined, 1), rsplit("a,b,c", ",", 1), "  a  b ".split(" ")]);
print([splitlines("one\ntwo\r\nthree\rfour\n"), splitlines("x\ny\n", true), splitlines("")]);
console.log(`${strip("xxhixx", "x")} ${lstrip("<<a>>", "<")} ${rstrip("path///", "/")} ${"  \t\n x \n".trim()} ${strip("abcba", "ab")}`);
console.log(`${title("they're bill's friends")} ${capitalize("hELLO wORLD")} ${title("123abc")} ${title("a-b_c d")}`);
const text = "the quick brown fox jumps over the lazy dog";
console.log(find(text, "the"), find(text, "the", 1), find(text, "cat"), rfind(text, "o"), count(text, "o"), count("aaaa", "aa"));
print([index(text, "fox"), startswith(text, "quick", 4), endswith(text, ["cat", "dog"]), text.replaceAll(" ", "")]);
try {
  index(text, "cat");
} catch (e) {
  if (e instanceof ValueError) {
    console.log("ValueError:", str(e));
  } else {
    throw e;
  }
}
console.log(`${expandtabs("a\tb\tc", 4)} ${repr(expandtabs("col1\tcol2"))} ${casefold("Straße")} ${"ǅ".toLowerCase()}`);
print([isdigit(""), isdigit("²"), isnumeric("½"), isdecimal("12"), isdigit("-1"), isupper("Ab"), islower("ab1")]);
print([isidentifier("hello_world"), isidentifier("2x"), isspace(" "), isspace(""), isascii("abc"), isascii("é")]);
console.log(`${"=".repeat(20)} ${"ab".repeat(0)} ${strRepeat("x", -1)} ${percentFormat("%s", "-".repeat(3))}`);
console.log(`${replace("Mississippi", "ss", "SS", 1)} ${replace("aaa", "", "-")} ${"abc".replaceAll("b", "")} ${zfill("ab", -1)}`);
console.log(`${join(" ", [...split("one two three")].reverse())} ${join("-", [...range(4)].map((i) => String(i)))} ${join("", [])}`);
print(["abc" < "abd", "B" < "a", "é" > "z", max("hello"), min("hello"), sorted("cab"), [..."hey"]]);
console.log(`${swapcase("Hello World")} ${center("x", 4, "*")} ${center("x", 5, "*")} ${center("long", 2)} ${rjust("7", 3, "0")}`);
print([split("key: value: more", ": ", 1), str(partition("no delimiter", ":"), "(?,?,?)"), str(rpartition("a.b.c", "."), "(?,?,?)")]);
