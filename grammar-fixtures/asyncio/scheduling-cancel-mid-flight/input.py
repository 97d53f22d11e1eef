# A supervisor cancels workers blocked on different things: a sleep, a queue, a lock, an event.
import asyncio


async def guarded(name: str, blocker, events: list[str]) -> None:
    print(f"{name} blocking")
    try:
        await blocker()
        events.append(f"{name} completed")
    except asyncio.CancelledError:
        print(f"{name} got CancelledError")
        events.append(f"{name} cancelled")
        raise
    finally:
        print(f"{name} cleanup")


async def main() -> None:
    events: list[str] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    lock = asyncio.Lock()
    event = asyncio.Event()
    await lock.acquire()

    async def with_lock() -> None:
        async with lock:
            pass

    blockers = {
        "sleeper": lambda: asyncio.sleep(10),
        "getter": queue.get,
        "locker": with_lock,
        "waiter": event.wait,
        "quick": lambda: asyncio.sleep(0),
    }
    tasks = {name: asyncio.create_task(guarded(name, b, events)) for name, b in blockers.items()}
    await asyncio.sleep(0.01)
    for name in ["waiter", "sleeper", "getter", "locker"]:
        print("cancelling", name)
        tasks[name].cancel()
    print("lock still held:", lock.locked())
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    print("results:", [type(r).__name__ if r is not None else None for r in results])
    print("events:", events)
    queue.put_nowait(1)
    lock.release()
    print("queue size:", queue.qsize(), "lock free:", not lock.locked())


asyncio.run(main())
