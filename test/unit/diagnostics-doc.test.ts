import * as fs from "node:fs";
import * as path from "node:path";
import { Msg } from "../../src/diagnostics/messages";

describe("docs/diagnostics.md", () => {
  const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "diagnostics.md"), "utf8");
  test.each(Object.entries(Msg).map(([key, def]) => [`PY2TS${def.code}`, key] as const))("documents %s (%s)", (code) => {
    expect(doc).toContain(`## ${code} `);
  });

  test("codes are unique", () => {
    const codes = Object.values(Msg).map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
