import type { SyntaxNode } from "../../parse/parser";
import { field, hasAsyncKeyword, namedChildren, optionalField, paramNameNode, unparen } from "../../parse/nodes";
import { Msg } from "../../diagnostics/messages";
import { hasDecorator, type UserClass } from "../../analysis/infer";
import { needsPrintShape, printShape, T, typeEquals } from "../../analysis/types";
import type { LowerContext } from "../context";
import { block, expr, line, Prec, wrap, type Expr, type Stmt } from "../ir";
import type { RuleSet } from "../registry";
import { functionParts, type FunctionParts } from "./functions";
import { paramIdentifier } from "../names";
import { abstractMethods, dataclassFields, isAbstractStub, isDataclass } from "./class-signature";
import { docstringOf, jsDoc } from "./docstrings";
import { jsString } from "./string-literals";

const SUPPORTED_DECORATORS = /^(dataclass|dataclasses\.dataclass)(\(.*\))?$/s;

/**
 * A class: fields declared with their types (from dataclass annotations and `self.x = …` in methods),
 * class attributes as `static` members, `__init__` as the constructor, methods, properties, static
 * and class methods. Dataclasses get the generated constructor, `__repr__` and `__eq__` Python gives them.
 */
function classDefinition(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const cls = cx.analysis.classOfNode(node);
  if (!cls) return [line(`${cx.unsupported(node, "This class").code};`)];
  const name = cx.className(cls);
  const decorators = cls.decorators;
  for (const d of decorators) if (!SUPPORTED_DECORATORS.test(d)) cx.report(node.parent ?? node, Msg.unsupportedConstruct, { construct: `The class decorator '@${d}'` });
  const supers = optionalField(node, "superclasses");
  // Typing-only bases (`Generic[T]`, `Protocol`, `ABC`, `NamedTuple`, `TypedDict`) have no class in the output.
  const allBases = supers ? namedChildren(supers).filter((b) => b.type !== "keyword_argument") : [];
  const bases = allBases.filter((b) => !TYPING_BASES.has(cx.analysis.qualifiedName(unparen(b).type === "subscript" ? field(unparen(b), "value") : b) ?? ""));
  if (bases.length > 1) cx.report(supers!, Msg.unsupportedConstruct, { construct: "A class with several base classes" });
  const kind = classKind(cls, cx);
  if (kind === "typeddict") return typedDictInterface(cls, name, cx);
  const typeParams = genericParams(allBases, cx);
  cx.typeParams.push(...typeParams);
  try {
    return classBody(node, cls, name, bases, typeParams, kind, cx);
  } finally {
    cx.typeParams.splice(cx.typeParams.length - typeParams.length, typeParams.length);
  }
}

