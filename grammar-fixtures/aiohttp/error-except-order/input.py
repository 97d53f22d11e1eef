# One fetcher, many failure modes: except clauses ordered from specific to general, as production code does.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def classify(session: aiohttp.ClientSession, url: str) -> str:
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=1.0)) as resp:
            resp.raise_for_status()
            data = await resp.json()
            return f"ok {sorted(data)[:2]}"
    except aiohttp.ContentTypeError as exc:
        return f"content type error ({exc.status})"
    except aiohttp.ClientResponseError as exc:
        return f"http error {exc.status} {exc.message}"
    except aiohttp.ClientConnectorError:
        return "cannot connect"
    except aiohttp.ServerDisconnectedError:
        return "server disconnected"
    except aiohttp.ClientError as exc:
        return f"other client error {type(exc).__name__}"
    except asyncio.TimeoutError:
        return "timed out"


async def main() -> None:
    urls = [
        BASE + "/json",
        BASE + "/hello",
        BASE + "/status/403",
        "http://127.0.0.1:1/",
        BASE + "/close",
        BASE + "/delay/4000",
        BASE + "/truncated",
        BASE + "/users/5",
    ]
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(classify(session, u) for u in urls))
    for url, result in zip(urls, results):
        print(url.replace(BASE, "<base>"), "->", result)


asyncio.run(main())
