# A verb chosen at run time (getattr(session, method)) and request keywords forwarded through **kwargs.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def call(session: aiohttp.ClientSession, method: str, path: str, **kwargs) -> int:
    async with session.request(method, BASE + path, **kwargs) as resp:
        return resp.status


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        for method in ("get", "post", "delete"):
            func = getattr(session, method)
            async with func(BASE + "/echo") as resp:
                body = await resp.json()
                print(method, resp.status, body["method"])
        print(await call(session, "PUT", "/echo", json={"a": 1}))
        print(await call(session, "GET", "/echo", params={"q": "x"}, headers={"X-Test": "1"}))


asyncio.run(main())
