/** docs/supported-api.md lists exactly the asyncio/aiohttp/contextlib names the registry maps (`npm run docs:api` regenerates it). */
describe("docs/supported-api.md", () => {
  test("matches the rule registry", () => {
    const { expected } = require("../../scripts/supported-api.js") as { expected: () => { doc: string; text: string } };
    const { doc, text } = expected();
    expect(doc).toBe(text);
  });
});
