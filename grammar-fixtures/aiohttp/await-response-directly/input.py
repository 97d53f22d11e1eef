# resp = await session.get(...) without async with: read the body, then release explicitly.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def fetch_name(session: aiohttp.ClientSession, user_id: int) -> str:
    resp = await session.get(f"{BASE}/users/{user_id}")
    data = await resp.json()
    resp.release()
    return data.get("name", data.get("error"))


async def main() -> None:
    session = aiohttp.ClientSession()
    resp = await session.get(BASE + "/hello")
    print(resp.status, await resp.text())
    resp.release()

    resp = await session.post(BASE + "/echo", json={"n": 1})
    body = await resp.json()
    print(body["method"], body["json"])
    resp.close()

    names = await asyncio.gather(*(fetch_name(session, i) for i in (1, 2, 42)))
    print(names)

    response = await session.request("GET", BASE + "/text", params={"n": 2})
    lines = (await response.text()).splitlines()
    print(lines, response.closed)
    response.release()

    status = (await session.get(BASE + "/status/201")).status
    print("chained:", status)
    await session.close()
    print("closed:", session.closed)


asyncio.run(main())
