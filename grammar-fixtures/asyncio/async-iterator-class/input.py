# Classes implementing __aiter__/__anext__: a paginated reader and a ticking iterator.
import asyncio


class Paginator:
    def __init__(self, items: list[str], page_size: int) -> None:
        self.items = items
        self.page_size = page_size
        self.offset = 0
        self.fetches = 0

    def __aiter__(self) -> "Paginator":
        return self

    async def __anext__(self) -> list[str]:
        if self.offset >= len(self.items):
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.fetches += 1
        page = self.items[self.offset:self.offset + self.page_size]
        self.offset += self.page_size
        return page


class Ticker:
    def __init__(self, name: str, count: int) -> None:
        self.name = name
        self.count = count

    def __aiter__(self) -> "Ticker":
        self.current = 0
        return self

    async def __anext__(self) -> str:
        if self.current >= self.count:
            raise StopAsyncIteration
        self.current += 1
        await asyncio.sleep(0)
        return f"{self.name}{self.current}"


async def consume(ticker: Ticker, out: list[str]) -> None:
    async for tick in ticker:
        out.append(tick)


async def main() -> None:
    letters = [chr(ord("a") + i) for i in range(11)]
    pager = Paginator(letters, 4)
    async for page in pager:
        print("page:", page)
    print("fetches:", pager.fetches)
    print("again:", [p async for p in Paginator(letters, 5)])

    out: list[str] = []
    await asyncio.gather(*(consume(Ticker(name, 3), out) for name in "abcde"))
    print("interleaved:", out)


asyncio.run(main())
