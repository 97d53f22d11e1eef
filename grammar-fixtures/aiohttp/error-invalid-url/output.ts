import { ClientError, ClientResponse, ClientSession, InvalidURL, ValueError, pyType, repr, run, str } from "py2ts-async/runtime";

// Malformed URLs raise InvalidURL (a ClientError and a ValueError) before anything is sent.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    let resp!: ClientResponse;
    for (const url of ["not a url", "/relative/path", "http://", "://missing-scheme"]) {
      try {
        resp = await session.get(url);
        try {
          console.log("unexpected", resp.status);
        } finally {
          resp.release();
        }
      } catch (exc) {
        if (exc instanceof InvalidURL) {
          console.log(`${repr(url)}: InvalidURL ${str(exc)}`);
        } else {
          throw exc;
        }
      }
    }
    try {
      await session.get("");
    } catch (exc) {
      if (exc instanceof ValueError) {
        console.log("empty url is a ValueError:", pyType(exc).__name__);
      } else {
        throw exc;
      }
    }
    try {
      await session.get("mailto:someone@example.com");
    } catch (exc) {
      if (exc instanceof ClientError) {
        console.log("unsupported scheme:", pyType(exc).__name__);
      } else {
        throw exc;
      }
    }
    resp = await session.get(BASE + "/hello");
    try {
      console.log("a good url still works:", resp.status);
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

await run(main);
