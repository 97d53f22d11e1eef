import { field, namedChildren, optionalField } from "../../parse/nodes";
import type { TypeInference, UserClass } from "../../analysis/infer";
import { T, type Param, type Signature } from "../../analysis/types";

/** Classes whose fields are declared in the body and whose constructor is generated: dataclasses and NamedTuples. */
export const isDataclass = (cls: UserClass): boolean => cls.decorators.some((d) => /^(dataclasses\.)?dataclass\b/.test(d)) || (cls.libraryBases ?? []).includes("typing.NamedTuple");

/** What calling the class takes: its (inherited) `__init__`, or the fields of a dataclass. */
export function constructorSignature(cls: UserClass, inference: TypeInference): Signature {
  const init = inference.findMethod(cls.qualifiedName, "__init__");
  if (init) return inference.signatureOf(init);
  const self: Param = { name: "self", kind: "normal", type: T.object(cls.qualifiedName), optional: false };
  if (!isDataclass(cls)) {
    // No `__init__` anywhere in the program's classes: the constructor of the library base (`Exception(*args)`).
    const inherited = libraryBaseConstructor(cls, inference);
    if (inherited) return { ...inherited, params: [self, ...inherited.params], name: cls.name };
    return { params: [self], returns: T.none, isAsync: false, name: cls.name };
  }
  return { params: [self, ...dataclassFields(cls, inference).map((f) => ({ name: f.name, kind: "normal" as const, type: f.type, optional: f.hasDefault }))], returns: T.none, isAsync: false, name: cls.name };
}

function libraryBaseConstructor(cls: UserClass, inference: TypeInference): Signature | undefined {
  for (const b of cls.bases) {
    if (b.kind !== "class") continue;
    const user = inference.userClass(b.name);
    const sig = user ? libraryBaseConstructor(user, inference) : inference.libraryConstructor(b.name);
    if (sig) return sig;
  }
  return undefined;
}

export interface DataclassField {
  readonly name: string;
  readonly type: ReturnType<TypeInference["typeOf"]>;
  readonly hasDefault: boolean;
  readonly defaultNode?: import("../../parse/parser").SyntaxNode;
}

/** A dataclass's fields in definition order, base classes' first (as `dataclasses.fields` orders them). */
export function dataclassFields(cls: UserClass, inference: TypeInference): DataclassField[] {
  const inherited = cls.bases.flatMap((b) => {
    const base = b.kind === "class" ? inference.userClass(b.name) : undefined;
    return base && isDataclass(base) ? dataclassFields(base, inference) : [];
  });
  const own: DataclassField[] = [];
  for (const stmt of namedChildren(field(cls.node, "body"))) {
    if (stmt.type !== "expression_statement") continue;
    const a = namedChildren(stmt)[0];
    if (a?.type !== "assignment") continue;
    const hint = optionalField(a, "type");
    const left = field(a, "left");
    if (!hint || left.type !== "identifier" || /ClassVar/.test(hint.text)) continue;
    const value = optionalField(a, "right") ?? undefined;
    own.push({ name: left.text, type: inference.hintType(hint), hasDefault: value !== undefined, defaultNode: value });
  }
  const merged = inherited.filter((f) => !own.some((o) => o.name === f.name));
  return [...merged, ...own];
}
