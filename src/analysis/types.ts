/**
 * Static Python types as the analysis sees them. They decide what TypeScript type a value gets and,
 * as importantly, how it prints: `print(2.0)` shows `2.0`, `print((1,))` shows `(1,)`, and a list's
 * truthiness is its length. `unknown` means "decided at run time by a helper", never a guess.
 */
export type PyType =
  | { readonly kind: "int" }
  /**
   * `eitherKind`: a number that is an int in some runs of a slot and a float in others (a parameter
   * called with `2` and with `2.5`, a `float` parameter given an int): it computes as a float, and
   * prints as the value says (`2` or `2.5`), as CPython's value would.
   */
  | { readonly kind: "float"; readonly eitherKind?: true }
  | { readonly kind: "bool" }
  | { readonly kind: "str" }
  | { readonly kind: "bytes" }
  | { readonly kind: "none" }
  | { readonly kind: "list"; readonly item: PyType }
  | { readonly kind: "tuple"; readonly items: readonly PyType[] }
  | { readonly kind: "vartuple"; readonly item: PyType }
  | { readonly kind: "dict"; readonly key: PyType; readonly value: PyType }
  | { readonly kind: "set"; readonly item: PyType }
  | { readonly kind: "union"; readonly types: readonly PyType[] }
  /** Known only at run time: operations go through helpers with Python's semantics. */
  | { readonly kind: "unknown" }
  /** The program said `Any`: the one place `any` appears in the output. */
  | { readonly kind: "any" }
  /** No evidence yet (the items of `[]` before anything is appended). */
  | { readonly kind: "never" }
  | { readonly kind: "func"; readonly sig: Signature }
  /** A coroutine object that has not been awaited yet: a thunk `() => Promise<T>` in the output. */
  | { readonly kind: "coroutine"; readonly result: PyType }
  /** An async iterator (async generator object). */
  | { readonly kind: "asyncgen"; readonly item: PyType }
  | { readonly kind: "generator"; readonly item: PyType }
  /** An instance of a library or user class, by qualified name (`asyncio.Task`, `aiohttp.ClientResponse`, `__main__.Point`). */
  | { readonly kind: "object"; readonly name: string; readonly args: readonly PyType[] }
  /** The class object itself (what `ClientSession` or `Point` evaluates to). */
  | { readonly kind: "class"; readonly name: string }
  | { readonly kind: "module"; readonly name: string }
  /** A type variable in a library signature or a generic user definition. */
  | { readonly kind: "typevar"; readonly name: string };

export type ParamKind = "positional" | "normal" | "keyword" | "varargs" | "kwargs";

export interface Param {
  readonly name: string;
  readonly kind: ParamKind;
  readonly type: PyType;
  readonly optional: boolean;
}

export interface Signature {
  readonly params: readonly Param[];
  readonly returns: PyType;
  readonly isAsync: boolean;
  /** Qualified name of the function, when it is a known definition (`__main__.fetch`, `asyncio.sleep`). */
  readonly name?: string;
}

export const T = {
  int: { kind: "int" } as PyType,
  float: { kind: "float" } as PyType,
  /** An int or a float, told apart at run time by the value (see `eitherKind`). */
  number: { kind: "float", eitherKind: true } as PyType,
  bool: { kind: "bool" } as PyType,
  str: { kind: "str" } as PyType,
  bytes: { kind: "bytes" } as PyType,
  none: { kind: "none" } as PyType,
  unknown: { kind: "unknown" } as PyType,
  any: { kind: "any" } as PyType,
  never: { kind: "never" } as PyType,
  list: (item: PyType): PyType => ({ kind: "list", item }),
  tuple: (...items: PyType[]): PyType => ({ kind: "tuple", items }),
  vartuple: (item: PyType): PyType => ({ kind: "vartuple", item }),
  dict: (key: PyType, value: PyType): PyType => ({ kind: "dict", key, value }),
  set: (item: PyType): PyType => ({ kind: "set", item }),
  coroutine: (result: PyType): PyType => ({ kind: "coroutine", result }),
  asyncgen: (item: PyType): PyType => ({ kind: "asyncgen", item }),
  generator: (item: PyType): PyType => ({ kind: "generator", item }),
  object: (name: string, ...args: PyType[]): PyType => ({ kind: "object", name, args }),
  class: (name: string): PyType => ({ kind: "class", name }),
  module: (name: string): PyType => ({ kind: "module", name }),
  func: (sig: Signature): PyType => ({ kind: "func", sig }),
  typevar: (name: string): PyType => ({ kind: "typevar", name }),
  optional: (t: PyType): PyType => union(t, T.none),
};

