/**
 * `datetime.strptime`: CPython's `_strptime` in the C locale. The format becomes one regular
 * expression (matched case-insensitively from the start); the fields it captures make the datetime.
 */
import { PyDatetime, Timedelta, Timezone } from "./datetime";
import { ValueError } from "./exceptions";
import { repr } from "./repr";

const SP_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const SP_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const spNames = (names: readonly string[]): string => [...names, ...names.map((n) => n.slice(0, 3))].join("|");

/** Each directive's pattern, as `_strptime.TimeRE` has it. */
const SP_PATTERNS: Record<string, string> = {
  d: "(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])",
  f: "([0-9]{1,6})",
  H: "(2[0-3]|[0-1]\\d|\\d)",
  I: "(1[0-2]|0[1-9]|[1-9])",
  j: "(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])",
  m: "(1[0-2]|0[1-9]|[1-9])",
  M: "([0-5]\\d|\\d)",
  S: "(6[0-1]|[0-5]\\d|\\d)",
  w: "([0-6])",
  u: "([1-7])",
  y: "(\\d\\d)",
  Y: "(\\d\\d\\d\\d)",
  z: "([+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z)",
  a: `(${spNames(SP_DAYS)})`,
  A: `(${spNames(SP_DAYS)})`,
  b: `(${spNames(SP_MONTHS)})`,
  B: `(${spNames(SP_MONTHS)})`,
  p: "(am|pm)",
  Z: "(utc|gmt)",
};

/** The regular expression for `format` and the directive behind each capture group. */
function spCompile(format: string): { regex: RegExp; fields: string[] } {
  const fields: string[] = [];
  let source = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== "%") {
      source += /\s/.test(c) ? "\\s+" : c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      while (/\s/.test(c) && i + 1 < format.length && /\s/.test(format[i + 1]!)) i++;
      continue;
    }
    const d = format[++i];
    if (d === "%") {
      source += "%";
      continue;
    }
    const pattern = d === undefined ? undefined : SP_PATTERNS[d];
    if (pattern === undefined) throw new ValueError(d === undefined ? `stray % in format ${repr(format)}` : `${repr(d)} is a bad directive in format ${repr(format)}`);
    fields.push(d!);
    source += pattern;
  }
  return { regex: new RegExp(`^(?:${source})`, "i"), fields };
}

/** `datetime.strptime(data, format)`. */
export function strptime(data: string, format: string): PyDatetime {
  const { regex, fields } = spCompile(format);
  const found = regex.exec(data);
  if (found === null) throw new ValueError(`time data ${repr(data)} does not match format ${repr(format)}`);
  if (found[0].length !== data.length) throw new ValueError(`unconverted data remains: ${data.slice(found[0].length)}`);
  const value = new Map<string, string>();
  fields.forEach((f, i) => value.set(f, found[i + 1]!));
  const num = (f: string): number | undefined => (value.has(f) ? Number(value.get(f)!.trim()) : undefined);
  let year = num("Y") ?? 1900;
  if (value.has("y")) year = num("y")! + (num("y")! < 69 ? 2000 : 1900);
  const monthName = value.get("B") ?? value.get("b");
  let month = monthName !== undefined ? SP_MONTHS.findIndex((m) => m.startsWith(monthName.toLowerCase())) + 1 : (num("m") ?? 1);
  let day = num("d") ?? 1;
  let hour = num("H") ?? 0;
  if (value.has("I")) {
    // Without AM/PM the hour is taken as AM, as CPython does.
    const pm = value.get("p")?.toLowerCase() === "pm";
    const h = num("I")!;
    hour = pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
  }
  const julian = num("j");
  if (julian !== undefined && !value.has("m") && monthName === undefined && !value.has("d")) {
    const date = new PyDatetime(year, 1, 1).__add__(new Timedelta(julian - 1));
    [month, day] = [date.month, date.day];
  }
  const fraction = value.get("f");
  const micro = fraction === undefined ? 0 : Number(fraction.padEnd(6, "0"));
  return new PyDatetime(year, month, day, hour, num("M") ?? 0, num("S") ?? 0, micro, value.has("z") ? spOffset(value.get("z")!) : null);
}

function spOffset(text: string): Timezone {
  if (text.toUpperCase() === "Z") return Timezone.utc;
  const m = /^([+-])(\d\d):?(\d\d)(?::?(\d\d)(?:\.(\d{1,6}))?)?$/.exec(text)!;
  const sign = m[1] === "-" ? -1 : 1;
  const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return new Timezone(new Timedelta(0, sign * seconds, sign * Number((m[5] ?? "").padEnd(6, "0"))));
}
