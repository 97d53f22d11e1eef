import { BinasciiError, HashObject, HmacObject, NAMESPACE_DNS, NAMESPACE_URL, UUID, ValueError, b16decode, b16encode, b64decode, b64encode, bytesOf, compareDigest, count, decode, dictKey, encode, eq, getItem, hashConstructor, hashNew, hexlify, print, pyType, repr, str, unhexlify, urlsafeB64decode, urlsafeB64encode, uuid3, uuid4, uuid5 } from "py2ts-async/runtime";

// base64 (binascii.Error on bad input, as CPython), hashlib and hmac over node:crypto, uuid parsing,
// printing and name-based UUIDs; uuid4() only through derived facts.

const raw = encode("héllo wörld");
const enc = b64encode(raw);
print([enc, decode(b64decode(enc)), b64decode("aGk="), urlsafeB64encode(bytesOf([251, 255, 254]))]);
print([urlsafeB64decode(encode("-__-")), b16encode(bytesOf([0, 171, 122])), b16decode("00AB7A")]);
for (const bad of [encode("YWJ"), encode("Y"), "abc$"]) {
  try {
    b64decode(bad);
  } catch (exc) {
    if (exc instanceof BinasciiError) {
      console.log("binascii.Error:", str(exc), repr(exc));
    } else {
      throw exc;
    }
  }
}
try {
  b64decode(encode("YW!J"), undefined, true);
} catch (exc) {
  if (exc instanceof ValueError) {
    console.log(`${pyType(exc).__name__} ${str(exc)}`);
  } else {
    throw exc;
  }
}
print([hexlify(bytesOf([0, 255, 65])), unhexlify("00fF41")]);
try {
  unhexlify("abc");
} catch (exc) {
  if (exc instanceof BinasciiError) {
    console.log("binascii.Error:", str(exc));
  } else {
    throw exc;
  }
}
const h = new HashObject("sha256", encode("abc"));
console.log(`${h.hexdigest()} ${h.name} ${h.digest_size} ${h.digest().length}`);
h.update(encode("def"));
console.log(str(h.hexdigest() === new HashObject("sha256", encode("abcdef")).hexdigest()));
console.log(`${new HashObject("md5", bytesOf()).hexdigest()} ${new HashObject("sha1", encode("x")).hexdigest()} ${new HashObject("sha512").digest_size}`);
console.log(`${hashNew("sha1", encode("x")).hexdigest().slice(0, 10)} ${str(new HashObject("md5", encode("text", "utf-8")).digest().slice(0, 4))}`);
const mac = new HmacObject(encode("key"), encode("msg"), hashConstructor("sha256"));
console.log(`${mac.hexdigest()} ${mac.name} ${mac.digest_size}`);
const mac2 = new HmacObject(encode("key"), null, "sha1");
mac2.update(encode("msg"));
print([mac2.hexdigest(), compareDigest(mac.digest(), new HmacObject(encode("key"), encode("msg"), "sha256").digest()), compareDigest("a", "b")]);
const u = new UUID("12345678-1234-5678-1234-567812345678");
console.log(`${str(u)} ${repr(u)} ${u.hex} ${str(u.version)} ${u.urn}`);
print([eq(new UUID("{12345678123456781234567812345678}"), u), new UUID("urn:uuid:12345678-1234-5678-1234-567812345678")]);
print([uuid5(NAMESPACE_DNS, "python.org"), uuid3(NAMESPACE_URL, "http://x")]);
const r = uuid4();
print([str(r).length, r.version, r.hex.length, count(str(r), "-"), eq(r, new UUID(str(r)))]);
const ids: Map<UUID, string> = new Map([[dictKey(u), "first"]]);
console.log(getItem(ids, new UUID(u.hex)));
try {
  new UUID("not-a-uuid");
} catch (exc) {
  if (exc instanceof ValueError) {
    console.log("ValueError:", str(exc));
  } else {
    throw exc;
  }
}
