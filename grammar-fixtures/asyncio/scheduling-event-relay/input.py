# A relay race over Events: each runner waits for its baton, works a little, and hands it on.
import asyncio


async def runner(index: int, batons: list[asyncio.Event], start: asyncio.Event, log: list[str]) -> None:
    await start.wait()
    print(f"runner {index} saw the start signal")
    await batons[index].wait()
    print(f"runner {index} has the baton")
    for step in range(2):
        await asyncio.sleep(0)
        log.append(f"{index}.{step}")
    if index + 1 < len(batons):
        batons[index + 1].set()
        print(f"runner {index} passed the baton")


async def watcher(start: asyncio.Event, finish: asyncio.Event) -> None:
    await start.wait()
    print("watcher: race started")
    await finish.wait()
    print("watcher: race finished")


async def main() -> None:
    n = 5
    batons = [asyncio.Event() for _ in range(n)]
    start = asyncio.Event()
    finish = asyncio.Event()
    log: list[str] = []
    runners = [asyncio.create_task(runner(i, batons, start, log)) for i in reversed(range(n))]
    watch = asyncio.create_task(watcher(start, finish))
    await asyncio.sleep(0)
    print("everyone is waiting")
    start.set()
    batons[0].set()
    await asyncio.gather(*runners)
    finish.set()
    await watch
    print("log:", log)


asyncio.run(main())
