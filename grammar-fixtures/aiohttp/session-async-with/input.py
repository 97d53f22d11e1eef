# One session opened with async with; several requests, each response used in its own async with.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/hello") as resp:
            print("hello:", resp.status, await resp.text())
        async with session.get(f"{BASE}/users/3") as resp:
            user = await resp.json()
            print("user:", user["name"], user["email"], user["tags"])
        async with session.get(BASE + "/users") as resp:
            users = await resp.json()
            print("user count:", len(users))
            print("first two:", [u["name"] for u in users[:2]])
        for page in range(1, 4):
            async with session.get(BASE + "/items", params={"page": page, "per_page": 10}) as resp:
                data = await resp.json()
                print(f"page {page}:", [item["id"] for item in data["items"]], "next:", data["next"])
        print("closed inside:", session.closed)
    print("closed after:", session.closed)


if __name__ == "__main__":
    asyncio.run(main())
