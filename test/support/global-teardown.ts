export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __py2tsTestServer?: { close: () => Promise<void> } }).__py2tsTestServer;
  await server?.close();
}
