# A small breadth-first crawler: at most two pages fetched at a time, links parsed with a regex.
import asyncio
import os
import re

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")
LINK = re.compile(r'href="([^"]+)"')


async def fetch_page(session: aiohttp.ClientSession, sem: asyncio.Semaphore, path: str) -> tuple[int, str, list[str]]:
    async with sem:
        async with session.get(BASE + path) as resp:
            html = await resp.text()
            title = re.search(r"<title>(.*?)</title>", html)
            return resp.status, title.group(1) if title else "", LINK.findall(html)


async def crawl(start: str, limit: int) -> dict[str, tuple[int, str]]:
    sem = asyncio.Semaphore(limit)
    seen = {start}
    frontier = [start]
    results: dict[str, tuple[int, str]] = {}
    async with aiohttp.ClientSession() as session:
        depth = 0
        while frontier:
            pages = await asyncio.gather(*(fetch_page(session, sem, p) for p in frontier))
            print(f"depth {depth}: fetched {len(frontier)} page(s)")
            next_frontier: list[str] = []
            for path, (status, title, links) in zip(frontier, pages):
                results[path] = (status, title)
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        next_frontier.append(link)
            frontier = next_frontier
            depth += 1
    return results


async def main() -> None:
    results = await crawl("/html/index", 2)
    for path in sorted(results):
        status, title = results[path]
        print(f"{path:<14} {status} {title}")
    broken = [p for p, (s, _) in results.items() if s >= 400]
    print("broken links:", broken)


asyncio.run(main())
