/** `string.Template`: `$name`, `${name}` and `$$` substitution with Python's errors. */
import { KeyError, ValueError } from "./exceptions";
import { str } from "./repr";

const TPL_PATTERN = /\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\}|())/g;

export class StringTemplate {
  static readonly __name__ = "Template";

  constructor(readonly template: string) {}

  /** Every placeholder replaced; a missing name is a KeyError, a stray `$` a ValueError. */
  substitute(mapping?: ReadonlyMap<string, unknown> | null, keywords?: Readonly<Record<string, unknown>>): string {
    return this.tplReplace(mapping, keywords, false);
  }

  /** Placeholders without a value, and stray `$`s, are left as written. */
  safe_substitute(mapping?: ReadonlyMap<string, unknown> | null, keywords?: Readonly<Record<string, unknown>>): string {
    return this.tplReplace(mapping, keywords, true);
  }

  private tplReplace(mapping: ReadonlyMap<string, unknown> | null | undefined, keywords: Readonly<Record<string, unknown>> | undefined, safe: boolean): string {
    const lookup = (name: string): { value: unknown } | undefined => {
      if (keywords !== undefined && Object.hasOwn(keywords, name)) return { value: keywords[name] };
      return mapping?.has(name) ? { value: mapping.get(name) } : undefined;
    };
    return this.template.replace(TPL_PATTERN, (whole, escaped: string | undefined, named: string | undefined, braced: string | undefined, invalid: string | undefined, offset: number) => {
      if (escaped !== undefined) return "$";
      const name = named ?? braced;
      if (name !== undefined) {
        const found = lookup(name);
        if (found !== undefined) return str(found.value);
        if (safe) return whole;
        throw new KeyError(name);
      }
      if (invalid !== undefined && !safe) {
        const before = this.template.slice(0, offset);
        const lastBreak = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
        throw new ValueError(`Invalid placeholder in string: line ${before.split(/\r\n|\r|\n/).length}, col ${offset - lastBreak}`);
      }
      return whole;
    });
  }
}
