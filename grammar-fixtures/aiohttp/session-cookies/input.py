# Cookies: session-wide cookies=, per-request cookies=, and cookies set by the server kept in a jar.
# The default CookieJar ignores cookies from IP-address hosts such as 127.0.0.1; unsafe=True accepts them.
import asyncio
import os

import aiohttp

BASE = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")


async def show_cookies(session: aiohttp.ClientSession, label: str) -> None:
    async with session.get(BASE + "/cookies") as resp:
        data = await resp.json()
        print(label, dict(sorted(data["cookies"].items())))


async def main() -> None:
    async with aiohttp.ClientSession(cookies={"theme": "dark", "lang": "en"}) as session:
        await show_cookies(session, "initial:")
        async with session.get(BASE + "/cookies/set", params={"session_id": "abc123"}) as resp:
            print("set response:", await resp.json())
            print("response cookies:", sorted(resp.cookies.keys()), resp.cookies["session_id"].value)
        await show_cookies(session, "default jar, after set:")
        print("jar:", sorted((c.key, c.value) for c in session.cookie_jar))
        async with session.get(BASE + "/cookies", cookies={"one_off": "yes"}) as resp:
            print("per request:", sorted((await resp.json())["cookies"]))

    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(cookie_jar=jar) as session:
        await session.get(BASE + "/cookies/set?token=xyz&cart=3")
        await show_cookies(session, "unsafe jar, after set:")
        print("jar size:", len(session.cookie_jar))
        async with session.get(BASE + "/cookies/delete?cart") as resp:
            print("delete response:", await resp.json())
        await show_cookies(session, "after delete:")
    print("jar outlives the session:", sorted((c.key, c.value) for c in jar))
    async with aiohttp.ClientSession(cookie_jar=jar) as session:
        await show_cookies(session, "reused jar:")


asyncio.run(main())
