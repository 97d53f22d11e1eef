# Six tasks contend for one lock; each yields inside and outside the critical section.
import asyncio

lock = asyncio.Lock()
counter = 0
trace: list[str] = []


async def increment(name: str, times: int) -> None:
    global counter
    for i in range(times):
        print(f"{name} wants the lock")
        async with lock:
            value = counter
            print(f"{name} read {value}")
            await asyncio.sleep(0)
            counter = value + 1
            trace.append(name)
        await asyncio.sleep(0)
    print(f"{name} done")


async def unlocked_peek(rounds: int) -> None:
    for _ in range(rounds):
        print("peek: locked =", lock.locked(), "counter =", counter)
        await asyncio.sleep(0)


async def main() -> None:
    workers = [increment(f"w{i}", 2) for i in range(5)]
    await asyncio.gather(*workers, unlocked_peek(4))
    print("counter:", counter)
    print("trace:", trace)


asyncio.run(main())