/**
 * Equal as `typeKey` tells types apart, compared in place: joins and evidence compare types all the
 * time, and making both keys allocated two strings per comparison.
 */
export function typeEquals(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind || !sameHead(a, b)) return false;
  // The component types (`childrenOf`), compared without making lists of them.
  if (holdsItem(a)) return typeEquals(a.item, (b as typeof a).item);
  switch (a.kind) {
    case "tuple":
      return sameTypes(a.items, (b as typeof a).items);
    case "dict":
      return typeEquals(a.key, (b as typeof a).key) && typeEquals(a.value, (b as typeof a).value);
    case "union":
      return sameTypes(a.types, (b as typeof a).types);
    case "coroutine":
      return typeEquals(a.result, (b as typeof a).result);
    case "object":
      return sameTypes(a.args, (b as typeof a).args);
    case "func": {
      const y = (b as typeof a).sig;
      // sameHead compared the number of parameters.
      return a.sig.params.every((p, i) => typeEquals(p.type, y.params[i]!.type)) && typeEquals(a.sig.returns, y.returns);
    }
    default:
      return true;
  }
}

/** What `typeKey` shows of a type besides its component types, for two types of one kind. */
function sameHead(a: PyType, b: PyType): boolean {
  switch (a.kind) {
    case "object":
    case "class":
    case "module":
    case "typevar":
      return a.name === (b as typeof a).name;
    case "float":
      return !a.eitherKind === !(b as typeof a).eitherKind;
    case "func": {
      const x = a.sig;
      const y = (b as typeof a).sig;
      return (x.name ?? "") === (y.name ?? "") && !x.isAsync === !y.isAsync && x.params.length === y.params.length && x.params.every((p, i) => p.kind === y.params[i]!.kind && p.name === y.params[i]!.name);
    }
    default:
      return true;
  }
}

/** Are two lists of types equal, item by item? */
export function sameTypes(a: readonly PyType[], b: readonly PyType[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!typeEquals(a[i]!, b[i]!)) return false;
  return true;
}

/** A canonical text for a type, used for equality and for de-duplicating union members. */
export function typeKey(t: PyType): string {
  if (holdsItem(t)) return `${t.kind}[${typeKey(t.item)}]`;
  switch (t.kind) {
    case "tuple":
      return `tuple[${t.items.map(typeKey).join(",")}]`;
    case "dict":
      return `dict[${typeKey(t.key)},${typeKey(t.value)}]`;
    case "union":
      return `union[${t.types.map(typeKey).join("|")}]`;
    case "coroutine":
      return `coroutine[${typeKey(t.result)}]`;
    case "object":
      return t.args.length ? `${t.name}[${t.args.map(typeKey).join(",")}]` : t.name;
    case "class":
      return `class ${t.name}`;
    case "module":
      return `module ${t.name}`;
    case "typevar":
      return `~${t.name}`;
    case "float":
      return t.eitherKind ? "int|float" : "float";
    case "func":
      return `func ${t.sig.name ?? ""}(${t.sig.params.map((p) => `${p.kind}:${p.name}:${typeKey(p.type)}`).join(",")})->${typeKey(t.sig.returns)}${t.sig.isAsync ? " async" : ""}`;
    default:
      return t.kind;
  }
}

/**
 * The join of two types, as a variable assigned both gets. `int | float` is `float` (Python's numeric
 * tower, and both are `number`); `never` is the identity; anything with `unknown` stays `unknown`.
 */
export function union(...types: PyType[]): PyType {
  return unionOf(types, "tower");
}

/**
 * The join of what flows into one slot from independent places (the arguments of a parameter's call
 * sites, its default): ints and floats there make a number of either kind, not a float, because each
 * value keeps its own kind at run time (`f(2)` and `f(2.5)`).
 */
