# Per-request options: headers=, timeout=, allow_redirects=False, and following redirects with history.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/headers", headers={"X-Trace": "abc", "Accept": "text/plain"}) as resp:
            print("headers:", (await resp.json())["headers"])
        async with session.get(BASE + "/redirect/3") as resp:
            print("followed:", resp.status, resp.url.path, await resp.text())
            print("history:", [(r.status, r.url.path) for r in resp.history])
        async with session.get(BASE + "/redirect/3", allow_redirects=False) as resp:
            print("not followed:", resp.status, resp.headers["Location"], len(resp.history))
        async with session.get(BASE + "/redirect-to", params={"url": "/users/1", "status": "301"}) as resp:
            print("301 to:", resp.url.path, (await resp.json())["name"])
        async with session.post(BASE + "/redirect-to?url=/echo&status=307", data="kept") as resp:
            data = await resp.json()
            print("307 keeps method and body:", data["method"], data["body"])
        async with session.post(BASE + "/redirect-to?url=/echo&status=302", data="dropped") as resp:
            data = await resp.json()
            print("302 turns POST into:", data["method"], repr(data["body"]))
        try:
            async with session.get(BASE + "/delay/500", timeout=aiohttp.ClientTimeout(total=0.05)) as resp:
                print("unexpected:", resp.status)
        except asyncio.TimeoutError:
            print("request timeout: asyncio.TimeoutError")
        async with session.get(BASE + "/delay/20", timeout=aiohttp.ClientTimeout(total=1)) as resp:
            print("within timeout:", await resp.json())


asyncio.run(main())
