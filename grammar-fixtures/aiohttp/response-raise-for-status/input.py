# resp.raise_for_status() and ClientResponseError: status, message, ok, and handling per status.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def get_user(session: aiohttp.ClientSession, user_id: int) -> str:
    async with session.get(f"{BASE}/users/{user_id}") as resp:
        resp.raise_for_status()
        return (await resp.json())["name"]


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        for uid in (1, 0, 10, 11):
            try:
                print(uid, await get_user(session, uid))
            except aiohttp.ClientResponseError as exc:
                print(uid, "failed:", exc.status, exc.message)
        for code in (200, 204, 301, 400, 403, 429, 500, 502):
            async with session.get(f"{BASE}/status/{code}", allow_redirects=False) as resp:
                try:
                    resp.raise_for_status()
                    print(code, "ok", resp.ok)
                except aiohttp.ClientResponseError as exc:
                    print(code, "raised", exc.status, repr(exc.message), "ok =", resp.ok)
        async with session.get(BASE + "/status/404") as resp:
            try:
                resp.raise_for_status()
            except aiohttp.ClientError as exc:
                print("as ClientError:", type(exc).__name__, exc.status)
                print("str:", str(exc).replace(BASE, "<base>"))
        async with session.get(BASE + "/status/500?reason=") as resp:
            try:
                resp.raise_for_status()
            except aiohttp.ClientResponseError as exc:
                print("empty reason:", exc.status, repr(exc.message))


asyncio.run(main())
