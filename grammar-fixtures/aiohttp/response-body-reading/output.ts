import { ClientSession, at, eq, repr, run, splitlines, str } from "py2ts-async/runtime";

// Reading bodies: text(), read() as bytes, reading twice (cached), encodings, and release().

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    let resp = await session.get(BASE + "/bytes/20");
    try {
      const data = await resp.read();
      console.log("bytes:", str(data));
      console.log("len:", data.length, "first:", at(data, 0), "last:", at(data, -1), "slice:", str(data.slice(2, 5)));
      const again = await resp.read();
      console.log("second read equal:", str(eq(again, data)));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/hello");
    try {
      const text = await resp.text();
      console.log("text twice:", text, "|", await resp.text());
      console.log("read after text:", str(await resp.read()));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/encoding/utf8");
    try {
      console.log("utf8:", (await resp.text()).trim(), (await resp.read()).length);
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/encoding/latin1");
    try {
      console.log("latin1:", (await resp.text()).trim());
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/encoding/none");
    try {
      console.log("no charset:", (await resp.text()).trim());
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/encoding/bad-utf8");
    try {
      console.log("bad utf8 raw:", str(await resp.read()));
      console.log("replaced:", repr(await resp.text(undefined, "replace")));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/empty");
    try {
      console.log("empty:", repr(await resp.text()), str(await resp.read()));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/text?n=3");
    console.log("lines:", str(splitlines(await resp.text())));
    resp.release();
    resp = await session.get(BASE + "/bytes/5");
    resp.release();
    console.log("released without reading, status:", resp.status);
  } finally {
    await session.close();
  }
}

await run(main);