function classBody(node: SyntaxNode, cls: UserClass, name: string, bases: SyntaxNode[], typeParams: string[], kind: ClassKind, cx: LowerContext): Stmt[] {
  const heritage =
    kind === "enum"
      ? enumHeritage(cls, bases, cx)
      : bases.length > 0 && !isObject(bases[0]!, cx)
        ? ` extends ${cx.expr(bases[0]!).code}`
        : kind === "namedtuple"
          ? ` extends ${cx.helper("NamedTuple")}`
          : "";
  const members: Stmt[] = [];
  const enumValues = new Map<string, string>();
  let lastEnumInt = 0;
  const body = field(node, "body");
  const dataclass = isDataclass(cls) || kind === "namedtuple";
  const initDef = cls.methods.get("__init__");

  // Fields.
  const assignedInInit = initDef ? topLevelSelfAssignments(initDef) : new Set<string>();
  const fields = dataclass ? dataclassFields(cls, cx.analysis).filter((f) => ownField(cls, f.name)) : [];
  const fieldNames = new Set<string>();
  const frozen = kind === "namedtuple" || cls.decorators.some((d) => /frozen\s*=\s*True/.test(d));
  for (const f of fields) {
    members.push(line(`${frozen ? "readonly " : ""}${cx.memberName(f.name)}: ${cx.tsType(f.type)};`));
    fieldNames.add(f.name);
  }
  for (const [fname, ftype] of cls.fields) {
    if (fieldNames.has(fname) || inheritedField(cls, fname, cx)) continue;
    const definite = assignedInInit.has(fname) ? "" : "!";
    members.push(line(`${cx.memberName(fname)}${definite}: ${cx.tsType(ftype)};`));
  }

  // Class attributes and methods, in source order.
  for (const stmt of namedChildren(body)) {
    const def = stmt.type === "decorated_definition" ? field(stmt, "definition") : stmt;
    if (def.type === "function_definition") {
      members.push(...method(def, cx, cls, heritage !== ""));
      continue;
    }
    if (stmt.type === "expression_statement") {
      const a = namedChildren(stmt)[0];
      if (a?.type === "assignment" && field(a, "left").type === "identifier") {
        const attr = field(a, "left").text;
        const value = optionalField(a, "right");
        if (!value || fieldNames.has(attr) || (dataclass && optionalField(a, "type"))) continue;
        if (kind === "enum") {
          // `auto()` is the last int value plus one (a StrEnum's is the lower-cased name); a value an
          // earlier member has makes an alias of that member, as in Python.
          const isAuto = unparen(value).type === "call" && cx.analysis.qualifiedName(field(unparen(value), "function")) === "enum.auto";
          const code = isAuto ? (cx.analysis.isSubclass(cls.qualifiedName, "enum.StrEnum") ? JSON.stringify(attr.toLowerCase()) : String(lastEnumInt + 1)) : cx.expr(value).code;
          if (/^-?\d+$/.test(code)) lastEnumInt = Number(code);
          const original = /^(-?[\d.]+|"[^"]*")$/.test(code) ? enumValues.get(code) : undefined;
          if (original) members.push(line(`static readonly ${cx.memberName(attr)} = ${name}.${cx.memberName(original)};`));
          else members.push(line(`static readonly ${cx.memberName(attr)} = new ${name}(${JSON.stringify(attr)}, ${code});`));
          if (!original) enumValues.set(code, attr);
          continue;
        }
        // `names: ClassVar[list[str]] = []`, or `names = []` filled by `self.names.append(n)`: the declared
        // or learned type (TypeScript would infer `never[]`).
        const typed = cls.classAttrs.get(attr);
        const declared = optionalField(a, "type") || (typed && !typeEquals(typed, cx.typeOf(value))) ? typed : undefined;
        members.push(line(declared ? `static ${cx.memberName(attr)}: ${cx.tsType(declared)} = ${cx.coerce(value, declared).code};` : `static ${cx.memberName(attr)} = ${cx.expr(value).code};`));
        continue;
      }
      if (docstringOf(body)?.node.id === stmt.id) continue;
    }
    if (stmt.type === "pass_statement" || stmt.type === "comment") continue;
    if (stmt.type === "class_definition" || stmt.type === "decorated_definition") {
      cx.report(stmt, Msg.unsupportedConstruct, { construct: "A class nested in a class" });
      continue;
    }
    if (stmt.type !== "expression_statement" || namedChildren(stmt)[0]?.type !== "string") {
      cx.report(stmt, Msg.unsupportedConstruct, { construct: "This statement in a class body" });
    }
  }
  if (kind === "namedtuple") members.push(fieldList(cls, cx));
  if (dataclass) members.push(...dataclassMembers(cls, fields.length > 0 || !initDef, frozen, kind === "namedtuple", cx));
  // `__iter__`/`__aiter__` make the object iterable for `for … of` / `for await … of` too.
  const self = T.object(cls.qualifiedName, ...typeParams.map((p) => T.typevar(p)));
  if (cls.methods.has("__iter__") && kind !== "namedtuple") {
    members.push(block(`[Symbol.iterator](): Iterator<${cx.tsType(cx.analysis.iterItemOf(self))}>`, [line(`return ${cx.helper("iter")}(this.__iter__());`)]));
  }
  if (cls.methods.has("__aiter__")) {
    members.push(block(`[Symbol.asyncIterator](): AsyncIterator<${cx.tsType(cx.analysis.asyncIterItemOf(self))}>`, [line(`return ${cx.helper("asyncIterFromPy")}(this.__aiter__());`)]));
  }
  const doc = docstringOf(body);
  const generic = typeParams.length ? `<${typeParams.join(", ")}>` : "";
  const extendsEnum = heritage;
  // A class Python refuses to instantiate, or with stub methods its subclasses implement.
  const abstract = abstractMethods(cls, cx.analysis).length > 0 || [...cls.methods.values()].some((m) => isAbstractStub(m, cls, cx.analysis)) ? "abstract " : "";
  return [...(doc ? jsDoc(doc.text) : []), block(`${cx.exportPrefix(node)}${abstract}class ${name}${generic}${extendsEnum}`, members)];
}

