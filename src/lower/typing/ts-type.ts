import type { PyType } from "../../analysis/types";
import type { UserClass } from "../../analysis/infer";
import { paramIdentifier } from "../names";
import type { LowerContext } from "../context";

/**
 * The TypeScript type for a Python type. `unknown` where the analysis does not know (never `any`,
 * which appears only where the program said `Any`).
 */
export function tsType(t: PyType, cx: LowerContext): string {
  switch (t.kind) {
    case "int":
    case "float":
      return "number";
    case "bool":
      return "boolean";
    case "str":
      return "string";
    case "bytes":
      return "Uint8Array";
    case "none":
      return "null";
    case "list":
      return arrayOf(tsType(t.item, cx));
    case "vartuple":
      return arrayOf(tsType(t.item, cx));
    case "tuple":
      // An empty list among a tuple's items (`([], ["u"])`) is `never[]`: iterating the tuple gives the other lists' type.
      return `[${t.items.map((i) => (i.kind === "list" && i.item.kind === "never" ? "never[]" : tsType(i, cx))).join(", ")}]`;
    case "dict":
      return `Map<${tsType(t.key, cx)}, ${tsType(t.value, cx)}>`;
    case "set":
      return `Set<${tsType(t.item, cx)}>`;
    case "union": {
      const parts = [...new Set(t.types.map((m) => tsType(m, cx)))];
      return parts.map((p) => (p.includes("=>") ? `(${p})` : p)).join(" | ");
    }
    case "typevar":
      return cx.typeParams.includes(t.name) ? t.name : "unknown";
    // `typing.Any` too: values of it go through the runtime's dynamic operations, as unknown ones do.
    case "any":
    case "never":
    case "unknown":
      return "unknown";
    case "coroutine":
      return `() => Promise<${resultType(t.result, cx)}>`;
    case "asyncgen":
      return `AsyncGenerator<${tsType(t.item, cx)}, void, undefined>`;
    case "generator":
      return `Iterable<${tsType(t.item, cx)}>`;
    case "func": {
      const params = t.sig.params.map((p, i) => {
        const name = /^[A-Za-z_$][\w$]*$/.test(p.name) ? paramIdentifier(p.name) : `arg${i}`;
        // `*args` is a rest parameter only when last (see functionParts), an optional array otherwise.
        if (p.kind === "varargs") return i === t.sig.params.length - 1 ? `...${name}: ${arrayOf(tsType(p.type.kind === "vartuple" ? p.type.item : p.type, cx))}` : `${name}?: ${arrayOf(tsType(p.type.kind === "vartuple" ? p.type.item : p.type, cx))}`;
        // A parameter typed `Any` accepts anything: the bottom type, so any function fits (see userArguments).
        return `${name}${p.optional ? "?" : ""}: ${p.type.kind === "any" ? "never" : tsType(p.type, cx)}`;
      });
      const ret = resultType(t.sig.returns, cx);
      return `(${params.join(", ")}) => ${t.sig.isAsync ? `Promise<${ret}>` : ret}`;
    }
    case "object": {
      const user = cx.analysis.userClass(t.name);
      if (user?.parserCall) return namespaceType(user, cx);
      if (user) {
        const params = user.typeParams ?? [];
        return params.length ? `${cx.className(user)}<${params.map((_, i) => tsType(t.args[i] ?? { kind: "unknown" }, cx)).join(", ")}>` : cx.className(user);
      }
      const rule = cx.registry.classes.get(t.name);
      if (rule?.tsType) return rule.tsType(t.args.map((a) => resultType(a, cx)), cx);
      if (t.name === "typing.Awaitable") return `PromiseLike<${tsType(t.args[0] ?? { kind: "unknown" }, cx)}>`;
      if (t.name === "typing.Iterable") return `Iterable<${tsType(t.args[0] ?? { kind: "unknown" }, cx)}>`;
      return "unknown";
    }
    case "class": {
      const user = cx.analysis.userClass(t.name);
      if (user) return `typeof ${cx.className(user)}`;
      return "unknown";
    }
    case "module":
      return "unknown";
  }
}

/**
 * An argparse namespace: the runtime's `Namespace` (whose other attributes read as unknown) with the
 * attributes the parser's `add_argument` calls declare, typed.
 */
function namespaceType(cls: UserClass, cx: LowerContext): string {
  const fields = [...cls.fields].map(([name, t]) => `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)}: ${tsType(t, cx)}`);
  return fields.length ? `${cx.helper("Namespace")} & { ${fields.join("; ")} }` : cx.helper("Namespace");
}

/** Results of async work that are `None` are `void` in TypeScript (a `Promise<void>` from an async function). */
const resultType = (t: PyType, cx: LowerContext): string => (t.kind === "none" ? "void" : tsType(t, cx));

const arrayOf = (item: string): string => (/[|&=]/.test(item) ? `(${item})[]` : `${item}[]`);
