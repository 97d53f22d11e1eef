import type { SyntaxNode } from "../parse/parser";
import type { PyType, Signature } from "./types";

/** Argument types of one call, as the analysis sees them, for library functions whose result depends on them. */
export interface ArgTypes {
  readonly positional: readonly PyType[];
  readonly keywords: ReadonlyMap<string, PyType>;
  /** The receiver's type for a method (`list[int]` for `xs.pop()`). */
  readonly receiver?: PyType;
  /** The argument nodes, for APIs that look at literal values (`dict.get(k, None)`). */
  readonly nodes: { readonly positional: readonly SyntaxNode[]; readonly keywords: ReadonlyMap<string, SyntaxNode> };
}

export interface LibraryCallable {
  readonly sig?: Signature;
  readonly returns?: (args: ArgTypes) => PyType;
}

export interface LibraryClass {
  /** Names of the class's type parameters, in order (`asyncio.Queue[T]`). */
  readonly typeParams: readonly string[];
  /** Qualified names of the base classes (for `except ClientError` and member lookup). */
  readonly bases: readonly string[];
  /** The type `async with X() as v` / `with X() as v` gives `v`, when the class is a context manager. */
  readonly enter?: PyType;
  /** The type `await x` gives for an instance (a request context manager awaits to a response). */
  readonly awaits?: PyType;
}

/**
 * What the analysis knows about code outside the program (builtins, asyncio, aiohttp, the stdlib):
 * provided by the lowering rules, which own both the types and the translation of each API.
 */
export interface Library {
  /** A function or method by key: `asyncio.sleep`, `print`, `str.upper`, `aiohttp.ClientSession.get`. */
  callable(key: string): LibraryCallable | undefined;
  /** A non-callable attribute: `aiohttp.ClientResponse.status`, `asyncio.FIRST_COMPLETED`. */
  attribute(key: string): PyType | undefined;
  /** A class by qualified name (`aiohttp.ClientSession`, `asyncio.Queue`, `ValueError`). */
  klass(name: string): LibraryClass | undefined;
  /** Is this a module the translator knows (`asyncio`, `aiohttp`, `os`, `os.path`)? */
  isModule(name: string): boolean;
}
