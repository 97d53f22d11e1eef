# resp.json(): checks the content type (ContentTypeError), content_type=None skips the check.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/json") as resp:
            doc = await resp.json()
            print("keys:", sorted(doc))
            print("values:", doc["version"], doc["ratio"], doc["big"], doc["negative"], doc["enabled"], doc["nothing"])
            print("numbers:", doc["numbers"], "empty:", doc["empty_list"], doc["empty_object"])
            print("unicode:", doc["unicode"], len(doc["unicode"]))
            total = sum(n for n in doc["numbers"])
            print("sum:", total)
        async with session.get(BASE + "/wrong-content-type") as resp:
            try:
                await resp.json()
            except aiohttp.ContentTypeError as exc:
                print("ContentTypeError:", exc.status, exc.message)
                print("is a ClientResponseError:", isinstance(exc, aiohttp.ClientResponseError))
        async with session.get(BASE + "/wrong-content-type") as resp:
            data = await resp.json(content_type=None)
            print("forced:", data)
        async with session.get(BASE + "/hello") as resp:
            try:
                await resp.json(content_type=None)
            except ValueError as exc:
                print("not JSON:", type(exc).__name__)
        async with session.get(BASE + "/empty") as resp:
            print("empty body json:", await resp.json(content_type=None))
        async with session.get(BASE + "/users/404") as resp:
            error = await resp.json()
            print("error body:", resp.status, error["error"], error["id"])
        async with session.get(BASE + "/gzip") as resp:
            print("gzip:", await resp.json(), resp.headers["Content-Encoding"])


asyncio.run(main())
