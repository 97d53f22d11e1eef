# Helpers receive the session as a typed parameter; the caller owns it and fans out with gather.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def fetch_user(session: aiohttp.ClientSession, user_id: int) -> dict:
    async with session.get(f"{BASE}/users/{user_id}") as response:
        if response.status == 404:
            return {"id": user_id, "missing": True}
        return await response.json()


async def fetch_status(session: aiohttp.ClientSession, code: int) -> tuple[int, str]:
    async with session.get(f"{BASE}/status/{code}") as response:
        body = await response.text()
        return response.status, body.strip()


async def average_score(session: aiohttp.ClientSession, ids: list[int]) -> float:
    users = await asyncio.gather(*(fetch_user(session, i) for i in ids))
    scores = [u["score"] for u in users if not u.get("missing")]
    return sum(scores) / len(scores)


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        users = await asyncio.gather(*(fetch_user(session, i) for i in [2, 5, 11, 8, 1]))
        for user in users:
            if user.get("missing"):
                print(f"user {user['id']}: not found")
            else:
                print(f"user {user['id']}: {user['name']} active={user['active']} score={user['score']}")
        print("statuses:", await asyncio.gather(*(fetch_status(session, c) for c in (200, 418, 503))))
        print(f"average: {await average_score(session, [1, 2, 3, 4]):.3f}")


asyncio.run(main())
