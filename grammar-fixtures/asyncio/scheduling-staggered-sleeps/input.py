# Five periodic tasks with staggered timers; their prints interleave by wake-up time.
import asyncio


async def periodic(name: str, first: float, period: float, count: int, log: list[str]) -> None:
    await asyncio.sleep(first)
    for i in range(count):
        print(f"{name} tick {i}")
        log.append(name)
        if i < count - 1:
            await asyncio.sleep(period)


async def main() -> None:
    log: list[str] = []
    specs = [("alpha", 0.15, 0.3, 3), ("beta", 0.03, 0.3, 3), ("gamma", 0.09, 0.3, 2), ("delta", 0.21, 0.3, 3), ("eps", 0.27, 0.3, 1)]
    tasks = [asyncio.create_task(periodic(name, first, period, count, log)) for name, first, period, count in specs]
    await asyncio.sleep(0.18)
    print("at 180 ms:", log)
    await asyncio.gather(*tasks)
    print("order:", log)


asyncio.run(main())
