import { T, declaredUnion, union, type Param, type ParamKind, type PyType, type Signature } from "./types";

/**
 * Python type expressions, from two sources: annotations in the program (tree-sitter nodes, converted
 * by `hints.ts`) and the library stubs written as text (`"(delay: float, result: T = ...) -> Coroutine[T]"`).
 * Both meet here as a small tree that `toPyType` resolves.
 */
export interface TypeExpr {
  /** A dotted name, `|` for a union, `...` for an ellipsis, or a quoted literal (`'GET'`, `3`). */
  readonly name: string;
  readonly args: readonly TypeExpr[];
}

export function parseTypeText(text: string): TypeExpr {
  const p = new TypeTextParser(text);
  const t = p.union();
  p.expectEnd();
  return t;
}

/** Parses `(a: int, /, b: str = ..., *args: T, c: bool = ..., **kw: V) -> R` (the stub notation). */
export function parseSignatureText(text: string, resolve: (name: string) => PyType | undefined, isAsync = false, name?: string): Signature {
  const p = new TypeTextParser(text);
  const params: Param[] = [];
  p.take("(");
  let kind: ParamKind = "normal";
  while (!p.peekIs(")")) {
    if (p.peekIs("/")) {
      p.take("/");
      for (let i = 0; i < params.length; i++) params[i] = { ...params[i]!, kind: "positional" };
    } else if (p.peekIs("**")) {
      p.take("**");
      params.push(p.param("kwargs", resolve));
    } else if (p.peekIs("*")) {
      p.take("*");
      if (p.peekIs(",") || p.peekIs(")")) kind = "keyword";
      else {
        params.push(p.param("varargs", resolve));
        kind = "keyword";
      }
    } else params.push(p.param(kind, resolve));
    if (!p.peekIs(")")) p.take(",");
  }
  p.take(")");
  let returns = T.none;
  if (p.peekIs("->")) {
    p.take("->");
    returns = toPyType(p.union(), resolve);
  }
  p.expectEnd();
  return { params, returns, isAsync, name };
}

class TypeTextParser {
  private pos = 0;
  constructor(private readonly src: string) {}

  private skip(): void {
    while (this.pos < this.src.length && this.src[this.pos] === " ") this.pos++;
  }
  peekIs(token: string): boolean {
    this.skip();
    return this.src.startsWith(token, this.pos);
  }
  take(token: string): void {
    if (!this.peekIs(token)) throw new Error(`expected '${token}' at ${this.pos} in '${this.src}'`);
    this.pos += token.length;
  }
  expectEnd(): void {
    this.skip();
    if (this.pos !== this.src.length) throw new Error(`unexpected text at ${this.pos} in '${this.src}'`);
  }
  param(kind: ParamKind, resolve: (name: string) => PyType | undefined): Param {
    const name = this.word();
    let type: PyType = T.unknown;
    if (this.peekIs(":")) {
      this.take(":");
      type = toPyType(this.union(), resolve);
    }
    let optional = kind === "varargs" || kind === "kwargs";
    if (this.peekIs("=")) {
      this.take("=");
      this.take("...");
      optional = true;
    }
    return { name, kind, type, optional };
  }
  private word(): string {
    this.skip();
    const m = /^[A-Za-z_][\w.]*|^\.\.\.|^'[^']*'|^-?\d+/.exec(this.src.slice(this.pos));
    if (!m) throw new Error(`expected a name at ${this.pos} in '${this.src}'`);
    this.pos += m[0].length;
    return m[0];
  }
  union(): TypeExpr {
    const members = [this.atom()];
    while (this.peekIs("|")) {
      this.take("|");
      members.push(this.atom());
    }
    return members.length === 1 ? members[0]! : { name: "|", args: members };
  }
  private atom(): TypeExpr {
    if (this.peekIs("[")) {
      // A bare list of types: the parameter list of Callable[[A, B], R].
      this.take("[");
      const args = this.list("]");
      return { name: "[]", args };
    }
    const name = this.word();
    if (this.peekIs("[")) {
      this.take("[");
      return { name, args: this.list("]") };
    }
    return { name, args: [] };
  }
  private list(close: string): TypeExpr[] {
    const args: TypeExpr[] = [];
    while (!this.peekIs(close)) {
      args.push(this.union());
      if (!this.peekIs(close)) this.take(",");
    }
    this.take(close);
    return args;
  }
}

