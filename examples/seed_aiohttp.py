# The tutorial's aiohttp example: one GET with a ClientSession, printing the status code.
# Point TEST_BASE_URL at any HTTP server (the tests use the project's loopback server).
import asyncio
import os

import aiohttp

URL = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765") + "/hello"


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(URL) as response:
            print(response.status)


if __name__ == "__main__":
    asyncio.run(main())
