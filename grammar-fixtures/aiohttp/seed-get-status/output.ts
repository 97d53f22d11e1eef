import { isMain, run } from "py2ts-async/runtime";

// The tutorial's aiohttp example: one GET with a ClientSession, printing the status code.
// Point TEST_BASE_URL at any HTTP server (the tests use the project's loopback server).

const URL_ = (process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765") + "/hello";

async function main(): Promise<void> {
  const response = await fetch(URL_);
  try {
    console.log(response.status);
  } finally {
    await response.body?.cancel();
  }
}

if (isMain(import.meta.url)) {
  await run(main);
}