const ALIASES: Record<string, string> = {
  "typing.List": "list",
  "typing.Dict": "dict",
  "typing.Set": "set",
  "typing.FrozenSet": "set",
  frozenset: "set",
  "typing.Tuple": "tuple",
  "typing.Optional": "Optional",
  "typing.Union": "Union",
  "typing.Any": "Any",
  "typing.Coroutine": "Coroutine",
  "collections.abc.Coroutine": "Coroutine",
  "typing.Awaitable": "Awaitable",
  "collections.abc.Awaitable": "Awaitable",
  "typing.Iterable": "Iterable",
  "collections.abc.Iterable": "Iterable",
  "typing.Iterator": "Iterator",
  "collections.abc.Iterator": "Iterator",
  "typing.Sequence": "list",
  "collections.abc.Sequence": "list",
  "typing.MutableSequence": "list",
  "typing.Mapping": "dict",
  "collections.abc.Mapping": "dict",
  "typing.MutableMapping": "dict",
  "typing.AsyncIterator": "AsyncIterator",
  "typing.AsyncIterable": "AsyncIterator",
  "typing.AsyncGenerator": "AsyncIterator",
  "collections.abc.AsyncIterator": "AsyncIterator",
  "collections.abc.AsyncIterable": "AsyncIterator",
  "collections.abc.AsyncGenerator": "AsyncIterator",
  "typing.Generator": "Iterator",
  "collections.abc.Generator": "Iterator",
  "typing.Callable": "Callable",
  "collections.abc.Callable": "Callable",
  "typing.Literal": "Literal",
  "typing.Final": "Final",
  "typing.ClassVar": "Final",
  ClassVar: "Final",
  "typing.Type": "type",
  NoneType: "None",
};

/**
 * Resolves a type expression. `resolve` maps a (possibly local) name to a type; names it does not
 * know are looked up among the builtin types here. Unknown names become `unknown`, never `any`.
 */
export function toPyType(te: TypeExpr, resolve: (name: string) => PyType | undefined): PyType {
  const args = te.args;
  const arg = (i: number): PyType => (args[i] ? toPyType(args[i]!, resolve) : T.unknown);
  if (te.name === "|") return declaredUnion(...args.map((a) => toPyType(a, resolve)));
  if (te.name.startsWith("'") || /^-?\d/.test(te.name)) return te.name.startsWith("'") ? T.str : T.int;
  const resolved = resolve(te.name);
  if (resolved && resolved.kind !== "class") return args.length && resolved.kind === "object" ? T.object(resolved.name, ...args.map((_, i) => arg(i))) : resolved;
  const name = resolved?.kind === "class" ? resolved.name : te.name;
  switch (ALIASES[name] ?? name) {
    case "int":
      return T.int;
    case "float":
      return T.float;
    case "bool":
      return T.bool;
    case "str":
      return T.str;
    case "bytes":
    case "bytearray":
      return T.bytes;
    case "None":
      return T.none;
    case "object":
      return T.unknown;
    case "Any":
      return T.any;
    case "list":
      return T.list(arg(0));
    case "set":
      return T.set(arg(0));
    case "dict":
      return T.dict(arg(0), arg(1));
    case "tuple":
      if (args.length === 2 && args[1]!.name === "...") return T.vartuple(arg(0));
      if (args.length === 0) return T.vartuple(T.unknown);
      return T.tuple(...args.map((_, i) => arg(i)));
    case "Optional":
      return T.optional(arg(0));
    case "Union":
      return declaredUnion(...args.map((_, i) => arg(i)));
    case "Coroutine":
      return T.coroutine(args.length >= 3 ? arg(2) : arg(0));
    case "Awaitable":
      return T.object("typing.Awaitable", arg(0));
    case "Iterable":
      return T.object("typing.Iterable", arg(0));
    case "Iterator":
      return T.generator(arg(0));
    case "AsyncIterator":
      return T.asyncgen(arg(0));
    case "Literal":
      return union(...args.map((_, i) => arg(i)));
    case "Final":
      return args.length ? arg(0) : T.unknown;
    case "type":
      return args[0] ? classOf(arg(0)) : T.unknown;
    case "Callable": {
      const paramList = args[0];
      const params =
        paramList && paramList.name === "[]"
          ? paramList.args.map((a, i) => ({ name: `arg${i}`, kind: "positional" as const, type: toPyType(a, resolve), optional: false }))
          : [{ name: "args", kind: "varargs" as const, type: T.unknown, optional: true }];
      return T.func({ params, returns: arg(1), isAsync: false });
    }
    default:
      if (/^[A-Z]$/.test(name)) return T.typevar(name);
      return resolved ?? T.unknown;
  }
}

function classOf(t: PyType): PyType {
  return t.kind === "object" ? T.class(t.name) : T.unknown;
}
