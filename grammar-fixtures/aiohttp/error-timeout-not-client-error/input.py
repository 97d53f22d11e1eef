# A ClientTimeout expiry is asyncio.TimeoutError, not a ClientError: except clauses must agree.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def fetch(session: aiohttp.ClientSession, path: str) -> str:
    try:
        try:
            async with session.get(BASE + path) as resp:
                resp.raise_for_status()
                return f"{path}: {resp.status}"
        except aiohttp.ClientError as exc:
            return f"{path}: ClientError {type(exc).__name__}"
    except asyncio.TimeoutError:
        return f"{path}: timeout (not a ClientError)"


async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=1.0)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        paths = ["/delay/10", "/delay/3000", "/status/404", "/close", "/hello"]
        for line in await asyncio.gather(*(fetch(session, p) for p in paths)):
            print(line)
        try:
            async with session.get(BASE + "/delay/3000") as resp:
                print("unexpected", resp.status)
        except Exception as exc:
            print("caught by except Exception:", type(exc).__name__, isinstance(exc, aiohttp.ClientError))
        try:
            await session.get(BASE + "/delay/3000")
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            print("tuple clause:", type(exc).__name__)
        print("TimeoutError is asyncio.TimeoutError:", TimeoutError is asyncio.TimeoutError)


asyncio.run(main())
