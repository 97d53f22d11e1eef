# Reading bodies: text(), read() as bytes, reading twice (cached), encodings, and release().
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/bytes/20") as resp:
            data = await resp.read()
            print("bytes:", data)
            print("len:", len(data), "first:", data[0], "last:", data[-1], "slice:", data[2:5])
            again = await resp.read()
            print("second read equal:", again == data)
        async with session.get(BASE + "/hello") as resp:
            text = await resp.text()
            print("text twice:", text, "|", await resp.text())
            print("read after text:", await resp.read())
        async with session.get(BASE + "/encoding/utf8") as resp:
            print("utf8:", (await resp.text()).strip(), len(await resp.read()))
        async with session.get(BASE + "/encoding/latin1") as resp:
            print("latin1:", (await resp.text()).strip())
        async with session.get(BASE + "/encoding/none") as resp:
            print("no charset:", (await resp.text()).strip())
        async with session.get(BASE + "/encoding/bad-utf8") as resp:
            print("bad utf8 raw:", await resp.read())
            print("replaced:", repr(await resp.text(errors="replace")))
        async with session.get(BASE + "/empty") as resp:
            print("empty:", repr(await resp.text()), await resp.read())
        resp = await session.get(BASE + "/text?n=3")
        print("lines:", (await resp.text()).splitlines())
        resp.release()
        resp = await session.get(BASE + "/bytes/5")
        resp.release()
        print("released without reading, status:", resp.status)


asyncio.run(main())
