// Expected values are CPython 3.11's for the same base64, hashlib, hmac, uuid and string.Template calls.
import { b16decode, b64decode, b64encode, BinasciiError, hexlify, unhexlify } from "../../src/runtime/base64";
import { compareDigest, hashConstructor, HashObject, HmacObject } from "../../src/runtime/hashlib";
import { NAMESPACE_DNS, UUID, uuid3, uuid5 } from "../../src/runtime/uuid";
import { StringTemplate } from "../../src/runtime/string-template";
import { KeyError, ValueError } from "../../src/runtime/exceptions";
import { repr } from "../../src/runtime/repr";

const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe("base64", () => {
  test("encodes and decodes as binascii does, skipping non-alphabet characters", () => {
    expect(repr(b64encode(Uint8Array.from([250, 251, 252, 253, 254, 255])))).toBe("b'+vv8/f7/'");
    expect(repr(b64decode(bytes("//79/A==")))).toBe("b'\\xff\\xfe\\xfd\\xfc'");
    expect(repr(b64decode("Y W J j"))).toBe("b'abc'");
    expect(repr(b64decode(bytes("YWJjZA==extra")))).toBe("b'abcd'");
    expect(repr(b16decode(bytes("ab"), true))).toBe("b'\\xab'");
  });

  test("hexlify and unhexlify; b16decode checks digits before length", () => {
    expect(repr(hexlify(Uint8Array.from([0, 255, 65])))).toBe("b'00ff41'");
    expect(repr(unhexlify("00fF41"))).toBe("b'\\x00\\xffA'");
    expect(() => unhexlify("abc")).toThrow(new BinasciiError("Odd-length string"));
    expect(() => b16decode(bytes("ABC"))).toThrow(new BinasciiError("Odd-length string"));
    expect(() => b16decode(bytes("ab"))).toThrow(new BinasciiError("Non-base16 digit found"));
  });

  test("bad padding is binascii.Error, a ValueError", () => {
    expect(() => b64decode(bytes("YWJ"))).toThrow(new BinasciiError("Incorrect padding"));
    expect(() => b64decode(bytes("Y"))).toThrow("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4");
    expect(new BinasciiError("x")).toBeInstanceOf(ValueError);
    expect(repr(new BinasciiError("Incorrect padding"))).toBe("Error('Incorrect padding')");
    expect(() => b64decode("é")).toThrow(new ValueError("string argument should contain only ASCII characters"));
  });
});

describe("hashlib and hmac", () => {
  test("digests, and digesting does not end the hash", () => {
    const h = new HashObject("sha256", bytes("ab"));
    expect(h.hexdigest()).toBe("fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603");
    h.update(bytes("c"));
    expect(h.hexdigest()).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(new HashObject("blake2b", bytes("")).hexdigest().slice(0, 16)).toBe("786a02f742015903");
    expect(new HashObject("sha3_256").hexdigest().slice(0, 16)).toBe("a7ffc6f8bf1ed766");
  });

  test("hmac with a name or a hashlib constructor", () => {
    const expected = "b60090e3052297aeb5a080889ce2fc4bca957e756faeb4df7d31800ca1e771ec";
    expect(new HmacObject(bytes("k"), bytes("m"), "sha256").hexdigest()).toBe(expected);
    expect(new HmacObject(bytes("k"), bytes("m"), hashConstructor("sha256")).name).toBe("hmac-sha256");
    expect(compareDigest("abc", "abc")).toBe(true);
    expect(compareDigest(bytes("abc"), bytes("ab"))).toBe(false);
  });
});

describe("uuid", () => {
  test("name-based UUIDs and parsing", () => {
    expect(uuid5(NAMESPACE_DNS, "python.org").__str__()).toBe("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    expect(uuid3(NAMESPACE_DNS, "python.org").__str__()).toBe("6fa459ea-ee8a-3ca4-894e-db77e160355e");
    expect(new UUID(null, Uint8Array.from({ length: 16 }, (_, i) => i)).__str__()).toBe("00010203-0405-0607-0809-0a0b0c0d0e0f");
    expect(() => new UUID("xyz")).toThrow(new ValueError("badly formed hexadecimal UUID string"));
  });
});

describe("string.Template", () => {
  test("substitute and safe_substitute", () => {
    const t = new StringTemplate("a $x ${y}z $$ $");
    expect(t.safe_substitute(null, { x: 1 })).toBe("a 1 ${y}z $ $");
    expect(() => t.substitute(null, { x: 1, y: 2 })).toThrow(new ValueError("Invalid placeholder in string: line 1, col 15"));
    expect(() => new StringTemplate("ab\ncd $1").substitute()).toThrow(new ValueError("Invalid placeholder in string: line 2, col 4"));
    expect(() => new StringTemplate("$who").substitute(new Map([["a", 1]]))).toThrow(KeyError);
  });
});
