import type { RuleSet } from "../registry";
import { viaHelper } from "../rule-kit";

/** `base64` and `binascii` over the runtime's encoders (`src/runtime/base64.ts`); bad input raises `binascii.Error` as in CPython. */
export const base64Rules: RuleSet = {
  modules: ["base64", "binascii"],
  calls: {
    "base64.b64encode": viaHelper("(s: bytes, altchars: bytes | None = ...) -> bytes", "b64encode", ["s", "altchars"]),
    "base64.b64decode": viaHelper("(s: bytes | str, altchars: bytes | str | None = ..., validate: bool = ...) -> bytes", "b64decode", ["s", "altchars", "validate"]),
    "base64.standard_b64encode": viaHelper("(s: bytes, /) -> bytes", "b64encode", ["s"]),
    "base64.standard_b64decode": viaHelper("(s: bytes | str, /) -> bytes", "b64decode", ["s"]),
    "base64.urlsafe_b64encode": viaHelper("(s: bytes, /) -> bytes", "urlsafeB64encode", ["s"]),
    "base64.urlsafe_b64decode": viaHelper("(s: bytes | str, /) -> bytes", "urlsafeB64decode", ["s"]),
    "base64.b16encode": viaHelper("(s: bytes, /) -> bytes", "b16encode", ["s"]),
    "base64.b16decode": viaHelper("(s: bytes | str, casefold: bool = ...) -> bytes", "b16decode", ["s", "casefold"]),
    "binascii.hexlify": viaHelper("(data: bytes, /) -> bytes", "hexlify", ["data"]),
    "binascii.b2a_hex": viaHelper("(data: bytes, /) -> bytes", "hexlify", ["data"]),
    "binascii.unhexlify": viaHelper("(hexstr: bytes | str, /) -> bytes", "unhexlify", ["hexstr"]),
    "binascii.a2b_hex": viaHelper("(hexstr: bytes | str, /) -> bytes", "unhexlify", ["hexstr"]),
  },
  classes: {
    "binascii.Error": { bases: ["ValueError"], runtime: "BinasciiError", tsType: (_a, cx) => cx.helper("BinasciiError") },
  },
};
