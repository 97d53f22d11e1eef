# ClientTimeout(total=...) on the session and per request; expiry raises asyncio.TimeoutError.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def fetch_delay(session: aiohttp.ClientSession, ms: int) -> str:
    try:
        async with session.get(f"{BASE}/delay/{ms}") as resp:
            data = await resp.json()
            return f"{ms}ms ok ({data['delay_ms']})"
    except asyncio.TimeoutError:
        return f"{ms}ms timed out"


async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=1.0)
    print("total:", timeout.total)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        results = await asyncio.gather(*(fetch_delay(session, ms) for ms in (10, 2500, 150, 3000, 300)))
        for line in results:
            print(line)
        try:
            async with session.get(BASE + "/delay/1500", timeout=aiohttp.ClientTimeout(total=0.05)) as resp:
                print("unexpected", resp.status)
        except asyncio.TimeoutError:
            print("per-request timeout overrides the session's")
        async with session.get(BASE + "/delay/1300", timeout=aiohttp.ClientTimeout(total=4)) as resp:
            print("longer per-request timeout:", (await resp.json())["delay_ms"])
        try:
            async with session.get(BASE + "/slow?delay=2500") as resp:
                print("headers arrived:", resp.status)
                await resp.text()
        except asyncio.TimeoutError:
            print("body read timed out")


asyncio.run(main())
