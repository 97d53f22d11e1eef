import { ClientError, ClientSession, pyType, run } from "py2ts-async/runtime";

// The same status check keeps the session helper when the module catches exceptions: a refused
// connection must be the ClientConnectorError that `except aiohttp.ClientError` catches.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function status_of(url: string): Promise<number> {
  const session = new ClientSession();
  try {
    const resp = await session.get(url);
    try {
      return resp.status;
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  console.log(await status_of(BASE + "/hello"));
  try {
    await status_of("http://127.0.0.1:1/");
  } catch (e) {
    if (e instanceof ClientError) {
      console.log("refused:", pyType(e).__name__);
    } else {
      throw e;
    }
  }
}

await run(main);