const isObject = (node: SyntaxNode, cx: LowerContext): boolean => cx.analysis.qualifiedName(node) === "object";

/** An enum extends the runtime's `Enum<V>` (V: its members' values), `IntEnum` or `StrEnum`, or a program enum. */
function enumHeritage(cls: UserClass, bases: SyntaxNode[], cx: LowerContext): string {
  const classOf = (b: SyntaxNode): string | undefined => {
    const t = cx.typeOf(b);
    return t.kind === "class" ? t.name : undefined;
  };
  const base = bases.find((b) => cx.analysis.isSubclass(classOf(b) ?? "", "enum.Enum"));
  const q = base ? classOf(base) : undefined;
  if (q === "enum.IntEnum") return ` extends ${cx.helper("IntEnum")}`;
  if (q === "enum.StrEnum") return ` extends ${cx.helper("StrEnum")}`;
  if (base && q !== "enum.Enum") return ` extends ${cx.expr(base).code}`;
  return ` extends ${cx.helper("Enum")}<${cx.tsType(cls.enumValue ?? T.unknown)}>`;
}

const TYPING_BASES = new Set(["typing.Generic", "typing.Protocol", "abc.ABC", "typing.NamedTuple", "typing.TypedDict", "object"]);

type ClassKind = "plain" | "enum" | "namedtuple" | "typeddict";

function classKind(cls: UserClass, cx: LowerContext): ClassKind {
  if (cx.analysis.isSubclass(cls.qualifiedName, "enum.Enum")) return "enum";
  if (cx.analysis.isSubclass(cls.qualifiedName, "typing.NamedTuple")) return "namedtuple";
  if (cx.analysis.isSubclass(cls.qualifiedName, "typing.TypedDict")) return "typeddict";
  return "plain";
}

/** `class Box(Generic[T])` → `class Box<T>`. */
function genericParams(bases: SyntaxNode[], cx: LowerContext): string[] {
  for (const b of bases) {
    const n = unparen(b);
    if (n.type !== "subscript" || cx.analysis.qualifiedName(field(n, "value")) !== "typing.Generic") continue;
    return n.childrenForFieldName("subscript").flatMap((s) => (s.type === "tuple" ? namedChildren(s) : [s])).map((s) => s.text);
  }
  return [];
}

/** A TypedDict is a TypeScript interface; its values are plain objects in the output. */
function typedDictInterface(cls: UserClass, name: string, cx: LowerContext): Stmt[] {
  const total = !/total\s*=\s*False/.test(optionalField(cls.node, "superclasses")?.text ?? "");
  const members = [...cls.fields].map(([f, t]) => line(`${f}${total ? "" : "?"}: ${cx.tsType(t)};`));
  return [block(`${cx.exportPrefix(cls.node)}interface ${name}`, members)];
}

/**
 * A named tuple extends the runtime's `NamedTuple`, which makes it a tuple (indexing, `len`, unpacking,
 * equality and order with tuples, `_replace`, `_asdict`, `_make`) from the fields listed here.
 */
function fieldList(cls: UserClass, cx: LowerContext): Stmt {
  return line(`static override readonly _fields = [${dataclassFields(cls, cx.analysis).map((f) => jsString(f.name)).join(", ")}];`);
}

/** `Point = namedtuple("Point", "x y")` → `class Point extends NamedTuple { … }`, fields typed by what the program gives them. */
export function namedTupleClass(cls: UserClass, statement: SyntaxNode, cx: LowerContext): Stmt[] {
  const fields = dataclassFields(cls, cx.analysis).map((f) => line(`readonly ${cx.memberName(f.name)}: ${cx.tsType(f.type)};`));
  const members = [...fields, fieldList(cls, cx), ...dataclassMembers(cls, true, true, true, cx)];
  return [block(`${cx.exportPrefix(statement)}class ${cx.className(cls)} extends ${cx.helper("NamedTuple")}`, members)];
}

function ownField(cls: UserClass, name: string): boolean {
  if (cls.namedTuple) return true;
  return namedChildren(field(cls.node, "body")).some((s) => s.type === "expression_statement" && namedChildren(s)[0]?.type === "assignment" && field(namedChildren(s)[0]!, "left").text === name);
}

