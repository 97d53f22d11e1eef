# The same status check keeps the session helper when the module catches exceptions: a refused
# connection must be the ClientConnectorError that `except aiohttp.ClientError` catches.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def status_of(url: str) -> int:
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            return resp.status


async def main() -> None:
    print(await status_of(BASE + "/hello"))
    try:
        await status_of("http://127.0.0.1:1/")
    except aiohttp.ClientError as e:
        print("refused:", type(e).__name__)


asyncio.run(main())
