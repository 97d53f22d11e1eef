import type { SyntaxNode } from "../../parse/parser";
import type { PyType } from "../../analysis/types";
import type { LowerContext } from "../context";
import { Prec } from "../ir";

/**
 * Does a dict key or set member of this type need the runtime's `dictKey`? A `Map` compares arrays
 * and objects by identity, where Python compares tuples by value and objects by `__hash__`/`__eq__`.
 */
export function needsHashing(t: PyType, cx: LowerContext): boolean {
  switch (t.kind) {
    case "tuple":
    case "vartuple":
      return true;
    case "union":
      return t.types.some((m) => needsHashing(m, cx));
    case "object": {
      const cls = cx.analysis.userClass(t.name);
      if (!cls) return cx.registry.classes.get(t.name)?.hashedByValue === true;
      if (cx.analysis.findMethod(t.name, "__hash__")) return true;
      return cls.decorators.some((d) => /\b(frozen|unsafe_hash)\s*=\s*True/.test(d)) || (cls.libraryBases ?? []).includes("typing.NamedTuple");
    }
    default:
      return false;
  }
}

/** A dict key or set member as TypeScript: through `dictKey` when its type needs hashing. */
export function hashedKey(node: SyntaxNode, cx: LowerContext, keyType: PyType = cx.typeOf(node)): string {
  if (!needsHashing(keyType, cx)) return cx.text(node, Prec.Assign);
  return `${cx.helper("dictKey")}(${cx.text(node, Prec.Assign)})`;
}
