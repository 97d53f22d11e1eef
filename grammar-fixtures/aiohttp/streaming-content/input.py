# Streaming bodies: iter_chunked, iter_any, readline, read(n) and async for over resp.content.
import asyncio
import json
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/bytes/1000") as resp:
            sizes = [len(chunk) async for chunk in resp.content.iter_chunked(256)]
            print("iter_chunked sizes:", sizes)
        async with session.get(BASE + "/stream/4") as resp:
            ids = []
            async for line in resp.content:
                record = json.loads(line)
                ids.append(record["id"])
                print("line:", line)
            print("ids:", ids)
        async with session.get(BASE + "/drip?n=4&interval=20") as resp:
            total = b""
            async for chunk in resp.content.iter_any():
                total += chunk
            print("iter_any total:", total.decode().split())
        async with session.get(BASE + "/text?n=4") as resp:
            first = await resp.content.readline()
            second = await resp.content.readline()
            print("readline:", first, second)
            rest = await resp.content.read()
            print("rest:", rest)
            print("at eof:", resp.content.at_eof(), await resp.content.readline())
        async with session.get(BASE + "/bytes/10") as resp:
            head = await resp.content.read(4)
            exact = await resp.content.readexactly(3)
            print("read(4):", head, "readexactly(3):", exact, "rest:", await resp.content.read())
        async with session.get(BASE + "/stream/3") as resp:
            count = 0
            while True:
                line = await resp.content.readline()
                if not line:
                    break
                count += 1
                print("manual:", json.loads(line)["message"])
            print("count:", count)


asyncio.run(main())
