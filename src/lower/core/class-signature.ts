import { field, namedChildren, optionalField } from "../../parse/nodes";
import { hasDecorator, type TypeInference, type UserClass } from "../../analysis/infer";
import type { SyntaxNode } from "../../parse/parser";
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
  /** `field(repr=False)`: left out of the generated `__repr__`. */
  readonly repr: boolean;
  /** `field(compare=False)`: left out of the generated `__eq__` and ordering. */
  readonly compare: boolean;
}

/** A `field(...)` option given as a literal `False`. */
function fieldOptionFalse(value: SyntaxNode | undefined, option: string): boolean {
  if (value?.type !== "call" || !/^(dataclasses\.)?field$/.test(field(value, "function").text)) return false;
  return namedChildren(field(value, "arguments")).some((a) => a.type === "keyword_argument" && field(a, "name").text === option && field(a, "value").type === "false");
}

/** A dataclass's fields in definition order, base classes' first (as `dataclasses.fields` orders them). */
export function dataclassFields(cls: UserClass, inference: TypeInference): DataclassField[] {
  const spec = cls.namedTuple;
  if (spec) {
    // `namedtuple("P", "x y", defaults=[0])`: the defaults belong to the last fields.
    const firstDefault = spec.fields.length - spec.defaults.length;
    return spec.fields.map((name, i) => ({ name, type: cls.fields.get(name) ?? T.unknown, hasDefault: i >= firstDefault, defaultNode: spec.defaults[i - firstDefault], repr: true, compare: true }));
  }
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
    // The field as the analysis types it: a `float` field given ints holds numbers of either kind.
    own.push({ name: left.text, type: cls.fields.get(left.text) ?? inference.hintType(hint), hasDefault: value !== undefined, defaultNode: value, repr: !fieldOptionFalse(value, "repr"), compare: !fieldOptionFalse(value, "compare") });
  }
  const merged = inherited.filter((f) => !own.some((o) => o.name === f.name));
  return [...merged, ...own];
}

const isAbstractDef = (def: SyntaxNode): boolean => hasDecorator(def, "abstractmethod") || hasDecorator(def, "abc.abstractmethod");

/** Does abstractness count for this class: an `abc.ABC` subclass, or a class whose metaclass is `ABCMeta`? */
function usesAbcMeta(cls: UserClass, inference: TypeInference): boolean {
  if (inference.isSubclass(cls.qualifiedName, "abc.ABC")) return true;
  if (/metaclass\s*=\s*(abc\.)?ABCMeta\b/.test(optionalField(cls.node, "superclasses")?.text ?? "")) return true;
  return cls.bases.some((b) => {
    const base = b.kind === "class" ? inference.userClass(b.name) : undefined;
    return base !== undefined && usesAbcMeta(base, inference);
  });
}

/**
 * The methods still abstract in a class (sorted, as CPython lists them when it refuses to
 * instantiate it): declared with `@abstractmethod` in the class or a base, and not overridden.
 */
export function abstractMethods(cls: UserClass, inference: TypeInference): string[] {
  if (!usesAbcMeta(cls, inference)) return [];
  const names = new Set<string>();
  const visit = (c: UserClass): void => {
    for (const [name, def] of c.methods) if (isAbstractDef(def)) names.add(name);
    for (const b of c.bases) {
      const base = b.kind === "class" ? inference.userClass(b.name) : undefined;
      if (base) visit(base);
    }
  };
  visit(cls);
  // The first class along the bases that defines the name decides (a plain attribute overrides too).
  const stillAbstract = (c: UserClass, name: string): boolean => {
    const def = c.methods.get(name);
    if (def) return isAbstractDef(def);
    if (c.classAttrs.has(name) || c.fields.has(name)) return false;
    return c.bases.some((b) => {
      const base = b.kind === "class" ? inference.userClass(b.name) : undefined;
      return base !== undefined && stillAbstract(base, name);
    });
  };
  return [...names].filter((n) => stillAbstract(cls, n)).sort();
}

/** A body that only declares (`...`, `pass`, a docstring): an interface's method, with nothing to run. */
export function isStubBody(def: SyntaxNode): boolean {
  return namedChildren(field(def, "body")).every((s) => {
    if (s.type === "pass_statement" || s.type === "comment") return true;
    const e = s.type === "expression_statement" ? namedChildren(s)[0] : undefined;
    return e?.type === "ellipsis" || e?.type === "string";
  });
}

/**
 * Is the method `abstract` in TypeScript: a stub that subclasses must implement, in an abstract base
 * class or a Protocol? (An abstract method with a real body stays a method, callable through `super`.)
 */
export function isAbstractStub(def: SyntaxNode, cls: UserClass, inference: TypeInference): boolean {
  if (!isStubBody(def)) return false;
  return (isAbstractDef(def) && usesAbcMeta(cls, inference)) || inference.isSubclass(cls.qualifiedName, "typing.Protocol");
}
