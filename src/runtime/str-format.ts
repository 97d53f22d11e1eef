/**
 * Python's `str.format`, ported from CPython 3.11's Objects/stringlib/unicode_format.h so that parsing
 * order and error messages match.
 */
import { AttributeError, IndexError, KeyError, TypeError, ValueError } from "./exceptions";
import { exceedsSsizeMax, formatWithShape } from "./format-spec";
import { ANY_SHAPE, escapeNonAscii, parseShape, reprWithShape, shapeFor, shapeOfItem, strWithShape, typeNameOf } from "./repr";
import type { PyShape } from "./repr";

/**
 * Shapes of the arguments: `args` is a tuple shape such as `(i,f)`, `kwargs` maps names to shapes,
 * `rest` is the shape of the keyword arguments `kwargs` does not name (those from `**mapping`).
 */
export interface StrFormatShapes {
  readonly args?: string;
  readonly kwargs?: Readonly<Record<string, string>>;
  readonly rest?: string;
}

interface SfState {
  readonly args: readonly unknown[];
  readonly kwargs: ReadonlyMap<string, unknown> | undefined;
  readonly argsShape: PyShape;
  readonly kwargShapes: Readonly<Record<string, string>> | undefined;
  readonly restShape: string | undefined;
  /** 0: no numeric field yet, 1: automatic numbering, 2: manual numbering. */
  numbering: number;
  nextAuto: number;
}

/** `fmt.format(*args, **kwargs)`. */
export function strFormat(fmt: string, args: readonly unknown[], kwargs?: ReadonlyMap<string, unknown>, shapes?: StrFormatShapes): string {
  const st: SfState = {
    args,
    kwargs,
    argsShape: shapes?.args === undefined ? ANY_SHAPE : parseShape(shapes.args),
    kwargShapes: shapes?.kwargs,
    restShape: shapes?.rest,
    numbering: 0,
    nextAuto: 0,
  };
  return sfBuild(fmt, st, 2);
}

