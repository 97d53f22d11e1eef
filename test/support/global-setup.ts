import { pathToFileURL } from "node:url";
import * as path from "node:path";

/**
 * Starts the project's loopback HTTP test server once for the whole run; fixtures and runtime tests
 * reach it through TEST_BASE_URL (inherited by the test workers).
 */
export default async function globalSetup(): Promise<void> {
  const modulePath = pathToFileURL(path.join(__dirname, "..", "server", "server.mjs")).href;
  // A real dynamic import: ts-jest would otherwise turn it into require(), which cannot load an ES module.
  const load = new Function("specifier", "return import(specifier)") as (s: string) => Promise<{ startServer: (o?: { port?: number }) => Promise<{ url: string; close: () => Promise<void> }> }>;
  const { startServer } = await load(modulePath);
  const server = await startServer({ port: 0 });
  process.env.TEST_BASE_URL = server.url;
  (globalThis as { __py2tsTestServer?: { close: () => Promise<void> } }).__py2tsTestServer = server;
}
