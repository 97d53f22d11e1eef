# A bounded buffer built on a Condition: producers and consumers wake each other in FIFO order.
import asyncio


class Buffer:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.items: list[int] = []
        self.cond = asyncio.Condition()

    async def put(self, who: str, item: int) -> None:
        async with self.cond:
            while len(self.items) >= self.capacity:
                print(f"{who} waits (full)")
                await self.cond.wait()
            self.items.append(item)
            print(f"{who} put {item} -> {self.items}")
            self.cond.notify_all()

    async def get(self, who: str) -> int:
        async with self.cond:
            while not self.items:
                print(f"{who} waits (empty)")
                await self.cond.wait()
            item = self.items.pop(0)
            print(f"{who} got {item} -> {self.items}")
            self.cond.notify_all()
            return item


async def producer(buf: Buffer, who: str, start: int) -> None:
    for i in range(start, start + 3):
        await buf.put(who, i)


async def consumer(buf: Buffer, who: str, count: int) -> list[int]:
    return [await buf.get(who) for _ in range(count)]


async def main() -> None:
    buf = Buffer(2)
    results = await asyncio.gather(
        consumer(buf, "c1", 2), consumer(buf, "c2", 2), producer(buf, "p1", 10), producer(buf, "p2", 20), consumer(buf, "c3", 2)
    )
    print("consumed:", results[0], results[1], results[4])


asyncio.run(main())
