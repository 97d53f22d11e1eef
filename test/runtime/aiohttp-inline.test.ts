/**
 * The aiohttp runtime as inline mode uses it: its files follow the runtime conventions
 * (docs/runtime-conventions.md), concatenate with everything they import (in dependency order) into one
 * module that type-checks with the outputs' settings (NodeNext, ES2023, strict), and the result runs
 * under Node as a standalone program against the test server, inside `asyncio.run`.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ts from "typescript";
import { runtimeDir, runtimeFiles, importsOf, dependencyOrder, usesAny, topLevelNames, inlineBundle } from "../support/runtime-bundle";

const aiohttpDir = path.join(runtimeDir, "aiohttp");
const aiohttpFiles = runtimeFiles("aiohttp");

describe("aiohttp runtime in inline mode", () => {
  test("the files follow the import/export conventions and form no cycle", () => {
    for (const file of aiohttpFiles) {
      const text = fs.readFileSync(file, "utf8");
      expect(text).not.toMatch(/^export \{/m);
      expect(text).not.toMatch(/^export \*/m);
      expect(text).not.toMatch(/^export default/m);
      expect(text).not.toMatch(/@ts-ignore|import\.meta/);
      expect(usesAny(file)).toBe(false);
      importsOf(file);
    }
    expect(() => dependencyOrder(aiohttpFiles)).not.toThrow();
  });

  test("top-level names are unique across the runtime", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith(".ts") && entry.name !== "index.ts") {
          for (const name of topLevelNames(full)) {
            const other = seen.get(name);
            if (other !== undefined && (full.startsWith(aiohttpDir) || other.startsWith(aiohttpDir))) clashes.push(`${name}: ${path.relative(runtimeDir, other)} and ${path.relative(runtimeDir, full)}`);
            seen.set(name, full);
          }
        }
      }
    };
    walk(runtimeDir);
    expect(clashes).toEqual([]);
  });

  test("type-checks with the outputs' settings and runs against the server", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-aiohttp-"));
    try {
      fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
      const program = `
async function main(): Promise<void> {
  const session = new ClientSession({ timeout: new ClientTimeout({ total: 10 }) });
  try {
    const resp = await session.get(process.env.TEST_BASE_URL + "/users/2");
    try {
      const user = (await resp.json()) as Map<string, unknown>;
      console.log(resp.status, user.get("name"), resp.headers.get("content-type"));
    } finally {
      resp.release();
    }
    const rs = (await gather(session.get(process.env.TEST_BASE_URL + "/delay/50"), session.get(process.env.TEST_BASE_URL + "/hello"))) as ClientResponse[];
    console.log(rs.map((r) => r.status).join(","), await rs[1].text());
    try {
      await session.get(process.env.TEST_BASE_URL + "/status/404", { raiseForStatus: true });
    } catch (e) {
      if (e instanceof ClientError) console.log("caught", (e as ClientResponseError).status);
    }
  } finally {
    await session.close();
  }
}
await run(() => main());
`;
      const source = `${inlineBundle(dependencyOrder([...aiohttpFiles, path.join(runtimeDir, "asyncio", "runners.ts"), path.join(runtimeDir, "asyncio", "gather.ts")]))}\n// ---- program\n${program}\n`;
      const tsFile = path.join(dir, "program.ts");
      fs.writeFileSync(tsFile, source);
      const options: ts.CompilerOptions = {
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
        lib: ["lib.es2023.d.ts"],
        types: ["node"],
        typeRoots: [path.join(__dirname, "..", "..", "node_modules", "@types")],
        strict: true,
        noImplicitOverride: true,
        noEmit: true,
        skipLibCheck: true,
      };
      const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram([tsFile], options)).map((d) => `${d.file ? path.basename(d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
      expect(diagnostics).toEqual([]);
      const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
      const file = path.join(dir, "program.mjs");
      fs.writeFileSync(file, js);
      // Not spawnSync: when jest runs in band, the test server lives in this very process.
      const child = spawn(process.execPath, [file], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env } });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
      const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(stderr).toBe("");
      expect(stdout.split("\n")).toEqual(["200 Bob Jones application/json; charset=utf-8", "200,200 Hello, world!", "caught 404", ""]);
      expect(status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
