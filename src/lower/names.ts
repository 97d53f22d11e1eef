import type { Scope } from "../analysis/scope";

/** Words a TypeScript/JavaScript identifier cannot be (or must not be, in a strict ES module). */
const RESERVED = new Set(
  `break case catch class const continue debugger default delete do else enum export extends false finally for
  function if import in instanceof new null return super switch this throw true try typeof var void while with
  implements interface let package private protected public static yield await arguments eval undefined NaN
  Infinity`.split(/\s+/),
);

/**
 * JavaScript globals the output relies on; a Python variable with one of these names would shadow
 * them, so it is renamed.
 */
const GLOBALS_USED = new Set(
  `console process globalThis Promise Map Set Array Object String Number Boolean Math JSON Error Symbol Uint8Array
  URL URLSearchParams fetch setTimeout clearTimeout setImmediate queueMicrotask TextEncoder TextDecoder Headers
  Request Response AbortController AbortSignal Date RegExp Iterator AsyncIterator Reflect BigInt Record Partial
  ReadonlyArray PromiseLike Awaited ReturnType Parameters`.split(/\s+/),
);

const CLASS_MEMBER_CLASHES = new Set(["constructor", "prototype"]);

/** A parameter name the output can use for a Python name (a field, a parameter in a function type): `new` → `new_`. */
export const paramIdentifier = (name: string): string => (RESERVED.has(name) ? `${name}_` : name);

export type RenameReason = "a reserved word" | "a JavaScript global the translation uses" | "a name of the runtime";

/** Hands out output names: renames Python names that clash, and makes fresh temporaries. */
export class NameTable {
  private readonly taken: Set<string>;
  /** Names the output declares for the program: its variables' names, and the fresh names handed out. */
  private readonly declared = new Set<string>();

  constructor(
    sourceIdentifiers: Iterable<string>,
    private readonly runtimeNames: ReadonlySet<string>,
  ) {
    this.taken = new Set(sourceIdentifiers);
    for (const n of runtimeNames) this.taken.add(n);
  }

  /** Why `name` cannot be used as is in the output, if it cannot. */
  clash(name: string): RenameReason | undefined {
    if (RESERVED.has(name)) return "a reserved word";
    if (GLOBALS_USED.has(name)) return "a JavaScript global the translation uses";
    if (this.runtimeNames.has(name)) return "a name of the runtime";
    return undefined;
  }

  /** A name based on `base` that appears nowhere in the program, the runtime, or earlier fresh names. */
  fresh(base: string): string {
    let name = base;
    for (let i = 2; this.taken.has(name) || RESERVED.has(name) || GLOBALS_USED.has(name); i++) name = `${base}${i}`;
    this.taken.add(name);
    this.declared.add(name);
    return name;
  }

  /**
   * Would a name the output declares clash with one of these runtime names (that this table was not
   * told to avoid)? Then the module is lowered again, avoiding them. Names the program only uses
   * (`len(x)`, `s.join(…)`) do not clash, nor do imports and class members, which are never renamed.
   */
  clashesWith(runtime: ReadonlySet<string>): boolean {
    for (const n of runtime) if (this.declared.has(n) && !this.runtimeNames.has(n)) return true;
    return false;
  }

  runtimeName(name: string): string {
    return name;
  }

  /** Renames every symbol of the program whose name clashes; returns what was renamed. */
  renameClashes(scope: Scope, renamed: { from: string; to: string; reason: RenameReason }[] = []): typeof renamed {
    for (const sym of scope.symbols.values()) {
      // Class bodies become members, where only a few names are special.
      const reason = scope.kind === "class" ? (CLASS_MEMBER_CLASHES.has(sym.name) ? "a reserved word" : undefined) : this.clash(sym.name);
      if (!reason && scope.kind !== "class" && sym.kind !== "import") this.declared.add(sym.name);
      if (!reason || sym.kind === "import") continue;
      sym.tsName = this.fresh(`${sym.name}_`);
      renamed.push({ from: sym.name, to: sym.tsName, reason });
    }
    for (const child of scope.children) this.renameClashes(child, renamed);
    return renamed;
  }
}

/** Is `name` usable as a bare property name in an object literal or after a dot? */
export const isIdentifierName = (name: string): boolean => /^[A-Za-z_$][\w$]*$/.test(name);
