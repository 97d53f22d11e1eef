import { ClientSession, bytesConcat, bytesOf, decode, getItem, jsonLoads, print, run, split, str } from "py2ts-async/runtime";

// Streaming bodies: iter_chunked, iter_any, readline, read(n) and async for over resp.content.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    let resp = await session.get(BASE + "/bytes/1000");
    try {
      const sizes: number[] = await (async () => { const result: number[] = []; for await (const chunk of resp.content.iterChunked(256)) { result.push(chunk.length); } return result; })();
      console.log("iter_chunked sizes:", str(sizes));
    } finally {
      resp.release();
    }
    let line!: Uint8Array;
    resp = await session.get(BASE + "/stream/4");
    try {
      const ids: unknown[] = [];
      for await (line of resp.content) {
        const record = jsonLoads(line);
        ids.push(getItem(record, "id"));
        console.log("line:", str(line));
      }
      console.log("ids:", str(ids));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/drip?n=4&interval=20");
    try {
      let total = bytesOf();
      for await (const chunk of resp.content.iterAny()) {
        total = bytesConcat(total, chunk);
      }
      console.log("iter_any total:", str(split(decode(total))));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/text?n=4");
    try {
      const first = await resp.content.readline();
      const second = await resp.content.readline();
      console.log("readline:", str(first), str(second));
      const rest = await resp.content.read();
      console.log("rest:", str(rest));
      print(["at eof:", resp.content.atEof(), await resp.content.readline()]);
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/bytes/10");
    try {
      const head = await resp.content.read(4);
      const exact = await resp.content.readexactly(3);
      print(["read(4):", head, "readexactly(3):", exact, "rest:", await resp.content.read()]);
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/stream/3");
    try {
      let count = 0;
      while (true) {
        line = await resp.content.readline();
        if (line.length === 0) {
          break;
        }
        count += 1;
        console.log("manual:", str(getItem(jsonLoads(line), "message")));
      }
      console.log("count:", count);
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

await run(main);
