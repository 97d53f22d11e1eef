import { ClientResponseError, ClientSession, ContentTypeError, ValueError, getItem, iter, len, pyType, run, sorted, str, sum } from "py2ts-async/runtime";

// resp.json(): checks the content type (ContentTypeError), content_type=None skips the check.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    let resp = await session.get(BASE + "/json");
    try {
      const doc = await resp.json();
      console.log("keys:", str(sorted(iter(doc))));
      console.log("values:", str(getItem(doc, "version")), str(getItem(doc, "ratio")), str(getItem(doc, "big")), str(getItem(doc, "negative")), str(getItem(doc, "enabled")), str(getItem(doc, "nothing")));
      console.log("numbers:", str(getItem(doc, "numbers")), "empty:", str(getItem(doc, "empty_list")), str(getItem(doc, "empty_object")));
      console.log("unicode:", str(getItem(doc, "unicode")), len(getItem(doc, "unicode")));
      const total = sum([...iter(getItem(doc, "numbers"))]);
      console.log("sum:", str(total));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/wrong-content-type");
    try {
      try {
        await resp.json();
      } catch (exc) {
        if (exc instanceof ContentTypeError) {
          console.log("ContentTypeError:", exc.status, exc.message);
          console.log("is a ClientResponseError:", str(exc instanceof ClientResponseError));
        } else {
          throw exc;
        }
      }
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/wrong-content-type");
    try {
      const data = await resp.json({ contentType: null });
      console.log("forced:", str(data));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/hello");
    try {
      try {
        await resp.json({ contentType: null });
      } catch (exc) {
        if (exc instanceof ValueError) {
          console.log("not JSON:", pyType(exc).__name__);
        } else {
          throw exc;
        }
      }
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/empty");
    try {
      console.log("empty body json:", str(await resp.json({ contentType: null })));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/users/404");
    try {
      const error = await resp.json();
      console.log("error body:", resp.status, str(getItem(error, "error")), str(getItem(error, "id")));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/gzip");
    try {
      console.log("gzip:", str(await resp.json()), resp.headers.getItem("Content-Encoding"));
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

await run(main);
