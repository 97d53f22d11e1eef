# Malformed URLs raise InvalidURL (a ClientError and a ValueError) before anything is sent.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        for url in ["not a url", "/relative/path", "http://", "://missing-scheme"]:
            try:
                async with session.get(url) as resp:
                    print("unexpected", resp.status)
            except aiohttp.InvalidURL as exc:
                print(f"{url!r}: InvalidURL {exc}")
        try:
            await session.get("")
        except ValueError as exc:
            print("empty url is a ValueError:", type(exc).__name__)
        try:
            await session.get("mailto:someone@example.com")
        except aiohttp.ClientError as exc:
            print("unsupported scheme:", type(exc).__name__)
        async with session.get(BASE + "/hello") as resp:
            print("a good url still works:", resp.status)


asyncio.run(main())