function inheritedField(cls: UserClass, name: string, cx: LowerContext): boolean {
  return cls.bases.some((b) => {
    if (b.kind !== "class") return false;
    const base = cx.analysis.userClass(b.name);
    return base ? base.fields.has(name) || inheritedField(base, name, cx) : false;
  });
}

/** `self.x = …` statements directly in `__init__`'s body (definitely assigned, for TypeScript's checks). */
function topLevelSelfAssignments(init: SyntaxNode): Set<string> {
  const out = new Set<string>();
  const self = namedChildren(field(init, "parameters"))[0]?.text;
  // Those before `super().__init__()` are staged, then copied (see beforeSuper): TypeScript cannot tell.
  for (const stmt of namedChildren(field(init, "body")).slice(Math.max(0, superInitIndex(init)))) {
    const a = stmt.type === "expression_statement" ? namedChildren(stmt)[0] : undefined;
    if (a?.type !== "assignment") continue;
    const left = field(a, "left");
    if (left.type === "attribute" && field(left, "object").text === self) out.add(field(left, "attribute").text);
  }
  return out;
}

/** `derived`: the class extends another class in the output (its constructor must call `super`). */
function method(def: SyntaxNode, cx: LowerContext, cls: UserClass, derived = false): Stmt[] {
  const pyName = field(def, "name").text;
  const isStatic = hasDecorator(def, "staticmethod");
  const isClassMethod = hasDecorator(def, "classmethod");
  const isProperty = hasDecorator(def, "property");
  const setterOf = decoratorSetter(def);
  const decorators = def.parent?.type === "decorated_definition" ? namedChildren(def.parent).filter((d) => d.type === "decorator") : [];
  for (const d of decorators) {
    const text = d.text.replace(/^@\s*/, "");
    if (!/^(staticmethod|classmethod|property|\w+\.setter|abstractmethod|abc\.abstractmethod)$/.test(text)) {
      cx.report(d, Msg.unsupportedConstruct, { construct: `The decorator '@${text}'` });
    }
  }
  const selfName = isStatic ? undefined : "this";
  // A mutable default is evaluated once, when the class body runs: a static field of the class.
  const early = pyName === "__init__" && derived ? beforeSuper(def, cls, cx) : undefined;
  const lowerParts = (): FunctionParts => functionParts(def, cx, { name: pyName, selfName, sharedOwner: `${cx.className(cls)}.` });
  const parts = early ? cx.withOverrides(early.overrides, lowerParts) : lowerParts();
  const scope = cx.analysis.scopeOf(def);
  const star = scope?.isGenerator ? "*" : "";
  const memberName = pyName === "__init__" ? "constructor" : cx.memberName(pyName);
  if (pyName !== "__init__" && !isStatic && !isClassMethod && isAbstractStub(def, cls, cx.analysis)) {
    // Declared only: Python's body is `...`; subclasses provide the method (TypeScript allows no `async` here).
    const head = isProperty ? `get ${memberName}(): ${parts.returnType}` : setterOf ? `set ${memberName}(${parts.params})` : `${memberName}(${parts.params}): ${parts.returnType}`;
    return [...parts.doc, line(`abstract ${head};`)];
  }
  const body = parts.body;
  if (pyName === "__init__") return [...parts.before, ...parts.doc, block(`constructor(${parts.params})`, derived ? derivedConstructorBody(body, cls, early, cx) : body)];
  if (isProperty) return [...parts.before, ...parts.doc, block(`get ${memberName}(): ${parts.returnType}`, body)];
  if (setterOf) return [...parts.before, ...parts.doc, block(`set ${memberName}(${parts.params})`, body)];
  const prefix = isStatic || isClassMethod ? "static " : "";
  return [...parts.before, ...parts.doc, block(`${prefix}${hasAsyncKeyword(def) ? "async " : ""}${star}${memberName}(${parts.params}): ${parts.returnType}`, body)];
}

interface EarlyFields {
  /** The object `self.x = …` writes to until `super()` has run. */
  readonly name: string;
  readonly overrides: Map<number, { readonly expr: Expr }>;
}

