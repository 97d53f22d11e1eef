# asyncio.timeout_at with deadlines from loop.time(), shared across several awaits.
import asyncio


async def poll(name: str, interval: float, results: list[str]) -> None:
    count = 0
    while True:
        await asyncio.sleep(interval)
        count += 1
        results.append(f"{name}{count}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.2
    done: list[str] = []
    async with asyncio.timeout_at(deadline) as cm:
        await asyncio.sleep(0.02)
        done.append("first")
        await asyncio.sleep(0.02)
        done.append("second")
    print("within deadline:", done, cm.expired())
    print("when matches deadline:", cm.when() == deadline)

    results: list[str] = []
    try:
        async with asyncio.timeout_at(loop.time() + 0.5):
            await poll("p", 0.2, results)
    except TimeoutError:
        print("poll stopped after", len(results), "ticks:", results)

    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts even when the deadline has passed")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline: TimeoutError")


asyncio.run(main())
