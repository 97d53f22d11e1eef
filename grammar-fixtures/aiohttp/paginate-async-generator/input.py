# An async generator that follows "next" links page by page; consumers stop early or collect all.
import asyncio
import os
from typing import Any, AsyncIterator

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def iterate_items(session: aiohttp.ClientSession, per_page: int) -> AsyncIterator[dict[str, Any]]:
    path: str | None = f"/items?per_page={per_page}"
    while path is not None:
        async with session.get(BASE + path) as resp:
            page = await resp.json()
        print(f"  fetched page {page['page']} ({len(page['items'])} items)")
        for item in page["items"]:
            yield item
        path = page["next"]


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        print("collect all:")
        names = [item["name"] async for item in iterate_items(session, 8)]
        print(len(names), names[0], names[-1])

        print("stop at the first expensive item:")
        async for item in iterate_items(session, 5):
            if item["price"] > 9:
                print("first over 9:", item)
                break

        print("total price:")
        total = 0.0
        async for item in iterate_items(session, 20):
            total += item["price"]
        print(f"{total:.2f}")


asyncio.run(main())
