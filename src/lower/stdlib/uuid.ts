import { expr, Prec } from "../ir";
import type { AttrRule, RuleSet } from "../registry";
import { arg, helperCall, viaHelper } from "../rule-kit";

/** `uuid` over the runtime's `UUID` (`src/runtime/uuid.ts`): parsing, printing, random and name-based UUIDs. */
const namespace = (name: string): AttrRule => ({ type: "uuid.UUID", lower: (_o, _n, cx) => expr(cx.helper(name)) });

export const uuidRules: RuleSet = {
  modules: ["uuid"],
  calls: {
    "uuid.UUID": {
      sig: "(hex: str | None = ..., bytes: bytes | None = ...) -> uuid.UUID",
      lower: (call, cx) => {
        const bytes = arg(call, "bytes", cx);
        return expr(`new ${cx.helper("UUID")}(${arg(call, "hex", cx)?.code ?? "null"}${bytes ? `, ${bytes.code}` : ""})`, Prec.Call);
      },
    },
    "uuid.uuid4": { sig: "() -> uuid.UUID", lower: (_call, cx) => helperCall(cx, "uuid4", []) },
    "uuid.uuid3": viaHelper("(namespace: uuid.UUID, name: str | bytes) -> uuid.UUID", "uuid3", ["namespace", "name"]),
    "uuid.uuid5": viaHelper("(namespace: uuid.UUID, name: str | bytes) -> uuid.UUID", "uuid5", ["namespace", "name"]),
  },
  attrs: {
    "uuid.UUID.hex": { type: "str" },
    "uuid.UUID.urn": { type: "str" },
    "uuid.UUID.bytes": { type: "bytes" },
    "uuid.UUID.version": { type: "int | None" },
    "uuid.NAMESPACE_DNS": namespace("NAMESPACE_DNS"),
    "uuid.NAMESPACE_URL": namespace("NAMESPACE_URL"),
    "uuid.NAMESPACE_OID": namespace("NAMESPACE_OID"),
    "uuid.NAMESPACE_X500": namespace("NAMESPACE_X500"),
  },
  classes: {
    "uuid.UUID": { runtime: "UUID", hashedByValue: true, tsType: (_a, cx) => cx.helper("UUID") },
  },
};
