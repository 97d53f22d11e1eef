import { ClientSession, Semaphore, format, gather, getItem, reCompile, reSearch, run, sorted, str, zip } from "py2ts-async/runtime";

// A small breadth-first crawler: at most two pages fetched at a time, links parsed with a regex.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";
const LINK = reCompile("href=\"([^\"]+)\"");

async function fetch_page(session: ClientSession, sem: Semaphore, path: string): Promise<[number, string, string[]]> {
  await sem.acquire();
  try {
    const resp = await session.get(BASE + path);
    try {
      const html = await resp.text();
      const title = reSearch("<title>(.*?)</title>", html);
      return [resp.status, title !== null ? title.group(1) : "", LINK.findall(html) as string[]];
    } finally {
      resp.release();
    }
  } finally {
    sem.release();
  }
}

async function crawl(start: string, limit: number): Promise<Map<string, [number, string]>> {
  const sem = new Semaphore(limit);
  const seen: Set<string> = new Set([start]);
  let frontier: string[] = [start];
  const results: Map<string, [number, string]> = new Map();
  const session = new ClientSession();
  try {
    let depth = 0;
    while (frontier.length > 0) {
      const pages: [number, string, string[]][] = await gather(...frontier.map((p) => () => fetch_page(session, sem, p)));
      console.log(`depth ${depth}: fetched ${frontier.length} page(s)`);
      const next_frontier: string[] = [];
      for (const [path, [status, title, links]] of zip(frontier, pages)) {
        results.set(path, [status, title]);
        for (const link of links) {
          if (!seen.has(link)) {
            seen.add(link);
            next_frontier.push(link);
          }
        }
      }
      frontier = next_frontier;
      depth += 1;
    }
  } finally {
    await session.close();
  }
  return results;
}

async function main(): Promise<void> {
  const results: Map<string, [number, string]> = await crawl("/html/index", 2);
  for (const path of sorted(results.keys())) {
    const [status, title] = getItem(results, path);
    console.log(`${format(path, "<14")} ${status} ${title}`);
  }
  const broken: string[] = [...results.entries()].filter(([p, [s, _]]) => s >= 400).map(([p, [s, _]]) => p);
  console.log("broken links:", str(broken));
}

await run(main);
