# Requests with different server delays, handled in completion order with as_completed.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def timed(session: aiohttp.ClientSession, label: str, ms: int) -> tuple[str, int]:
    async with session.get(f"{BASE}/delay/{ms}") as resp:
        data = await resp.json()
        return label, data["delay_ms"]


async def main() -> None:
    plan = {"slow": 480, "fast": 20, "medium": 240, "quick": 120, "lazy": 360}
    async with aiohttp.ClientSession() as session:
        for position, fut in enumerate(asyncio.as_completed([timed(session, k, v) for k, v in plan.items()]), start=1):
            label, ms = await fut
            print(f"{position}. {label} ({ms} ms)")

        first = asyncio.create_task(timed(session, "first", 20))
        second = asyncio.create_task(timed(session, "second", 600))
        done, pending = await asyncio.wait({first, second}, return_when=asyncio.FIRST_COMPLETED)
        print("winner:", [t.result() for t in done], "still pending:", len(pending))
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        print("second cancelled:", second.cancelled())


asyncio.run(main())
