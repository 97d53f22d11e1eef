# Request bodies: json=, data= as a form dict, as a str and as bytes; the echo shows what was sent.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def send(session: aiohttp.ClientSession, label: str, **kwargs) -> None:
    async with session.post(BASE + "/echo", **kwargs) as resp:
        data = await resp.json()
        headers = data["headers"]
        print(f"{label}: content-type={headers.get('content-type')} length={headers.get('content-length')}")
        print(f"  body={data['body']!r} json={data['json']} form={data['form']}")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        await send(session, "json", json={"name": "widget", "price": 9.5, "tags": ["a", "b"], "stock": None})
        await send(session, "json list", json=[1, 2, 3])
        await send(session, "form", data={"username": "alice", "password": "secret", "note": "a b&c"})
        await send(session, "str", data="plain text body")
        await send(session, "bytes", data=b"\x00\x01binary")
        await send(session, "str with type", data='{"raw": true}', headers={"Content-Type": "application/json"})
        await send(session, "empty", data=b"")
        async with session.post(BASE + "/login", json={"username": "alice", "password": "secret"}) as resp:
            token = (await resp.json())["token"]
        async with session.get(BASE + "/protected", headers={"Authorization": f"Bearer {token}"}) as resp:
            print("protected:", await resp.json())


asyncio.run(main())
