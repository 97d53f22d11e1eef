import * as fs from "node:fs";
import * as path from "node:path";
import type { ts as TsNamespace } from "ts-morph";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic";
import { Msg } from "../diagnostics/messages";

export interface CheckedFile {
  /** Absolute path the output has (or will have) in the output folder. */
  readonly file: string;
  readonly code: string;
  /** For each output line, the Python line it came from (0: none). */
  readonly lineMap?: readonly number[];
  /** How messages name the output (relative to the current folder). */
  readonly display: string;
}

export interface TypeCheckResult {
  /** PY2TS5001 diagnostics, positioned on the Python line that produced the failing TypeScript, by output file. */
  readonly byFile: ReadonlyMap<string, Diagnostic[]>;
  /** Errors outside the translations of this run (the runtime module, other files): one line each. */
  readonly other: readonly string[];
}

/**
 * Type-checks translations in one TypeScript program under `--strict`, with the outputs held in
 * memory (they need not be written yet) and everything else (the runtime package, `@types/node`,
 * translations of other shards) read from disk. The outputs are ES modules, as Node runs them:
 * when no `package.json` above the output folder says otherwise, one with `"type": "module"` is
 * assumed. TypeScript is loaded here only, through ts-morph's bundled compiler.
 */
export function typeCheckOutputs(outRoot: string, files: readonly CheckedFile[], sharedRuntime?: string): TypeCheckResult {
  const { ts } = require("ts-morph") as { ts: typeof TsNamespace };
  const memory = new Map<string, string>();
  const hidden = new Set<string>();
  for (const f of files) memory.set(path.resolve(f.file), f.code);
  if (sharedRuntime) {
    // The shared runtime module is this package's runtime, compiled and tested with it: the outputs
    // are checked against its declarations (14k lines fewer to check), as `--runtime import` outputs are.
    const abs = path.resolve(sharedRuntime);
    hidden.add(abs);
    memory.set(abs.replace(/\.ts$/, ".d.ts"), 'export * from "py2ts-async/runtime";\n');
  }
  const virtualPackageJson = nearestPackageJson(outRoot) === undefined ? path.join(path.resolve(outRoot), "package.json") : undefined;
  if (virtualPackageJson) memory.set(virtualPackageJson, JSON.stringify({ type: "module" }));

  const packageRoot = path.join(__dirname, "..", "..");
  const nodeTypes = findNodeTypes([outRoot, packageRoot]);
  const options: TsNamespace.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2023.d.ts"],
    types: nodeTypes ? ["node"] : [],
    ...(nodeTypes ? { typeRoots: [nodeTypes] } : {}),
    noEmit: true,
    skipLibCheck: true,
    moduleDetection: ts.ModuleDetectionKind.Force,
    // `--runtime import` outputs import this package; check them against its own declarations.
    paths: { "py2ts-async/runtime": [path.join(packageRoot, "dist", "runtime", "index.d.ts")] },
  };
  const host = ts.createCompilerHost(options, true);
  // ts-morph's compiler carries its lib files in memory, not on disk: serve them from there.
  const common = require(require.resolve("@ts-morph/common", { paths: [path.dirname(require.resolve("ts-morph"))] })) as { getLibFiles(): { fileName: string; text: string }[] };
  const libDir = path.join(packageRoot, ".py2ts-lib");
  for (const lib of common.getLibFiles()) memory.set(path.join(libDir, lib.fileName), lib.text);
  host.getDefaultLibLocation = () => libDir;
  host.getDefaultLibFileName = (o) => path.join(libDir, ts.getDefaultLibFileName(o));
  const inMemoryDir = (dir: string): boolean => {
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const f of memory.keys()) if (f.startsWith(prefix)) return true;
    return false;
  };
  const { fileExists, readFile, getSourceFile, directoryExists } = host;
  host.fileExists = (f) => !hidden.has(path.resolve(f)) && (memory.has(path.resolve(f)) || fileExists.call(host, f));
  host.readFile = (f) => memory.get(path.resolve(f)) ?? readFile.call(host, f);
  host.directoryExists = (d) => inMemoryDir(path.resolve(d)) || (directoryExists ? directoryExists.call(host, d) : fs.existsSync(d));
  host.getSourceFile = (f, language, onError, create) => {
    const text = memory.get(path.resolve(f));
    if (text !== undefined) return ts.createSourceFile(f, text, language, true);
    return getSourceFile.call(host, f, language, onError, create);
  };
  const program = ts.createProgram(files.map((f) => path.resolve(f.file)), options, host);

  const byPath = new Map(files.map((f) => [path.resolve(f.file), f]));
  const byFile = new Map<string, Diagnostic[]>();
  const other: string[] = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (d.category !== ts.DiagnosticCategory.Error) continue;
    const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
    const short = message.length > 300 ? `${message.slice(0, 297)}...` : message;
    const target = d.file ? byPath.get(path.resolve(d.file.fileName)) : undefined;
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    if (!target || !d.file) {
      const name = d.file ? path.relative(process.cwd(), d.file.fileName) : "";
      other.push(`${name}${where ? `:${where.line + 1}:${where.character + 1}` : ""} - error TS${d.code}: ${short}`);
      continue;
    }
    const line = where?.line ?? 0;
    let pyLine = 0;
    // The Python line of the statement that produced this output line (or the nearest one above).
    for (let l = line; l >= 0 && pyLine === 0; l--) pyLine = target.lineMap?.[l] ?? 0;
    const diagnostic = createDiagnostic(
      Msg.typeCheckFailed,
      { message: short.replace(/\.$/, ""), tsCode: d.code, where: `${target.display}:${line + 1}:${(where?.character ?? 0) + 1}` },
      pyLine > 0 ? { line: pyLine, column: 1 } : undefined,
    );
    const list = byFile.get(target.file) ?? [];
    list.push(diagnostic);
    byFile.set(target.file, list);
  }
  return { byFile, other };
}

function nearestPackageJson(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const p = path.join(d, "package.json");
    if (fs.existsSync(p)) return p;
    if (path.dirname(d) === d) return undefined;
  }
}

/** A `node_modules/@types` folder holding `node`, searched upwards from each start. */
function findNodeTypes(starts: readonly string[]): string | undefined {
  for (const start of starts) {
    for (let d = path.resolve(start); ; d = path.dirname(d)) {
      const types = path.join(d, "node_modules", "@types");
      if (fs.existsSync(path.join(types, "node", "package.json"))) return types;
      if (path.dirname(d) === d) break;
    }
  }
  return undefined;
}
