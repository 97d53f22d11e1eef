import { ClientSession, callMethod, contains, dictGet, dynAdd, format, getItem, iter, join, len, max, repr, run, sorted, str, sum, unpackStarred } from "py2ts-async/runtime";

// Untyped JSON data flowing into typed code: dict lookups, membership, starred unpacking, sorting, counting.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";
const LABELS: Map<string, string> = new Map([["py2ts-async", "the tool"], ["other", "something"]]);

function summarize(data: unknown): [string, boolean, unknown, unknown, unknown[], unknown[]] {
  const name = getItem(data, "name");
  const tags = callMethod(data, "get", ["tags", []]);
  const label = LABELS.get(name as string) ?? "unknown";
  const has_x = contains(name, "x");
  const parts: unknown[] = [callMethod(name, "upper", []), label, String(len(tags))];
  if (contains(tags, "async")) {
    parts.push("async!");
  }
  const total = sum(iter(getItem(data, "numbers")));
  let first!: unknown;
  let rest!: unknown[];
  [first, ...rest] = unpackStarred(getItem(data, "numbers"), 1, 0);
  const nested = getItem(data, "nested");
  const keys = nested instanceof Map ? sorted(nested.keys()) : [];
  return [join(" | ", parts), has_x, total, first, rest, keys];
}

async function main(): Promise<void> {
  let data!: unknown;
  const session = new ClientSession();
  try {
    const resp = await session.get(`${BASE}/json`);
    try {
      data = await resp.json();
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
  console.log(str(summarize(data), "(?,?,?,?,[?],[?])"));
  const counts: Map<unknown, unknown> = new Map();
  for (const tag of iter(getItem(data, "tags"))) {
    counts.set(tag, dynAdd(dictGet(counts, tag, 0), 1));
  }
  console.log(`${str(counts)} ${str(counts.size > 0 ? max(counts.keys(), { key: (key2: unknown) => dictGet(counts, key2) }) : null)}`);
  console.log(`${format(getItem(data, "pi"), ".3f")} ${repr(getItem(data, "ratio"))} ${str(getItem(data, "version"))}`);
}

await run(main);
