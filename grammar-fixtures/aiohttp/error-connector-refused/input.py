# Nothing listens on port 1: the request fails with ClientConnectorError, a ClientOSError and an OSError.
import asyncio

import aiohttp

DEAD = "http://127.0.0.1:1"


async def try_get(session: aiohttp.ClientSession, path: str) -> str:
    try:
        async with session.get(DEAD + path) as resp:
            return f"unexpected {resp.status}"
    except aiohttp.ClientConnectorError as exc:
        return f"{path}: ClientConnectorError host={exc.host} port={exc.port} ssl={exc.ssl}"


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(try_get(session, f"/page/{i}") for i in range(5)))
        for line in results:
            print(line)
        try:
            await session.get(DEAD + "/x")
        except aiohttp.ClientConnectionError as exc:
            print("is ClientConnectionError:", type(exc).__name__)
            print("is ClientOSError:", isinstance(exc, aiohttp.ClientOSError))
            print("is OSError:", isinstance(exc, OSError))
            print("is ClientError:", isinstance(exc, aiohttp.ClientError))
            print("is ClientResponseError:", isinstance(exc, aiohttp.ClientResponseError))
        try:
            await session.post(DEAD + "/submit", json={"a": 1})
        except aiohttp.ClientError as exc:
            print("caught as ClientError:", type(exc).__name__, str(exc))
    print("session closed:", session.closed)


asyncio.run(main())
