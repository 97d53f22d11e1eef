#!/usr/bin/env node
// Splits the runtime sources (src/runtime/**/*.ts) into top-level declarations and records which
// runtime names each one refers to, so that an inlined translation carries only the declarations it
// needs (dist/runtime-manifest.json). Run by `npm run build`.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..");
const RUNTIME = path.join(ROOT, "src", "runtime");
const OUT = path.join(ROOT, "dist", "runtime-manifest.json");

function listModules(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listModules(full));
    else if (entry.name.endsWith(".ts") && entry.name !== "index.ts" && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

const declaredNames = (stmt) => {
  if (ts.isVariableStatement(stmt)) return stmt.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  return stmt.name && ts.isIdentifier(stmt.name) ? [stmt.name.text] : [];
};
const isExported = (stmt) => (ts.getCombinedModifierFlags(stmt) & ts.ModifierFlags.Export) !== 0 || stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true;

/**
 * An identifier that names a property or member rather than a binding (`xs.join`, a method `split()`,
 * `{ key: value }`): it never refers to a runtime declaration, and counting it would carry unused
 * declarations (and everything they need) into every inlined output.
 */
function isMemberName(node) {
  const p = node.parent;
  if (!p) return false;
  if (ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) return p.name === node || p.right === node;
  if (ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodSignature(p) || ts.isEnumMember(p)) return p.name === node;
  if (ts.isBindingElement(p)) return p.propertyName === node;
  if (ts.isLabeledStatement(p) || ts.isBreakStatement(p) || ts.isContinueStatement(p)) return p.label === node;
  return false;
}

function main() {
  const modules = [];
  const aliases = new Map();
  for (const file of listModules(RUNTIME)) {
    const id = path.relative(RUNTIME, file).replace(/\\/g, "/").replace(/\.ts$/, "");
    const text = fs.readFileSync(file, "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const deps = [];
    const nodeImports = [];
    const decls = [];
    for (const stmt of sf.statements) {
      if (ts.isImportDeclaration(stmt)) {
        const from = stmt.moduleSpecifier.text;
        if (from.startsWith("node:")) nodeImports.push(stmt.getText(sf));
        else {
          deps.push(path.posix.normalize(path.posix.join(path.posix.dirname(id), from)));
          // `import { a as b }`: once inlined there is one scope, so the alias becomes a constant.
          const named = stmt.importClause?.namedBindings;
          if (named && ts.isNamedImports(named)) {
            for (const el of named.elements) {
              if (!el.propertyName || el.isTypeOnly || stmt.importClause.isTypeOnly) continue;
              const text = `const ${el.name.text} = ${el.propertyName.text};`;
              if (aliases.get(el.name.text) === text) continue;
              aliases.set(el.name.text, text);
              decls.push({ names: [el.name.text], text: `const ${el.name.text} = ${el.propertyName.text};`, exported: false, nodes: [el.propertyName], sideEffect: false });
            }
          }
        }
        continue;
      }
      if (ts.isExportDeclaration(stmt)) throw new Error(`${id}: 'export { … }' lists are not allowed in the runtime (see docs/runtime-conventions.md)`);
      const names = declaredNames(stmt);
      // Keep comments, drop the `export` keyword: inlined declarations are the module's own.
      const body = text.slice(stmt.getStart(sf, true), stmt.end).replace(/^((?:\s*(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*\n))*\s*)export\s+/, "$1");
      const last = decls[decls.length - 1];
      // Overloads of one function are one declaration.
      if (last && names.length === 1 && last.names.length === 1 && last.names[0] === names[0] && ts.isFunctionDeclaration(stmt)) {
        last.text += `\n${body}`;
        last.nodes.push(stmt);
        continue;
      }
      decls.push({ names, text: body, exported: isExported(stmt), nodes: [stmt], sideEffect: names.length === 0 });
    }
    modules.push({ id, deps, nodeImports, decls, sf });
  }

  // Every top-level name is unique across the runtime (they share one scope once inlined).
  const owner = new Map();
  modules.forEach((m, mi) =>
    m.decls.forEach((d, di) => {
      for (const n of d.names) {
        if (owner.has(n)) throw new Error(`runtime name '${n}' is declared twice (${m.id} and ${modules[owner.get(n)[0]].id})`);
        owner.set(n, [mi, di]);
      }
    }),
  );

  // Dependency order of modules (imports first), then declaration order within each module.
  const byId = new Map(modules.map((m) => [m.id, m]));
  const ordered = [];
  const seen = new Set();
  const visit = (m) => {
    if (seen.has(m.id)) return;
    seen.add(m.id);
    for (const d of m.deps) {
      const dep = byId.get(d);
      if (!dep) throw new Error(`${m.id} imports missing runtime module ${d}`);
      visit(dep);
    }
    ordered.push(m);
  };
  modules.forEach(visit);

  const decls = [];
  const index = new Map();
  for (const m of ordered) for (const d of m.decls) index.set(d, decls.push(d) - 1);
  const out = {
    modules: ordered.map((m) => ({ id: m.id, nodeImports: m.nodeImports })),
    declarations: decls.map((d) => {
      const m = ordered.find((x) => x.decls.includes(d));
      const refs = new Set();
      const walk = (node) => {
        if (ts.isIdentifier(node) && owner.has(node.text) && !d.names.includes(node.text) && !isMemberName(node)) {
          const [mi, di] = owner.get(node.text);
          refs.add(index.get(modules[mi].decls[di]));
        }
        ts.forEachChild(node, walk);
      };
      d.nodes.forEach(walk);
      return { module: ordered.indexOf(m), names: d.names, exported: d.exported, sideEffect: d.sideEffect, text: d.text, refs: [...refs].sort((a, b) => a - b) };
    }),
  };
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify(out));
}

main();
