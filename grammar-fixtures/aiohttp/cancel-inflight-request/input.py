# Cancelling tasks that are in the middle of HTTP requests: wait_for, task.cancel and asyncio.timeout.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def download(session: aiohttp.ClientSession, name: str, path: str) -> str:
    print(f"{name}: requesting {path}")
    try:
        async with session.get(BASE + path) as resp:
            body = await resp.text()
            print(f"{name}: received {len(body)} bytes")
            return body.strip()
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    finally:
        print(f"{name}: finally")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        try:
            await asyncio.wait_for(download(session, "wait_for", "/delay/500"), timeout=0.05)
        except asyncio.TimeoutError:
            print("wait_for timed out")

        delays = [50, 100, 1500, 2000, 2500]
        tasks = [asyncio.create_task(download(session, f"t{i}", f"/delay/{ms}")) for i, ms in enumerate(delays)]
        await asyncio.sleep(0.6)
        for t in tasks:
            if not t.done():
                t.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        print("results:", [r if isinstance(r, str) else "cancelled" for r in results])

        try:
            async with asyncio.timeout(0.05):
                await download(session, "body", "/slow?delay=500")
        except TimeoutError:
            print("body read interrupted by asyncio.timeout")

        print("after cancellations:", await download(session, "final", "/hello"))


asyncio.run(main())
