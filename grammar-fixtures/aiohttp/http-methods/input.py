# Every HTTP verb helper plus session.request(method, url), against the echo endpoint.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")
ECHO = BASE + "/echo"


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(ECHO) as resp:
            print("GET", (await resp.json())["method"])
        async with session.post(ECHO, json={"a": 1}) as resp:
            data = await resp.json()
            print("POST", data["method"], data["json"])
        async with session.put(ECHO, data="replacement") as resp:
            data = await resp.json()
            print("PUT", data["method"], data["body"])
        async with session.patch(ECHO, json={"op": "inc"}) as resp:
            data = await resp.json()
            print("PATCH", data["method"], data["json"])
        async with session.delete(ECHO) as resp:
            print("DELETE", (await resp.json())["method"], resp.status)
        async with session.head(BASE + "/hello") as resp:
            print("HEAD", resp.status, resp.headers["Content-Length"], repr(await resp.text()))
        async with session.options(ECHO) as resp:
            print("OPTIONS", (await resp.json())["method"])
        for method in ["GET", "POST", "PUT", "DELETE", "PATCH"]:
            async with session.request(method, ECHO) as resp:
                print("request():", method, "->", (await resp.json())["method"], resp.method)
        async with session.request("POST", BASE + "/login", data={"username": "bob", "password": "hunter2"}) as resp:
            print("login:", resp.status, await resp.json())
        async with session.get(BASE + "/login") as resp:
            print("GET /login:", resp.status, resp.headers["Allow"])


asyncio.run(main())
