# bytes: repr with escapes, indexing gives ints, slicing gives bytes, hex/fromhex, encode/decode.
data = b"GET /index.html\r\n"
print(data, len(data), data[0], data[-1], data[:3], data[4:], data[::-1][:3])
print(data.startswith(b"GET"), data.endswith(b"\r\n"), data.find(b"/"), data.count(b"l"))
raw = bytes([0, 1, 127, 128, 200, 255])
print(raw, raw.hex(), list(raw), raw[2:4].hex())
print(bytes(4), bytes([65, 66]), b"ab" + b"cd", b"x" == b"x", b"a" < b"b", bytes(b"copy"))
print([b"\x00", b"'", b'"', b"'\"", b"\\", b"\x7f", b"~", b"\t\n\r"])
text = "naïve café ✓"
encoded = text.encode("utf-8")
print(encoded, len(text), len(encoded), encoded.decode("utf-8"), "abc".encode("ascii"))
print(text.encode("latin-1", errors="replace"), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", errors="replace"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(str(b"hi"), repr(b"hi"), f"{b'hi'}", [b"hi"], (b"hi",), {b"k": b"v"})
for byte in b"hi!":
    print(byte, chr(byte), hex(byte))
