import { ClientSession, at, dynAdd, format, getItem, gt, iter, len, run, str } from "py2ts-async/runtime";

// An async generator that follows "next" links page by page; consumers stop early or collect all.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

async function* iterate_items(session: ClientSession, per_page: number): AsyncGenerator<Map<string, unknown>, void, undefined> {
  let path: string | null = `/items?per_page=${per_page}`;
  let page!: unknown;
  while (path !== null) {
    const resp = await session.get(BASE + path);
    try {
      page = await resp.json();
    } finally {
      resp.release();
    }
    console.log(`  fetched page ${str(getItem(page, "page"))} (${len(getItem(page, "items"))} items)`);
    for (const item of iter(getItem(page, "items"))) {
      yield item as Map<string, unknown>;
    }
    path = getItem(page, "next") as string | null;
  }
}

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    console.log("collect all:");
    const names: unknown[] = await (async () => { const result: unknown[] = []; for await (const item of iterate_items(session, 8)) { result.push(getItem(item, "name")); } return result; })();
    console.log(names.length, str(at(names, 0)), str(at(names, -1)));

    console.log("stop at the first expensive item:");
    for await (const item of iterate_items(session, 5)) {
      if (gt(getItem(item, "price"), 9)) {
        console.log("first over 9:", str(item));
        break;
      }
    }

    console.log("total price:");
    let total: unknown = 0.0;
    for await (const item of iterate_items(session, 20)) {
      total = dynAdd(total, getItem(item, "price"));
    }
    console.log(`${format(total, ".2f")}`);
  } finally {
    await session.close();
  }
}

await run(main);
