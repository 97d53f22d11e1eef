# Async generators: async for, async comprehensions, aiter/anext with a default, and aclosing.
import asyncio
from contextlib import aclosing
from typing import AsyncIterator


async def countdown(n: int) -> AsyncIterator[int]:
    while n > 0:
        await asyncio.sleep(0.001)
        yield n
        n -= 1


async def ticker(name: str) -> AsyncIterator[str]:
    try:
        i = 0
        while True:
            await asyncio.sleep(0)
            yield f"{name}-{i}"
            i += 1
    finally:
        print(f"{name} generator closed")


async def evens(source: AsyncIterator[int]) -> AsyncIterator[int]:
    async for value in source:
        if value % 2 == 0:
            yield value


async def main() -> None:
    async for n in countdown(3):
        print("countdown", n)
    squares = [n * n async for n in countdown(5)]
    print("squares:", squares)
    print("evens:", [v async for v in evens(countdown(8))])
    labels = {n: str(n) async for n in countdown(3) if n != 2}
    print("dict comprehension:", labels)

    it = aiter(countdown(2))
    print("anext:", await anext(it))
    print("anext:", await anext(it))
    print("anext default:", await anext(it, "exhausted"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")

    async with aclosing(ticker("t")) as ticks:
        async for tick in ticks:
            print("tick", tick)
            if tick.endswith("2"):
                break
    print("after aclosing")

    gen = ticker("manual")
    print("first:", await gen.__anext__())
    await gen.aclose()
    print("done")


asyncio.run(main())
