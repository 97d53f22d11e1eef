# A new session for each call: simple scripts often open and close one per request.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def get_text(path: str) -> str:
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + path) as resp:
            return await resp.text()


async def get_json(path: str):
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + path) as resp:
            return await resp.json()


async def post_login(username: str, password: str) -> tuple[int, dict]:
    session = aiohttp.ClientSession()
    try:
        async with session.post(BASE + "/login", json={"username": username, "password": password}) as resp:
            return resp.status, await resp.json()
    finally:
        await session.close()


async def main() -> None:
    print(await get_text("/hello"))
    print((await get_text("/text?n=3")).splitlines())
    doc = await get_json("/json")
    print(doc["name"], doc["version"], doc["ratio"], doc["unicode"])
    print(doc["nested"]["inner"]["items"])
    results = await asyncio.gather(*(get_json(f"/users/{i}") for i in range(1, 6)))
    print([r["email"] for r in results])
    print(await post_login("alice", "secret"))
    print(await post_login("bob", "wrong"))


asyncio.run(main())