export function joinFlows(...types: PyType[]): PyType {
  return unionOf(types, "flows");
}

/**
 * A union as the program wrote it (`int | float`): both stay, so printing decides at run time,
 * where a value inferred as "int or float" (an accumulator) is a float.
 */
export function declaredUnion(...types: PyType[]): PyType {
  return unionOf(types, "declared");
}

/** The types that hold one item type: containers of one kind of item, generators. */
type ItemHolder = Extract<PyType, { readonly item: PyType }>;

/** Does the type hold one item type (`list[int]`, `AsyncGenerator[str]`)? */
function holdsItem(t: PyType): t is ItemHolder {
  switch (t.kind) {
    case "list":
    case "set":
    case "vartuple":
    case "asyncgen":
    case "generator":
      return true;
    default:
      return false;
  }
}

/** Adds a type (each member of a union) to the members of a union being made. */
function addMember(members: PyType[], t: PyType, numeric: NumericJoin): void {
  if (t.kind === "never") return;
  if (t.kind === "union") {
    for (const m of t.types) addMember(members, m, numeric);
    return;
  }
  for (const m of members) if (typeEquals(m, t)) return;
  // Same container kinds merge item-wise: list[never] | list[int] is list[int].
  for (let j = 0; j < members.length; j++) {
    if (mergeable(members[j]!, t)) {
      members[j] = merge(members[j]!, t, numeric);
      return;
    }
  }
  members.push(t);
}

/** How ints and floats join: the numeric tower (`float`), per value (`flows`) or as written (`declared`). */
type NumericJoin = "tower" | "flows" | "declared";

function unionOf(types: readonly PyType[], numeric: NumericJoin): PyType {
  const members: PyType[] = [];
  for (const t of types) addMember(members, t, numeric);
  if (members.some((m) => m.kind === "unknown" || m.kind === "any")) {
    return members.find((m) => m.kind === "any") ?? T.unknown;
  }
  // Only a number (or None) widens to float: in `str | int | float` (a mixed dict literal) the ints
  // stay ints, so printing decides at run time rather than showing `8080.0`.
  const numericOnly = members.every((m) => m.kind === "int" || m.kind === "float" || m.kind === "none");
  if (numeric !== "declared" && numericOnly && members.filter((m) => m.kind === "int" || m.kind === "float").length > 1) {
    // A number of either kind stays one; ints joined with floats widen to float along the tower, or
    // to either kind for independent flows.
    const either = numeric === "flows" || members.some(isEitherKind);
    const number = either ? T.number : T.float;
    return unionOf([number, ...members.filter((m) => m.kind === "none")], numeric);
  }
  if (members.length === 0) return T.never;
  if (members.length === 1) return bounded(members[0]!);
  // Types learned from the program (a method returning a method of its own class) can grow with
  // every inference pass: too wide or too deep is "known only at run time".
  if (members.length > MAX_UNION) return T.unknown;
  return bounded({ kind: "union", types: members });
}

const MAX_UNION = 16;
const MAX_DEPTH = 8;

function bounded(t: PyType): PyType {
  return depthOf(t, MAX_DEPTH + 1) > MAX_DEPTH ? truncate(t, MAX_DEPTH) : t;
}

/** Nesting depth of a type, counting no further than `limit`. */
function depthOf(t: PyType, limit: number): number {
  if (limit <= 0) return 0;
  const children = childrenOf(t);
  let deepest = 0;
  for (const c of children) deepest = Math.max(deepest, depthOf(c, limit - 1));
  return 1 + deepest;
}

const NO_TYPES: readonly PyType[] = [];

function childrenOf(t: PyType): readonly PyType[] {
  if (holdsItem(t)) return [t.item];
  switch (t.kind) {
    case "tuple":
      return t.items;
    case "dict":
      return [t.key, t.value];
    case "union":
      return t.types;
    case "coroutine":
      return [t.result];
    case "object":
      return t.args;
    case "func":
      return [...t.sig.params.map((p) => p.type), t.sig.returns];
    default:
      return NO_TYPES;
  }
}