function sfBuild(fmt: string, st: SfState, depth: number): string {
  if (depth <= 0) throw new ValueError("Max string recursion exceeded");
  const len = fmt.length;
  let out = "";
  let pos = 0;
  while (pos < len) {
    const start = pos;
    let c = "";
    let markup = false;
    while (pos < len) {
      c = fmt[pos++];
      if (c === "{" || c === "}") {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= len;
    if (c === "}" && markup && (atEnd || fmt[pos] !== "}")) throw new ValueError("Single '}' encountered in format string");
    if (atEnd && c === "{" && markup) throw new ValueError("Single '{' encountered in format string");
    let literalEnd = pos;
    if (markup) {
      if (fmt[pos] === c) {
        pos++;
        markup = false;
      } else literalEnd--;
    }
    out += fmt.slice(start, literalEnd);
    if (!markup) continue;

    // parse_field: the field name runs to '}', ':' or '!' ('[...]' may contain them).
    const nameStart = pos;
    c = "";
    while (pos < len) {
      c = fmt[pos++];
      if (c === "{") throw new ValueError("unexpected '{' in field name");
      if (c === "[") {
        while (pos < len && fmt[pos] !== "]") pos++;
        continue;
      }
      if (c === "}" || c === ":" || c === "!") break;
    }
    const fieldName = fmt.slice(nameStart, pos - 1);
    let conversion = "";
    let spec = "";
    let specNeedsExpanding = false;
    if (c === "!" || c === ":") {
      let specDone = false;
      if (c === "!") {
        if (pos >= len) throw new ValueError("end of string while looking for conversion specifier");
        conversion = String.fromCodePoint(fmt.codePointAt(pos) as number);
        pos += conversion.length;
        if (pos < len) {
          const next = fmt[pos++];
          if (next === "}") specDone = true;
          else if (next !== ":") throw new ValueError("expected ':' after conversion specifier");
        }
      }
      if (!specDone) {
        const specStart = pos;
        let count = 1;
        while (pos < len) {
          const ch = fmt[pos++];
          if (ch === "{") {
            specNeedsExpanding = true;
            count++;
          } else if (ch === "}" && --count === 0) break;
        }
        if (count !== 0) throw new ValueError("unmatched '{' in format spec");
        spec = fmt.slice(specStart, pos - 1);
      }
    } else if (c !== "}") throw new ValueError("expected '}' before end of string");

    const [obj, shape] = sfFieldObject(fieldName, st);
    let value: unknown = obj;
    if (conversion !== "") value = sfConvert(obj, shape, conversion);
    if (specNeedsExpanding) spec = sfBuild(spec, st, depth - 1);
    out += formatWithShape(value, spec, conversion === "" ? shape : ANY_SHAPE);
  }
  return out;
}

function sfConvert(obj: unknown, shape: PyShape, conversion: string): string {
  switch (conversion) {
    case "r":
      return reprWithShape(obj, shape);
    case "s":
      return strWithShape(obj, shape);
    case "a":
      return escapeNonAscii(reprWithShape(obj, shape));
    default: {
      const code = conversion.codePointAt(0) as number;
      throw new ValueError(`Unknown conversion specifier ${code > 32 && code < 127 ? conversion : "\\x" + code.toString(16)}`);
    }
  }
}

/** CPython's get_integer: -1 unless every character is a digit. */
function sfInteger(s: string): number {
  if (s === "") return -1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x30 || s.charCodeAt(i) > 0x39) return -1;
  if (exceedsSsizeMax(s)) throw new ValueError("Too many decimal digits in format string");
  return Number(s);
}

function sfFieldObject(fieldName: string, st: SfState): [unknown, PyShape] {
  let i = 0;
  while (i < fieldName.length && fieldName[i] !== "." && fieldName[i] !== "[") i++;
  const first = fieldName.slice(0, i);
  let index = sfInteger(first);
  const empty = first === "";
  if (empty || index !== -1) {
    if (st.numbering === 0) st.numbering = empty ? 1 : 2;
    if (st.numbering === 2 && empty) throw new ValueError("cannot switch from manual field specification to automatic field numbering");
    if (st.numbering === 1 && !empty) throw new ValueError("cannot switch from automatic field numbering to manual field specification");
    if (empty) index = st.nextAuto++;
  }
  let obj: unknown;
  let shape: PyShape;
  if (index === -1) {
    if (st.kwargs === undefined || !st.kwargs.has(first)) throw new KeyError(first);
    obj = st.kwargs.get(first);
    const kwShape = st.kwargShapes !== undefined && Object.hasOwn(st.kwargShapes, first) ? st.kwargShapes[first] : st.restShape;
    shape = kwShape === undefined ? ANY_SHAPE : parseShape(kwShape);
  } else {
    if (index >= st.args.length) throw new IndexError(`Replacement index ${index} out of range for positional args tuple`);
    obj = st.args[index];
    shape = shapeOfItem(shapeFor(st.argsShape, st.args), index);
  }
  while (i < fieldName.length) {
    const c = fieldName[i++];
    let name: string;
    if (c === ".") {
      const start = i;
      while (i < fieldName.length && fieldName[i] !== "." && fieldName[i] !== "[") i++;
      name = fieldName.slice(start, i);
      if (name === "") throw new ValueError("Empty attribute in format string");
      obj = sfGetAttr(obj, name, shape);
      shape = ANY_SHAPE;
    } else if (c === "[") {
      const start = i;
      while (i < fieldName.length && fieldName[i] !== "]") i++;
      if (i >= fieldName.length) throw new ValueError("Missing ']' in format string");
      name = fieldName.slice(start, i++);
      if (name === "") throw new ValueError("Empty attribute in format string");
      const key = sfInteger(name);
      [obj, shape] = sfGetItem(obj, key === -1 ? name : key, shape);
    } else throw new ValueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return [obj, shape];
}

function sfGetAttr(obj: unknown, name: string, shape: PyShape): unknown {
  if (typeof obj === "object" && obj !== null && name in obj) {
    const value: unknown = (obj as Record<string, unknown>)[name];
    return typeof value === "function" ? value.bind(obj) : value;
  }
  throw new AttributeError(`'${typeNameOf(obj, shape)}' object has no attribute '${name}'`);
}

function sfGetItem(obj: unknown, key: string | number, shape: PyShape): [unknown, PyShape] {
  shape = shapeFor(shape, obj);
  if (obj instanceof Map) {
    if (!obj.has(key)) throw new KeyError(key);
    return [obj.get(key), shape.k === "dict" ? shape.value : ANY_SHAPE];
  }
  if (Array.isArray(obj) || typeof obj === "string") {
    const kind = typeof obj === "string" ? "string" : typeNameOf(obj, shape);
    if (typeof key === "string") throw new TypeError(kind === "string" ? "string indices must be integers, not 'str'" : `${kind} indices must be integers or slices, not str`);
    const items = typeof obj === "string" ? Array.from(obj) : (obj as unknown[]);
    if (key >= items.length) throw new IndexError(`${kind} index out of range`);
    return [items[key], shapeOfItem(shape, key)];
  }
  if (typeof obj === "object" && obj !== null) {
    const getItem = (obj as { __getitem__?: unknown }).__getitem__;
    if (typeof getItem === "function") return [getItem.call(obj, key), ANY_SHAPE];
  }
  throw new TypeError(`'${typeNameOf(obj, shape)}' object is not subscriptable`);
}
