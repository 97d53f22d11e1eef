/**
 * The runtime as inline mode sees it: its files' imports, their dependency order, and the one module
 * they concatenate into (imports stripped, Node built-ins hoisted, `export ` removed). Shared by the
 * tests that type-check and run the bundled asyncio and aiohttp runtimes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

export const runtimeDir = path.join(__dirname, "..", "..", "src", "runtime");

/** The runtime files of one folder, without its index. */
export function runtimeFiles(folder: string): string[] {
  const dir = path.join(runtimeDir, folder);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && f !== "index.ts")
    .map((f) => path.join(dir, f));
}

const importLine = /^import (type )?\{ [A-Za-z0-9_, ]+ \} from "([^"]+)";$/;

export function importsOf(file: string): string[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("import "))
    .map((line) => {
      const m = importLine.exec(line);
      if (m === null) throw new Error(`${path.basename(file)}: bad import line: ${line}`);
      return m[2];
    });
}

/** The runtime files `entry` needs, dependencies first (what inline mode concatenates). */
export function dependencyOrder(entries: string[]): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (file: string): void => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "visiting") throw new Error(`import cycle through ${file}`);
    state.set(file, "visiting");
    for (const spec of importsOf(file)) {
      if (spec.startsWith("node:")) continue;
      visit(path.resolve(path.dirname(file), `${spec}.ts`));
    }
    state.set(file, "done");
    order.push(file);
  };
  entries.forEach(visit);
  return order;
}

export function usesAny(file: string): boolean {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  let found = false;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) found = true;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The names a file declares at top level (overloads counted once). */
export function topLevelNames(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const names: string[] = [];
  for (const stmt of source.statements) {
    if (ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt) || ts.isInterfaceDeclaration(stmt) || ts.isTypeAliasDeclaration(stmt) || ts.isEnumDeclaration(stmt)) {
      if (stmt.name) names.push(stmt.name.text);
    } else if (ts.isVariableStatement(stmt)) {
      for (const decl of stmt.declarationList.declarations) if (ts.isIdentifier(decl.name)) names.push(decl.name.text);
    }
  }
  return [...new Set(names)];
}

/** Concatenates the files the way inline mode does: imports stripped (Node built-ins hoisted), `export ` removed. */
export function inlineBundle(files: string[]): string {
  const builtins = new Set<string>();
  const bodies: string[] = [];
  for (const file of files) {
    const lines = fs.readFileSync(file, "utf8").split("\n");
    const kept: string[] = [];
    for (const line of lines) {
      if (line.startsWith("import ")) {
        if (line.includes('"node:')) builtins.add(line);
        continue;
      }
      kept.push(line.replace(/^export (?=(async function|function|class|abstract class|const|let|type|interface)\b)/, ""));
    }
    bodies.push(`// ---- ${path.relative(runtimeDir, file)}\n${kept.join("\n")}`);
  }
  return [...builtins, ...bodies].join("\n");
}
