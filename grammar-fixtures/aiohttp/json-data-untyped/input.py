# Untyped JSON data flowing into typed code: dict lookups, membership, starred unpacking, sorting, counting.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")
LABELS = {"py2ts-async": "the tool", "other": "something"}


def summarize(data):
    name = data["name"]
    tags = data.get("tags", [])
    label = LABELS.get(name, "unknown")
    has_x = "x" in name
    parts = [name.upper(), label, str(len(tags))]
    if "async" in tags:
        parts.append("async!")
    total = sum(data["numbers"])
    first, *rest = data["numbers"]
    nested = data["nested"]
    keys = sorted(nested.keys()) if isinstance(nested, dict) else []
    return " | ".join(parts), has_x, total, first, rest, keys


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/json") as resp:
            data = await resp.json()
    print(summarize(data))
    counts = {}
    for tag in data["tags"]:
        counts[tag] = counts.get(tag, 0) + 1
    print(counts, max(counts, key=counts.get) if counts else None)
    print(f"{data['pi']:.3f} {data['ratio']!r} {data['version']}")


asyncio.run(main())
