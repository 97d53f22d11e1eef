import { expr, Prec } from "../ir";
import type { AttrRule, CallRule, RuleSet } from "../registry";
import { arg, methodCall, receiver } from "../rule-kit";
import { jsString } from "../core/string-literals";

/** The `string` module: its constants as literals, and `Template` over the runtime (`src/runtime/string-template.ts`). */
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = LOWER.toUpperCase();
const DIGITS = "0123456789";
const PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE = " \t\n\r\x0b\x0c";
const CONSTANTS: Record<string, string> = {
  ascii_letters: LOWER + UPPER,
  ascii_lowercase: LOWER,
  ascii_uppercase: UPPER,
  digits: DIGITS,
  hexdigits: DIGITS + "abcdefABCDEF",
  octdigits: "01234567",
  punctuation: PUNCTUATION,
  whitespace: WHITESPACE,
  printable: DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE,
};

const constant = (value: string): AttrRule => ({ type: "str", lower: () => expr(jsString(value)) });

/** `t.substitute(mapping, **kws)`: the mapping, then the keywords as an object (they take precedence, as in Python). */
const substitute = (name: string): CallRule => ({
  sig: "(mapping: dict[str, object] | None = ..., /, **kws: object) -> str",
  lower: (call, cx) => {
    const keywords = [...call.extraKeywords].map(([k, v]) => `${jsString(k)}: ${cx.text(v, Prec.Assign)}`);
    const mapping = arg(call, "mapping", cx) ?? (keywords.length ? "null" : undefined);
    return methodCall(receiver(call, cx), name, [mapping, keywords.length ? `{ ${keywords.join(", ")} }` : undefined]);
  },
});

export const stringModuleRules: RuleSet = {
  modules: ["string"],
  calls: {
    "string.Template": { sig: "(template: str) -> string.Template", lower: (call, cx) => expr(`new ${cx.helper("StringTemplate")}(${arg(call, "template", cx)!.code})`, Prec.Call) },
    "string.Template.substitute": substitute("substitute"),
    "string.Template.safe_substitute": substitute("safe_substitute"),
  },
  attrs: {
    ...Object.fromEntries(Object.entries(CONSTANTS).map(([name, value]) => [`string.${name}`, constant(value)])),
    "string.Template.template": { type: "str" },
  },
  classes: {
    "string.Template": { runtime: "StringTemplate", tsType: (_a, cx) => cx.helper("StringTemplate") },
  },
};
