import { ClientSession, at, run } from "py2ts-async/runtime";

// A session that stays in one block and only reads statuses becomes plain fetch calls; a session
// whose responses are read further keeps the session helper (aiohttp decodes by the charset).

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function check(paths: string[]): Promise<void> {
  for (const path of paths) {
    const resp = await fetch(BASE + path);
    try {
      console.log(`${path} ${resp.status}`);
    } finally {
      await resp.body?.cancel();
    }
  }
  const reader = new ClientSession();
  try {
    const first = await reader.get(BASE + at(paths, 0));
    try {
      console.log(await first.text());
    } finally {
      first.release();
    }
  } finally {
    await reader.close();
  }
}

await run(() => check(["/hello", "/status/404", "/status/503"]));
