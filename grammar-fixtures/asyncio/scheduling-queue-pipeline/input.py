# A three-stage pipeline over queues: producers, transformers, a sink; wake-ups follow queue order.
import asyncio

DONE = "<done>"


async def produce(name: str, out: asyncio.Queue[str], count: int) -> None:
    for i in range(count):
        item = f"{name}{i}"
        print("produce", item)
        await out.put(item)
        await asyncio.sleep(0)
    await out.put(DONE)


async def transform(name: str, inp: asyncio.Queue[str], out: asyncio.Queue[str]) -> None:
    while True:
        item = await inp.get()
        if item == DONE:
            await out.put(DONE)
            print(f"{name} stops")
            return
        print(f"{name} transforms {item}")
        await out.put(item.upper())


async def sink(inp: asyncio.Queue[str], producers: int) -> list[str]:
    seen: list[str] = []
    remaining = producers
    while remaining:
        item = await inp.get()
        if item == DONE:
            remaining -= 1
            continue
        print("sink got", item)
        seen.append(item)
    return seen


async def main() -> None:
    raw: asyncio.Queue[str] = asyncio.Queue(maxsize=2)
    cooked: asyncio.Queue[str] = asyncio.Queue()
    tasks = [
        asyncio.create_task(produce("x", raw, 3)),
        asyncio.create_task(produce("y", raw, 2)),
        asyncio.create_task(transform("t1", raw, cooked)),
        asyncio.create_task(transform("t2", raw, cooked)),
    ]
    result = await sink(cooked, 2)
    await asyncio.gather(*tasks)
    print("result:", result)


asyncio.run(main())
