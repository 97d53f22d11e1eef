# An Event releases every waiter at once; clear() makes later waiters block again.
import asyncio


async def waiter(name: str, event: asyncio.Event, log: list[str]) -> None:
    print(f"{name} waiting")
    await event.wait()
    log.append(name)
    print(f"{name} released")


async def main() -> None:
    event = asyncio.Event()
    log: list[str] = []
    print("is_set:", event.is_set())
    tasks = [asyncio.create_task(waiter(f"w{i}", event, log)) for i in range(5)]
    await asyncio.sleep(0.01)
    print("released so far:", log)
    event.set()
    print("set, is_set:", event.is_set())
    await asyncio.gather(*tasks)
    print("released:", log)

    result = await event.wait()
    print("wait on a set event returns", result)
    event.clear()
    print("cleared, is_set:", event.is_set())
    late = asyncio.create_task(waiter("late", event, log))
    await asyncio.sleep(0.01)
    print("late done:", late.done())
    asyncio.get_running_loop().call_later(0.01, event.set)
    await late
    print("late done:", late.done())

    try:
        await asyncio.wait_for(asyncio.Event().wait(), timeout=0.01)
    except asyncio.TimeoutError:
        print("never-set event timed out")


asyncio.run(main())