function truncate(t: PyType, depth: number): PyType {
  if (depth <= 0) return T.unknown;
  const d = (c: PyType): PyType => truncate(c, depth - 1);
  if (holdsItem(t)) return { kind: t.kind, item: d(t.item) };
  switch (t.kind) {
    case "tuple":
      return { kind: "tuple", items: t.items.map(d) };
    case "dict":
      return { kind: "dict", key: d(t.key), value: d(t.value) };
    case "union":
      return { kind: "union", types: t.types.map(d) };
    case "coroutine":
      return { kind: "coroutine", result: d(t.result) };
    case "object":
      return { kind: "object", name: t.name, args: t.args.map(d) };
    case "func":
      return { kind: "func", sig: { ...t.sig, params: t.sig.params.map((p) => ({ ...p, type: d(p.type) })), returns: d(t.sig.returns) } };
    default:
      return t;
  }
}

function mergeable(a: PyType, b: PyType): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "list":
    case "set":
    case "vartuple":
    case "dict":
    case "coroutine":
    case "asyncgen":
    case "generator":
      return true;
    case "tuple":
      return b.kind === "tuple" && a.items.length === b.items.length;
    case "object":
      // `ExceptionGroup` written bare and `ExceptionGroup[E]` are one class: the bare form has nothing to add.
      return b.kind === "object" && a.name === b.name && (a.args.length === b.args.length || a.args.length === 0 || b.args.length === 0);
    case "func":
      // Callbacks taking the same parameters (`lambda: 1` and `lambda: "x"` for one `fn`) are one
      // callable type returning either; different parameters stay a union.
      return (
        b.kind === "func" &&
        a.sig.isAsync === b.sig.isAsync &&
        a.sig.params.length === b.sig.params.length &&
        a.sig.params.every((p, i) => p.kind === b.sig.params[i]!.kind && typeEquals(p.type, b.sig.params[i]!.type))
      );
    default:
      return false;
  }
}

function merge(a: PyType, b: PyType, numeric: NumericJoin): PyType {
  const join = (x: PyType, y: PyType): PyType => unionOf([x, y], numeric);
  if (holdsItem(a)) return { kind: a.kind, item: join(a.item, (b as typeof a).item) };
  switch (a.kind) {
    case "dict":
      return T.dict(join(a.key, (b as typeof a).key), join(a.value, (b as typeof a).value));
    case "coroutine":
      return T.coroutine(join(a.result, (b as typeof a).result));
    case "tuple":
      return T.tuple(...a.items.map((t, i) => join(t, (b as typeof a).items[i]!)));
    case "object": {
      const other = b as typeof a;
      if (a.args.length === 0) return other;
      if (other.args.length === 0) return a;
      return T.object(a.name, ...a.args.map((t, i) => join(t, other.args[i]!)));
    }
    case "func":
      return T.func({ ...a.sig, name: a.sig.name === (b as typeof a).sig.name ? a.sig.name : undefined, returns: union(a.sig.returns, (b as typeof a).sig.returns) });
    default:
      return a;
  }
}

/**
 * What a slot the program declared holds, given the values that flow into it: `float` admits ints
 * (PEP 484's numeric tower) and they stay ints at run time, so a `float` slot is a float only when
 * nothing but floats flows in (or nothing is known to), else a number of either kind. Floats inside
 * declared containers likewise (`list[float]` given `[1, 2]`).
 */
export function declaredWithFlows(declared: PyType, flows: readonly PyType[]): PyType {
  const given = flows.filter((f) => f.kind !== "never");
  if (given.length === 0) return declared;
  switch (declared.kind) {
    case "float": {
      const values = given.flatMap((f) => (f.kind === "union" ? f.types : [f])).filter((f) => f.kind !== "none");
      return values.every(isKnownFloat) ? declared : T.number;
    }
    case "list":
    case "set":
    case "vartuple":
      return { kind: declared.kind, item: declaredWithFlows(declared.item, given.map(iterItem)) };
    case "dict":
      return T.dict(declared.key, declaredWithFlows(declared.value, given.map((f) => (f.kind === "dict" ? f.value : T.unknown))));
    case "tuple":
      return T.tuple(...declared.items.map((item, i) => declaredWithFlows(item, given.map((f) => (f.kind === "tuple" ? (f.items[i] ?? T.unknown) : iterItem(f))))));
    case "union": {
      // Each member takes the flows of its own kind (`Optional[float]` given 3 or None).
      const members = given.flatMap((f) => (f.kind === "union" ? f.types : [f]));
      const family = (m: PyType): PyType[] =>
        members.filter((f) => f.kind === m.kind || f.kind === "unknown" || f.kind === "any" || (m.kind === "float" && (f.kind === "int" || f.kind === "bool")));
      return declaredUnion(...declared.types.map((m) => declaredWithFlows(m, family(m))));
    }
    default:
      return declared;
  }
}

