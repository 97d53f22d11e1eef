# TCPConnector(limit=2): only two requests run at once, the rest wait for a free connection.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")
DELAYS = [1200, 480, 280, 1000, 120, 800]


async def timed_get(session: aiohttp.ClientSession, index: int, ms: int, order: list[int]) -> int:
    async with session.get(f"{BASE}/delay/{ms}") as resp:
        data = await resp.json()
    order.append(index)
    print(f"request {index} ({ms} ms) finished")
    return data["delay_ms"]


async def run_all(limit: int) -> list[int]:
    order: list[int] = []
    connector = aiohttp.TCPConnector(limit=limit)
    async with aiohttp.ClientSession(connector=connector) as session:
        print("connector limit:", connector.limit)
        results = await asyncio.gather(*(timed_get(session, i, ms, order) for i, ms in enumerate(DELAYS)))
        print("results in argument order:", results)
    print("connector closed:", connector.closed)
    return order


async def main() -> None:
    limited = await run_all(2)
    print("limit=2 finish order:", limited)
    unlimited = await run_all(100)
    print("limit=100 finish order:", unlimited)


asyncio.run(main())
