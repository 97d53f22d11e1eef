/**
 * Inline mode carries only the runtime declarations a program needs. The selection must be complete
 * (the carried text compiles on its own under --strict) and tight (a program that only sleeps does
 * not carry the printing machinery because some method happens to be called `join` or `split`).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ts from "typescript";
import { selectRuntime } from "../../src/emit/runtime-sources";
import { STRICT_OPTIONS } from "../support/workdir";

const SELECTIONS: Record<string, string[]> = {
  sleeping: ["run", "sleep"],
  printing: ["print", "repr", "str"],
  http: ["ClientSession", "run"],
  containers: ["getItem", "dictKey", "sorted", "Counter"],
};

describe("inline runtime selection", () => {
  test("each selection compiles on its own under --strict", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-selection-"));
    try {
      const files = Object.entries(SELECTIONS).map(([name, helpers]) => {
        const r = selectRuntime(helpers);
        const file = path.join(dir, `${name}.ts`);
        fs.writeFileSync(file, `${r.nodeImports.join("\n")}\n${r.text}\nexport {};\n`);
        return file;
      });
      const program = ts.createProgram(files, { ...STRICT_OPTIONS, noUnusedLocals: false });
      const errors = ts.getPreEmitDiagnostics(program).map((d) => `${path.basename(d.file?.fileName ?? "")}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
      expect(errors).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a program that only sleeps carries the event loop, not the printing helpers", () => {
    const names = selectRuntime(SELECTIONS.sleeping!).names;
    expect(names.has("run")).toBe(true);
    for (const printing of ["repr", "join", "split", "pySetOrder"]) expect(names.has(printing)).toBe(false);
  });
});
