# Three workers share one session and pull user ids from a queue; results are collected by id.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def worker(name: str, session: aiohttp.ClientSession, queue: asyncio.Queue[int], results: dict[int, str]) -> int:
    handled = 0
    while True:
        user_id = await queue.get()
        try:
            async with session.get(f"{BASE}/users/{user_id}") as resp:
                if resp.status == 200:
                    results[user_id] = (await resp.json())["name"]
                else:
                    results[user_id] = f"<{resp.status}>"
            handled += 1
        finally:
            queue.task_done()
        if queue.empty():
            return handled


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for user_id in [3, 14, 1, 7, 9, 2, 12, 5]:
        queue.put_nowait(user_id)
    results: dict[int, str] = {}
    async with aiohttp.ClientSession() as session:
        workers = [asyncio.create_task(worker(f"w{i}", session, queue, results)) for i in range(3)]
        await queue.join()
        counts = await asyncio.gather(*workers)
    print("handled in total:", sum(counts))
    for user_id in sorted(results):
        print(user_id, results[user_id])


asyncio.run(main())
