import * as fs from "node:fs";
import * as path from "node:path";

/** One runtime source file, prepared for inlining. */
export interface RuntimeModule {
  /** Path relative to src/runtime, without extension (`asyncio/task`). */
  readonly id: string;
  /** The file's text without its import lines and without `export` keywords. */
  readonly body: string;
  /** Runtime modules it imports (ids). */
  readonly deps: readonly string[];
  /** `node:` imports, as written. */
  readonly nodeImports: readonly string[];
  /** Names it exports. */
  readonly exports: readonly string[];
  /** Every top-level name it declares (exported or not). */
  readonly names: readonly string[];
}

export interface RuntimeIndex {
  readonly modules: ReadonlyMap<string, RuntimeModule>;
  /** Exported name → module id. */
  readonly exporter: ReadonlyMap<string, string>;
}

let cached: RuntimeIndex | undefined;

/** The runtime's own TypeScript sources, shipped with the package under src/runtime. */
export function runtimeDir(): string {
  // Both src/emit (tests, ts-jest) and dist/emit (the built CLI) sit two levels below the package root.
  return path.join(__dirname, "..", "..", "src", "runtime");
}

const IMPORT = /^import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)";\s*$/gm;
const DECLARATION = /^(export\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(function\*?|class|const|let|var|type|interface|enum)\s+([A-Za-z_$][\w$]*)/gm;

/** Reads and indexes the runtime sources once per process. */
export function runtimeIndex(): RuntimeIndex {
  if (cached) return cached;
  const root = runtimeDir();
  const modules = new Map<string, RuntimeModule>();
  const exporter = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") && entry.name !== "index.ts") {
        const id = path.relative(root, full).replace(/\\/g, "/").replace(/\.ts$/, "");
        const mod = parseModule(id, fs.readFileSync(full, "utf8"));
        modules.set(id, mod);
        for (const name of mod.exports) exporter.set(name, id);
      }
    }
  };
  walk(root);
  cached = { modules, exporter };
  return cached;
}

function parseModule(id: string, text: string): RuntimeModule {
  const deps: string[] = [];
  const nodeImports: string[] = [];
  const body = text.replace(IMPORT, (whole, _names: string, from: string) => {
    if (from.startsWith("node:")) nodeImports.push(whole.trim());
    else deps.push(path.posix.normalize(path.posix.join(path.posix.dirname(id), from)));
    return "";
  });
  const exports: string[] = [];
  const names: string[] = [];
  for (const m of body.matchAll(DECLARATION)) {
    names.push(m[3]!);
    if (m[1]) exports.push(m[3]!);
  }
  const stripped = body.replace(/^export\s+/gm, "").replace(/^\s*\n/, "").trim();
  return { id, body: stripped, deps, nodeImports, exports, names };
}

/** The modules needed for `helpers`, dependencies first, each once. */
export function modulesFor(helpers: Iterable<string>): RuntimeModule[] {
  const index = runtimeIndex();
  const ordered: RuntimeModule[] = [];
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const mod = index.modules.get(id);
    if (!mod) throw new Error(`runtime module '${id}' not found`);
    mod.deps.forEach(visit);
    ordered.push(mod);
  };
  for (const h of [...helpers].sort()) {
    const id = index.exporter.get(h);
    if (!id) throw new Error(`no runtime helper named '${h}'`);
    visit(id);
  }
  return ordered;
}
