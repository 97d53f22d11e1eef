# Response metadata: status, reason, ok, headers (missing key -> KeyError), content type, charset, url, method.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def describe(session: aiohttp.ClientSession, path: str) -> None:
    async with session.get(BASE + path) as resp:
        print(f"{path}: {resp.status} {resp.reason!r} ok={resp.ok}")
        print(f"  content_type={resp.content_type} charset={resp.charset} length={resp.content_length}")
        print(f"  url.path={resp.url.path} query={resp.url.query_string!r} method={resp.method}")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        for path in ["/hello", "/json", "/status/404", "/status/301", "/status/503?reason=Down", "/bytes/4", "/empty", "/encoding/latin1"]:
            await describe(session, path)
        async with session.get(BASE + "/response-headers", params=[("X-Color", "red"), ("X-Color", "blue"), ("X-Size", "L")]) as resp:
            print("X-Size:", resp.headers["X-Size"], "(case-insensitive:", resp.headers["x-size"] + ")")
            print("first X-Color:", resp.headers["X-Color"], "all:", resp.headers.getall("X-Color"))
            print("get missing:", resp.headers.get("X-Missing"), resp.headers.get("X-Missing", "fallback"))
            print("contains:", "X-Size" in resp.headers, "X-Missing" in resp.headers)
            try:
                print(resp.headers["X-Missing"])
            except KeyError as exc:
                print("KeyError:", exc)
            print("content-type header:", resp.headers["Content-Type"])
        async with session.get(BASE + "/redirect/1") as resp:
            print("final url:", str(resp.url).replace(BASE, "<base>"), "history:", len(resp.history), resp.history[0].status)
        async with session.post(BASE + "/echo") as resp:
            print("method:", resp.method, "status:", resp.status)


asyncio.run(main())