/** The top-level `super().__init__(…)` statement of an `__init__`. */
function superInitIndex(init: SyntaxNode): number {
  return namedChildren(field(init, "body")).findIndex((stmt) => {
    const call = stmt.type === "expression_statement" ? unparen(namedChildren(stmt)[0]!) : undefined;
    const callee = call?.type === "call" ? unparen(field(call, "function")) : undefined;
    if (callee?.type !== "attribute" || field(callee, "attribute").text !== "__init__") return false;
    const object = unparen(field(callee, "object"));
    return object.type === "call" && field(object, "function").text === "super";
  });
}

/**
 * Python may set `self.x` before `super().__init__()`; JavaScript has no `this` before `super()`.
 * Those writes go to a staging object copied onto the instance right after `super()`: the same
 * result, unless the base class itself reads or sets those attributes (reported).
 */
function beforeSuper(init: SyntaxNode, cls: UserClass, cx: LowerContext): EarlyFields | undefined {
  const at = superInitIndex(init);
  if (at <= 0) return undefined;
  const self = namedChildren(field(init, "parameters"))[0];
  const selfNode = self ? paramNameNode(self) : undefined;
  const selfSym = selfNode ? cx.symbolOf(selfNode) : undefined;
  if (!selfSym) return undefined;
  const stmts = namedChildren(field(init, "body")).slice(0, at);
  const uses = selfSym.references.filter((r) => stmts.some((s) => r.startIndex >= s.startIndex && r.endIndex <= s.endIndex));
  if (uses.length === 0) return undefined;
  const name = cx.names.fresh("early");
  const overrides = new Map<number, { readonly expr: Expr }>();
  for (const use of uses) {
    const parent = use.parent;
    const attr = parent?.type === "attribute" && field(parent, "object").id === use.id ? field(parent, "attribute").text : undefined;
    if (!attr || cx.analysis.findMethod(cls.qualifiedName, attr) || baseUses(cls, attr, cx)) {
      cx.report(parent ?? use, Msg.unsupportedConstruct, { construct: `Using '${use.text}' this way before 'super().__init__()'` });
      continue;
    }
    overrides.set(use.id, { expr: expr(name) });
  }
  return { name, overrides };
}

/** Does a base class of the program mention `self.<attr>` (so that it could see the staged value)? */
function baseUses(cls: UserClass, attr: string, cx: LowerContext): boolean {
  return cls.bases.some((b) => {
    const base = b.kind === "class" ? cx.analysis.userClass(b.name) : undefined;
    if (!base) return false;
    const mentions = [...base.methods.values()].some((m) => new RegExp(`\\.${attr}\\b`).test(field(m, "body").text));
    return mentions || base.fields.has(attr) || baseUses(base, attr, cx);
  });
}

/**
 * A derived class's constructor must call `super()` before using `this`. When Python's `__init__`
 * never calls the base's, the base has nothing to skip if it has no `__init__` of the program: it
 * is constructed with no arguments, or, for exceptions, with the call's arguments (Python's
 * `BaseException.__new__` sets `args` from them whatever `__init__` does).
 */
function derivedConstructorBody(body: Stmt[], cls: UserClass, early: EarlyFields | undefined, cx: LowerContext): Stmt[] {
  const superAt = body.findIndex((s) => s.kind === "line" && s.text.startsWith("super("));
  if (superAt >= 0) {
    if (!early) return body;
    const staged = line(`const ${early.name}: Partial<${cx.className(cls)}${cls.typeParams?.length ? `<${cls.typeParams.join(", ")}>` : ""}> = {};`);
    return [staged, ...body.slice(0, superAt + 1), line(`Object.assign(this, ${early.name});`), ...body.slice(superAt + 1)];
  }
  if (body.some((s) => JSON.stringify(s).includes("super("))) return body;
  const base = cls.bases.find((b) => b.kind === "class");
  if (base && base.kind === "class" && cx.analysis.findMethod(base.name, "__init__")) {
    cx.report(field(cls.node, "name"), Msg.unsupportedConstruct, { construct: "A subclass '__init__' that does not call the base class's '__init__'" });
    return body;
  }
  const exception = base !== undefined && base.kind === "class" && cx.analysis.isSubclass(base.name, "BaseException");
  return [line(exception ? "super(...arguments);" : "super();"), ...body];
}

function decoratorSetter(def: SyntaxNode): boolean {
  if (def.parent?.type !== "decorated_definition") return false;
  return namedChildren(def.parent).some((d) => d.type === "decorator" && /^@\s*\w+\.setter$/.test(d.text));
}

