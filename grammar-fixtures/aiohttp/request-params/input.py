# Query parameters: a dict, a list of pairs with repeated keys, ints, and params merged with a URL query.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def echo_query(session: aiohttp.ClientSession, url: str, params=None) -> None:
    async with session.get(url, params=params) as resp:
        data = await resp.json()
        print(f"{data['raw_query']!r} -> {data['query']}")


async def main() -> None:
    echo = BASE + "/echo"
    async with aiohttp.ClientSession() as session:
        await echo_query(session, echo, {"q": "python asyncio", "page": 2})
        await echo_query(session, echo, [("tag", "a"), ("tag", "b"), ("sort", "-date")])
        await echo_query(session, echo, {"name": "Zoë", "path": "/tmp/x y", "sym": "a+b=c&d"})
        await echo_query(session, echo, {"empty": ""})
        await echo_query(session, echo + "?fixed=1")
        await echo_query(session, echo, None)
        async with session.get(BASE + "/items", params={"page": "3", "per_page": "4"}) as resp:
            data = await resp.json()
            print("items page 3:", [i["name"] for i in data["items"]], "next:", data["next"])
        async with session.get(BASE + "/items", params={"page": "x"}) as resp:
            print("bad page:", resp.status, await resp.json())


asyncio.run(main())
