# base64 (binascii.Error on bad input, as CPython), hashlib and hmac over node:crypto, uuid parsing,
# printing and name-based UUIDs; uuid4() only through derived facts.
import base64
import binascii
import hashlib
import hmac
import uuid

raw = "héllo wörld".encode()
enc = base64.b64encode(raw)
print(enc, base64.b64decode(enc).decode(), base64.b64decode("aGk="), base64.urlsafe_b64encode(b"\xfb\xff\xfe"))
print(base64.urlsafe_b64decode(b"-__-"), base64.b16encode(b"\x00\xabz"), base64.b16decode("00AB7A"))
for bad in [b"YWJ", b"Y", "abc$"]:
    try:
        base64.b64decode(bad)
    except binascii.Error as exc:
        print("binascii.Error:", exc, repr(exc))
try:
    base64.b64decode(b"YW!J", validate=True)
except ValueError as exc:
    print(type(exc).__name__, exc)
print(binascii.hexlify(b"\x00\xffA"), binascii.unhexlify("00fF41"))
try:
    binascii.unhexlify("abc")
except binascii.Error as exc:
    print("binascii.Error:", exc)
h = hashlib.sha256(b"abc")
print(h.hexdigest(), h.name, h.digest_size, len(h.digest()))
h.update(b"def")
print(h.hexdigest() == hashlib.sha256(b"abcdef").hexdigest())
print(hashlib.md5(b"").hexdigest(), hashlib.sha1(b"x").hexdigest(), hashlib.sha512().digest_size)
print(hashlib.new("sha1", b"x").hexdigest()[:10], hashlib.md5("text".encode("utf-8")).digest()[:4])
mac = hmac.new(b"key", b"msg", hashlib.sha256)
print(mac.hexdigest(), mac.name, mac.digest_size)
mac2 = hmac.new(b"key", digestmod="sha1")
mac2.update(b"msg")
print(mac2.hexdigest(), hmac.compare_digest(mac.digest(), hmac.new(b"key", b"msg", "sha256").digest()), hmac.compare_digest("a", "b"))
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.version, u.urn)
print(uuid.UUID("{12345678123456781234567812345678}") == u, uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "http://x"))
r = uuid.uuid4()
print(len(str(r)), r.version, len(r.hex), str(r).count("-"), r == uuid.UUID(str(r)))
ids = {u: "first"}
print(ids[uuid.UUID(u.hex)])
try:
    uuid.UUID("not-a-uuid")
except ValueError as exc:
    print("ValueError:", exc)
