import { UnicodeDecodeError, at, bytesConcat, bytesCount, bytesEndsWith, bytesFind, bytesHex, bytesOf, bytesStartsWith, decode, encode, eq, hex, lt, print, repr, slice, str } from "py2ts-async/runtime";

// bytes: repr with escapes, indexing gives ints, slicing gives bytes, hex/fromhex, encode/decode.
const data = bytesOf([71, 69, 84, 32, 47, 105, 110, 100, 101, 120, 46, 104, 116, 109, 108, 13, 10]);
console.log(`${str(data)} ${data.length} ${at(data, 0)} ${at(data, -1)} ${str(data.slice(0, 3))} ${str(data.slice(4))} ${str(slice(data, null, null, -1).slice(0, 3))}`);
print([bytesStartsWith(data, encode("GET")), bytesEndsWith(data, bytesOf([13, 10])), bytesFind(data, encode("/")), bytesCount(data, encode("l"))]);
const raw = bytesOf([0, 1, 127, 128, 200, 255]);
print([raw, bytesHex(raw), [...raw], bytesHex(raw.slice(2, 4))]);
print([bytesOf(4), bytesOf([65, 66]), bytesConcat(encode("ab"), encode("cd")), eq(encode("x"), encode("x")), lt(encode("a"), encode("b")), bytesOf(encode("copy"))]);
console.log(str([bytesOf([0]), encode("'"), encode("\""), encode("'\""), encode("\\"), bytesOf([127]), encode("~"), bytesOf([9, 10, 13])]));
const text = "naïve café ✓";
const encoded = encode(text, "utf-8");
print([encoded, text.length, encoded.length, decode(encoded, "utf-8"), encode("abc", "ascii")]);
print([encode(text, "latin-1", "replace"), decode(bytesOf([99, 97, 102, 233]), "latin-1"), decode(bytesOf([255]), "utf-8", "replace")]);
try {
  decode(bytesOf([255, 254]), "utf-8");
} catch (e) {
  if (e instanceof UnicodeDecodeError) {
    console.log("UnicodeDecodeError:", str(e));
  } else {
    throw e;
  }
}
console.log(`${str(encode("hi"))} ${repr(encode("hi"))} ${`${str(encode("hi"))}`} ${str([encode("hi")])} ${str([encode("hi")], "(?)")} ${str(new Map([[encode("k"), encode("v")]]))}`);
for (const byte of encode("hi!")) {
  console.log(byte, String.fromCodePoint(byte), hex(byte));
}
