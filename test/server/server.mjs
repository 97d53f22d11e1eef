#!/usr/bin/env node
// Placeholder: replaced by the project's loopback test server.
import http from "node:http";
export async function startServer({ port = 0 } = {}) {
  const server = http.createServer((req, res) => { res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }); res.end("Hello, world!"); });
  await new Promise((r) => server.listen(port, "127.0.0.1", r));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((r) => server.close(() => r())) };
}
