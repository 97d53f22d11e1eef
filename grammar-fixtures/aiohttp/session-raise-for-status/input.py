# raise_for_status=True on the session turns every 4xx/5xx response into ClientResponseError.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def fetch(session: aiohttp.ClientSession, path: str) -> str:
    try:
        async with session.get(BASE + path) as resp:
            return f"{path}: {resp.status} {(await resp.text()).strip()[:20]}"
    except aiohttp.ClientResponseError as exc:
        return f"{path}: error {exc.status} {exc.message!r}"


async def main() -> None:
    async with aiohttp.ClientSession(raise_for_status=True) as session:
        for path in ["/hello", "/status/404", "/status/500", "/users/99", "/status/302", "/status/204", "/status/418?reason=Custom"]:
            print(await fetch(session, path))
        try:
            await session.get(BASE + "/status/401")
        except aiohttp.ClientResponseError as exc:
            print("awaited request:", exc.status, exc.request_info.method, exc.request_info.url.path)

    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/status/404") as resp:
            print("without the option:", resp.status, resp.ok)


asyncio.run(main())
