# Retrying a flaky endpoint with exponential backoff; several keys retried concurrently.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


class RetryError(Exception):
    pass


async def get_with_retry(session: aiohttp.ClientSession, key: str, fail: int, log: list[str], max_attempts: int = 4) -> dict:
    delay = 0.01
    for attempt in range(1, max_attempts + 1):
        async with session.get(BASE + "/flaky", params={"key": key, "fail": str(fail)}) as resp:
            if resp.status != 503:
                resp.raise_for_status()
                return await resp.json()
            log.append(f"{key}: attempt {attempt} got 503, retrying in {delay * 1000:.0f} ms")
        await asyncio.sleep(delay)
        delay *= 2
    raise RetryError(f"{key}: gave up after {max_attempts} attempts")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        log: list[str] = []
        print(await get_with_retry(session, "retry-solo", 2, log))
        print("\n".join(log))

        logs: dict[str, list[str]] = {key: [] for key in "abcd"}
        results = await asyncio.gather(
            get_with_retry(session, "retry-a", 0, logs["a"]),
            get_with_retry(session, "retry-b", 1, logs["b"]),
            get_with_retry(session, "retry-c", 3, logs["c"]),
            get_with_retry(session, "retry-d", 9, logs["d"]),
            return_exceptions=True,
        )
        for key, result in zip(logs, results):
            print(f"{key}: {len(logs[key])} retries ->", result if isinstance(result, dict) else f"error: {result}")
            for line in logs[key]:
                print("   ", line)


asyncio.run(main())
