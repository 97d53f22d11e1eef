import { transpile } from "../../src/transpile";

/** Calls that only tune CPython's runtime are dropped with a warning; the program around them is kept. */
describe("calls without effect in the translation", () => {
  test("uvloop and event loop policies", () => {
    const source = ["import asyncio", "import uvloop", "", "async def main():", '    print("hi")', "", "asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())", "uvloop.install()", "asyncio.run(main())", "uvloop.run(main())", ""].join("\n");
    const { code, diagnostics } = transpile(source, { runtime: "import" });
    expect(diagnostics.map((d) => [d.code, d.severity, d.start?.line])).toEqual([
      ["PY2TS3008", "warning", 7],
      ["PY2TS3008", "warning", 8],
    ]);
    expect(code).not.toMatch(/uvloop|null;|EventLoopPolicy/);
    expect(code.match(/await run\(/g)).toHaveLength(2);
  });
});
