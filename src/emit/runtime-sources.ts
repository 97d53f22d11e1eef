import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The runtime's top-level declarations, prepared at build time (scripts/build-runtime-manifest.js):
 * an inlined translation carries only the declarations it needs, in dependency order.
 */
interface Manifest {
  readonly modules: readonly { readonly id: string; readonly nodeImports: readonly string[] }[];
  readonly declarations: readonly Declaration[];
}

interface Declaration {
  readonly module: number;
  readonly names: readonly string[];
  readonly exported: boolean;
  /** A statement run for its effect (an event handler, a registration): kept whenever its module is used. */
  readonly sideEffect: boolean;
  readonly text: string;
  /** Indexes of the declarations it refers to. */
  readonly refs: readonly number[];
}

export interface RuntimeSelection {
  readonly nodeImports: readonly string[];
  readonly text: string;
  /** Every top-level name the selected declarations define. */
  readonly names: ReadonlySet<string>;
}

let manifest: Manifest | undefined;
let exporter: Map<string, number> | undefined;

function load(): { manifest: Manifest; exporter: Map<string, number> } {
  if (!manifest || !exporter) {
    // src/emit (tests) and dist/emit (the CLI) both sit two levels below the package root.
    const file = path.join(__dirname, "..", "..", "dist", "runtime-manifest.json");
    manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
    exporter = new Map();
    manifest.declarations.forEach((d, i) => {
      if (d.exported) for (const n of d.names) exporter!.set(n, i);
    });
  }
  return { manifest, exporter };
}

export function isRuntimeExport(name: string): boolean {
  return load().exporter.has(name);
}

/** The declarations `helpers` need (transitively), in the runtime's own order. */
export function selectRuntime(helpers: Iterable<string>, keepExports = false): RuntimeSelection {
  const { manifest: m, exporter: ex } = load();
  const selected = new Set<number>();
  const usedModules = new Set<number>();
  const add = (i: number): void => {
    if (selected.has(i)) return;
    selected.add(i);
    const d = m.declarations[i]!;
    d.refs.forEach(add);
    if (!usedModules.has(d.module)) {
      usedModules.add(d.module);
      m.declarations.forEach((other, j) => {
        if (other.module === d.module && other.sideEffect) add(j);
      });
    }
  };
  for (const h of helpers) {
    const i = ex.get(h);
    if (i === undefined) throw new Error(`no runtime helper named '${h}'`);
    add(i);
  }
  const order = [...selected].sort((a, b) => a - b);
  const names = new Set(order.flatMap((i) => m.declarations[i]!.names));
  const nodeImports = [...new Set([...usedModules].flatMap((i) => m.modules[i]!.nodeImports))].sort();
  // A shared runtime module keeps `export` on what the runtime exports (JSDoc stays in front of it).
  const text = order.map((i) => {
    const d = m.declarations[i]!;
    if (!keepExports || !d.exported) return d.text;
    // Every overload signature of an exported function carries `export` too.
    const name = d.names[0]!;
    const overloads = new RegExp(`^((?:async\\s+)?function\\*?\\s+${name.replace(/\$/g, "\\$")}\\b)`, "gm");
    const exported = d.text.replace(overloads, "export $1");
    return exported === d.text ? d.text.replace(/^((?:\/\*\*[\s\S]*?\*\/\s*)?)/, "$1export ") : exported;
  });
  return { nodeImports, text: text.join("\n\n"), names };
}