/** Removes `None` from a union (what remains after `if x is not None`). */
export function withoutNone(t: PyType): PyType {
  if (t.kind !== "union") return t.kind === "none" ? T.never : t;
  return union(...t.types.filter((m) => m.kind !== "none"));
}

/** A number of either kind (see `eitherKind`). */
export const isEitherKind = (t: PyType): boolean => t.kind === "float" && t.eitherKind === true;
/** A float for certain: a float literal, `/`, `float()`, arithmetic with one. */
export const isKnownFloat = (t: PyType): boolean => t.kind === "float" && t.eitherKind !== true;

export const isOptional = (t: PyType): boolean => t.kind === "none" || (t.kind === "union" && t.types.some((m) => m.kind === "none"));
export const isNumeric = (t: PyType): boolean => t.kind === "int" || t.kind === "float" || t.kind === "bool";
export const isIntLike = (t: PyType): boolean => t.kind === "int" || t.kind === "bool";
/** A `slice(…)` object, which subscripts slice with (`xs[s]`). */
export const isSliceObject = (t: PyType): boolean => t.kind === "object" && t.name === "slice";
export const isKnown = (t: PyType): boolean => t.kind !== "unknown" && t.kind !== "any" && t.kind !== "never";

/** The item type when iterating over a value of type `t` (`for x in t`), or unknown. */
export function iterItem(t: PyType): PyType {
  switch (t.kind) {
    case "list":
    case "set":
    case "vartuple":
    case "generator":
      return t.item;
    case "tuple":
      return union(...t.items);
    case "dict":
      return t.key;
    case "str":
      return T.str;
    case "bytes":
      return T.int;
    case "object":
      if (t.name === "range") return T.int;
      return t.args[0] ?? T.unknown;
    case "union":
      return union(...t.types.filter((m) => m.kind !== "none").map(iterItem));
    case "never":
      // Nothing known yet (a variable still being inferred): nothing to say about its items either.
      return T.never;
    default:
      return T.unknown;
  }
}

/** Does the type contain anything whose printing needs a static hint (floats, tuples)? */
export function needsPrintShape(t: PyType): boolean {
  switch (t.kind) {
    case "float":
      return !t.eitherKind;
    case "tuple":
    case "vartuple":
      return true;
    case "list":
    case "set":
      return needsPrintShape(t.item);
    case "dict":
      return needsPrintShape(t.key) || needsPrintShape(t.value);
    case "union":
      return t.types.some(needsPrintShape);
    default:
      return false;
  }
}

/**
 * The compact shape text the runtime's `str`/`repr` take for values whose JS form loses information:
 * `f` float, `(i,f)` tuple, `(f...)` tuple[float, ...], `[f]` list, `{s:f}` dict, `{f}` set, `?` decided at run time.
 */
export function printShape(t: PyType): string {
  switch (t.kind) {
    case "float":
      return t.eitherKind ? "?" : "f";
    case "tuple":
      return `(${t.items.map(printShape).join(",")})`;
    case "vartuple":
      return `(${printShape(t.item)}...)`;
    case "list":
      return `[${printShape(t.item)}]`;
    case "set":
      return `{${printShape(t.item)}}`;
    case "dict":
      return `{${printShape(t.key)}:${printShape(t.value)}}`;
    case "union":
      return unionShape(t.types.filter((m) => m.kind !== "none"));
    default:
      return "?";
  }
}

/**
 * A union's shape: `<f|(?,?)>` lists one alternative per JS kind (number, array, Map, Set), which the
 * runtime picks by the value's kind. A kind whose members print differently and cannot be told apart
 * at run time (int or float; a list or a tuple) gets no alternative: such a value is decided at run time.
 */