/**
 * A dataclass's generated members: the constructor (unless written by hand), `__repr__`, `__eq__`.
 * A named tuple's constructor calls its base's; its equality is a tuple's (from the base).
 */
function dataclassMembers(cls: UserClass, generateInit: boolean, frozen: boolean, namedTuple: boolean, cx: LowerContext): Stmt[] {
  const all = dataclassFields(cls, cx.analysis);
  const out: Stmt[] = [];
  const options = cls.decorators.find((d) => /^(dataclasses\.)?dataclass/.test(d)) ?? "";
  if (generateInit && !cls.methods.has("__init__")) {
    const params = all.map((f) => `${paramIdentifier(f.name)}: ${cx.tsType(f.type)}${f.defaultNode ? ` = ${defaultValue(f.defaultNode, cx)}` : ""}`);
    const inherited = all.filter((f) => !ownField(cls, f.name));
    const superCall = cls.bases.some((b) => b.kind === "class" && cx.analysis.userClass(b.name)) ? [line(`super(${inherited.map((f) => paramIdentifier(f.name)).join(", ")});`)] : namedTuple ? [line("super();")] : [];
    const assigns = all.filter((f) => ownField(cls, f.name)).map((f) => line(`this.${cx.memberName(f.name)} = ${paramIdentifier(f.name)};`));
    const post = cls.methods.has("__post_init__") ? [line("this.__post_init__();")] : [];
    const freeze = frozen ? [line("Object.freeze(this);")] : [];
    out.push(block(`constructor(${params.join(", ")})`, [...superCall, ...assigns, ...post, ...freeze]));
  }
  if (!cls.methods.has("__repr__") && !/repr\s*=\s*False/.test(options)) {
    const parts = all.filter((f) => f.repr).map((f) => `${f.name}=\${${cx.helper("repr")}(this.${cx.memberName(f.name)}${needsPrintShape(f.type) ? `, ${jsString(printShape(f.type))}` : ""})}`);
    out.push(block("__repr__(): string", [line(`return \`${cls.name}(${parts.join(", ")})\`;`)]));
  }
  if (/order\s*=\s*True/.test(options)) {
    // `order=True`: fields compared as a tuple, in order.
    const tuple = (obj: string): string => `[${all.filter((f) => f.compare).map((f) => `${obj}.${cx.memberName(f.name)}`).join(", ")}]`;
    for (const [op, helper] of [["__lt__", "lt"], ["__le__", "le"], ["__gt__", "gt"], ["__ge__", "ge"]] as const) {
      out.push(block(`${op}(other: ${cx.className(cls)}): boolean`, [line(`return ${cx.helper(helper)}(${tuple("this")}, ${tuple("other")});`)]));
    }
  }
  if (!namedTuple && !cls.methods.has("__eq__") && !/eq\s*=\s*False/.test(options)) {
    const checks = all.filter((f) => f.compare).map((f) => `${cx.helper("eq")}(this.${cx.memberName(f.name)}, other.${cx.memberName(f.name)})`);
    out.push(block("__eq__(other: unknown): boolean", [line(`return other instanceof ${cx.className(cls)} && other.constructor === this.constructor${checks.length ? ` && ${checks.join(" && ")}` : ""};`)]));
  }
  return out;
}

/** `field(default_factory=list)` → `[]`; `field(default=x)` → `x`; otherwise the value itself. */
function defaultValue(node: SyntaxNode, cx: LowerContext): string {
  const n = unparen(node);
  if (n.type === "call" && /^(dataclasses\.)?field$/.test(field(n, "function").text)) {
    for (const a of namedChildren(field(n, "arguments"))) {
      if (a.type !== "keyword_argument") continue;
      const k = field(a, "name").text;
      const v = field(a, "value");
      if (k === "default") return cx.expr(v).code;
      if (k === "default_factory") {
        const q = cx.analysis.qualifiedName(v);
        if (q === "list") return "[]";
        if (q === "dict") return "new Map()";
        if (q === "set") return "new Set()";
        return `${wrap(cx.expr(v), Prec.Call)}()`;
      }
    }
  }
  return cx.expr(node).code;
}

export const classRules: RuleSet = {
  statements: { class_definition: classDefinition },
};
