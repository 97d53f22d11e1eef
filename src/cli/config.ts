import * as fs from "node:fs";
import * as path from "node:path";

/** A value as it appears in a config file, after validation. */
export type ConfigValue = string | boolean | number | readonly string[];

/** The keys a config may hold: the batch options in camelCase, plus `src` for the inputs. */
export interface ConfigKey {
  readonly key: string;
  /** The command-line option it stands for (`src` stands for the positional inputs). */
  readonly flag: string;
  readonly type: "boolean" | "string" | "string[]" | "integer" | "verify";
  /** Resolved against the config file's folder. */
  readonly isPath?: boolean;
}

export const CONFIG_KEYS: readonly ConfigKey[] = [
  { key: "src", flag: "", type: "string[]", isPath: true },
  { key: "outDir", flag: "out-dir", type: "string", isPath: true },
  { key: "exclude", flag: "exclude", type: "string[]" },
  { key: "runtime", flag: "runtime", type: "string" },
  { key: "jobs", flag: "jobs", type: "integer" },
  { key: "shard", flag: "shard", type: "string" },
  { key: "timeout", flag: "timeout", type: "integer" },
  { key: "check", flag: "check", type: "boolean" },
  { key: "verify", flag: "verify", type: "verify" },
  { key: "reporter", flag: "reporter", type: "string" },
  { key: "sourceMap", flag: "source-map", type: "boolean" },
  { key: "emitOnError", flag: "emit-on-error", type: "boolean" },
  { key: "watch", flag: "watch", type: "boolean" },
  { key: "color", flag: "color", type: "boolean" },
];

export interface LoadedConfig {
  /** Where it came from (`py2ts.config.json`, or `package.json` with its `py2tsAsync` key). */
  readonly file: string;
  readonly values: ReadonlyMap<string, ConfigValue>;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Finds the config from `cwd` upwards: the first folder with a `py2ts.config.json`, or a
 * `package.json` with a `"py2tsAsync"` key, wins. The search stops at the first `package.json`
 * (the project's root) even when it has no such key. Returns undefined when there is none.
 */
export function findConfig(cwd: string): LoadedConfig | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const own = path.join(dir, "py2ts.config.json");
    if (fs.existsSync(own)) return { file: own, values: validate(parseJsonc(fs.readFileSync(own, "utf8"), own), own) };
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
      const json = parseJsonc(fs.readFileSync(pkg, "utf8"), pkg);
      const section = isObject(json) ? json["py2tsAsync"] : undefined;
      if (section === undefined) return undefined;
      return { file: `${pkg} ("py2tsAsync")`, values: validate(section, `${pkg} ("py2tsAsync")`, dir) };
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function validate(json: unknown, where: string, baseDir = path.dirname(where)): Map<string, ConfigValue> {
  if (!isObject(json)) throw new ConfigError(`${where}: the configuration must be a JSON object`);
  const values = new Map<string, ConfigValue>();
  for (const [key, value] of Object.entries(json)) {
    // Comments in plain JSON: "//" and keys starting with "$" (like "$schema", "$comment") are ignored.
    if (key === "//" || key.startsWith("$")) continue;
    const spec = CONFIG_KEYS.find((k) => k.key === key);
    if (!spec) {
      const close = CONFIG_KEYS.find((k) => k.key.toLowerCase() === key.toLowerCase().replace(/[-_]/g, ""));
      throw new ConfigError(`${where}: unknown key '${key}'${close ? ` (did you mean '${close.key}'?)` : ""}; the keys are ${CONFIG_KEYS.map((k) => k.key).join(", ")}`);
    }
    const bad = (expected: string): never => {
      throw new ConfigError(`${where}: '${key}' must be ${expected} (got ${JSON.stringify(value)})`);
    };
    let v: ConfigValue;
    switch (spec.type) {
      case "boolean":
        if (typeof value !== "boolean") bad("true or false");
        v = value as boolean;
        break;
      case "string":
        if (typeof value !== "string") bad("a string");
        v = value as string;
        break;
      case "integer":
        if (typeof value !== "number" || !Number.isInteger(value) || value < 1) bad("a whole number of at least 1");
        v = value as number;
        break;
      case "verify":
        if (value !== true && value !== false && value !== "run") bad('true, false or "run"');
        v = value as boolean | string;
        break;
      case "string[]":
        if (typeof value === "string") v = [value];
        else if (Array.isArray(value) && value.every((x) => typeof x === "string")) v = value as string[];
        else v = bad("a string or a list of strings");
        break;
    }
    if (spec.isPath) v = typeof v === "string" ? path.resolve(baseDir, v) : (v as string[]).map((p) => path.resolve(baseDir, p));
    values.set(key, v);
  }
  return values;
}

/** JSON with `//` and `/* *\/` comments and trailing commas (JSONC, as in tsconfig.json). */
export function parseJsonc(text: string, where: string): unknown {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  out = out.replace(/,(\s*[}\]])/g, "$1");
  try {
    return JSON.parse(out) as unknown;
  } catch (error) {
    throw new ConfigError(`${where}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The commented starting config `--init` writes. */
export function initialConfig(cwd: string): string {
  const src = fs.existsSync(path.join(cwd, "src")) ? "src" : ".";
  const exclude = src === "." ? ['"ts"', '"**/tests/**"'] : ['"**/tests/**"'];
  return `// py2ts-async configuration: JSON with comments. Each key is a command-line option in camelCase;
// an option given on the command line wins over the same key here. Unknown keys are errors.
// Paths are relative to this file. Documentation: docs/batch.md of py2ts-async.
{
  // Python files and folders to translate (the command line's SRC arguments).
  "src": ["${src}"],
  // Where the TypeScript goes: each source folder's tree is mirrored there (pkg/mod.py -> ts/pkg/mod.ts).
  "outDir": "ts",
  // Left out of the batch: a glob without "/" matches a name at any depth, one with "/" a path.
  "exclude": [${exclude.join(", ")}],
  // "shared": the runtime helpers written once as ts/_py2ts_runtime.ts; "import": from py2ts-async/runtime.
  "runtime": "shared",
  // Write a .ts.map beside each output, mapping its lines back to the Python source.
  "sourceMap": false,
  // Write outputs of files with errors too (untranslatable constructs become stubs that throw).
  "emitOnError": false
  // Also available: "jobs", "shard", "check", "verify" (true or "run"), "reporter", "watch", "color".
}
`;
}
