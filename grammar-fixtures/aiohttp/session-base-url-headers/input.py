# Session defaults: base_url for relative paths, default headers merged with per-request headers.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def main() -> None:
    default_headers = {"X-Client": "py2ts-fixture", "Authorization": "Bearer token-alice", "Accept": "application/json"}
    async with aiohttp.ClientSession(base_url=BASE, headers=default_headers) as session:
        async with session.get("/headers") as resp:
            print("defaults:", (await resp.json())["headers"])
        async with session.get("/headers", headers={"X-Request-Id": "42", "X-Client": "override"}) as resp:
            print("merged:", (await resp.json())["headers"])
        async with session.get("/protected") as resp:
            print("protected:", resp.status, await resp.json())
        async with session.get("/echo", params={"q": "a b&c"}) as resp:
            echo = await resp.json()
            print("echo path:", echo["path"], "query:", echo["raw_query"], echo["query"])
        async with session.get("/users/2") as resp:
            print("url:", resp.url.path, resp.status)

    async with aiohttp.ClientSession(headers={"Authorization": "Bearer token-nobody"}) as session:
        async with session.get(BASE + "/protected") as resp:
            print("unauthorized:", resp.status, resp.headers.get("WWW-Authenticate"))


asyncio.run(main())
