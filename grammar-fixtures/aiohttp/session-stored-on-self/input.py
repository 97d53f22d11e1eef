# An API client that owns its session: created in __init__, closed by close() or by __aexit__.
import asyncio
import os
from typing import Any

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


class UserClient:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.session: aiohttp.ClientSession | None = None
        self.requests = 0

    async def start(self) -> None:
        self.session = aiohttp.ClientSession()

    async def get_user(self, user_id: int) -> dict[str, Any]:
        assert self.session is not None
        self.requests += 1
        async with self.session.get(f"{self.base_url}/users/{user_id}") as resp:
            return await resp.json()

    async def close(self) -> None:
        if self.session is not None and not self.session.closed:
            await self.session.close()

    async def __aenter__(self) -> "UserClient":
        await self.start()
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        await self.close()


class StatusChecker:
    def __init__(self) -> None:
        self.session = aiohttp.ClientSession()

    async def check(self, code: int) -> str:
        async with self.session.get(f"{BASE}/status/{code}") as resp:
            return f"{resp.status} {resp.reason}"

    async def close(self) -> None:
        await self.session.close()


async def main() -> None:
    client = UserClient(BASE)
    await client.start()
    try:
        users = await asyncio.gather(*(client.get_user(i) for i in (1, 4, 7)))
        print("names:", [u["name"] for u in users])
    finally:
        await client.close()
    print("closed:", client.session is not None and client.session.closed, "requests:", client.requests)
    await client.close()
    print("closing twice is fine")

    async with UserClient(BASE) as c2:
        user = await c2.get_user(10)
        print("inside:", user["name"], c2.session is not None and c2.session.closed)
    print("after block:", c2.session is not None and c2.session.closed)

    checker = StatusChecker()
    print([await checker.check(code) for code in (200, 201, 404)])
    await checker.close()
    print("checker closed:", checker.session.closed)


asyncio.run(main())