function unionShape(members: readonly PyType[]): string {
  const shapes = [...new Set(members.map(printShape))];
  if (shapes.length === 1) return shapes[0]!;
  if (members.some((m) => m.kind === "typevar")) return "?";
  const byKind = new Map<string, PyType[]>();
  for (const m of members) {
    const kind = runtimeKind(m);
    if (kind !== undefined) byKind.set(kind, [...(byKind.get(kind) ?? []), m]);
  }
  const alts: string[] = [];
  for (const [kind, group] of byKind) {
    // A list of ints prints the same way with or without a shape.
    if (!group.some(needsPrintShape)) continue;
    const groupShapes = [...new Set(group.map(printShape))];
    if (groupShapes.length === 1) {
      if (groupShapes[0] !== "?") alts.push(groupShapes[0]!);
      continue;
    }
    if (kind === "array" && arraysToldApart(group)) alts.push(...group.map(printShape));
  }
  if (alts.length === 0) return "?";
  // One alternative stands alone only when every value is of its kind: a list's shape would
  // otherwise be applied to a dict's values (`[1, 2]` printed `[1.0, 2.0]` by the shape `{s:f}`).
  return alts.length === 1 && byKind.size === 1 ? alts[0]! : `<${alts.join("|")}>`;
}

/** Arrays of several shapes are told apart at run time only when all are tuples of distinct lengths. */
function arraysToldApart(arrays: readonly PyType[]): boolean {
  if (new Set(arrays.map(printShape)).size <= 1) return true;
  const lengths = arrays.map((m) => (m.kind === "tuple" ? m.items.length : -1));
  return !lengths.includes(-1) && new Set(lengths).size === lengths.length;
}

/**
 * Does the shape of `t` lose that some of its values are tuples (`list[int] | tuple[int]`, `[]` or
 * `()`)? Then such a tuple carries the mark itself (the runtime's `markTuple`), as it is made.
 */
export function losesTuples(t: PyType): boolean {
  if (t.kind !== "union") return false;
  const arrays = t.types.filter((m) => runtimeKind(m) === "array");
  return arrays.some((m) => m.kind === "tuple" || m.kind === "vartuple") && !arraysToldApart(arrays);
}

/** The JS kind of a value of a type, for the types whose printing needs a shape. */
function runtimeKind(t: PyType): string | undefined {
  switch (t.kind) {
    case "int":
    case "float":
      return "number";
    case "list":
    case "tuple":
    case "vartuple":
      return "array";
    case "dict":
      return "map";
    case "set":
      return "set";
    default:
      return undefined;
  }
}

/** Short Python-like display text, for diagnostics and tests. */
export function displayType(t: PyType): string {
  switch (t.kind) {
    case "list":
      return `list[${displayType(t.item)}]`;
    case "set":
      return `set[${displayType(t.item)}]`;
    case "vartuple":
      return `tuple[${displayType(t.item)}, ...]`;
    case "tuple":
      return `tuple[${t.items.map(displayType).join(", ")}]`;
    case "dict":
      return `dict[${displayType(t.key)}, ${displayType(t.value)}]`;
    case "union":
      return t.types.map(displayType).join(" | ");
    case "coroutine":
      return `Coroutine[${displayType(t.result)}]`;
    case "asyncgen":
      return `AsyncGenerator[${displayType(t.item)}]`;
    case "generator":
      return `Generator[${displayType(t.item)}]`;
    case "object":
      return t.args.length ? `${t.name}[${t.args.map(displayType).join(", ")}]` : t.name;
    case "class":
      return `type[${t.name}]`;
    case "module":
      return `module ${t.name}`;
    case "func":
      return `(${t.sig.params.map((p) => `${p.name}: ${displayType(p.type)}`).join(", ")}) -> ${displayType(t.sig.returns)}`;
    case "none":
      return "None";
    case "typevar":
      return t.name;
    case "float":
      return t.eitherKind ? "int | float" : "float";
    default:
      return t.kind;
  }
}

/** The type variables a type mentions (`list[T]` → T; inside a callable's parameters and result too), added to `out`. */
export function typeVariablesOf(t: PyType, out: Set<string>): Set<string> {
  if (t.kind === "typevar") out.add(t.name);
  for (const c of childrenOf(t)) typeVariablesOf(c, out);
  return out;
}
