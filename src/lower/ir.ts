/**
 * What lowering produces: TypeScript expressions as text with their precedence (so parentheses are
 * added only where needed) and statements as a small tree the printer indents.
 */

/** JavaScript operator precedence, higher binds tighter. */
export enum Prec {
  Comma = 1,
  Assign = 2,
  Conditional = 3,
  Or = 4,
  And = 5,
  BitOr = 6,
  BitXor = 7,
  BitAnd = 8,
  Equality = 9,
  Relational = 10,
  Shift = 11,
  Additive = 12,
  Multiplicative = 13,
  Exponent = 14,
  Unary = 15,
  Postfix = 17,
  Call = 18,
  Primary = 20,
}

export interface Expr {
  readonly code: string;
  readonly prec: Prec;
}

export const expr = (code: string, prec: Prec = Prec.Primary): Expr => ({ code, prec });

/** The expression's text, parenthesised if it binds looser than `min`. */
export const wrap = (e: Expr, min: Prec): string => (e.prec < min ? `(${e.code})` : e.code);

export const call = (callee: string | Expr, args: readonly (string | Expr)[]): Expr =>
  expr(`${typeof callee === "string" ? callee : wrap(callee, Prec.Call)}(${args.map(text).join(", ")})`, Prec.Call);

export const member = (object: Expr, name: string): Expr => {
  // `1.toString()` does not parse; a numeric literal needs parentheses before a dot.
  const base = /^\d+$/.test(object.code) ? `(${object.code})` : wrap(object, Prec.Call);
  return expr(`${base}.${name}`, Prec.Call);
};

export const binary = (left: Expr, op: string, right: Expr, prec: Prec, rightAssoc = false): Expr =>
  expr(`${wrap(left, rightAssoc ? prec + 1 : prec)} ${op} ${wrap(right, rightAssoc ? prec : prec + 1)}`, prec);

export const text = (e: string | Expr): string => (typeof e === "string" ? e : e.code);

export type Stmt =
  /** One complete statement on one line, semicolon included. */
  | { readonly kind: "line"; readonly text: string; readonly comment?: string }
  /** `head {` … `}` */
  | { readonly kind: "block"; readonly head: string; readonly body: readonly Stmt[]; readonly tail?: string; readonly comment?: string }
  /** `if (…) {…} else if (…) {…} else {…}`, `try {…} catch (e) {…} finally {…}` */
  | { readonly kind: "chain"; readonly parts: readonly { readonly head: string; readonly body: readonly Stmt[] }[] }
  | { readonly kind: "comment"; readonly text: string }
  | { readonly kind: "blank" }
  /** Several lines printed as they are (after re-indentation). */
  | { readonly kind: "raw"; readonly text: string };

export const line = (text: string, comment?: string): Stmt => ({ kind: "line", text, comment });
export const block = (head: string, body: readonly Stmt[], tail?: string): Stmt => ({ kind: "block", head, body, tail });
export const chain = (...parts: { head: string; body: readonly Stmt[] }[]): Stmt => ({ kind: "chain", parts });
export const comment = (text: string): Stmt => ({ kind: "comment", text });
export const blank: Stmt = { kind: "blank" };
