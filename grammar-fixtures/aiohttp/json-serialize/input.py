# json_serialize replaces json.dumps for json= bodies; the server echoes the exact text it received.
import asyncio
import functools
import json
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


def compact(value: object) -> str:
    return json.dumps(value, separators=(",", ":"), sort_keys=True)


async def post_body(session: aiohttp.ClientSession, payload: object) -> str:
    async with session.post(BASE + "/echo", json=payload) as resp:
        echo = await resp.json()
        return echo["body"]


async def main() -> None:
    payload = {"name": "Zoë", "tags": ["b", "a"], "count": 3, "ratio": 0.5, "ok": True, "none": None}
    async with aiohttp.ClientSession() as session:
        print("default:", await post_body(session, payload))
    async with aiohttp.ClientSession(json_serialize=compact) as session:
        print("compact:", await post_body(session, payload))
        print("list:", await post_body(session, [3, 1, 2]))
    pretty = functools.partial(json.dumps, indent=1, ensure_ascii=False)
    async with aiohttp.ClientSession(json_serialize=pretty) as session:
        print("pretty:")
        print(await post_body(session, {"z": 1, "é": [1, 2]}))


asyncio.run(main())
