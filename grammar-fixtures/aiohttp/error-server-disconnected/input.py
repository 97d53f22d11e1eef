# The server drops the connection: ServerDisconnectedError; a truncated body: ClientPayloadError.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def fetch_with_retry(session: aiohttp.ClientSession, path: str, attempts: int) -> str:
    for attempt in range(1, attempts + 1):
        try:
            async with session.get(BASE + path) as resp:
                return f"{resp.status} after {attempt} attempts"
        except aiohttp.ServerDisconnectedError as exc:
            print(f"attempt {attempt}: {type(exc).__name__}: {exc}")
    return "gave up"


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        print(await fetch_with_retry(session, "/close", 3))
        try:
            await session.get(BASE + "/close")
        except aiohttp.ServerConnectionError as exc:
            print("ServerConnectionError:", type(exc).__name__)
            print("is ClientConnectionError:", isinstance(exc, aiohttp.ClientConnectionError))
        async with session.get(BASE + "/truncated") as resp:
            print("truncated status:", resp.status, resp.content_length)
            try:
                await resp.read()
            except aiohttp.ClientPayloadError as exc:
                print("ClientPayloadError:", type(exc).__name__)
        async with session.get(BASE + "/hello") as resp:
            print("session still usable:", await resp.text())
        for attempt in range(1, 5):
            async with session.get(BASE + "/flaky", params={"key": "disconnect-demo", "fail": "2"}) as resp:
                if resp.status == 503:
                    print(f"flaky attempt {attempt}: 503 {await resp.text()!r}")
                    continue
                print(f"flaky attempt {attempt}:", await resp.json())
                break


asyncio.run(main())
