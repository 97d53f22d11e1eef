import { expr, Prec } from "../ir";
import type { ClassRule, ExprRule, RuleSet } from "../registry";
import { arg, helperCall, runtimeMethod as method, viaHelper } from "../rule-kit";

/**
 * `hashlib` and `hmac` over the runtime's port (`src/runtime/hashlib.ts`, on `node:crypto`).
 * `hashlib.sha256` used as a value (an HMAC `digestmod`) is a constructor that knows its algorithm.
 */
const ALGORITHMS = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s"];

const constructorValue =
  (name: string): ExprRule =>
  (_node, cx) =>
    helperCall(cx, "hashConstructor", [JSON.stringify(name)]);

const runtimeClass = (runtime: string): ClassRule => ({ runtime, tsType: (_a, cx) => cx.helper(runtime) });

export const hashlibRules: RuleSet = {
  modules: ["hashlib", "hmac"],
  calls: {
    ...Object.fromEntries(
      ALGORITHMS.map((name) => [
        `hashlib.${name}`,
        {
          sig: "(data: bytes = ..., *, usedforsecurity: bool = ...) -> hashlib.HASH",
          lower: (call, cx) => {
            const data = arg(call, "data", cx);
            return expr(`new ${cx.helper("HashObject")}(${JSON.stringify(name)}${data ? `, ${data.code}` : ""})`, Prec.Call);
          },
        },
      ]),
    ),
    "hashlib.new": viaHelper("(name: str, data: bytes = ..., *, usedforsecurity: bool = ...) -> hashlib.HASH", "hashNew", ["name", "data"]),
    "hashlib.HASH.update": method("update", "(data: bytes, /) -> None", ["data"]),
    "hashlib.HASH.digest": method("digest", "() -> bytes"),
    "hashlib.HASH.hexdigest": method("hexdigest", "() -> str"),
    "hashlib.HASH.copy": method("copy", "() -> hashlib.HASH"),

    "hmac.new": {
      sig: "(key: bytes, msg: bytes | None = ..., digestmod: object = ...) -> hmac.HMAC",
      lower: (call, cx) => expr(`new ${cx.helper("HmacObject")}(${arg(call, "key", cx)!.code}, ${arg(call, "msg", cx)?.code ?? "null"}, ${arg(call, "digestmod", cx)?.code ?? '""'})`, Prec.Call),
    },
    "hmac.digest": viaHelper("(key: bytes, msg: bytes, digest: object) -> bytes", "hmacDigest", ["key", "msg", "digest"]),
    "hmac.compare_digest": viaHelper("(a: bytes | str, b: bytes | str, /) -> bool", "compareDigest", ["a", "b"]),
    "hmac.HMAC.update": method("update", "(msg: bytes, /) -> None", ["msg"]),
    "hmac.HMAC.digest": method("digest", "() -> bytes"),
    "hmac.HMAC.hexdigest": method("hexdigest", "() -> str"),
  },
  values: Object.fromEntries(ALGORITHMS.map((name) => [`hashlib.${name}`, constructorValue(name)])),
  attrs: {
    ...Object.fromEntries(["hashlib.HASH", "hmac.HMAC"].flatMap((c) => [`${c}.digest_size`, `${c}.block_size`].map((k) => [k, { type: "int" }]))),
    "hashlib.HASH.name": { type: "str" },
    "hmac.HMAC.name": { type: "str" },
  },
  classes: {
    "hashlib.HASH": runtimeClass("HashObject"),
    "hmac.HMAC": runtimeClass("HmacObject"),
  },
};
