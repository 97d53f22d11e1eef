/** Command-line parsing: a small table of options, so `--help` and the parser cannot disagree. */

export interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  /** Placeholder for the value; absent for flags. */
  readonly value?: string;
  readonly help: string;
  readonly choices?: readonly string[];
  readonly multiple?: boolean;
  /** Takes an optional value with `=` (`--verify` or `--verify=run`). */
  readonly optionalValue?: boolean;
}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Map<string, string[]>;
}

export class UsageError extends Error {
  override name = "UsageError";
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const set = (spec: OptionSpec, value: string): void => {
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`--${spec.name} must be one of ${spec.choices.join(", ")} (got '${value}')`);
    }
    const list = options.get(spec.name) ?? [];
    if (list.length > 0 && !spec.multiple) throw new UsageError(`--${spec.name} given more than once`);
    list.push(value);
    options.set(spec.name, list);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-" || !a.startsWith("-")) {
      positionals.push(a);
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      inline = eq >= 0 ? a.slice(eq + 1) : undefined;
      spec = byName.get(name);
      if (!spec && name.startsWith("no-") && byName.get(name.slice(3)) && !byName.get(name.slice(3))!.value) {
        options.set(name.slice(3), ["false"]);
        continue;
      }
      if (!spec) throw new UsageError(`unknown option '--${name}'${suggest(name, specs)}`);
    } else {
      spec = byShort.get(a.slice(1));
      if (!spec) throw new UsageError(`unknown option '${a}'`);
    }
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError(`--${spec.name} does not take a value`);
      set(spec, "true");
    } else if (spec.optionalValue) {
      set(spec, inline ?? "true");
    } else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${spec.name} needs a value (${spec.value})`);
      set(spec, value);
    }
  }
  return { positionals, options };
}

function suggest(name: string, specs: readonly OptionSpec[]): string {
  const close = specs.find((s) => s.name.startsWith(name.slice(0, 3)) || name.startsWith(s.name.slice(0, 3)));
  return close ? ` (did you mean '--${close.name}'?)` : "";
}

export function formatHelp(usage: string, specs: readonly OptionSpec[]): string {
  const rows = specs.map((s) => {
    const flag = `${s.short ? `-${s.short}, ` : "    "}--${s.name}${s.value ? (s.optionalValue ? `[=${s.value}]` : ` ${s.value}`) : ""}`;
    return [flag, s.help] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  return `${usage}\n\nOptions:\n${rows.map(([f, h]) => `  ${f.padEnd(width)}${h}`).join("\n")}\n`;
}
