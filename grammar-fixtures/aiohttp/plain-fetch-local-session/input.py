# A session that stays in one block and only reads statuses becomes plain fetch calls; a session
# whose responses are read further keeps the session helper (aiohttp decodes by the charset).
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def check(paths: list[str]) -> None:
    async with aiohttp.ClientSession() as session:
        for path in paths:
            async with session.get(BASE + path) as resp:
                print(path, resp.status)
    async with aiohttp.ClientSession() as reader:
        async with reader.get(BASE + paths[0]) as first:
            print(await first.text())


asyncio.run(check(["/hello", "/status/404", "/status/503"]))
